// Package htmlreport renders a timeline and an actor graph as one
// self-contained HTML page: an SVG timeline with a lane per actor or per
// country, the actor network as SVG, tables of the top actors, the
// strongest dyads and the trade figures, and every event with its source
// and evidence sentence.
//
// The page needs nothing but itself: no scripts, fonts, images or style
// sheets are loaded, and a Content-Security-Policy meta element forbids
// the browser to fetch anything, so it opens from disk, offline, as it
// was written. All layout (the time axis, lane packing, the force-directed
// network layout) is computed in Go, deterministically: the same input
// and options give the same bytes.
//
// Article text reaches the page only through html/template, so a story
// containing markup shows it as text.
//
// Large inputs stay readable: lanes beyond Options.MaxLanes are merged
// into one, a timeline with more than Options.MaxMarks marks is drawn as
// per-lane counts per axis unit, the network shows the top
// Options.MaxNodes actors, and the event table lists the first
// Options.MaxRows events; the page says what it left out.
//
// Like package reports, it only renders: it reads timeline and graph
// results and never the store.
package htmlreport
