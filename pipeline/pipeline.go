// Package pipeline runs a bulk ingest: articles read by package ingest are
// extracted on all cores and written by one writer in batched transactions,
// the way SQLite wants it (one writer at a time).
//
// The result is the same as a serial run: outcomes are reported, and
// documents saved, in input order. Memory stays bounded whatever the input
// size, because at most a fixed window of articles is in flight. Each
// article is still stored whole or not at all; an interrupted run leaves
// whole articles only, and a rerun skips them and finishes the rest.
//
// The package knows neither the extractor nor the store: it takes them as a
// function and an interface, so tests can fake either.
package pipeline

import (
	"context"
	"errors"
	"iter"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/ingest"
)

// Store is what the pipeline needs of a database (store.DB and
// store.Rebuild have it).
type Store interface {
	// SaveArticles stores docs, each with its input (inputs[i] belongs to
	// docs[i]; nil for none), all or nothing, and reports for each whether
	// it was new.
	SaveArticles(ctx context.Context, docs []*annals.Document, inputs []*annals.Input) ([]bool, error)
}

// Job is one article to extract, and the input to store with its
// extraction (nil to store none).
type Job struct {
	Article ingest.Article
	Input   *annals.Input
}

// Extractor turns one article into a document.
type Extractor func(Job) (*annals.Document, error)

// Jobs turns the articles of input into jobs, giving each the input that
// in returns for it (in may be nil: no inputs are stored).
func Jobs(input iter.Seq2[ingest.Article, error], in func(ingest.Article) *annals.Input) iter.Seq2[Job, error] {
	return func(yield func(Job, error) bool) {
		for a, err := range input {
			j := Job{Article: a}
			if err == nil && in != nil {
				j.Input = in(a)
			}
			if !yield(j, err) {
				return
			}
		}
	}
}

// Outcome is what became of one input.
type Outcome int

// Outcomes.
const (
	Stored      Outcome = iota // extracted and stored
	Present                    // already in the database (same input, or same content hash)
	Failed                     // could not be read, extracted or stored
	Unsupported                // a file of a type annals does not read, skipped
)

// Result reports one input, in input order.
type Result struct {
	Source  string // the article's source, or the input named by Err
	Outcome Outcome
	Err     error            // why it failed or was skipped
	Doc     *annals.Document // the extraction, when there was one
	Bytes   int              // size of the article text
}

// Options tune Run.
type Options struct {
	// Workers is the number of extraction goroutines; 0 means GOMAXPROCS.
	Workers int
	// BatchSize is the number of articles per write transaction; 0 means
	// 64. A batch is also written when the input pauses.
	BatchSize int
	// Known holds IDs of articles already stored; IDOf computes an
	// article's ID from its text. With both set, known articles are
	// skipped before extraction.
	Known map[string]bool
	IDOf  func(text string) string
	// KnownInputs holds digests of inputs already stored; InputDigest
	// computes a job's input's digest. With both set, a job whose input is
	// known is skipped before extraction, whatever text this version of
	// the reader makes of it (a newer page reader may read a stored page
	// into another text, and so another ID, than the one that stored it).
	KnownInputs map[string]bool
	InputDigest func(*annals.Input) string
	// Timings, when not nil, receives where the time went.
	Timings *Timings
	// Transform, when not nil, is applied to each extracted document in
	// input order, by the single writer, before it is saved (names.Resolver
	// uses it to merge name variants across articles). Calls never overlap.
	Transform func(*annals.Document)
}

// Timings splits a run's time between extraction and storage.
type Timings struct {
	Wall    time.Duration // the whole run
	Extract time.Duration // summed over the workers (CPU-bound, in parallel)
	Store   time.Duration // the writer's transactions (serial)
	Workers int
}

type item struct {
	seq    int
	job    Job
	readEr error
	doc    *annals.Document
	err    error
	known  bool
}

// Run reads every article of input, extracts it with x and saves it to st
// with its input,
// calling report once per input in input order (never concurrently). It
// returns ctx.Err() when interrupted — the articles already reported as
// stored are then in the database, whole — and a store error that is not
// about one article (the disk full, the database locked) as soon as it
// happens. Per-article problems are reported, not returned.
func Run(ctx context.Context, input iter.Seq2[Job, error], x Extractor, st Store, opts Options, report func(Result)) error {
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	batch := opts.BatchSize
	if batch <= 0 {
		batch = 64
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	start := time.Now()
	var extractNanos atomic.Int64
	if opts.Timings != nil {
		defer func() {
			opts.Timings.Wall = time.Since(start)
			opts.Timings.Extract = time.Duration(extractNanos.Load())
			opts.Timings.Workers = workers
		}()
	}

	// The window bounds memory: the reader blocks once this many items are
	// in flight between it and the writer.
	window := workers * 4
	jobs := make(chan *item, window)
	done := make(chan *item, window)
	slots := make(chan struct{}, window+batch)

	var readErr error
	go func() {
		defer close(jobs)
		seq := 0
		for j, err := range input {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			it := &item{seq: seq, job: j, readEr: err}
			seq++
			if err == nil && known(opts, j) {
				it.known = true
			}
			select {
			case jobs <- it:
			case <-ctx.Done():
				return
			}
			if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
				readErr = err
				return
			}
		}
	}()

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for it := range jobs {
				if it.readEr == nil && !it.known {
					t0 := time.Now()
					it.doc, it.err = safeExtract(x, it.job)
					extractNanos.Add(int64(time.Since(t0)))
				}
				done <- it
			}
		}()
	}
	go func() { wg.Wait(); close(done) }()

	w := writer{ctx: ctx, st: st, report: report, batch: batch, slots: slots, transform: opts.Transform}
	if opts.Timings != nil {
		defer func() { opts.Timings.Store = w.storeTime }()
	}
	pending := map[int]*item{}
	next := 0
	for it := range done {
		pending[it.seq] = it
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := w.add(p); err != nil {
				cancel()
				drain(done)
				return err
			}
		}
		// Write what is ready when nothing else is waiting, so a slow input
		// (stdin, a network share) still gets stored as it comes.
		if len(done) == 0 {
			if err := w.flush(); err != nil {
				cancel()
				drain(done)
				return err
			}
		}
	}
	if err := w.flush(); err != nil {
		return err
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// known reports whether the job's article, by its input or its text, is
// stored already.
func known(opts Options, j Job) bool {
	if j.Input != nil && opts.KnownInputs != nil && opts.InputDigest != nil && opts.KnownInputs[opts.InputDigest(j.Input)] {
		return true
	}
	return opts.Known != nil && opts.IDOf != nil && opts.Known[opts.IDOf(j.Article.Text)]
}

func drain(ch <-chan *item) {
	for range ch {
	}
}

// safeExtract runs the extractor, turning a panic into a failed article:
// one pathological text must not end a run over thousands.
func safeExtract(x Extractor, j Job) (doc *annals.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &panicError{source: j.Article.Source, value: r}
		}
	}()
	return x(j)
}

type panicError struct {
	source string
	value  any
}

func (e *panicError) Error() string {
	return "extract " + e.source + ": internal error (please report it): " + toString(e.value)
}

func toString(v any) string {
	switch v := v.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "panic"
}
