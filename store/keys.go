package store

import (
	"github.com/annals-project/annals"
)

// EventKey returns the node key of e, which is also the ID Events gives
// it: "event:" and the first 64 bits of the SHA-256 of [annals.Event.Key]
// in hex, the same key graph.FromDocument uses. Events that agree on type,
// status, participants, place, interval and figure share the key, whatever
// article reported them. At a million events the chance that two different
// events collide is about 3 in 10^8.
func EventKey(e annals.Event) string {
	return e.NodeKey()
}

// dateKey returns the node key and label of a date node. A value whose
// interval is its own (or unknown) is keyed by the value ("date:2013-11");
// a value narrowed by a mod ("early 2014") also carries its interval, so it
// does not clash with the plain value; an interval without a value is keyed
// by the interval. ok is false when there is neither.
func dateKey(v annals.TimeValue, iv annals.Interval) (key, label string, ok bool) {
	switch {
	case v != "":
		own, _ := v.Interval()
		if iv.IsZero() || iv == own {
			return "date:" + string(v), string(v), true
		}
		return "date:" + string(v) + "@" + iv.String(), string(v), true
	case !iv.IsZero():
		return "date:" + iv.String(), iv.String(), true
	}
	return "", "", false
}

// sortActor is the third key of the timeline order: the first participant
// as the first report lists it (an actor's name, else a country code),
// folded as FindActor folds names, so that "sergei lavrov" and "Sergei
// Lavrov" sort alike and capitals do not sort before lower case.
func sortActor(e annals.Event) string {
	switch {
	case len(e.Actors) > 0:
		return fold(e.Actors[0])
	case len(e.Countries) > 0:
		return fold(string(e.Countries[0]))
	}
	return ""
}

func articleLabel(doc *annals.Document) string {
	switch {
	case doc.Title != "":
		return doc.Title
	case doc.Source != "":
		return doc.Source
	}
	return doc.ID
}

// nullDate maps the zero Date ("no date") to NULL.
func nullDate(d annals.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.String()
}
