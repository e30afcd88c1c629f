package graph

import (
	"bufio"
	"cmp"
	"container/heap"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph/csr"
)

// Network is the actor graph in compact form, for stores too large for a
// [Graph]: actors and weighted edges only (the weight is the number of
// shared events), without the event keys, dates and types a Graph keeps per
// edge, which callers fetch for the few edges they show (the store's
// SharedEvents). A million events give a Network of a few tens of
// megabytes. Build one with [NewNetwork] or [Graph.Network]. A Network is
// never modified, so it is safe for concurrent reads.
type Network struct {
	nodes []annals.Node // sorted by key; node i of g
	pos   map[string]int32
	g     *csr.Graph
}

// NewNetwork builds the network of the actors from a participation table:
// the participants of event i are actors[members[offsets[i]]] up to
// actors[members[offsets[i+1]-1]] (the layout of the store's Incidence).
// Every pair of participants of an event is linked; an actor listed twice
// in one event counts once. Every actor is a node, linked or not; a
// country without a Country gets its code, as [Load] gives it. Member
// indices outside actors or offsets out of order are an error wrapping
// annals.ErrInvalid.
func NewNetwork(actors []annals.Node, offsets, members []int32) (*Network, error) {
	order := make([]int32, len(actors)) // order[i]: the node number of actors[i]
	nodes := slices.Clone(actors)
	for i, n := range nodes {
		if n.Kind == annals.KindCountry && n.Country == "" {
			// As Load does: a country node is its own state.
			nodes[i].Country = annals.Country(strings.TrimPrefix(n.Key, string(annals.KindCountry)+":"))
		}
	}
	if !slices.IsSortedFunc(nodes, func(a, b annals.Node) int { return cmp.Compare(a.Key, b.Key) }) {
		idx := make([]int, len(actors))
		for i := range idx {
			idx[i] = i
		}
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(actors[a].Key, actors[b].Key) })
		for rank, i := range idx {
			nodes[rank] = actors[i]
			if actors[i].Kind == annals.KindCountry && actors[i].Country == "" {
				nodes[rank].Country = annals.Country(strings.TrimPrefix(actors[i].Key, string(annals.KindCountry)+":"))
			}
			order[i] = int32(rank)
		}
	} else {
		for i := range order {
			order[i] = int32(i)
		}
	}
	var edges []csr.Edge
	var part []int32
	for i := 0; i+1 < len(offsets); i++ {
		lo, hi := offsets[i], offsets[i+1]
		if lo < 0 || hi < lo || int(hi) > len(members) {
			return nil, fmt.Errorf("graph: new network: event %d: offsets %d..%d: %w", i, lo, hi, annals.ErrInvalid)
		}
		part = part[:0]
		for _, m := range members[lo:hi] {
			if m < 0 || int(m) >= len(actors) {
				return nil, fmt.Errorf("graph: new network: event %d: member %d: %w", i, m, annals.ErrInvalid)
			}
			if !slices.Contains(part, order[m]) {
				part = append(part, order[m])
			}
		}
		for j, a := range part {
			for _, b := range part[j+1:] {
				edges = append(edges, csr.Edge{U: a, V: b, W: 1})
			}
		}
	}
	g, err := csr.New(len(nodes), edges)
	if err != nil {
		return nil, fmt.Errorf("graph: new network: %w", err)
	}
	return newNetwork(nodes, g), nil
}

func newNetwork(nodes []annals.Node, g *csr.Graph) *Network {
	pos := make(map[string]int32, len(nodes))
	for i, n := range nodes {
		pos[n.Key] = int32(i)
	}
	return &Network{nodes: nodes, pos: pos, g: g}
}

// Network returns g in compact form.
func (g *Graph) Network() *Network {
	x := g.index()
	nodes := make([]annals.Node, len(x.keys))
	for i, k := range x.keys {
		nodes[i], _ = g.Node(k)
	}
	return newNetwork(nodes, x.csr())
}

