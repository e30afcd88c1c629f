// Package csr holds the actor graph in compressed sparse row form and the
// metric kernels that run on it: weighted PageRank, exact and sampled
// betweenness, closeness and harmonic closeness, eigenvector centrality,
// connected components and weighted Louvain communities.
//
// The graph package answers questions in terms of actors and events; this
// package knows only nodes numbered 0..n-1 and weighted undirected edges,
// so that the kernels can be measured against igraph and networkx on the
// same edge list (bench/graph_peers.sh) and against gonum in tests. A
// [Graph] is two flat arrays of neighbours and weights indexed by row
// offsets (the layout of igraph's and most HPC graph codes): a breadth-first
// search then walks contiguous memory instead of Go maps, which is what
// makes the kernels 10 to 100 times faster than gonum's map-based graphs.
//
// Every kernel is deterministic: the same graph and the same seed give the
// same values bit for bit, whatever the number of goroutines used. The
// parallel kernels split the work into a fixed number of blocks and add
// the blocks' partial sums in block order.
//
// The package does not read stores, build actor graphs or render results;
// it never logs or prints.
package csr
