package assign_test

import (
	"math/rand/v2"
	"testing"

	"github.com/annals-project/annals/internal/assign"
)

// check fails unless got is a matching of w that uses only allowed pairs,
// and returns its weight.
func check(t *testing.T, w [][]int64, got []int) int64 {
	t.Helper()
	if len(got) != len(w) {
		t.Fatalf("MaxWeight(%v) = %v: %d entries, want %d", w, got, len(got), len(w))
	}
	var sum int64
	seen := map[int]bool{}
	for i, j := range got {
		if j == -1 {
			continue
		}
		if j < 0 || j >= len(w[i]) || seen[j] {
			t.Fatalf("MaxWeight(%v) = %v: column %d of row %d is out of range or used twice", w, got, j, i)
		}
		if w[i][j] <= 0 {
			t.Fatalf("MaxWeight(%v) = %v: pairs row %d with column %d, weight %d is not allowed", w, got, i, j, w[i][j])
		}
		seen[j] = true
		sum += w[i][j]
	}
	return sum
}

// brute returns the weight of a heaviest matching of w by trying every
// one: each row in turn is left unpaired or paired with a free column.
func brute(w [][]int64) int64 {
	var best int64
	used := map[int]bool{}
	var rec func(i int, sum int64)
	rec = func(i int, sum int64) {
		if i == len(w) {
			best = max(best, sum)
			return
		}
		rec(i+1, sum)
		for j, x := range w[i] {
			if x > 0 && !used[j] {
				used[j] = true
				rec(i+1, sum+x)
				used[j] = false
			}
		}
	}
	rec(0, 0)
	return best
}

func TestMaxWeight(t *testing.T) {
	tests := []struct {
		name string
		w    [][]int64
		want []int
	}{
		{"no rows", nil, []int{}},
		{"rows without columns", [][]int64{{}, {}}, []int{-1, -1}},
		{"nothing allowed", [][]int64{{0, -3}, {0, 0}}, []int{-1, -1}},
		{"one pair", [][]int64{{5}}, []int{0}},
		// Greedy takes the heaviest pair (0,0) and leaves row 1 alone;
		// the optimum pairs both rows.
		{"greedy loses", [][]int64{{10, 9}, {8, 0}}, []int{1, 0}},
		{"more rows than columns", [][]int64{{1}, {3}, {2}}, []int{-1, 0, -1}},
		{"more columns than rows", [][]int64{{1, 3, 2}}, []int{1}},
		{"disallowed pair not forced", [][]int64{{4, 0}, {0, 0}}, []int{0, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := assign.MaxWeight(tt.w)
			check(t, tt.w, got)
			if len(got) != len(tt.want) {
				t.Fatalf("MaxWeight(%v) = %v, want %v", tt.w, got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("MaxWeight(%v) = %v, want %v", tt.w, got, tt.want)
				}
			}
		})
	}
}

// TestMaxWeightBrute compares MaxWeight with exhaustive search on random
// small matrices, sparse and dense, square and not, with weights that tie
// often.
func TestMaxWeightBrute(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2026))
	for range 3000 {
		rows, cols := rng.IntN(6), rng.IntN(6)
		density := rng.Float64()
		top := int64(1 + rng.IntN(20))
		w := make([][]int64, rows)
		for i := range w {
			w[i] = make([]int64, cols)
			for j := range w[i] {
				if rng.Float64() < density {
					w[i][j] = 1 + rng.Int64N(top)
				} else {
					w[i][j] = -rng.Int64N(3) // zero or negative: not allowed
				}
			}
		}
		got := check(t, w, assign.MaxWeight(w))
		if want := brute(w); got != want {
			t.Fatalf("MaxWeight(%v) weighs %d, want %d", w, got, want)
		}
	}
}

func TestMaxWeightLarge(t *testing.T) {
	// Weights near the documented bound still solve exactly: each row
	// prefers its own column by one unit over a huge common weight.
	const n = 50
	big := int64(1) << 50
	w := make([][]int64, n)
	for i := range w {
		w[i] = make([]int64, n)
		for j := range w[i] {
			w[i][j] = big
		}
		w[i][(i+1)%n] = big + 1
	}
	got := assign.MaxWeight(w)
	for i, j := range got {
		if j != (i+1)%n {
			t.Fatalf("MaxWeight(shifted diagonal)[%d] = %d, want %d", i, j, (i+1)%n)
		}
	}
}

func TestMaxWeightPanics(t *testing.T) {
	for name, w := range map[string][][]int64{
		"ragged":    {{1, 2}, {3}},
		"too heavy": {{1 << 62}, {1 << 62}},
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("MaxWeight(%s) did not panic", name)
				}
			}()
			assign.MaxWeight(w)
		}()
	}
}