// Len returns the number of nodes.
func (n *Network) Len() int { return len(n.nodes) }

// Edges returns the number of edges.
func (n *Network) Edges() int { return n.g.Edges() }

// Node returns the node with the key and whether it is in n.
func (n *Network) Node(key string) (annals.Node, bool) {
	i, ok := n.pos[key]
	if !ok {
		return annals.Node{}, false
	}
	return n.nodes[i], true
}

// Weight returns the number of events the two actors share, 0 when they
// share none or either is unknown.
func (n *Network) Weight(a, b string) int {
	i, ok1 := n.pos[a]
	j, ok2 := n.pos[b]
	if !ok1 || !ok2 {
		return 0
	}
	nb, ws := n.g.Neighbours(int(i))
	if k, found := slices.BinarySearch(nb, j); found {
		return int(ws[k])
	}
	return 0
}

// Scores returns every node's value for m as [Graph.ScoresWith] does.
func (n *Network) Scores(m Metric, o ScoreOptions) ([]Score, error) {
	if !slices.Contains(Metrics, m) {
		return nil, fmt.Errorf("graph: scores %q: %w: want one of %v", m, annals.ErrInvalid, Metrics)
	}
	return scoreNodes(n.nodes, n.g, m, o), nil
}

// Communities partitions n with the Louvain method as [Graph.Communities]
// does.
func (n *Network) Communities(seed uint64) [][]string {
	keys := make([]string, len(n.nodes))
	for i, nd := range n.nodes {
		keys[i] = nd.Key
	}
	return communities(keys, n.g, seed)
}

// ShortestPath returns the node keys of a path with the fewest hops from
// the actor with key from to the actor with key to, both included; among
// equally short paths, the one through the nodes first in key order. It
// returns nil when no path joins them, and an error wrapping
// annals.ErrNotFound when either key is unknown. A node's path to itself
// is the node alone.
func (n *Network) ShortestPath(from, to string) ([]string, error) {
	s, t, err := n.ends(from, to)
	if err != nil {
		return nil, err
	}
	parent := make([]int32, n.Len())
	for i := range parent {
		parent[i] = -1
	}
	parent[s] = s
	queue := []int32{s}
	for head := 0; head < len(queue) && parent[t] < 0; head++ {
		u := queue[head]
		nb, _ := n.g.Neighbours(int(u))
		for _, v := range nb {
			if parent[v] < 0 {
				parent[v] = u
				queue = append(queue, v)
			}
		}
	}
	return n.trace(parent, s, t), nil
}

// StrongestPath returns the node keys of the path from the actor with key
// from to the actor with key to whose hops are the strongest ties: the
// path of least total length when a hop between actors who share w events
// has length 1/w (Newman 2001, "Scientific collaboration networks. II",
// where repeated collaboration makes two people closer). A path of two
// hops of 10 shared events (length 0.2) beats one direct hop of a single
// event (length 1). Ties go to the path found first in key order. It
// returns nil when no path joins them, and an error wrapping
// annals.ErrNotFound when either key is unknown.
func (n *Network) StrongestPath(from, to string) ([]string, error) {
	s, t, err := n.ends(from, to)
	if err != nil {
		return nil, err
	}
	dist := make([]float64, n.Len())
	parent := make([]int32, n.Len())
	for i := range dist {
		dist[i], parent[i] = math.Inf(1), -1
	}
	dist[s], parent[s] = 0, s
	done := make([]bool, n.Len())
	q := &pathQueue{{s, 0}}
	for q.Len() > 0 {
		it := heap.Pop(q).(pathItem)
		u := it.node
		if done[u] {
			continue
		}
		done[u] = true
		if u == t {
			break
		}
		nb, ws := n.g.Neighbours(int(u))
		for j, v := range nb {
			if d := dist[u] + 1/ws[j]; d < dist[v] {
				dist[v], parent[v] = d, u
				heap.Push(q, pathItem{v, d})
			}
		}
	}
	return n.trace(parent, s, t), nil
}

