// Package scale holds the in-process benchmarks of issue 5's scale
// targets on a large store: loading the actor network and answering
// relations, path and dyad queries. The store is named by
// $ANNALS_SCALE_DB (bench/scale.sh makes one of a million synthetic events
// with bench/synthfill); without it the benchmarks skip.
package scale
