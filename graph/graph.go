package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	dg "github.com/dominikbraun/graph"

	"github.com/annals-project/annals"
)

// Filter selects the events whose participants are linked. Zero fields do
// not filter.
type Filter struct {
	// From and To keep events whose inclusive interval ends on or after
	// From and starts on or before To, as annals.EventFilter does. When
	// either is set, undated events are left out: nothing places them in
	// the range.
	From, To annals.Date
	// Types keeps events of any of these types.
	Types []annals.EventType
	// Status keeps events of this status.
	Status annals.Status
	// Kinds keeps only actors of these kinds as nodes; with
	// []annals.NodeKind{annals.KindCountry} the graph is the country dyad
	// graph (two states linked when they take part in the same event).
	Kinds []annals.NodeKind
}

// IsZero reports whether f selects every event and every actor.
func (f Filter) IsZero() bool {
	return f.From.IsZero() && f.To.IsZero() && len(f.Types) == 0 && f.Status == "" && len(f.Kinds) == 0
}

// KeepsKind reports whether f keeps actors of kind k as nodes.
func (f Filter) KeepsKind(k annals.NodeKind) bool {
	return len(f.Kinds) == 0 || slices.Contains(f.Kinds, k)
}

// SelectsAllEvents reports whether f selects every event (it may still
// keep only some kinds of actors).
func (f Filter) SelectsAllEvents() bool {
	return f.From.IsZero() && f.To.IsZero() && len(f.Types) == 0 && f.Status == ""
}

// match reports whether the event node ev passes f.
func (f Filter) match(ev annals.Node) bool {
	if f.Status != "" && ev.Status != f.Status {
		return false
	}
	if len(f.Types) > 0 && !slices.Contains(f.Types, ev.Type) {
		return false
	}
	if !f.From.IsZero() || !f.To.IsZero() {
		if ev.Start.IsZero() {
			return false
		}
		end := ev.End
		if end.IsZero() {
			end = ev.Start
		}
		if !f.From.IsZero() && end.Before(f.From) {
			return false
		}
		if !f.To.IsZero() && ev.Start.After(f.To) {
			return false
		}
	}
	return true
}

// Edge is an undirected link between two actors who took part in the same
// events. From is the smaller key of the two.
type Edge struct {
	From, To string
	// Weight is the number of shared events, len(Events).
	Weight int
	// Events are the shared events' keys, sorted.
	Events []string
	// First is the earliest start and Last the latest end of the shared
	// dated events; both zero when none is dated.
	First, Last annals.Date
	// Types are the shared events' types, sorted and without repeats.
	Types []annals.EventType
}

// edgeData is what the dominikbraun edge carries in its Data field.
type edgeData struct {
	events map[string]bool
}

// Graph is the actor graph: actors as nodes, shared events as weighted
// edges. Build one with [Load], [FromDocument] or [Graph.Neighbourhood]; a
// nil or zero Graph reads as empty. A Graph is never modified after it is
// built, so it is safe for concurrent reads.
type Graph struct {
	g      dg.Graph[string, annals.Node]
	events map[string]annals.Node // event nodes by key, for dates and labels
}

func nodeKey(n annals.Node) string { return n.Key }

func newGraph() *Graph {
	return &Graph{
		g:      dg.New(nodeKey, dg.Weighted()),
		events: map[string]annals.Node{},
	}
}

// addActor adds n unless a node with its key is already there.
func (g *Graph) addActor(n annals.Node) {
	if _, err := g.g.Vertex(n.Key); err == nil {
		return
	}
	_ = g.g.AddVertex(n) // cannot fail: the key is new
}

// link records that actors a and b took part in event ev.
func (g *Graph) link(a, b, ev string) {
	if a == b {
		return
	}
	if a > b {
		a, b = b, a
	}
	e, err := g.g.Edge(a, b)
	if err != nil {
		_ = g.g.AddEdge(a, b, dg.EdgeData(&edgeData{events: map[string]bool{ev: true}}), dg.EdgeWeight(1))
		return
	}
	d := e.Properties.Data.(*edgeData)
	if d.events[ev] {
		return
	}
	d.events[ev] = true
	_ = g.g.UpdateEdge(a, b, dg.EdgeWeight(len(d.events)))
}

// linkEvent links every pair of the participants of event ev. A repeated
// event keeps the node of its first report, as the store does.
func (g *Graph) linkEvent(ev annals.Node, participants []string) {
	if _, ok := g.events[ev.Key]; !ok {
		g.events[ev.Key] = ev
	}
	for i, a := range participants {
		for _, b := range participants[i+1:] {
			g.link(a, b, ev.Key)
		}
	}
}

