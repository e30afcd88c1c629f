package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
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

type ingestOptions struct {
	db        dbOptions
	published string
	maxBytes  int64
	quiet     bool
	workers   int
	batch     int
	timings   bool
	aliases   string
}

func newIngestCmd(e *env) *cobra.Command {
	var o ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest [--db PATH] PATH...",
		Short: "Extract articles and store them in the database",
		Long: `Ingest reads articles from files and folders, extracts each one and stores it
in the SQLite database, one transaction per article: an article is stored
whole or not at all.

It reads .txt and .md files, saved HTML pages (.html, .htm: the story is taken
out of the page, its date from the page's metadata), and JSON Lines files
(.jsonl: one article per line, {"id","title","published","text"}). Folders
are read recursively; - reads one article from standard input.

An input already in the database is skipped, so ingesting the same files
again changes nothing, even with a newer annals that reads pages differently:
an input is the same when its bytes are (a file, a page, a JSON Lines record
with its title and date, standard input), whatever --published date is
given; an article whose text is stored already (by content hash, from any
input) is skipped too. Each article's input (its
text, or the saved page) is kept compressed in the database with the version
of the extractor, so that 'annals reextract' can refresh the graph after an
upgrade; ingest says when the database holds articles another version
extracted. A file that cannot be read
or parsed is reported by name with the reason, and the others go on. A summary
line ends the run; the exit status is 1 if any input failed.`,
		Example: `  annals ingest testdata/seed
  annals ingest --db news.db ~/saved-pages/ exports/articles.jsonl
  ANNALS_DB=news.db annals ingest story.txt`,
		Args: minArgs(1, "at least one PATH"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runIngest(cmd.Context(), e, o, args)
		},
	}
	o.db.register(cmd)
	cmd.Flags().StringVar(&o.published, "published", "", "article date `YYYY-MM-DD` for inputs that carry none")
	cmd.Flags().Int64Var(&o.maxBytes, "max-size", ingest.DefaultMaxBytes, "largest article to read, in `BYTES`")
	cmd.Flags().BoolVarP(&o.quiet, "quiet", "q", false, "print only errors")
	cmd.Flags().IntVar(&o.workers, "workers", 0, "extraction goroutines (`N`; 0: one per core)")
	cmd.Flags().IntVar(&o.batch, "batch", 0, "articles per write transaction (`N`; 0: 64)")
	cmd.Flags().BoolVar(&o.timings, "timings", false, "print where the time went: extraction and storage")
	cmd.Flags().StringVar(&o.aliases, "aliases", "", "merge the names this `FILE` lists (ALIAS<TAB>CANONICAL NAME per line) into one actor")
	return cmd
}

// ingestSummary counts what an ingest did.
type ingestSummary struct {
	Stored, Present, Failed, Unsupported int
	Events, Actors                       int // added to the database
}

func runIngest(ctx context.Context, e *env, o ingestOptions, paths []string) error {
	pub, err := parseDateFlag("published", o.published, false)
	if err != nil {
		return err
	}
	if o.workers < 0 || o.batch < 0 {
		return usagef("--workers and --batch want 0 (automatic) or more")
	}
	path := o.db.resolve(e)
	db, err := store.Open(ctx, path)
	if err != nil {
		return fmt.Errorf("open database %s: %w", path, err)
	}
	defer db.Close()
	sum, err := ingestPaths(ctx, e, db, paths, ingestConfig{published: pub, maxBytes: o.maxBytes, workers: o.workers, batch: o.batch, progress: e.isTerminal && !o.quiet, timings: o.timings, aliases: o.aliases, dbPath: path})
	if !o.quiet || err != nil {
		fmt.Fprintf(e.stderr, "ingest: %d articles stored (%d events, %d actors added), %d skipped as already present, %d failed",
			sum.Stored, sum.Events, sum.Actors, sum.Present, sum.Failed)
		if sum.Unsupported > 0 {
			fmt.Fprintf(e.stderr, ", %d files of other types skipped", sum.Unsupported)
		}
		fmt.Fprintln(e.stderr)
	}
	if err != nil {
		return err
	}
	if !o.quiet {
		if err := noteOutdated(ctx, e, db); err != nil {
			return err
		}
	}
	if sum.Failed > 0 {
		return errSilent
	}
	return nil
}

