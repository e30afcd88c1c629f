// Package graph builds the actor graph of annals and measures it.
//
// Persons, organisations and countries are the nodes. Two actors are linked
// when they take part in the same event (a participation link from each of
// them to the event node of an [annals.GraphSource]); the edge weight is the
// number of events they share, and each edge keeps those events' keys, the
// first and last date and the event types.
//
// The structure is held in a github.com/dominikbraun/graph graph (imported
// as dg). Metrics work on a snapshot numbered in key order. Connected
// components and Louvain communities run in gonum (gonum.org/v1/gonum/graph,
// imported as gg) over a view that iterates nodes in that order. Degree,
// strength, PageRank, betweenness and harmonic closeness are computed here
// on slices, and tested against gonum's implementations: gonum's PageRank
// starts from a random vector, its closeness needs an n×n distance matrix
// and its betweenness, on maps, is eight times slower. Every result is
// reproducible bit for bit. Callers only ever see this package's types
// and the root annals types, never dominikbraun's or gonum's, so either
// library can be replaced.
//
// [WriteDOT] writes a deterministic Graphviz file (nodes and edges sorted
// by key), and [SourceStore] lets dominikbraun's algorithms traverse the
// stored event graph read-through from an [annals.GraphSource].
//
// The package reads only root types: it never imports the store, and it does
// not extract, order timelines or render tables (see the extract, timeline
// and reports packages).
package graph