// Load reads the actor graph from src, linking the participants of the
// events f selects who are of the kinds f keeps. When f selects every
// event, every actor node of src of those kinds is a node, even one that
// takes part in no event; otherwise only the actors of the selected events
// are. Country nodes get their code as Country when the
// source leaves it empty. Errors from src are returned wrapped.
func Load(ctx context.Context, src annals.GraphSource, f Filter) (*Graph, error) {
	nodes, err := src.Nodes(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: load nodes: %w", err)
	}
	links, err := src.Links(ctx)
	if err != nil {
		return nil, fmt.Errorf("graph: load links: %w", err)
	}
	byKey := make(map[string]annals.Node, len(nodes))
	for i, n := range nodes {
		if n.Kind == annals.KindCountry && n.Country == "" {
			// A country node is its own state: give it its code, as
			// FromDocument does, so renderers can show it.
			n.Country = annals.Country(strings.TrimPrefix(n.Key, string(annals.KindCountry)+":"))
			nodes[i] = n
		}
		byKey[n.Key] = n
	}
	participants := map[string][]string{}
	for _, l := range links {
		if l.Kind != annals.LinkParticipation {
			continue
		}
		a, okA := byKey[l.From]
		ev, okE := byKey[l.To]
		if !okA || !okE || !a.Kind.IsActor() || ev.Kind != annals.KindEvent {
			continue // a dangling or mistyped link carries no actor relation
		}
		if !f.KeepsKind(a.Kind) {
			continue
		}
		if !slices.Contains(participants[ev.Key], a.Key) {
			participants[ev.Key] = append(participants[ev.Key], a.Key)
		}
	}
	g := newGraph()
	if f.SelectsAllEvents() {
		// Every event is selected: every actor (of the kinds kept) is a
		// node, linked or not.
		for _, n := range nodes {
			if n.Kind.IsActor() && f.KeepsKind(n.Kind) {
				g.addActor(n)
			}
		}
	}
	evKeys := make([]string, 0, len(participants))
	for k := range participants {
		evKeys = append(evKeys, k)
	}
	slices.Sort(evKeys)
	for _, k := range evKeys {
		ev := byKey[k]
		if !f.match(ev) {
			continue
		}
		for _, a := range participants[k] {
			g.addActor(byKey[a])
		}
		g.linkEvent(ev, participants[k])
	}
	return g, nil
}

// EventKey returns the node key FromDocument gives an event: its ID when
// set, otherwise "event:" and the first 16 hex digits of the SHA-256 of
// [annals.Event.Key], so two reports of one happening share a node.
func EventKey(e annals.Event) string {
	if e.ID != "" {
		return e.ID
	}
	return e.NodeKey()
}

// FromDocument builds the actor graph of a single extraction, without a
// store. Every person, organisation and country of doc is a node (keyed
// with annals.ActorKey; countries on their codes), and the participants
// of each event are linked. An event actor that names neither a person nor
// an organisation of doc (which Document.Validate rejects) is taken as a
// person. A nil doc gives an empty graph.
func FromDocument(doc *annals.Document) *Graph {
	g := newGraph()
	if doc == nil {
		return g
	}
	kinds := map[string]annals.NodeKind{}
	for _, p := range doc.Persons {
		g.addActor(annals.Node{Key: annals.ActorKey(annals.KindPerson, p.Name), Kind: annals.KindPerson, Label: p.Name, Country: p.Country, Role: p.Role})
		kinds[p.Name] = annals.KindPerson
	}
	for _, o := range doc.Organizations {
		if _, ok := kinds[o.Name]; !ok {
			kinds[o.Name] = annals.KindOrganization
		}
		g.addActor(annals.Node{Key: annals.ActorKey(annals.KindOrganization, o.Name), Kind: annals.KindOrganization, Label: o.Name, Country: o.Country})
	}
	for _, c := range doc.Countries {
		g.addActor(countryNode(c))
	}
	for _, e := range doc.Events {
		ev := annals.Node{Key: EventKey(e), Kind: annals.KindEvent, Label: e.Label(), Start: e.Start, End: e.End, Type: e.Type, Status: e.Status}
		var ps []string
		for _, a := range e.Actors {
			k := kinds[a]
			if k == "" {
				k = annals.KindPerson
			}
			n := annals.Node{Key: annals.ActorKey(k, a), Kind: k, Label: a}
			g.addActor(n)
			if !slices.Contains(ps, n.Key) {
				ps = append(ps, n.Key)
			}
		}
		for _, c := range e.Countries {
			n := countryNode(c)
			g.addActor(n)
			if !slices.Contains(ps, n.Key) {
				ps = append(ps, n.Key)
			}
		}
		g.linkEvent(ev, ps)
	}
	return g
}

