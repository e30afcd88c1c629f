package g5cpu

import (
	"os"
	"syscall"
	"testing"
	"time"

	"github.com/annals-project/annals/graph/csr"
)

func cpu() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func TestCPU(t *testing.T) {
	f, _ := os.Open(os.Getenv("G"))
	g, _, _ := csr.ReadEdgeList(f)
	for _, k := range []struct {
		name string
		run  func()
	}{
		{"bt-k500", func() { csr.SampledBetweenness(g, 500, 42, 1) }},
		{"closeness", func() { csr.Closeness(g, 1) }},
		{"pagerank", func() { csr.PageRank(g, 0.85) }},
		{"louvain", func() { csr.Louvain(g, 1, 42) }},
	} {
		c0, w0 := cpu(), time.Now()
		k.run()
		t.Logf("%s cpu %v wall %v", k.name, cpu()-c0, time.Since(w0))
	}
}

func TestBaseline(t *testing.T) {
	f, _ := os.Open(os.Getenv("G"))
	g, _, _ := csr.ReadEdgeList(f)
	x := make([]float64, g.Len())
	c0 := cpu()
	var s float64
	for range 500 {
		for u := range g.Len() {
			for _, v := range g.Adj[g.Off[u]:g.Off[u+1]] {
				s += x[v]
			}
		}
	}
	t.Logf("500 sweeps cpu %v %v", cpu()-c0, s)
}
