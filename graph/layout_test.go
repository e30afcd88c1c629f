package graph_test

import (
	"reflect"
	"testing"

	"github.com/annals-project/annals/graph"
)

func TestLayoutComponents(t *testing.T) {
	keys := []string{"a", "b", "c", "d", "e", "f"}
	edges := []graph.Edge{
		{From: "a", To: "b", Weight: 3}, {From: "b", To: "c", Weight: 1}, {From: "a", To: "c", Weight: 1},
		{From: "d", To: "e", Weight: 2},
		{From: "a", To: "zz", Weight: 9}, // an end outside keys: ignored
	}
	comps, pos := graph.LayoutComponents(keys, edges)
	if want := [][]int{{0, 1, 2}, {3, 4}, {5}}; !reflect.DeepEqual(comps, want) {
		t.Fatalf("components = %v, want %v", comps, want)
	}
	for i, c := range comps {
		if len(pos[i]) != len(c) {
			t.Fatalf("component %d: %d positions for %d members", i, len(pos[i]), len(c))
		}
		for _, p := range pos[i] {
			if p[0] < 0 || p[0] > 1 || p[1] < 0 || p[1] > 1 {
				t.Errorf("component %d: position %v outside the unit square", i, p)
			}
		}
	}
	// Members of a component with more than one node are not all on one spot.
	if pos[0][0] == pos[0][1] && pos[0][1] == pos[0][2] {
		t.Errorf("triangle laid out on one point: %v", pos[0])
	}
	// Deterministic.
	_, again := graph.LayoutComponents(keys, edges)
	if !reflect.DeepEqual(pos, again) {
		t.Errorf("two layouts of the same graph differ")
	}
	if comps, pos := graph.LayoutComponents(nil, nil); len(comps) != 0 || len(pos) != 0 {
		t.Errorf("empty graph: %v, %v", comps, pos)
	}
}