// ends returns the node numbers of from and to.
func (n *Network) ends(from, to string) (int32, int32, error) {
	s, ok := n.pos[from]
	if !ok {
		return 0, 0, fmt.Errorf("graph: path: %q: %w", from, annals.ErrNotFound)
	}
	t, ok := n.pos[to]
	if !ok {
		return 0, 0, fmt.Errorf("graph: path: %q: %w", to, annals.ErrNotFound)
	}
	return s, t, nil
}

// trace follows parent pointers back from t to s.
func (n *Network) trace(parent []int32, s, t int32) []string {
	if parent[t] < 0 {
		return nil
	}
	var path []string
	for v := t; ; v = parent[v] {
		path = append(path, n.nodes[v].Key)
		if v == s {
			break
		}
	}
	slices.Reverse(path)
	return path
}

type pathItem struct {
	node int32
	dist float64
}

// pathQueue is a min-heap by distance, then node number, so that equal
// distances settle in a fixed order.
type pathQueue []pathItem

// Len, Less, Swap, Push and Pop implement heap.Interface.
func (q pathQueue) Len() int { return len(q) }
func (q pathQueue) Less(i, j int) bool {
	return q[i].dist < q[j].dist || (q[i].dist == q[j].dist && q[i].node < q[j].node)
}
func (q pathQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *pathQueue) Push(x any)   { *q = append(*q, x.(pathItem)) }
func (q *pathQueue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// EgoMember is an actor of an ego network.
type EgoMember struct {
	Node annals.Node
	// Hops is the distance from the ego (0 for the ego itself).
	Hops int
	// Shared is the number of events shared with the ego (0 beyond one
	// hop).
	Shared int
	// Degree is the actor's number of partners in the whole network.
	Degree int
}

// Ego returns the actors at most depth hops from the actor with the key
// (the ego first), ordered by hops, then events shared with the ego
// (descending), then key. A negative depth counts as 0. An unknown key is
// an error wrapping annals.ErrNotFound.
func (n *Network) Ego(key string, depth int) ([]EgoMember, error) {
	s, ok := n.pos[key]
	if !ok {
		return nil, fmt.Errorf("graph: ego: %q: %w", key, annals.ErrNotFound)
	}
	hops := map[int32]int{s: 0}
	queue := []int32{s}
	for head := 0; head < len(queue); head++ {
		u := queue[head]
		if hops[u] >= depth {
			continue
		}
		nb, _ := n.g.Neighbours(int(u))
		for _, v := range nb {
			if _, seen := hops[v]; !seen {
				hops[v] = hops[u] + 1
				queue = append(queue, v)
			}
		}
	}
	out := make([]EgoMember, 0, len(queue))
	for _, v := range queue {
		deg, _ := n.g.Neighbours(int(v))
		m := EgoMember{Node: n.nodes[v], Hops: hops[v], Degree: len(deg)}
		if m.Hops == 1 {
			m.Shared = n.Weight(key, m.Node.Key)
		}
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b EgoMember) int {
		return cmp.Or(cmp.Compare(a.Hops, b.Hops), cmp.Compare(b.Shared, a.Shared), cmp.Compare(a.Node.Key, b.Node.Key))
	})
	return out, nil
}

// WriteEdgeList writes n as [WriteEdgeList] writes a Graph: one
// "source<TAB>target<TAB>weight" line per edge, sorted by source then
// target. The only errors are w's.
func (n *Network) WriteEdgeList(w io.Writer) error {
	bw := bufio.NewWriter(w)
	clean := strings.NewReplacer("\t", " ", "\n", " ", "\r", " ")
	for u := range n.nodes {
		nb, ws := n.g.Neighbours(u)
		for j, v := range nb {
			if int(v) > u {
				fmt.Fprintf(bw, "%s\t%s\t%d\n", clean.Replace(n.nodes[u].Key), clean.Replace(n.nodes[v].Key), int(ws[j]))
			}
		}
	}
	return bw.Flush()
}
