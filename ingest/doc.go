// Package ingest reads news articles from the inputs users have: plain-text
// and Markdown files, saved HTML pages, JSON Lines exports with one article
// per line, and whole folders of them.
//
// It turns each input into an [Article] (source, title, date when the input
// carries one, and text) and reports every input it cannot use as an
// [InputError] naming the input and the reason, so one bad file never stops
// the rest. It does not extract facts (package extract does) and does not
// store anything (package store does).
package ingest
