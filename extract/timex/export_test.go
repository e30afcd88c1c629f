package timex

import "github.com/annals-project/annals"

// The steps of Listed after SplitDateClock, one at a time and each on a
// copy of ts, for the tests of each rule.

// DropRangeEnds is dropRangeEnds into a new array; ts is not modified.
func DropRangeEnds(text string, ts []annals.TimeExpr) []annals.TimeExpr {
	return dropRangeEnds(text, make([]annals.TimeExpr, 0, len(ts)), ts)
}

// HalvesAsYears is halvesAsYears on a copy of ts.
func HalvesAsYears(ts []annals.TimeExpr) []annals.TimeExpr {
	out := make([]annals.TimeExpr, len(ts))
	copy(out, ts)
	halvesAsYears(out)
	return out
}

// AsListed is asListed into a new array; ts is not modified.
func AsListed(ts []annals.TimeExpr) []annals.TimeExpr {
	return asListed(make([]annals.TimeExpr, 0, len(ts)), ts)
}

// DropUnlisted is dropUnlisted into a new array; ts is not modified.
func DropUnlisted(text string, ts []annals.TimeExpr) []annals.TimeExpr {
	return dropUnlisted(text, make([]annals.TimeExpr, 0, len(ts)), ts)
}
