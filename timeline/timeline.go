// Package timeline orders, filters and groups events into a timeline.
//
// Events are ordered by start date, then type, then first participant, then
// the offset of their evidence, with undated events last (the ordering rule
// of the style guide, so that timelines are reproducible byte for byte).
// Each entry carries a display date at the event's own granularity, and
// entries can be grouped into day, month or year buckets.
//
// The package works on root types only: it does not read the store and it
// does not render (see the reports package).
package timeline

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/annals-project/annals"
)

// Bucket is the unit entries are grouped by.
type Bucket int

// Buckets.
const (
	BucketNone  Bucket = iota // one group holding every entry
	BucketDay                 // "2013-11-01"
	BucketMonth               // "2013-11"
	BucketYear                // "2013"
)

var bucketNames = [...]string{"none", "day", "month", "year"}

// String returns the bucket's name as ParseBucket accepts it.
func (b Bucket) String() string {
	if b >= 0 && int(b) < len(bucketNames) {
		return bucketNames[b]
	}
	return fmt.Sprintf("Bucket(%d)", int(b))
}

// ParseBucket returns the bucket called s ("", "none", "day", "month",
// "year"; case-insensitive). It returns an error wrapping annals.ErrInvalid
// for any other name.
func ParseBucket(s string) (Bucket, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "none":
		return BucketNone, nil
	case "day":
		return BucketDay, nil
	case "month":
		return BucketMonth, nil
	case "year":
		return BucketYear, nil
	}
	return BucketNone, fmt.Errorf("timeline: parse bucket %q: %w: want none, day, month or year", s, annals.ErrInvalid)
}

// Undated is the display date and bucket label of an event without a date.
const Undated = "undated"

// Options select and group events. Zero fields do not filter.
type Options struct {
	Bucket Bucket
	// From and To keep events whose inclusive interval ends on or after
	// From and starts on or before To (annals.EventFilter's rule). When
	// either is set, undated events are dropped: nothing places them in
	// the range.
	From, To annals.Date
	// Types keeps events of any of these types.
	Types []annals.EventType
	// Status keeps events of this status.
	Status annals.Status
	// Actor keeps events with a participant of this name: an actor whose
	// normalised name equals it or contains it as whole words ("Lavrov"
	// matches "Sergei Lavrov"), or a country whose code or English name
	// equals it, case-insensitively.
	Actor string
}

// Entry is one event of a timeline.
type Entry struct {
	Event annals.Event
	// When is the display date at the event's own granularity: the TIMEX
	// value when its interval is the event's ("2014-SP", "2012",
	// "2013-11-01"), otherwise the interval ("2014-01-21..2014-02-28"), and
	// Undated when the event has no date.
	When string
	// Bucket is the label of the group the entry falls in, by its start
	// date ("2013-11" for months); empty with BucketNone, Undated for
	// undated events.
	Bucket string
}

// IsPlanned reports whether the entry's event is planned rather than
// occurred, for renderers that mark such events.
func (e Entry) IsPlanned() bool { return e.Event.Status == annals.StatusPlanned }

// Group is a run of entries sharing a bucket.
type Group struct {
	Label   string // the bucket label; empty with BucketNone
	Entries []Entry
}

// Timeline is an ordered list of events.
type Timeline struct {
	Bucket  Bucket
	Entries []Entry
}

// Groups returns the timeline's entries grouped by bucket, in timeline
// order. With BucketNone it returns one group with an empty label, and
// with no entries an empty slice.
func (tl Timeline) Groups() []Group {
	out := []Group{}
	for _, e := range tl.Entries {
		if n := len(out); n > 0 && out[n-1].Label == e.Bucket {
			out[n-1].Entries = append(out[n-1].Entries, e)
			continue
		}
		out = append(out, Group{Label: e.Bucket, Entries: []Entry{e}})
	}
	return out
}

