package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/annals-project/annals"
)

// StaticSource is an [annals.GraphSource] over nodes and links held in
// memory, such as the part of a store around one actor (the store's Ego):
// loading it with [Load] answers questions about that actor without
// reading the whole store.
type StaticSource struct {
	NodeList []annals.Node
	LinkList []annals.Link
}

var _ annals.GraphSource = StaticSource{}

// Nodes returns the nodes, ordered by key.
func (s StaticSource) Nodes(context.Context) ([]annals.Node, error) {
	out := slices.Clone(s.NodeList)
	slices.SortFunc(out, func(a, b annals.Node) int { return compareKeys(a.Key, b.Key) })
	return out, nil
}

// Node returns the node with the key, or an error wrapping
// annals.ErrNotFound.
func (s StaticSource) Node(_ context.Context, key string) (annals.Node, error) {
	for _, n := range s.NodeList {
		if n.Key == key {
			return n, nil
		}
	}
	return annals.Node{}, fmt.Errorf("graph: node %q: %w", key, annals.ErrNotFound)
}

// Links returns the links, ordered by from, to and kind.
func (s StaticSource) Links(context.Context) ([]annals.Link, error) {
	out := slices.Clone(s.LinkList)
	slices.SortFunc(out, func(a, b annals.Link) int {
		if c := compareKeys(a.From, b.From); c != 0 {
			return c
		}
		if c := compareKeys(a.To, b.To); c != 0 {
			return c
		}
		return compareKeys(string(a.Kind), string(b.Kind))
	})
	return out, nil
}

func compareKeys(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
