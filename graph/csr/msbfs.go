package csr

import "math/bits"

// batchSize is the number of sources one multi-source search follows: one
// bit of a machine word each.
const batchSize = 64

// batch is the scratch state of a multi-source breadth-first search
// (Then et al. 2014, "The more the merrier: efficient multi-source graph
// traversal"): up to 64 searches advance together, node v holding in
// seen[v] and frontier[v] one bit per search. A level then costs one pass
// over the edges for all 64 searches instead of one each, and the pass
// pulls (each node ORs its neighbours' frontier words) so that it runs
// through the rows in order, without branches on distances.
type batch struct {
	seen, frontier, next []uint64
	// orders[b] lists the nodes search b reached, by distance (within a
	// distance by node number); orders[b][levels[b][d]:levels[b][d+1]]
	// are the nodes at distance d.
	orders [batchSize][]int32
	levels [batchSize][]int32
}

func newBatch(n int) *batch {
	b := &batch{seen: make([]uint64, n), frontier: make([]uint64, n), next: make([]uint64, n)}
	for i := range b.orders {
		b.orders[i] = make([]int32, 0, n)
	}
	return b
}

// run searches from the sources (at most 64) and fills orders and levels.
func (b *batch) run(g *Graph, sources []int32) {
	n := g.Len()
	seen, frontier, next := b.seen, b.frontier, b.next
	clear(seen)
	clear(frontier)
	full := ^uint64(0) >> (batchSize - len(sources))
	for i, s := range sources {
		seen[s] |= 1 << i
		frontier[s] |= 1 << i
		b.orders[i] = append(b.orders[i][:0], s)
		b.levels[i] = append(b.levels[i][:0], 0)
	}
	off, adj := g.Off, g.Adj
	for {
		for i := range sources {
			b.levels[i] = append(b.levels[i], int32(len(b.orders[i])))
		}
		active := false
		for v := range n {
			sv := seen[v]
			if sv == full {
				next[v] = 0
				continue
			}
			var x uint64
			for _, u := range adj[off[v]:off[v+1]] {
				x |= frontier[u]
			}
			x &^= sv
			next[v] = x
			if x == 0 {
				continue
			}
			active = true
			seen[v] = sv | x
			for x != 0 {
				i := bits.TrailingZeros64(x)
				b.orders[i] = append(b.orders[i], int32(v))
				x &= x - 1
			}
		}
		frontier, next = next, frontier
		if !active {
			break
		}
	}
	b.frontier, b.next = frontier, next
}
