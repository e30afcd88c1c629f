// Package timex finds time expressions in English news text and normalises
// them to TIMEX3 values (TimeML 1.2.1) against the document creation time
// (DCT), and finds an article's own date in its datelines and bylines.
//
// [Tag] is a rule-based tagger in the manner of HeidelTime (Strötgen and
// Gertz 2010) and SUTime: a hand-written byte tokenizer, one map lookup per
// word into an embedded lexicon (lexicon.txt), and patterns written as Go
// functions over the token array, tried only at tokens that can start an
// expression. The longest match at a position wins. Relative expressions
// are resolved against the DCT with the tense of their sentence (see
// tense.go), against the last date the text gave ("that year", "the
// following month") and, for earnings copy, the last quarter mentioned.
//
// [FindDCT] and [LocateDCT] read the article date from the top of the text.
//
// The package does not strip page noise, split sentences for other
// purposes, or decide which expression dates which event: those belong to
// the extract package. It never logs, never fails on input, and never
// consults the wall clock.
package timex
