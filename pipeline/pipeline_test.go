package pipeline_test

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"strings"
	"sync"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/ingest"
	"github.com/annals-project/annals/pipeline"
)

// fakeStore records saved documents (and the sources of their inputs) in
// order and refuses documents whose source contains "refuse".
type fakeStore struct {
	mu     sync.Mutex
	ids    map[string]bool
	order  []string
	inputs []string
	failDB bool
}

func (s *fakeStore) save(doc *annals.Document) (bool, error) {
	if strings.Contains(doc.Source, "refuse") {
		return false, fmt.Errorf("store: %w: refused", annals.ErrConflict)
	}
	if s.ids[doc.ID] {
		return false, nil
	}
	s.ids[doc.ID] = true
	s.order = append(s.order, doc.Source)
	return true, nil
}

func (s *fakeStore) SaveArticles(_ context.Context, docs []*annals.Document, inputs []*annals.Input) ([]bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failDB {
		return nil, errors.New("disk full")
	}
	for _, d := range docs {
		if strings.Contains(d.Source, "refuse") {
			return nil, fmt.Errorf("store: %w: refused", annals.ErrConflict)
		}
	}
	if len(inputs) != len(docs) {
		return nil, fmt.Errorf("%d inputs for %d documents", len(inputs), len(docs))
	}
	out := make([]bool, len(docs))
	for i, d := range docs {
		out[i], _ = s.save(d)
		if out[i] && inputs[i] != nil {
			s.inputs = append(s.inputs, inputs[i].Source)
		}
	}
	return out, nil
}

func extractFake(j pipeline.Job) (*annals.Document, error) {
	a := j.Article
	if strings.Contains(a.Text, "bad") {
		return nil, errors.New("cannot extract")
	}
	return &annals.Document{ID: "id-" + a.Text, Source: a.Source}, nil
}

func inputs(n int) iter.Seq2[pipeline.Job, error] {
	return pipeline.Jobs(articles(n), func(a ingest.Article) *annals.Input {
		return &annals.Input{Format: annals.InputText, Source: a.Source, Data: []byte(a.Text)}
	})
}

func articles(n int) iter.Seq2[ingest.Article, error] {
	return func(yield func(ingest.Article, error) bool) {
		for i := range n {
			var a ingest.Article
			var err error
			switch {
			case i%17 == 5:
				err = &ingest.InputError{Input: fmt.Sprintf("in%d", i), Err: ingest.ErrEmpty}
			case i%23 == 7:
				a = ingest.Article{Source: fmt.Sprintf("in%d", i), Text: "bad"}
			case i%29 == 11:
				a = ingest.Article{Source: fmt.Sprintf("refuse%d", i), Text: fmt.Sprint(i)}
			case i%31 == 3:
				a = ingest.Article{Source: fmt.Sprintf("dup%d", i), Text: "0"} // same text as article 0
			default:
				a = ingest.Article{Source: fmt.Sprintf("in%d", i), Text: fmt.Sprint(i)}
			}
			if !yield(a, err) {
				return
			}
		}
	}
}

func runWith(t *testing.T, workers, batch int) ([]string, []string) {
	reports, st := runStore(t, workers, batch)
	return reports, st.order
}

func runStore(t *testing.T, workers, batch int) ([]string, *fakeStore) {
	t.Helper()
	st := &fakeStore{ids: map[string]bool{}}
	var reports []string
	err := pipeline.Run(context.Background(), inputs(500), extractFake, st, pipeline.Options{Workers: workers, BatchSize: batch}, func(r pipeline.Result) {
		reports = append(reports, fmt.Sprintf("%s %d %v", r.Source, r.Outcome, r.Err != nil))
	})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return reports, st
}

// TestInputsTravelWithDocuments checks that each saved document reaches the
// store with its own input, also when a refused row makes the writer save
// a batch one document at a time.
func TestInputsTravelWithDocuments(t *testing.T) {
	_, st := runStore(t, 4, 16)
	if len(st.order) == 0 || strings.Join(st.inputs, ",") != strings.Join(st.order, ",") {
		t.Errorf("inputs saved for %v, want one per saved document %v", st.inputs, st.order)
	}
}

func TestParallelEqualsSerial(t *testing.T) {
	wantReports, wantOrder := runWith(t, 1, 1)
	if len(wantReports) != 500 {
		t.Fatalf("serial run reported %d inputs, want 500", len(wantReports))
	}
	for _, c := range []struct{ workers, batch int }{{4, 64}, {8, 7}, {2, 1000}} {
		gotReports, gotOrder := runWith(t, c.workers, c.batch)
		if strings.Join(gotReports, "\n") != strings.Join(wantReports, "\n") {
			t.Errorf("workers=%d batch=%d: reports differ from the serial run", c.workers, c.batch)
		}
		if strings.Join(gotOrder, ",") != strings.Join(wantOrder, ",") {
			t.Errorf("workers=%d batch=%d: save order differs from the serial run", c.workers, c.batch)
		}
	}
	counts := map[string]int{}
	for _, r := range wantReports {
		f := strings.Fields(r)
		counts[f[1]]++
	}
	// 500 inputs: read errors (i%17==5), extraction failures, refused rows
	// and duplicates of article 0 must each show up.
	if counts["0"] == 0 || counts["1"] == 0 || counts["2"] == 0 {
		t.Errorf("outcome counts = %v, want stored, present and failed", counts)
	}
}

