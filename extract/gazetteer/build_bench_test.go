package gazetteer

import "testing"

// The lazy builders below run on the first extraction of every process,
// so their cost is start-up cost. Instruction counts of a whole start-up
// are measured with callgrind (see bench/README.md).

// BenchmarkBuild builds the hand-made lists (what Default builds once).
func BenchmarkBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		build()
	}
}

// BenchmarkTowns builds the GeoNames towns (what the first Town builds
// once) on top of the hand-made lists.
func BenchmarkTowns(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		g := build()
		b.StartTimer()
		g.addTowns()
	}
}

// BenchmarkGivenNames parses the given-name list (what the first
// GivenName parses once).
func BenchmarkGivenNames(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		lines(givenNamesData)
	}
}