func countryNode(c annals.Country) annals.Node {
	return annals.Node{Key: annals.ActorKey(annals.KindCountry, string(c)), Kind: annals.KindCountry, Label: c.Name(), Country: c}
}

// isEmpty reports whether g is nil or a zero Graph, which hold nothing.
func (g *Graph) isEmpty() bool { return g == nil || g.g == nil }

// Len returns the number of nodes.
func (g *Graph) Len() int {
	if g.isEmpty() {
		return 0
	}
	n, _ := g.g.Order()
	return n
}

// Node returns the node with the key and whether it is in g.
func (g *Graph) Node(key string) (annals.Node, bool) {
	if g.isEmpty() {
		return annals.Node{}, false
	}
	n, err := g.g.Vertex(key)
	return n, err == nil
}

// Nodes returns every node, sorted by key; an empty (non-nil) slice for an
// empty graph.
func (g *Graph) Nodes() []annals.Node {
	keys := g.keys()
	out := make([]annals.Node, 0, len(keys))
	for _, k := range keys {
		n, _ := g.g.Vertex(k)
		out = append(out, n)
	}
	return out
}

// keys returns the node keys, sorted.
func (g *Graph) keys() []string {
	if g.isEmpty() {
		return []string{}
	}
	adj, _ := g.g.AdjacencyMap() // the in-memory store does not fail
	keys := make([]string, 0, len(adj))
	for k := range adj {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Edges returns every edge, sorted by From then To; an empty (non-nil)
// slice when no two actors share an event.
func (g *Graph) Edges() []Edge {
	if g.isEmpty() {
		return []Edge{}
	}
	es, _ := g.g.Edges()
	out := make([]Edge, 0, len(es))
	for _, e := range es {
		out = append(out, g.edge(e.Source, e.Target, e.Properties.Data.(*edgeData)))
	}
	slices.SortFunc(out, func(a, b Edge) int {
		return cmp.Or(cmp.Compare(a.From, b.From), cmp.Compare(a.To, b.To))
	})
	return out
}

// edge builds the exported form of the edge between a and b.
func (g *Graph) edge(a, b string, d *edgeData) Edge {
	if a > b {
		a, b = b, a
	}
	e := Edge{From: a, To: b, Weight: len(d.events)}
	for k := range d.events {
		e.Events = append(e.Events, k)
	}
	slices.Sort(e.Events)
	for _, k := range e.Events {
		ev := g.events[k]
		if !slices.Contains(e.Types, ev.Type) {
			e.Types = append(e.Types, ev.Type)
		}
		if ev.Start.IsZero() {
			continue
		}
		end := ev.End
		if end.IsZero() {
			end = ev.Start
		}
		if e.First.IsZero() || ev.Start.Before(e.First) {
			e.First = ev.Start
		}
		if e.Last.IsZero() || end.After(e.Last) {
			e.Last = end
		}
	}
	slices.Sort(e.Types)
	return e
}

// adjacency returns, for each node key, its neighbours' keys mapped to the
// edge data.
func (g *Graph) adjacency() map[string]map[string]*edgeData {
	if g.isEmpty() {
		return map[string]map[string]*edgeData{}
	}
	adj, _ := g.g.AdjacencyMap()
	out := make(map[string]map[string]*edgeData, len(adj))
	for k, nb := range adj {
		m := make(map[string]*edgeData, len(nb))
		for t, e := range nb {
			m[t] = e.Properties.Data.(*edgeData)
		}
		out[k] = m
	}
	return out
}

// Neighbourhood returns the ego graph of the actor with the key: the
// actors at most depth links away (depth 0 is the actor alone) and every
// edge among them, with the same weights and events as in g. An unknown key
// gives an empty graph; a negative depth counts as 0.
func (g *Graph) Neighbourhood(key string, depth int) *Graph {
	out := newGraph()
	if _, ok := g.Node(key); !ok {
		return out
	}
	adj := g.adjacency()
	dist := map[string]int{key: 0}
	queue := []string{key}
	for len(queue) > 0 {
		k := queue[0]
		queue = queue[1:]
		if dist[k] >= depth {
			continue
		}
		for nb := range adj[k] {
			if _, seen := dist[nb]; !seen {
				dist[nb] = dist[k] + 1
				queue = append(queue, nb)
			}
		}
	}
	for k := range dist {
		n, _ := g.Node(k)
		out.addActor(n)
	}
	for a := range dist {
		for b, d := range adj[a] {
			if _, in := dist[b]; !in || a > b {
				continue
			}
			evs := make(map[string]bool, len(d.events))
			for ev := range d.events {
				evs[ev] = true
				out.events[ev] = g.events[ev]
			}
			_ = out.g.AddEdge(a, b, dg.EdgeData(&edgeData{events: evs}), dg.EdgeWeight(len(evs)))
		}
	}
	return out
}