// noteOutdated tells the user when the database holds articles that
// another version of the extractor extracted. Ingest does not extract them
// again itself: an event several articles reported is one node, merged from
// all of them, so refreshing a few articles is only correct as part of the
// whole-graph rebuild that annals reextract does.
func noteOutdated(ctx context.Context, e *env, db *store.DB) error {
	stale, noInput, err := db.Outdated(ctx, extract.Version)
	if err != nil {
		return err
	}
	if stale > 0 {
		fmt.Fprintf(e.stderr, "ingest: %d articles were extracted by another version of annals; run annals reextract to refresh them\n", stale)
	}
	if noInput > 0 {
		fmt.Fprintf(e.stderr, "ingest: %d articles were ingested before annals stored inputs; ingest them again from their source, then run annals reextract\n", noInput)
	}
	return nil
}

type ingestConfig struct {
	published      annals.Date
	maxBytes       int64
	workers, batch int
	progress       bool
	timings        bool
	aliases        string // path of an aliases file, or ""
	dbPath         string // the database, whose files a folder ingest skips
	// extract, when not nil, replaces extractArticle, and version, when
	// not "", extract.Version (tests use them to stand for another version
	// of annals).
	extract func(ingest.Article, annals.Date) (*annals.Document, error)
	version string
}

// ingestPaths reads, extracts and stores every article under paths,
// reporting each bad input on stderr as it comes, in input order. It
// returns an error only for problems that stop the whole run (the database
// failing, an interrupt); the summary counts what was done until then.
func ingestPaths(ctx context.Context, e *env, db *store.DB, paths []string, c ingestConfig) (ingestSummary, error) {
	var sum ingestSummary
	before, err := db.Stats(ctx)
	if err != nil {
		return sum, fmt.Errorf("read database: %w", err)
	}
	known, err := db.DocumentIDs(ctx)
	if err != nil {
		return sum, err
	}
	// Articles stored without their input are extracted again so that the
	// store can keep the input this time (their facts stay as they are).
	inputless, err := db.InputlessIDs(ctx)
	if err != nil {
		return sum, err
	}
	for id := range inputless {
		delete(known, id)
	}
	// Inputs stored already are skipped whatever this version makes of
	// them: a newer page reader may read a stored page into another text,
	// so another ID, and the article would be stored twice.
	knownInputs, err := db.InputDigests(ctx)
	if err != nil {
		return sum, err
	}
	var bar *progressbar.ProgressBar
	if c.progress {
		bar = newProgress(e, paths)
	}
	read := ingest.Read(ctx, paths, ingest.Options{MaxBytes: c.maxBytes, Stdin: e.stdin, Skip: skipDatabase(c.dbPath)})
	version := c.version
	if version == "" {
		version = extract.Version
	}
	input := pipeline.Jobs(read, func(a ingest.Article) *annals.Input { return inputOf(a, c.published, version) })
	extractFn := c.extract
	if extractFn == nil {
		extractFn = extractArticle
	}
	x := func(j pipeline.Job) (*annals.Document, error) { return extractKeeping(j, c.published, extractFn) }
	aliases, err := readAliases(c.aliases)
	if err != nil {
		return sum, err
	}
	resolver, err := newResolver(ctx, db, aliases)
	if err != nil {
		return sum, err
	}
	if aliases != "" {
		// Kept so that annals reextract merges the same names again.
		if err := db.AddAliases(ctx, aliases); err != nil {
			return sum, err
		}
	}
	opts := pipeline.Options{Workers: c.workers, BatchSize: c.batch, Known: known, IDOf: extract.ID,
		KnownInputs: knownInputs, InputDigest: store.InputDigest, Transform: resolver.Apply}
	var tm pipeline.Timings
	if c.timings {
		opts.Timings = &tm
		defer func() {
			wall := tm.Wall.Seconds()
			fmt.Fprintf(e.stderr, "timings: wall %.2fs; extraction %.2fs over %d workers (%.0f%% of wall x workers); storage %.2fs (%.0f%% of wall)\n",
				wall, tm.Extract.Seconds(), tm.Workers, pct(tm.Extract.Seconds(), wall*float64(tm.Workers)), tm.Store.Seconds(), pct(tm.Store.Seconds(), wall))
		}()
	}
	runErr := pipeline.Run(ctx, input, x, db, opts, func(r pipeline.Result) {
		switch r.Outcome {
		case pipeline.Stored:
			sum.Stored++
		case pipeline.Present:
			sum.Present++
		case pipeline.Unsupported:
			sum.Unsupported++
			progressPrintf(bar, e.stderr, "skip %v\n", r.Err)
		case pipeline.Failed:
			sum.Failed++
			msg := r.Err.Error()
			if !strings.Contains(msg, r.Source) {
				msg = r.Source + ": " + msg
			}
			progressPrintf(bar, e.stderr, "error: %s\n", msg)
		}
		if bar != nil {
			bar.Add(max(r.Bytes, 1))
		}
	})
	if bar != nil {
		bar.Finish()
		fmt.Fprintln(e.stderr)
	}
	after, err := db.Stats(ctx)
	if err == nil {
		sum.Events = after.Events - before.Events
		sum.Actors = (after.Persons + after.Organizations) - (before.Persons + before.Organizations)
	}
	if runErr != nil {
		return sum, runErr
	}
	if err != nil {
		return sum, fmt.Errorf("read database: %w", err)
	}
	return sum, nil
}

