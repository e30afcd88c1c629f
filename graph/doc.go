// Package graph builds the actor graph of annals and measures it.
//
// Persons, organisations and countries are the nodes. Two actors are linked
// when they take part in the same event (a participation link from each of
// them to the event node of an [annals.GraphSource]); the edge weight is the
// number of events they share, and each edge keeps those events' keys, the
// first and last date and the event types.
//
// The structure is held in a github.com/dominikbraun/graph graph (imported
// as dg). Metrics work on a snapshot numbered in key order and laid out in
// compressed sparse row form (package graph/csr), whose kernels compute
// degree, strength, PageRank, exact or sampled betweenness, closeness in
// its harmonic and classic forms, eigenvector centrality, connected
// components and Louvain communities. They are checked against gonum and
// against hand-worked graphs in tests, and against igraph and networkx by
// bench/graph_peers.sh (gonum itself is 15 to 40 times slower here: its
// graphs are maps, its PageRank starts from a random vector and its
// closeness needs an n×n distance matrix). Every result is reproducible
// bit for bit. Callers only ever see this package's types and the root
// annals types, never dominikbraun's or gonum's, so either library can be
// replaced.
//
// A [Network] is the same actor graph in compact form, without the events
// of each edge, built from a participation table ([NewNetwork]) so that a
// store of a million events loads in seconds: it answers metrics,
// shortest and strongest paths ([Network.ShortestPath],
// [Network.StrongestPath]), ego networks and communities; callers fetch the
// events of the few edges they show from the store. [RelationsFrom]
// builds an actor's relations from its shared events without any graph.
//
// [WriteDOT] writes a deterministic Graphviz file (nodes and edges sorted
// by key); [WriteGraphML], [WriteGEXF], [WriteJSON] and [WriteEdgeList]
// export the graph with kinds, dates and metrics for Gephi, networkx, d3
// and other tools; [SourceStore] lets dominikbraun's algorithms traverse
// the stored event graph read-through from an [annals.GraphSource].
//
// The package reads only root types: it never imports the store, and it does
// not extract, order timelines or render tables (see the extract, timeline
// and reports packages).
package graph
