package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/annals-project/annals/examples"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/ingest"
	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/reports/htmlreport"
	"github.com/annals-project/annals/store"
	"github.com/annals-project/annals/timeline"
	"github.com/spf13/cobra"
)

type demoOptions struct {
	dir  string
	keep string
}

func newDemoCmd(e *env) *cobra.Command {
	var o demoOptions
	cmd := &cobra.Command{
		Use:   "demo",
		Short: "Run annals on the bundled example articles",
		Long: `Demo runs the main job on the example articles bundled in the binary (among
them the AP Archive story annals started from), in a temporary database: it
ingests them, prints the timeline and the top actors, and writes the actor
network to annals-demo.dot and a report page (timeline, network, tables) to
annals-demo.html. Nothing to download, nothing to configure.`,
		Example: `  annals demo
  annals demo --dir out/ && dot -Tsvg out/annals-demo.dot -o out/annals-demo.svg
  annals demo --keep demo.db && annals relations Lavrov --db demo.db`,
		Args: exactArgs(0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runDemo(cmd.Context(), e, o)
		},
	}
	cmd.Flags().StringVar(&o.dir, "dir", ".", "write annals-demo.dot and annals-demo.html into `DIR`")
	cmd.Flags().StringVar(&o.keep, "keep", "", "keep the demo database at `PATH` instead of a temporary file")
	return cmd
}

func runDemo(ctx context.Context, e *env, o demoOptions) error {
	path := o.keep
	if path == "" {
		tmp, err := os.MkdirTemp("", "annals-demo-")
		if err != nil {
			return fmt.Errorf("demo: make temporary folder: %w", err)
		}
		defer os.RemoveAll(tmp)
		path = filepath.Join(tmp, "demo.db")
	}
	db, err := store.Open(ctx, path)
	if err != nil {
		return fmt.Errorf("demo: open database %s: %w", path, err)
	}
	defer db.Close()

	n, err := ingestExamples(ctx, db)
	if err != nil {
		return err
	}
	events, err := db.Events(ctx, emptyFilter)
	if err != nil {
		return err
	}
	w := e.stdout
	fmt.Fprintf(w, "annals demo: %d example articles, %d events\n\n", n, len(events))
	fmt.Fprintln(w, "Timeline")
	fmt.Fprintln(w, "========")
	if err := reports.Timeline(w, reports.FormatText, timeline.Build(events, timeline.Options{})); err != nil {
		return err
	}
	g, err := graph.Load(ctx, db, graph.Filter{})
	if err != nil {
		return err
	}
	scores, err := g.Scores(graph.MetricDegree)
	if err != nil {
		return err
	}
	if len(scores) > 10 {
		scores = scores[:10]
	}
	fmt.Fprintln(w, "\nTop actors by degree")
	fmt.Fprintln(w, "====================")
	if err := reports.Scores(w, reports.FormatText, graph.MetricDegree, scores); err != nil {
		return err
	}
	dotPath := filepath.Join(o.dir, "annals-demo.dot")
	err = writeFileAtomic(dotPath, func(f io.Writer) error {
		return graph.WriteDOT(f, g, graph.DOTOptions{Name: "annals_demo", Label: "annals demo: actor network of the example articles"})
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "\nWrote %s (render it with: dot -Tsvg %s -o annals-demo.svg)\n", dotPath, dotPath)
	htmlPath := filepath.Join(o.dir, "annals-demo.html")
	err = writeFileAtomic(htmlPath, func(f io.Writer) error {
		return htmlreport.Render(f, timeline.Build(events, timeline.Options{}), g, htmlreport.Options{
			Title: "annals demo", Description: "Events and actors of the bundled example articles.", Seed: graph.DefaultSeed,
		})
	})
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "Wrote %s (open it in a browser)\n", htmlPath)
	return nil
}

// ingestExamples extracts and stores the bundled articles, naming each by
// its path in the repository so output does not depend on where the demo
// runs.
func ingestExamples(ctx context.Context, db *store.DB) (int, error) {
	fsys := examples.Articles()
	names, err := fs.Glob(fsys, "*.txt")
	if err != nil {
		return 0, err
	}
	resolver, err := newResolver(ctx, db, "")
	if err != nil {
		return 0, err
	}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return 0, fmt.Errorf("demo: read %s: %w", name, err)
		}
		a := ingest.Article{Source: "examples/articles/" + name, Text: string(data)}
		doc, err := extractArticle(a, zeroDate)
		if err != nil {
			return 0, err
		}
		resolver.Apply(doc)
		if _, err := db.Save(ctx, doc); err != nil {
			return 0, fmt.Errorf("demo: store %s: %w", name, err)
		}
	}
	return len(names), nil
}