// Build filters events with opts and returns them in timeline order: by
// start date, then type, then first participant (the first actor, or the
// first country when there is no actor; case-insensitive), then evidence
// offset, then end date, status, place and ID so that the order is total;
// undated events come last. Events are copied, not modified. Entries is
// never nil.
func Build(events []annals.Event, opts Options) Timeline {
	tl := Timeline{Bucket: opts.Bucket, Entries: []Entry{}}
	for _, e := range events {
		if !keep(e, opts) {
			continue
		}
		tl.Entries = append(tl.Entries, Entry{Event: e, When: When(e), Bucket: bucketOf(e, opts.Bucket)})
	}
	slices.SortStableFunc(tl.Entries, func(a, b Entry) int { return Compare(a.Event, b.Event) })
	return tl
}

// Compare orders two events in timeline order (see [Build]); it returns a
// negative number when a comes first.
func Compare(a, b annals.Event) int {
	switch az, bz := a.Start.IsZero(), b.Start.IsZero(); {
	case az && !bz:
		return 1
	case !az && bz:
		return -1
	}
	return cmp.Or(
		a.Start.Compare(b.Start),
		cmp.Compare(a.Type, b.Type),
		cmp.Compare(firstParticipant(a), firstParticipant(b)),
		cmp.Compare(a.Span[0], b.Span[0]),
		a.End.Compare(b.End),
		cmp.Compare(a.Status, b.Status),
		cmp.Compare(a.Place, b.Place),
		cmp.Compare(a.ID, b.ID),
		cmp.Compare(a.Evidence, b.Evidence),
	)
}

func firstParticipant(e annals.Event) string {
	if len(e.Actors) > 0 {
		return strings.ToLower(e.Actors[0])
	}
	if len(e.Countries) > 0 {
		return strings.ToLower(string(e.Countries[0]))
	}
	return ""
}

// When returns the display date of e (see [Entry.When]).
func When(e annals.Event) string {
	iv := e.Interval()
	if iv.IsZero() {
		return Undated
	}
	if e.Time != "" {
		if tv, ok := e.Time.Interval(); ok && tv == iv {
			return string(e.Time)
		}
	}
	return iv.String()
}

// bucketOf returns the label of the bucket e falls in. An event is grouped
// by its start date, so a year-long event lands in January of a monthly
// timeline; its display date still shows the whole year.
func bucketOf(e annals.Event, b Bucket) string {
	if b == BucketNone {
		return ""
	}
	if e.Start.IsZero() {
		return Undated
	}
	switch b {
	case BucketDay:
		return e.Start.String()
	case BucketMonth:
		return fmt.Sprintf("%04d-%02d", e.Start.Year, int(e.Start.Month))
	}
	return fmt.Sprintf("%04d", e.Start.Year)
}

// keep reports whether e passes the filters of opts.
func keep(e annals.Event, opts Options) bool {
	if opts.Status != "" && e.Status != opts.Status {
		return false
	}
	if len(opts.Types) > 0 && !slices.Contains(opts.Types, e.Type) {
		return false
	}
	if !opts.From.IsZero() || !opts.To.IsZero() {
		if e.Start.IsZero() {
			return false
		}
		end := e.End
		if end.IsZero() {
			end = e.Start
		}
		if !opts.From.IsZero() && end.Before(opts.From) {
			return false
		}
		if !opts.To.IsZero() && e.Start.After(opts.To) {
			return false
		}
	}
	if opts.Actor != "" && !hasParticipant(e, opts.Actor) {
		return false
	}
	return true
}

// hasParticipant reports whether name names one of e's participants,
// forgivingly (see [Options.Actor]).
func hasParticipant(e annals.Event, name string) bool {
	q := annals.NormalizeName(name)
	if q == "" {
		return true
	}
	for _, a := range e.Actors {
		n := annals.NormalizeName(a)
		if n == q || strings.Contains(" "+n+" ", " "+q+" ") {
			return true
		}
	}
	for _, c := range e.Countries {
		if strings.EqualFold(string(c), q) || annals.NormalizeName(c.Name()) == q {
			return true
		}
	}
	return false
}
