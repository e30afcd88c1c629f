package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
	"github.com/annals-project/annals/ingest"
	"github.com/annals-project/annals/names"
	"github.com/annals-project/annals/pipeline"
	"github.com/annals-project/annals/store"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

type reextractOptions struct {
	db      dbOptions
	aliases string
	quiet   bool
	verbose bool
	workers int
	batch   int
}

func newReextractCmd(e *env) *cobra.Command {
	var o reextractOptions
	cmd := &cobra.Command{
		Use:   "reextract [--db PATH]",
		Short: "Extract the stored articles again with this annals and rebuild the graph",
		Long: `Reextract runs this version of annals' extractor on the input of every
stored article (the text it read, or the saved page, kept compressed in the
database) and rebuilds the graph from the results, in one transaction: if
anything fails, or the run is interrupted, the database stays as it was.

Each article is extracted as ingest extracted it: with the --published date
it was ingested with, the metadata of its input (a page's date and title are
read from the page again), and the aliases files every ingest was given, plus
--aliases FILE if given (it is kept for later runs). Running it twice with
the same annals changes nothing.

Articles ingested before annals stored inputs cannot be extracted again; they
keep what they had, and are listed with -v. Ingest them again from their
source to store their input, then run reextract.`,
		Example: `  annals reextract
  annals reextract --db news.db -v
  annals reextract --aliases aliases.tsv`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runReextract(cmd.Context(), e, o)
		},
	}
	o.db.register(cmd)
	cmd.Flags().StringVar(&o.aliases, "aliases", "", "also merge the names this `FILE` lists (ALIAS<TAB>CANONICAL NAME per line)")
	cmd.Flags().BoolVarP(&o.quiet, "quiet", "q", false, "print only errors")
	cmd.Flags().BoolVarP(&o.verbose, "verbose", "v", false, "list the articles that changed and those that could not be extracted again")
	cmd.Flags().IntVar(&o.workers, "workers", 0, "extraction goroutines (`N`; 0: one per core)")
	cmd.Flags().IntVar(&o.batch, "batch", 0, "articles per batch (`N`; 0: 64)")
	return cmd
}

func runReextract(ctx context.Context, e *env, o reextractOptions) error {
	if o.workers < 0 || o.batch < 0 {
		return usagef("--workers and --batch want 0 (automatic) or more")
	}
	aliases, err := readAliases(o.aliases)
	if err != nil {
		return err
	}
	db, err := o.db.openExisting(ctx, e)
	if err != nil {
		return err
	}
	defer db.Close()
	sum, err := reextract(ctx, e, db, reextractConfig{
		workers: o.workers, batch: o.batch, progress: e.isTerminal && !o.quiet, verbose: o.verbose,
		aliases: aliases, extract: extractArticle, version: extract.Version,
	})
	switch {
	case err != nil && sum.Failed > 0:
		fmt.Fprintf(e.stderr, "reextract: stopped: %d articles could not be extracted; the database is unchanged\n", sum.Failed)
		return errSilent
	case err != nil && (errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)):
		fmt.Fprintln(e.stderr, "reextract: interrupted; the database is unchanged")
		return err
	case err != nil:
		return err
	}
	if !o.quiet {
		fmt.Fprintf(e.stderr, "reextract: %d articles extracted again by annals' extractor %s: %d changed, %d unchanged",
			sum.Changed+sum.Unchanged+sum.Merged, extract.Version, sum.Changed, sum.Unchanged)
		if sum.Merged > 0 {
			fmt.Fprintf(e.stderr, ", %d now the same article as an earlier one", sum.Merged)
		}
		fmt.Fprintf(e.stderr, " (events %d -> %d, actors %d -> %d)\n", sum.Before.Events, sum.After.Events,
			sum.Before.Persons+sum.Before.Organizations, sum.After.Persons+sum.After.Organizations)
	}
	if n := len(sum.Legacy); n > 0 {
		fmt.Fprintf(e.stderr, "reextract: %d articles could not be extracted again: ingested before annals stored inputs; ingest them again from their source, then run annals reextract\n", n)
	}
	return nil
}

// reextractConfig tunes reextract; extract and version are the extractor,
// which tests replace.
type reextractConfig struct {
	workers, batch int
	progress       bool
	verbose        bool
	aliases        string // the text of an aliases file to add, or ""
	extract        func(a ingest.Article, published annals.Date) (*annals.Document, error)
	version        string
}