func TestKnownSkippedBeforeExtraction(t *testing.T) {
	st := &fakeStore{ids: map[string]bool{}}
	var extracted int
	var mu sync.Mutex
	x := func(a pipeline.Job) (*annals.Document, error) {
		mu.Lock()
		extracted++
		mu.Unlock()
		return extractFake(a)
	}
	known := map[string]bool{"id-1": true, "id-2": true}
	var present int
	err := pipeline.Run(context.Background(), inputs(4), x, st, pipeline.Options{Known: known, IDOf: func(s string) string { return "id-" + s }}, func(r pipeline.Result) {
		if r.Outcome == pipeline.Present {
			present++
		}
	})
	// inputs(4) holds texts 0, 1, 2 and a duplicate of 0: 1 and 2 are known,
	// the duplicate is extracted but found present by the store.
	if err != nil || present != 3 || extracted != 2 {
		t.Errorf("Run = %v; present %d, extracted %d; want 3 and 2", err, present, extracted)
	}
}

func TestStoreFailureStops(t *testing.T) {
	st := &fakeStore{ids: map[string]bool{}, failDB: true}
	err := pipeline.Run(context.Background(), inputs(300), extractFake, st, pipeline.Options{Workers: 2}, func(pipeline.Result) {})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("Run = %v, want the store's error", err)
	}
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	st := &fakeStore{ids: map[string]bool{}}
	n := 0
	err := pipeline.Run(ctx, inputs(100000), extractFake, st, pipeline.Options{Workers: 2, BatchSize: 8}, func(pipeline.Result) {
		n++
		if n == 50 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Run = %v, want context.Canceled", err)
	}
	if len(st.order) >= 100000 {
		t.Errorf("cancelled run stored everything")
	}
}

func TestExtractorPanic(t *testing.T) {
	st := &fakeStore{ids: map[string]bool{}}
	x := func(a pipeline.Job) (*annals.Document, error) {
		if a.Article.Text == "4" {
			panic("boom")
		}
		return extractFake(a)
	}
	var failed []string
	err := pipeline.Run(context.Background(), inputs(5), x, st, pipeline.Options{}, func(r pipeline.Result) {
		if r.Outcome == pipeline.Failed {
			failed = append(failed, r.Source)
		}
	})
	if err != nil || len(failed) != 1 || failed[0] != "in4" {
		t.Errorf("Run = %v, failed %v; want only in4", err, failed)
	}
}

// pages returns jobs for n saved pages as a page reader of the given
// version reads them: the same page bytes each time, but the text (and
// so the ID the extractor gives) depends on the reader.
func pages(n int, reader string) iter.Seq2[pipeline.Job, error] {
	return func(yield func(pipeline.Job, error) bool) {
		for i := range n {
			page := fmt.Sprintf("<html><body><p>Invented page %d.</p><p>More.</p></body></html>", i)
			a := ingest.Article{Source: fmt.Sprintf("page%d.html", i), Text: fmt.Sprintf("page %d read by %s", i, reader), Page: []byte(page)}
			in := &annals.Input{Format: annals.InputHTML, Source: a.Source, Data: a.Page}
			if !yield(pipeline.Job{Article: a, Input: in}, nil) {
				return
			}
		}
	}
}

// TestKnownInputsSkippedWhateverTheReader ingests five pages with one page
// reader, then the same pages with a reader that reads them into other
// texts: with the stored inputs' digests known, the second run extracts
// and stores nothing; without them it would store every page again.
func TestKnownInputsSkippedWhateverTheReader(t *testing.T) {
	digest := func(in *annals.Input) string { return string(in.Format) + ":" + string(in.Data) }
	st := &fakeStore{ids: map[string]bool{}}
	stored := map[string]bool{}
	err := pipeline.Run(context.Background(), pages(5, "reader 1"), extractFake, st, pipeline.Options{}, func(r pipeline.Result) {
		if r.Outcome != pipeline.Stored {
			t.Errorf("first run: %s outcome %d, want stored", r.Source, r.Outcome)
		}
	})
	if err != nil || len(st.order) != 5 {
		t.Fatalf("first run = %v, %d stored; want 5", err, len(st.order))
	}
	for _, j := range collect(pages(5, "reader 1")) {
		stored[digest(j.Input)] = true
	}

	run := func(opts pipeline.Options) (present, extracted int) {
		var mu sync.Mutex
		x := func(j pipeline.Job) (*annals.Document, error) {
			mu.Lock()
			extracted++
			mu.Unlock()
			return extractFake(j)
		}
		err := pipeline.Run(context.Background(), pages(5, "reader 2"), x, st, opts, func(r pipeline.Result) {
			if r.Outcome == pipeline.Present {
				present++
			}
		})
		if err != nil {
			t.Fatalf("second run: %v", err)
		}
		return present, extracted
	}
	known := map[string]bool{"id-page 0 read by reader 1": true} // stored by the first run
	present, extracted := run(pipeline.Options{Known: known, IDOf: func(s string) string { return "id-" + s }, KnownInputs: stored, InputDigest: digest})
	if present != 5 || extracted != 0 || len(st.order) != 5 {
		t.Errorf("second run with known inputs: %d present, %d extracted, %d stored in all; want 5, 0, 5", present, extracted, len(st.order))
	}
	// The control: by text hash alone, the new reader's texts are new.
	present, extracted = run(pipeline.Options{Known: known, IDOf: func(s string) string { return "id-" + s }})
	if present != 0 || extracted != 5 || len(st.order) != 10 {
		t.Errorf("second run by text hash only: %d present, %d extracted, %d stored in all; want 0, 5, 10", present, extracted, len(st.order))
	}
}

func collect(seq iter.Seq2[pipeline.Job, error]) []pipeline.Job {
	var out []pipeline.Job
	for j := range seq {
		out = append(out, j)
	}
	return out
}
