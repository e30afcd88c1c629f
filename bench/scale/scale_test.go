package scale_test

import (
	"context"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"testing"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/timeline"
)

// openScale opens $ANNALS_SCALE_DB or skips.
func openScale(b *testing.B) *store.DB {
	b.Helper()
	path := os.Getenv("ANNALS_SCALE_DB")
	if path == "" {
		b.Skip("ANNALS_SCALE_DB not set: run bench/scale.sh")
	}
	db, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

func loadNetwork(ctx context.Context, db *store.DB) (*graph.Network, error) {
	inc, err := db.Incidence(ctx, annals.EventFilter{})
	if err != nil {
		return nil, err
	}
	return graph.NewNetwork(inc.Actors, inc.Offsets, inc.Members)
}

// sample returns 101 actors with partners, drawn uniformly from a fixed
// seed (so most are ordinary actors and a few are hubs, as in a stream of
// user questions), and the network.
func sample(b *testing.B, db *store.DB) (*graph.Network, []annals.Node) {
	b.Helper()
	net, err := loadNetwork(context.Background(), db)
	if err != nil {
		b.Fatal(err)
	}
	scores, _ := net.Scores(graph.MetricDegree, graph.ScoreOptions{})
	var linked []annals.Node
	for _, s := range scores {
		if s.Degree > 0 {
			linked = append(linked, s.Node)
		}
	}
	r := rand.New(rand.NewPCG(5, 5))
	out := make([]annals.Node, 101)
	for i := range out {
		out[i] = linked[r.IntN(len(linked))]
	}
	return net, out
}

// report adds the median and the 90th percentile of the query times.
func report(b *testing.B, times []time.Duration) {
	if len(times) == 0 {
		return
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms-median")
	b.ReportMetric(float64(times[len(times)*9/10].Microseconds())/1000, "ms-p90")
	b.ReportMetric(float64(times[len(times)-1].Microseconds())/1000, "ms-max")
}

// BenchmarkLoadNetwork reads the whole actor network from SQLite
// (target: under 3 s for a million events) and reports the heap it holds.
func BenchmarkLoadNetwork(b *testing.B) {
	db := openScale(b)
	ctx := context.Background()
	var net *graph.Network
	for b.Loop() {
		var err error
		if net, err = loadNetwork(ctx, db); err != nil {
			b.Fatal(err)
		}
	}
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/(1<<20), "MB-heap")
	b.ReportMetric(float64(net.Len()), "actors")
	b.ReportMetric(float64(net.Edges()), "edges")
}

// BenchmarkRelations answers 'annals relations' for sampled actors: their
// shared events from the store, grouped by partner.
func BenchmarkRelations(b *testing.B) {
	db := openScale(b)
	_, actors := sample(b, db)
	ctx := context.Background()
	var times []time.Duration
	i := 0
	for b.Loop() {
		a := actors[i%len(actors)]
		i++
		t0 := time.Now()
		shared, err := db.Partners(ctx, a.Key, annals.EventFilter{})
		if err != nil {
			b.Fatal(err)
		}
		if len(graph.RelationsFrom(a.Key, shared.Partners, shared.Events, shared.Pairs)) == 0 {
			b.Fatalf("no relations for %s", a.Key)
		}
		times = append(times, time.Since(t0))
	}
	report(b, times)
}

// BenchmarkPath answers 'annals path' between sampled actors on the loaded
// network: shortest and strongest path, and the events of every hop (at
// most 5 shown, as the command does).
func BenchmarkPath(b *testing.B) {
	db := openScale(b)
	net, actors := sample(b, db)
	ctx := context.Background()
	var times []time.Duration
	i := 0
	for b.Loop() {
		a, c := actors[i%len(actors)], actors[(i+37)%len(actors)]
		i++
		t0 := time.Now()
		for _, find := range []func(string, string) ([]string, error){net.ShortestPath, net.StrongestPath} {
			keys, err := find(a.Key, c.Key)
			if err != nil {
				b.Fatal(err)
			}
			for j := 1; j < len(keys); j++ {
				if _, err := db.RecentSharedEvents(ctx, keys[j-1], keys[j], annals.EventFilter{}, 5); err != nil {
					b.Fatal(err)
				}
			}
		}
		times = append(times, time.Since(t0))
	}
	report(b, times)
}

// BenchmarkDyad answers 'annals dyad' for sampled actors and their
// strongest partner: shared events from the store, per month.
func BenchmarkDyad(b *testing.B) {
	db := openScale(b)
	net, actors := sample(b, db)
	ctx := context.Background()
	partner := make([]string, len(actors))
	for k, a := range actors {
		ego, _ := net.Ego(a.Key, 1)
		partner[k] = ego[1].Node.Key // the ego first, then the strongest tie
	}
	var times []time.Duration
	i := 0
	for b.Loop() {
		k := i % len(actors)
		i++
		t0 := time.Now()
		evs, err := db.SharedEvents(ctx, actors[k].Key, partner[k], annals.EventFilter{})
		if err != nil {
			b.Fatal(err)
		}
		if len(evs) == 0 {
			b.Fatalf("no shared events for %s and %s", actors[k].Key, partner[k])
		}
		timeline.Series(evs, timeline.BucketMonth)
		times = append(times, time.Since(t0))
	}
	report(b, times)
}
