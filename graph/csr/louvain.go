package csr

import "math/rand/v2"

// Louvain limits: a level stops after louvainMaxPasses passes over its
// nodes, and the method after louvainMaxLevels levels; neither is reached
// on real graphs, they only bound the work on adversarial ones.
const (
	louvainMaxPasses = 100
	louvainMaxLevels = 64
)

// Louvain partitions g into communities with the Louvain method (Blondel,
// Guillaume, Lambiotte and Lefebvre 2008, "Fast unfolding of communities
// in large networks"), maximising weighted modularity at the resolution
// (1 is Newman and Girvan's modularity). Each level moves single nodes to
// the neighbouring community of largest modularity gain, visiting them in
// an order shuffled by a PCG generator seeded with seed, until no move
// helps; the communities then become the nodes of the next level. The
// result is the top level: the community of every node, numbered 0, 1, ...
// in the order of their smallest node, and its modularity. igraph's
// community_multilevel follows the same scheme. A graph without edges
// gives every node its own community and modularity 0.
func Louvain(g *Graph, resolution float64, seed uint64) ([]int32, float64) {
	n := g.Len()
	member := make([]int32, n)
	for i := range member {
		member[i] = int32(i)
	}
	if g.Edges() == 0 {
		return member, 0
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	lv := levelFrom(g)
	for range louvainMaxLevels {
		comm, moved := lv.moveNodes(resolution, rng)
		if !moved {
			break
		}
		k := renumber(comm)
		for i, c := range member {
			member[i] = comm[c]
		}
		lv = lv.aggregate(comm, k)
	}
	renumber(member)
	return member, Modularity(g, member, resolution)
}

// level is one level of the Louvain method: a weighted graph whose nodes
// may carry self-loops (the weight inside an aggregated community).
type level struct {
	off  []int32
	adj  []int32
	w    []float64
	self []float64 // twice the weight inside the node, as it counts in k
	k    []float64 // strength, self-loops counted twice
	m2   float64   // sum of k: twice the total weight
}

func levelFrom(g *Graph) *level {
	n := g.Len()
	lv := &level{off: g.Off, adj: g.Adj, w: g.W, self: make([]float64, n), k: g.Strength()}
	for _, k := range lv.k {
		lv.m2 += k
	}
	return lv
}

// moveNodes runs the local moving phase and returns each node's
// community (initially itself) and whether any node moved.
func (lv *level) moveNodes(res float64, rng *rand.Rand) ([]int32, bool) {
	n := len(lv.k)
	comm := make([]int32, n)
	tot := make([]float64, n)
	for i := range comm {
		comm[i] = int32(i)
		tot[i] = lv.k[i]
	}
	order := rng.Perm(n)
	weight := make([]float64, n) // weight from the current node to each community
	seen := make([]bool, n)
	cands := make([]int32, 0, 64)
	moved := false
	for range louvainMaxPasses {
		changes := 0
		for _, iu := range order {
			u := int32(iu)
			cu := comm[u]
			ku := lv.k[u]
			cands = append(cands[:0], cu)
			seen[cu] = true
			a, b := lv.off[u], lv.off[u+1]
			for j, v := range lv.adj[a:b] {
				c := comm[v]
				if !seen[c] {
					seen[c] = true
					cands = append(cands, c)
				}
				weight[c] += lv.w[a+int32(j)]
			}
			tot[cu] -= ku
			best := cu
			scale := res * ku / lv.m2
			bestGain := weight[cu] - tot[cu]*scale
			for _, c := range cands[1:] {
				if gain := weight[c] - tot[c]*scale; gain > bestGain {
					best, bestGain = c, gain
				}
			}
			for _, c := range cands {
				weight[c] = 0
				seen[c] = false
			}
			tot[best] += ku
			if best != cu {
				comm[u] = best
				changes++
			}
		}
		if changes == 0 {
			break
		}
		moved = true
	}
	return comm, moved
}

// renumber maps community labels to 0..k-1 in order of first appearance
// and returns k.
func renumber(comm []int32) int {
	id := make(map[int32]int32, 64)
	for i, c := range comm {
		x, ok := id[c]
		if !ok {
			x = int32(len(id))
			id[c] = x
		}
		comm[i] = x
	}
	return len(id)
}

// aggregate returns the level whose nodes are the k communities of comm.
func (lv *level) aggregate(comm []int32, k int) *level {
	members := make([][]int32, k)
	for u, c := range comm {
		members[c] = append(members[c], int32(u))
	}
	next := &level{off: make([]int32, k+1), self: make([]float64, k), k: make([]float64, k), m2: lv.m2}
	weight := make([]float64, k)
	seen := make([]bool, k)
	var cands []int32
	for c, ms := range members {
		cands = cands[:0]
		for _, u := range ms {
			next.self[c] += lv.self[u]
			next.k[c] += lv.k[u]
			a, b := lv.off[u], lv.off[u+1]
			for j, v := range lv.adj[a:b] {
				cv := comm[v]
				w := lv.w[a+int32(j)]
				if int(cv) == c {
					next.self[c] += w
					continue
				}
				if !seen[cv] {
					seen[cv] = true
					cands = append(cands, cv)
				}
				weight[cv] += w
			}
		}
		for _, cv := range cands {
			next.adj = append(next.adj, cv)
			next.w = append(next.w, weight[cv])
			weight[cv] = 0
			seen[cv] = false
		}
		next.off[c+1] = int32(len(next.adj))
	}
	return next
}

// Modularity returns the weighted modularity of the partition member of g
// at the resolution (Newman 2006; with a resolution, Reichardt and
// Bornholdt 2006): Σ_c [in_c/2m − res·(tot_c/2m)²], where in_c is twice
// the weight inside community c and tot_c the strength of its nodes. This
// is igraph's modularity(membership, weights). A graph without edges has
// modularity 0. member must have one entry per node, each 0 or more.
func Modularity(g *Graph, member []int32, resolution float64) float64 {
	var m2 float64
	k := 0
	for _, c := range member {
		k = max(k, int(c)+1)
	}
	in := make([]float64, k)
	tot := make([]float64, k)
	for u := range g.Len() {
		a, b := g.Off[u], g.Off[u+1]
		for j, v := range g.Adj[a:b] {
			w := g.W[a+int32(j)]
			m2 += w
			tot[member[u]] += w
			if member[v] == member[u] {
				in[member[u]] += w
			}
		}
	}
	if m2 == 0 {
		return 0
	}
	var q float64
	for c := range k {
		q += in[c]/m2 - resolution*(tot[c]/m2)*(tot[c]/m2)
	}
	return q
}
