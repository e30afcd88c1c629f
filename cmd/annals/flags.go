package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/store"
	"github.com/spf13/cobra"
)

// dbOptions is the shared --db flag.
type dbOptions struct{ path string }

func (o *dbOptions) register(cmd *cobra.Command) {
	cmd.Flags().StringVar(&o.path, "db", "", "SQLite database `PATH` (default $ANNALS_DB, else annals.db)")
}

func (o *dbOptions) resolve(e *env) string {
	switch {
	case o.path != "":
		return o.path
	case e.getenv("ANNALS_DB") != "":
		return e.getenv("ANNALS_DB")
	}
	return "annals.db"
}

// openExisting opens the database for a query. A database that does not
// exist yet is an error that says how to make one, rather than an empty file
// silently created.
func (o *dbOptions) openExisting(ctx context.Context, e *env) (*store.DB, error) {
	path := o.resolve(e)
	if path != ":memory:" {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("database %s: %w (create it with 'annals ingest --db %s FILES...')", path, unwrapPath(err), path)
		}
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", path, err)
	}
	return db, nil
}

func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// outputOptions are the shared --format and -o flags.
type outputOptions struct {
	format  string
	formats []string
	file    string
}

func (o *outputOptions) register(cmd *cobra.Command, def string, formats ...string) {
	o.formats = formats
	cmd.Flags().StringVarP(&o.format, "format", "f", def, "output `FORMAT`: "+strings.Join(formats, "|"))
	cmd.Flags().StringVarP(&o.file, "output", "o", "", "write to `FILE` instead of standard output")
}

func (o *outputOptions) check() error {
	if !slices.Contains(o.formats, o.format) {
		return usagef("unknown format %q: want one of %s", o.format, strings.Join(o.formats, ", "))
	}
	return nil
}

// write calls fn with the output stream: the -o file (written in full or
// not at all: a temporary file renamed into place) or standard output.
func (o *outputOptions) write(e *env, fn func(w io.Writer) error) error {
	if o.file == "" || o.file == "-" {
		return fn(e.stdout)
	}
	return writeFileAtomic(o.file, fn)
}

func writeFileAtomic(path string, fn func(w io.Writer) error) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	defer os.Remove(f.Name())
	if err := fn(f); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, unwrapPath(err))
	}
	return nil
}

// parseDateFlag parses a --from/--to/--published value. It accepts
// YYYY-MM-DD, and YYYY-MM or YYYY (taken as the first or last day, per
// end).
func parseDateFlag(name, s string, end bool) (annals.Date, error) {
	if s == "" {
		return annals.Date{}, nil
	}
	v, g, err := annals.ParseTimeValue(s)
	if err == nil && (g == annals.GranularityDay || g == annals.GranularityMonth || g == annals.GranularityYear) {
		iv, _ := v.Interval()
		if end {
			return iv.End, nil
		}
		return iv.Start, nil
	}
	return annals.Date{}, usagef("--%s %q: want a date as YYYY-MM-DD, YYYY-MM or YYYY", name, s)
}

func parseTypes(list []string) ([]annals.EventType, error) {
	var out []annals.EventType
	for _, item := range list {
		for _, s := range strings.Split(item, ",") {
			s = strings.ToLower(strings.TrimSpace(s))
			if s == "" {
				continue
			}
			t := annals.EventType(s)
			if !t.Valid() {
				return nil, usagef("--type %q: want one of %v", s, annals.EventTypes)
			}
			out = append(out, t)
		}
	}
	return out, nil
}

func parseStatus(s string) (annals.Status, error) {
	if s == "" {
		return "", nil
	}
	st := annals.Status(strings.ToLower(s))
	if !st.Valid() {
		return "", usagef("--status %q: want occurred or planned", s)
	}
	return st, nil
}

var (
	emptyFilter annals.EventFilter
	zeroDate    annals.Date
)

// eventFlags are the event-selection flags the query commands share:
// --from, --to, --type and --status.
type eventFlags struct {
	from, to string
	types    []string
	status   string
}

func (f *eventFlags) register(cmd *cobra.Command) {
	fl := cmd.Flags()
	fl.StringVar(&f.from, "from", "", "only events ending on or after `DATE` (YYYY-MM-DD, YYYY-MM or YYYY)")
	fl.StringVar(&f.to, "to", "", "only events starting on or before `DATE`")
	fl.StringSliceVar(&f.types, "type", nil, "only events of these `TYPES` (meet,visit,agree,statement,trade,cooperate,conflict)")
	fl.StringVar(&f.status, "status", "", "only occurred or planned events")
}

// eventFilter parses the flags into a store filter; usage errors name the
// flag.
func (f eventFlags) eventFilter() (annals.EventFilter, error) {
	var ef annals.EventFilter
	var err error
	if ef.From, err = parseDateFlag("from", f.from, false); err != nil {
		return ef, err
	}
	if ef.To, err = parseDateFlag("to", f.to, true); err != nil {
		return ef, err
	}
	if ef.Types, err = parseTypes(f.types); err != nil {
		return ef, err
	}
	ef.Status, err = parseStatus(f.status)
	return ef, err
}

// graphFilter parses the flags into the graph package's filter.
func (f eventFlags) graphFilter() (graph.Filter, error) {
	ef, err := f.eventFilter()
	return graph.Filter{From: ef.From, To: ef.To, Types: ef.Types, Status: ef.Status}, err
}

// findActor resolves a name typed by the user, turning "not found" into a
// message that says what to do; an ambiguous name keeps the store's error,
// which lists the candidates.
func findActor(ctx context.Context, db *store.DB, name string) (annals.Node, error) {
	n, err := db.FindActor(ctx, name)
	// "President Putin", "Foreign Minister Sergei Lavrov": drop leading
	// words (titles) one at a time until a name matches.
	words := strings.Fields(name)
	for i := 1; errors.Is(err, annals.ErrNotFound) && i < len(words); i++ {
		m, e := db.FindActor(ctx, strings.Join(words[i:], " "))
		if !errors.Is(e, annals.ErrNotFound) {
			return m, e // found, or ambiguous with its candidates
		}
	}
	if errors.Is(err, annals.ErrNotFound) {
		return n, fmt.Errorf("no actor in the database matches %q ('annals actors --top 0' lists them)", name)
	}
	return n, err
}

// findActors resolves the two actors of a pair command (path, dyad).
func findActors(ctx context.Context, db *store.DB, nameA, nameB string) (a, b annals.Node, err error) {
	if a, err = findActor(ctx, db, nameA); err != nil {
		return a, b, err
	}
	b, err = findActor(ctx, db, nameB)
	return a, b, err
}

// openQuery is the common start of the graph commands: it parses the event
// selection (with --countries, the country dyad graph) and checks the output
// format before it opens the database, so usage errors never touch the
// database. The caller closes db.
func openQuery(ctx context.Context, e *env, sel eventFlags, countries bool, out *outputOptions, dbo *dbOptions) (graph.Filter, *store.DB, error) {
	f, err := sel.graphFilter()
	if err != nil {
		return f, nil, err
	}
	f = withCountries(f, countries)
	if err := out.check(); err != nil {
		return f, nil, err
	}
	db, err := dbo.openExisting(ctx, e)
	return f, db, err
}
