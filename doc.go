// Package annals holds the domain model shared by every other package of
// annals: documents extracted from news articles, the people, organisations,
// countries, places and time expressions found in them, and the events that
// tie them together.
//
// The package owns the invariants of those types (their Validate methods),
// TIMEX3 value parsing with the inclusive date interval each value denotes,
// and the error kinds callers test with errors.Is. It depends on the standard
// library only; extraction, storage, graph analysis and rendering live in the
// subpackages extract, store, graph, timeline and reports.
package annals
