// Package assign solves the assignment problem: a one-to-one pairing of
// rows with columns that maximises the total weight of the pairs, by the
// Hungarian method (H. W. Kuhn, "The Hungarian method for the assignment
// problem", 1955; J. Munkres, 1957) in its O(n²m) form: row and column
// potentials, and one shortest augmenting path per row.
//
// gonum, the project's numerical library, has no assignment solver (its
// linear-programming simplex works in floats and gives no integral
// guarantee), so this small exact one on int64 weights lives here. The
// eval package uses it to pair predicted events with annotated ones.
package assign

import "math"

// MaxWeight returns a maximum-weight matching of the rows of w with its
// columns: out[i] is the column paired with row i, or -1 when row i stays
// unpaired. Only pairs with a positive weight may be made; a weight of
// zero or less means the pair is not allowed. The matching need not be
// perfect: among all sets of allowed pairs that use each row and each
// column at most once, it returns one whose weight sum is greatest. Ties
// between equally heavy matchings are broken deterministically (the same
// w gives the same answer).
//
// w may be empty or have rows of length zero. MaxWeight panics when the
// rows of w differ in length, or when the weights are so large that the
// sum of every row's heaviest weight exceeds math.MaxInt64/4 (the
// potentials would overflow); both are programmer errors.
func MaxWeight(w [][]int64) []int {
	rows := len(w)
	out := make([]int, rows)
	for i := range out {
		out[i] = -1
	}
	if rows == 0 {
		return out
	}
	cols := len(w[0])
	var bound int64
	for _, r := range w {
		if len(r) != cols {
			panic("assign: rows of different lengths")
		}
		var top int64
		for _, x := range r {
			top = max(top, x)
		}
		if bound += top; bound > math.MaxInt64/4 {
			panic("assign: weights too large")
		}
	}
	if cols == 0 {
		return out
	}
	// The Hungarian loop below needs no more rows than columns; solve the
	// transpose otherwise.
	transposed := rows > cols
	n, m := rows, cols
	at := func(i, j int) int64 { return w[i][j] }
	if transposed {
		n, m = cols, rows
		at = func(i, j int) int64 { return w[j][i] }
	}
	// Minimise cost = -weight with every disallowed pair at cost 0: a
	// complete matching of the n rows then exists, and the allowed pairs
	// of a cheapest one form a heaviest matching (dropping the cost-0
	// pairs changes nothing).
	cost := func(i, j int) int64 { return -max(at(i, j), 0) }
	pairs := hungarian(n, m, cost)
	for i, j := range pairs {
		if at(i, j) <= 0 {
			continue
		}
		if transposed {
			out[j] = i
		} else {
			out[i] = j
		}
	}
	return out
}

// hungarian returns a minimum-cost complete assignment of n rows to
// m ≥ n columns: the column of each row. Indices 0 of u, v, p and way are
// a sentinel row and column; real ones start at 1.
func hungarian(n, m int, cost func(i, j int) int64) []int {
	const inf = math.MaxInt64
	u := make([]int64, n+1) // row potentials
	v := make([]int64, m+1) // column potentials
	p := make([]int, m+1)   // p[j]: the row in column j, 0 if none
	way := make([]int, m+1) // the previous column on the augmenting path
	minv := make([]int64, m+1)
	used := make([]bool, m+1)
	for i := 1; i <= n; i++ {
		p[0] = i
		j0 := 0
		for j := range minv {
			minv[j], used[j] = inf, false
		}
		for {
			used[j0] = true
			i0, delta, j1 := p[j0], int64(inf), 0
			for j := 1; j <= m; j++ {
				if used[j] {
					continue
				}
				if cur := cost(i0-1, j-1) - u[i0] - v[j]; cur < minv[j] {
					minv[j], way[j] = cur, j0
				}
				if minv[j] < delta {
					delta, j1 = minv[j], j
				}
			}
			for j := 0; j <= m; j++ {
				if used[j] {
					u[p[j]] += delta
					v[j] -= delta
				} else {
					minv[j] -= delta
				}
			}
			j0 = j1
			if p[j0] == 0 {
				break
			}
		}
		for j0 != 0 {
			j1 := way[j0]
			p[j0] = p[j1]
			j0 = j1
		}
	}
	out := make([]int, n)
	for j := 1; j <= m; j++ {
		if p[j] != 0 {
			out[p[j]-1] = j - 1
		}
	}
	return out
}
