// Command synthfill fills an annals store with synthetic events from
// package synth, through store.DB.SaveBatch as ingest does, for the scale
// benchmarks of issue 5 (bench/scale.sh).
//
// Usage:
//
//	synthfill [--events N] [--actors M] [--seed S] [--batch B] DB
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/synth"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "synthfill:", err)
		if errors.Is(err, errUsage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("synthfill", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o synth.Options
	fs.IntVar(&o.Events, "events", 1000000, "number of events `N`")
	fs.IntVar(&o.Actors, "actors", 0, "number of actors `M` (0: N/50)")
	fs.Uint64Var(&o.Seed, "seed", 1, "generator `SEED`")
	batch := fs.Int("batch", 200, "documents per transaction")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: want one database path", errUsage)
	}
	db, err := store.Open(ctx, fs.Arg(0))
	if err != nil {
		return err
	}
	defer db.Close()
	t0 := time.Now()
	docs, events, err := synth.Fill(ctx, db, o, *batch)
	if err != nil {
		return err
	}
	st, err := db.Stats(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "synthfill: %d documents, %d events generated in %.1f s; store holds %d events, %d persons, %d organisations, %d countries\n",
		docs, events, time.Since(t0).Seconds(), st.Events, st.Persons, st.Organizations, st.Countries)
	return nil
}
