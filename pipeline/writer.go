package pipeline

import (
	"context"
	"errors"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/ingest"
)

// writer collects extracted documents in input order and stores them in
// batches, reporting each input once its fate is known.
type writer struct {
	ctx    context.Context
	st     Store
	report func(Result)
	batch  int
	slots  chan struct{}

	transform func(*annals.Document)

	queue []*item // in input order, not yet reported
	docs  int     // documents in queue waiting to be saved

	storeTime time.Duration
}

func (w *writer) add(it *item) error {
	w.queue = append(w.queue, it)
	if it.readEr == nil && it.err == nil && !it.known && it.doc != nil {
		if w.transform != nil {
			w.transform(it.doc)
		}
		w.docs++
	}
	if w.docs >= w.batch {
		return w.flush()
	}
	return nil
}

// flush saves the queued documents in one transaction and reports every
// queued item in order. When the batch fails because of one document, the
// documents are saved one by one so only the bad one fails.
func (w *writer) flush() error {
	if len(w.queue) == 0 {
		return nil
	}
	var docs []*annals.Document
	var inputs []*annals.Input
	for _, it := range w.queue {
		if it.readEr == nil && it.err == nil && !it.known && it.doc != nil {
			docs = append(docs, it.doc)
			inputs = append(inputs, it.job.Input)
		}
	}
	t0 := time.Now()
	defer func() { w.storeTime += time.Since(t0) }()
	saved, err := w.st.SaveArticles(w.ctx, docs, inputs)
	var perDoc map[*annals.Document]error
	if err != nil {
		if w.ctx.Err() != nil || !isPerDocument(err) {
			return err
		}
		saved, perDoc = make([]bool, len(docs)), map[*annals.Document]error{}
		for i, d := range docs {
			s, err := w.st.SaveArticles(w.ctx, docs[i:i+1], inputs[i:i+1])
			if err != nil {
				if w.ctx.Err() != nil || !isPerDocument(err) {
					return err
				}
				perDoc[d] = err
			}
			saved[i] = len(s) == 1 && s[0]
		}
	}
	i := 0
	for _, it := range w.queue {
		r := Result{Source: it.job.Article.Source, Bytes: len(it.job.Article.Text)}
		switch {
		case it.readEr != nil:
			r.Err = it.readEr
			r.Outcome = Failed
			var ie *ingest.InputError
			if errors.As(it.readEr, &ie) {
				r.Source = ie.Input
			}
			if errors.Is(it.readEr, ingest.ErrUnsupported) {
				r.Outcome = Unsupported
			}
		case it.known:
			r.Outcome = Present
		case it.err != nil:
			r.Outcome, r.Err = Failed, it.err
		case it.doc == nil:
			r.Outcome, r.Err = Failed, errors.New("extractor returned no document")
		default:
			r.Doc = it.doc
			if e := perDoc[it.doc]; e != nil {
				r.Outcome, r.Err = Failed, e
			} else if saved[i] {
				r.Outcome = Stored
			} else {
				r.Outcome = Present
			}
			i++
		}
		w.report(r)
		<-w.slots
	}
	w.queue, w.docs = w.queue[:0], 0
	return nil
}

// isPerDocument reports whether a store error is about the documents (an
// invalid one, a refused row) rather than the database as a whole.
func isPerDocument(err error) bool {
	return errors.Is(err, annals.ErrInvalid) || errors.Is(err, annals.ErrConflict)
}