// reextractSummary counts what a rebuild did.
type reextractSummary struct {
	Changed, Unchanged int
	Merged             int      // extractions whose text an earlier article has
	Failed             int      // inputs that could not be read or extracted
	Legacy             []string // sources of articles without a stored input
	Before, After      store.Stats
}

// errExtractFailed stops a rebuild when an article fails.
var errExtractFailed = errors.New("reextract: an article could not be extracted")

// reextract extracts every stored input again and rebuilds the graph from
// the results in one transaction (store.DB.Rebuild), reporting each
// failure on stderr. The first failure stops the run and leaves the
// database as it was; the error is then errExtractFailed.
func reextract(ctx context.Context, e *env, db *store.DB, c reextractConfig) (reextractSummary, error) {
	var sum reextractSummary
	var err error
	if sum.Before, err = db.Stats(ctx); err != nil {
		return sum, fmt.Errorf("read database: %w", err)
	}
	err = db.Rebuild(ctx, func(r *store.Rebuild) error {
		return rebuild(ctx, e, r, c, &sum)
	})
	if err != nil {
		sum.After = sum.Before
		return sum, err
	}
	if sum.After, err = db.Stats(ctx); err != nil {
		return sum, fmt.Errorf("read database: %w", err)
	}
	return sum, nil
}

func rebuild(ctx context.Context, e *env, r *store.Rebuild, c reextractConfig, sum *reextractSummary) error {
	sum.Legacy = r.Legacy()
	if c.aliases != "" {
		if err := r.AddAliases(c.aliases); err != nil {
			return err
		}
	}
	resolver, err := rebuildResolver(r)
	if err != nil {
		return err
	}
	items := r.Items()
	var bar *progressbar.ProgressBar
	if c.progress {
		var total int64
		for _, it := range items {
			total += it.Size
		}
		bar = newBar(e, total, "reextract")
	}
	input := func(yield func(pipeline.Job, error) bool) {
		for _, it := range items {
			in, err := r.Input(it.ID)
			if err != nil {
				yield(pipeline.Job{}, err)
				return
			}
			in.Extractor = c.version
			a, err := articleOf(in)
			if !yield(pipeline.Job{Article: a, Input: in}, err) {
				return
			}
		}
	}
	x := func(j pipeline.Job) (*annals.Document, error) { return c.extract(j.Article, j.Input.Override) }
	// The first failure cancels the run: the rebuild is all or nothing.
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	i := 0
	runErr := pipeline.Run(runCtx, input, x, r, pipeline.Options{Workers: c.workers, BatchSize: c.batch, Transform: resolver.Apply}, func(res pipeline.Result) {
		it := items[min(i, len(items)-1)]
		i++
		switch res.Outcome {
		case pipeline.Stored:
			if changed, _ := r.Changed(it.ID); changed {
				sum.Changed++
				if c.verbose {
					progressPrintf(bar, e.stderr, "changed: %s\n", res.Source)
				}
			} else {
				sum.Unchanged++
			}
		case pipeline.Present:
			sum.Merged++
		default:
			sum.Failed++
			msg := "no article"
			if res.Err != nil {
				msg = res.Err.Error()
			}
			if !strings.Contains(msg, res.Source) {
				msg = res.Source + ": " + msg
			}
			progressPrintf(bar, e.stderr, "error: %s\n", msg)
			cancel()
		}
		if bar != nil {
			bar.Add64(max(it.Size, 1))
		}
	})
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(e.stderr)
	}
	if c.verbose {
		for _, src := range sum.Legacy {
			fmt.Fprintf(e.stderr, "not extracted again (no stored input): %s\n", src)
		}
	}
	if sum.Failed > 0 {
		return errExtractFailed
	}
	return runErr
}

// rebuildResolver returns the name resolver of a rebuild: it knows the
// aliases files every ingest was given, and the actors the rebuild keeps
// (those of articles without a stored input), as an ingest would have.
func rebuildResolver(r *store.Rebuild) (*names.Resolver, error) {
	res := names.New()
	texts, err := r.Aliases()
	if err != nil {
		return nil, err
	}
	for _, t := range texts {
		if err := res.LoadAliases(strings.NewReader(t)); err != nil {
			return nil, fmt.Errorf("stored aliases: %w", err)
		}
	}
	actors, err := r.Actors()
	if err != nil {
		return nil, err
	}
	for _, n := range actors {
		res.Learn(n.Kind, n.Label)
	}
	return res, nil
}