func pct(a, b float64) float64 {
	if b == 0 {
		return 0
	}
	return 100 * a / b
}

// inputOf returns what is stored of an article for a later re-extraction:
// the page it was read from, or its text, with the metadata beside it, the
// --published date the extraction ran with and the extractor's version.
func inputOf(a ingest.Article, published annals.Date, version string) *annals.Input {
	in := &annals.Input{Format: annals.InputText, Data: []byte(a.Text), Source: a.Source,
		Title: a.Title, Published: a.Published, Override: published, Extractor: version}
	if a.Page != nil {
		in.Format, in.Data = annals.InputHTML, a.Page
	}
	return in
}

// extractKeeping extracts the article of j with x and compresses its input
// for the store: the pipeline's workers do both in parallel, off the single
// writer.
func extractKeeping(j pipeline.Job, published annals.Date, x func(ingest.Article, annals.Date) (*annals.Document, error)) (*annals.Document, error) {
	doc, err := x(j.Article, published)
	if err != nil || j.Input == nil || j.Input.Gzip != nil {
		return doc, err
	}
	return doc, store.Compress(j.Input)
}

// articleOf turns a stored input back into the article ingest read: a page
// is read again, so its story and the date of its metadata are found again.
func articleOf(in *annals.Input) (ingest.Article, error) {
	if in.Format == annals.InputHTML {
		a, err := ingest.ReadPage(in.Source, in.Data)
		if err != nil {
			return ingest.Article{}, &ingest.InputError{Input: in.Source, Err: err}
		}
		return a, nil
	}
	return ingest.Article{Source: in.Source, Title: in.Title, Published: in.Published, Text: string(in.Data)}, nil
}

// readAliases returns the text of the aliases file at path, checked; ""
// when path is "".
func readAliases(path string) (string, error) {
	if path == "" {
		return "", nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("aliases: %w", err)
	}
	if err := names.New().LoadAliases(strings.NewReader(string(b))); err != nil {
		return "", fmt.Errorf("aliases %s: %w", path, err)
	}
	return string(b), nil
}

// newResolver returns the name resolver for an ingest: it knows the
// persons and organisations already stored, and the user's aliases (the
// text of an aliases file, or "").
func newResolver(ctx context.Context, db *store.DB, aliases string) (*names.Resolver, error) {
	r := names.New()
	if err := r.LoadAliases(strings.NewReader(aliases)); err != nil {
		return nil, fmt.Errorf("aliases: %w", err)
	}
	actors, err := db.Actors(ctx)
	if err != nil {
		return nil, fmt.Errorf("read database: %w", err)
	}
	for _, n := range actors {
		r.Learn(n.Kind, n.Label)
	}
	return r, nil
}

// skipDatabase returns a filter that leaves out the database at dbPath and
// SQLite's files beside it (-wal, -shm, -journal) when a folder being
// ingested holds them.
func skipDatabase(dbPath string) func(string) bool {
	abs, err := filepath.Abs(dbPath)
	if err != nil {
		return nil
	}
	return func(p string) bool {
		q, err := filepath.Abs(p)
		if err != nil {
			return false
		}
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			if q == abs+suffix {
				return true
			}
		}
		return false
	}
}
