package extract

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
)

// merge folds reports of one happening into one event: same type, status
// and interval, and shared participants; a report without a date of its
// own (undated, or dated only by the article-date default) joins a dated
// report of the same happening and takes its date. Agreements, cooperation and
// conflict are merged only within adjacent sentences, since one day often
// brings several distinct agreements; statements only when the speaker is
// the same. The result is sorted by start date (undated last), type, first
// actor and evidence offset.
func (d *doc) merge(cands []cand) []annals.Event {
	var out []cand
	for _, c := range cands {
		merged := false
		if c.separate && c.ev.Interval().IsZero() && c.ev.Status == annals.StatusPlanned {
			d.datedBySeparate(out, &c)
		}
		if c.ev.Type == annals.EventVisit && !c.stop && c.ownPlace == "" && len(c.ev.Countries) == 2 && business(cands, c.sent) {
			toldStop(out, &c, d.isPerson)
		}
		for _, x := range mergeOrder(len(out), c) {
			if stopRef(out[x], c) {
				// "Throughout the trip, ...", after stops in several
				// states: the tour told again, which adds no state to a stop.
				merged = true
				break
			}
			if mergeable(out[x], c, d.isPerson) {
				if c.ev.Type == annals.EventMeet && nestedRetelling(out[x], c, d.isPerson) && c.ev.Interval().Days() < out[x].ev.Interval().Days() {
					// A meeting told loosely, then on its day: the day.
					out[x].ev.Start, out[x].ev.End, out[x].ev.Time = c.ev.Start, c.ev.End, c.ev.Time
				}
				if out[x].level == "" {
					out[x].level = c.level
				}
				if out[x].ownPlace == "" {
					out[x].ownPlace = c.ownPlace
				}
				if out[x].dest == "" {
					out[x].dest = c.dest
				}
				e := &out[x].ev
				for _, a := range c.ev.Actors {
					if !slices.Contains(e.Actors, a) && !c.agenda {
						e.Actors = append(e.Actors, a)
					}
				}
				for _, k := range c.ev.Countries {
					if !slices.Contains(e.Countries, k) && !c.agenda {
						e.Countries = append(e.Countries, k)
					}
				}
				if e.Place == "" {
					e.Place = c.ev.Place
				}
				if e.Amount == nil && c.ev.Amount != nil {
					e.Amount, e.Currency, e.Measure = c.ev.Amount, c.ev.Currency, c.ev.Measure
				}
				if (out[x].weak || e.Interval().IsZero()) && !c.weak && !c.ev.Interval().IsZero() {
					// A report dated only by the article date takes the
					// date another report of it states.
					e.Start, e.End, e.Time = c.ev.Start, c.ev.End, c.ev.Time
					out[x].weak = false
				} else if e.Interval().IsZero() && !c.ev.Interval().IsZero() {
					// An undated report ("UN releases $100 million" in
					// a headline line) takes the article-date default of
					// another report of it ("has released $100 million").
					e.Start, e.End, e.Time = c.ev.Start, c.ev.End, c.ev.Time
					out[x].weak = true
				}
				out[x].sent = c.sent
				out[x].ref = out[x].ref && c.ref
				out[x].hosted = out[x].hosted && c.hosted
				merged = true
				break
			}
		}
		for x := len(out) - 1; x >= 0 && !merged; x-- {
			if refersBack(out[x], c) {
				out[x].ref = out[x].ref && c.ref
				merged = true
			}
		}
		if !merged {
			out = append(out, c)
		}
	}
	out = joinTrips(out)
	d.joinParty(out)
	slices.SortStableFunc(out, func(a, b cand) int {
		as, bs := a.ev.Start.String(), b.ev.Start.String()
		switch {
		case as == "" && bs != "":
			return 1
		case bs == "" && as != "":
			return -1
		case as != bs:
			return strings.Compare(as, bs)
		case a.ev.Type != b.ev.Type:
			return strings.Compare(string(a.ev.Type), string(b.ev.Type))
		}
		if c := strings.Compare(first(a.ev.Actors), first(b.ev.Actors)); c != 0 {
			return c
		}
		return a.order - b.order
	})
	evs := make([]annals.Event, len(out))
	for i, c := range out {
		evs[i] = c.ev
	}
	return evs
}

// datedBySeparate dates c, an undated one of several meetings a clause
// tells apart ("will meet with German Chancellor Schroeder, NATO
// Secretary General Robertson and ..."), by the dated meeting told before
// that it would have joined as one meeting ("Rumsfeld will meet Feb. 3
// with defence ministers"): the meetings are held in its time. Only
// planned meetings are dated so: meetings "had already held" are told
// apart from a dated one because they came before it.
func (d *doc) datedBySeparate(out []cand, c *cand) {
	one := *c
	one.separate, one.fresh = false, false
	for x := len(out) - 1; x >= 0; x-- {
		o := out[x]
		if o.separate || o.ev.Type != annals.EventMeet || o.ev.Interval().IsZero() || o.weak {
			continue
		}
		if mergeable(o, one, d.isPerson) {
			c.ev.Start, c.ev.End, c.ev.Time = o.ev.Start, o.ev.End, o.ev.Time
			if c.ev.Place == "" {
				c.ev.Place = o.ev.Place
			}
			return
		}
	}
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}

// refersBack reports a later report b that names meeting a again by a
// definite noun with no time of its own, though in another tense:
// "Officials will meet in Lisbon next week" and "the first time Italy
// attends such a meeting". The tense of such a mention tells no time of
// the meeting, so it joins the nearest meeting told before (merge tries
// them latest first), which keeps its status, date and participants.
func refersBack(a, b cand) bool {
	x, y := a.ev, b.ev
	return x.Type == annals.EventMeet && y.Type == annals.EventMeet && b.ref && !b.fresh && a.level == "" &&
		(b.weak || y.Interval().IsZero()) && (x.Place == "" || y.Place == "" || x.Place == y.Place)
}

// sameAttack reports a later act of violence b told in a sentence that
// names the attack with a definite noun ("The attack killed one
// peacekeeper", "claimed responsibility for the attack"), with no date of
// its own or the date of a, and in a's place if both name one: it tells
// more of attack a, however many sentences on.
func sameAttack(a, b cand) bool {
	x, y := a.ev, b.ev
	return x.Type == annals.EventConflict && y.Type == annals.EventConflict && b.attackRef && b.sent > a.sent && violentCode(x.CAMEO) &&
		x.Status == annals.StatusOccurred && y.Status == annals.StatusOccurred &&
		(b.weak || y.Interval().IsZero() || y.Interval() == x.Interval()) &&
		(x.Place == "" || y.Place == "" || x.Place == y.Place)
}

// sameAccord reports a later signing b told in a sentence that names the
// agreement with a definite noun ("the MOU was signed by ..."), with no
// date of its own, no other figure and a party of a: it tells more of
// agreement a, not one more.
func sameAccord(a, b cand) bool {
	x, y := a.ev, b.ev
	return x.Type == annals.EventAgree && y.Type == annals.EventAgree && b.accordRef && b.sent > a.sent &&
		x.Status == y.Status && (b.weak || y.Interval().IsZero()) &&
		(x.Amount == nil || y.Amount == nil || *x.Amount == *y.Amount) &&
		(overlaps(x.Countries, y.Countries) || overlaps(x.Actors, y.Actors))
}

// nestedRetelling reports two reports of one meeting told in
// the same or the next sentence, once loosely and once closely: "She
// hopes to visit Seoul this weekend to discuss trade" and "a meeting
// with Foreign Minister Choi is planned for Saturday". The loose report's
// interval holds the close one's, and it names no person or state the
// close one lacks, so it tells nothing the close one does not. A
// meeting with someone else ("met Choi on Saturday", "met Kim during
// the weekend") names a person the other lacks, and stays apart. (Visits
// are left to joinTrips: a tour and its stops nest the same way.)
func nestedRetelling(a, b cand, isPerson func(string) bool) bool {
	x, y := a.ev, b.ev
	if x.Type != annals.EventMeet || y.Type != annals.EventMeet || x.Status != y.Status {
		return false
	}
	if b.sent-a.sent > 1 || a.sent-b.sent > 1 || a.weak || b.weak {
		return false
	}
	if x.Place != "" && y.Place != "" && x.Place != y.Place {
		return false
	}
	loose, close := x, y
	if x.Interval().Days() < y.Interval().Days() {
		loose, close = y, x
	}
	if loose.Start.After(close.Start) || loose.End.Before(close.End) || loose.Interval() == close.Interval() {
		return false
	}
	if !slices.ContainsFunc(loose.Actors, isPerson) {
		return false
	}
	for _, p := range loose.Actors {
		if !slices.Contains(close.Actors, p) {
			return false
		}
	}
	for _, k := range loose.Countries {
		if !slices.Contains(close.Countries, k) {
			return false
		}
	}
	return true
}

// visitOf reports whether visit reference r can be visit v: they share
// an actor, or r names none and only states of v.
func visitOf(r, v annals.Event) bool {
	if overlaps(r.Actors, v.Actors) {
		return true
	}
	return len(r.Actors) == 0 && len(r.Countries) > 0 && !slices.ContainsFunc(r.Countries, func(k annals.Country) bool { return !slices.Contains(v.Countries, k) })
}

// anonymousWithin reports a visit r that names no traveller, only states
// of visit v, on days within v's: "The presidential plane landed on
// Monday", during a visit told from Monday to Wednesday, is its arrival.
func anonymousWithin(r, v annals.Event) bool {
	return len(r.Actors) == 0 && visitOf(r, v) && !r.Start.Before(v.Start) && !r.End.After(v.End)
}

func mergeable(a, b cand, isPerson func(string) bool) bool {
	x, y := a.ev, b.ev
	if x.Type != y.Type {
		return false
	}
	if x.Type == annals.EventAgree && (a.separate || b.separate) && !a.accordRef && !b.accordRef {
		// "the agreement between Russia and Zambia, the agreement
		// between Russia and Kenya": one agreement per document, which
		// another report joins only when it refers to it ("the MOU was
		// signed by ...").
		return false
	}
	if sameAttack(a, b) || sameAccord(a, b) {
		return true
	}
	if (a.caused || b.caused) && a.sent == b.sent {
		// "Russia expelled an Estonian consul, prompting Estonia to expel
		// a Russian diplomat": the act and the reply it caused are two.
		return false
	}
	if x.Status != y.Status && !(x.Type == annals.EventVisit && (a.ref && x.Interval().IsZero() && visitOf(x, y) || b.ref && y.Interval().IsZero() && visitOf(y, x))) {
		// (An undated "Locke's India trip" is the trip told before,
		// planned or made; so is "During this state visit, both
		// governments will ..." of a visit between those states.)
		return false
	}
	if x.Interval() != y.Interval() && !(a.weak || b.weak || x.Interval().IsZero() || y.Interval().IsZero()) &&
		!(x.Type == annals.EventVisit && x.Status == y.Status && (anonymousWithin(x, y) || anonymousWithin(y, x))) &&
		!nestedRetelling(a, b, isPerson) {
		return false
	}
	if a.weak != b.weak && !(a.weak && near(y.Interval(), x.Start) || b.weak && near(x.Interval(), y.Start)) {
		// A report dated by the article-date default joins a dated report
		// only of the story's days: "also discussed trade" is not the
		// meeting "in March" the story recalls later.
		return false
	}
	if (x.Amount != nil || y.Amount != nil) && (x.Amount == nil || y.Amount == nil || *x.Amount != *y.Amount || x.Currency != y.Currency) &&
		!(x.Type == annals.EventAgree && (x.Amount == nil || y.Amount == nil)) {
		// Two figures are two facts; but an agreement told once with
		// its value and once without is one agreement.
		return false
	}
	switch x.Type {
	case annals.EventStatement:
		return slices.Equal(x.Actors, y.Actors)
	case annals.EventTrade:
		return x.Amount != nil && y.Amount != nil && *x.Amount == *y.Amount && x.Currency == y.Currency && x.Measure == y.Measure
	case annals.EventAgree, annals.EventCooperate, annals.EventConflict:

		if x.CAMEO == "057" && y.CAMEO == "057" && !x.Interval().IsZero() && x.Interval() == y.Interval() &&
			(x.Place == "" || y.Place == "" || x.Place == y.Place) {
			// One signing ceremony on one day, told from each signatory
			// ("Froman signed for the United States", "Key at the
			// signing"): a multilateral signing is one happening.
			return true
		}
		// Planned, undated agreements between the same parties are the
		// one pending agreement, wherever the story mentions it.
		// An undated report adds no happening of its own either, nor does
		// one dated only by the article-date default.
		pending := x.Status == annals.StatusPlanned && x.Interval().IsZero() && y.Interval().IsZero()
		undated := x.Interval().IsZero() || y.Interval().IsZero() || a.weak || b.weak
		if a.what != "" && b.what != "" && a.what != b.what {
			// "agreed on Monday to restart negotiations" and, two
			// sentences on, "also agreed to launch consultations": two
			// agreements unless told in neighbouring sentences.
			undated = false
		}
		if x.Type == annals.EventConflict && verbalConflict(x.CAMEO) != verbalConflict(y.CAMEO) {
			// "Iran summoned the British ambassador" and "Royal Marines
			// seized an oil tanker": a protest and the act it protests
			// are two happenings, however close.
			return false
		}
		if x.Type == annals.EventConflict && (violentCode(x.CAMEO) && coercionCode(y.CAMEO) || coercionCode(x.CAMEO) && violentCode(y.CAMEO)) && !a.ref && !b.ref {
			// "police fired tear gas at the marchers" and, next, "the
			// government barred the opposition leader from running": an
			// act of force and a ban or sanction are two happenings.
			return false
		}
		if x.Type == annals.EventConflict && x.CAMEO == y.CAMEO && coercionCode(x.CAMEO) && !a.caused && !b.caused &&
			!x.Interval().IsZero() && x.Start == x.End && x.Interval() == y.Interval() &&
			len(x.Countries) >= 2 && sameSet(x.Countries, y.Countries) && sameSet(y.Countries, x.Countries) &&
			(x.Place == "" || y.Place == "" || x.Place == y.Place) {
			// "Russia expelled an Estonian diplomat on Tuesday" and, two
			// sentences on, "On Tuesday, the ministry said it was
			// expelling ...": one day's expulsion (or sanction, or recall)
			// between the same states, told again.
			return true
		}
		apart := b.sent-a.sent > 1 || a.sent-b.sent > 1
		if !pending && !undated && (apart || x.Interval() != y.Interval()) {
			return false
		}
		if x.Type == annals.EventConflict && (x.Place != "" && y.Place != "" && x.Place != y.Place || undated && apart && (x.Place == "" || x.Place != y.Place) && !sameFront(a, b)) {
			// Attacks in two places are two attacks; a report of the
			// story's day joins another only next to it or in the same
			// place ("a bus in Kabul", and three sentences on "a
			// recruitment centre in Kunduz" the same Sunday).
			return false
		}
	}
	if x.Type == annals.EventMeet && (a.separate && b.separate && a.sent == b.sent || a.separate && !b.ref && b.sent != a.sent) {
		// "separate meetings with Hu and Wen": one each, which a later
		// meeting joins only when it refers to them ("at the meetings").
		return false
	}
	if x.Type == annals.EventMeet && b.fresh && b.sent != a.sent {
		return false // "She will also participate in a meeting of ...": one more
	}
	if x.Type == annals.EventMeet && b.alsoMet && b.sent != a.sent && !a.ref &&
		(slices.ContainsFunc(y.Countries, func(k annals.Country) bool { return !slices.Contains(x.Countries, k) }) ||
			slices.ContainsFunc(y.Actors, func(p string) bool { return isPerson(p) && !slices.Contains(x.Actors, p) })) {
		// "He also met Argentina's foreign minister", after a meeting
		// with others: a meeting with a counterpart the earlier one
		// lacks is one more meeting.
		return false
	}
	if x.Type == annals.EventMeet && !a.ref && !b.ref && counterparts(x.Actors, y.Actors, isPerson) {
		// "Blinken met Le Drian today" and "Blinken met today with
		// Kuleba": one person meeting two others is two meetings.
		return false
	}
	if x.Type == annals.EventMeet && x.Status == annals.StatusPlanned && x.Place != "" && y.Place != "" && x.Place != y.Place {
		// "In Riyadh, he will meet King X" and "In Amman, he will meet
		// senior officials": talks planned in two places are two
		// meetings. (A past meeting's place may be only the dateline.)
		return false
	}
	if x.Type == annals.EventMeet && a.level != "" && b.level != "" && a.level != b.level {
		// "the next round of consultations in Moscow" and
		// "vice-ministerial talks early next year": two meetings.
		return false
	}
	if x.Type == annals.EventMeet && a.ownPlace != "" && b.ownPlace != "" && a.ownPlace != b.ownPlace {
		// "In Doha, she met the emir" and "In Muscat, she met the
		// sultan": meetings in two places the sentences name are two
		// meetings, whatever day they share.
		return false
	}
	if x.Type == annals.EventVisit && a.dest != "" && b.dest != "" && a.dest != b.dest {
		// "She flies to Dakar, Senegal" and "She then travels to
		// Bamako, Mali": visits to two states are two stops.
		return false
	}
	if x.Type == annals.EventVisit && (len(x.Actors) == 0 && a.dest != "" && len(y.Countries) > 0 && !slices.Contains(y.Countries, a.dest) || len(y.Actors) == 0 && b.dest != "" && len(x.Countries) > 0 && !slices.Contains(x.Countries, b.dest)) {
		// A visit told without its traveller to a place in a state
		// another visit lacks ("A German delegation arrived in Bonn") is
		// not that visit.
		return false
	}
	if x.Type == annals.EventMeet && (a.ref || b.ref) && (x.Place == "" || y.Place == "" || x.Place == y.Place) &&
		(x.Interval() == y.Interval() || x.Interval().IsZero() || y.Interval().IsZero()) {
		// "the Washington meeting" is the story's meeting, whoever the
		// sentence names with it.
		return true
	}
	if x.Type == annals.EventVisit && (a.stop || b.stop) && !sameSet(x.Countries, y.Countries) && len(x.Countries) > 0 && len(y.Countries) > 0 {
		// A stop in Ghana is no visit to Nigeria, nor the whole tour; a
		// trip told with no state ("the trip will take place ...") is
		// the tour told again, which its stops make up.
		return false
	}
	if x.Type == annals.EventVisit && a.hosted != b.hosted {
		// "arrived in Hanoi on Monday for an official visit" and "The
		// visit is made at the invitation of President X": the host
		// joins the visit told with its visitor.
		return true
	}
	if !overlaps(x.Actors, y.Actors) && slices.ContainsFunc(x.Actors, isPerson) && slices.ContainsFunc(y.Actors, isPerson) {
		// Two reports naming different people are two happenings, even
		// between the same states ("Austin hosted Galvez", "Biden
		// welcomed Marcos").
		return false
	}
	return overlaps(x.Actors, y.Actors) || overlaps(x.Countries, y.Countries)
}

// mergeOrder gives the order in which c tries the events so far: the
// first told first, except that a planned meeting told without a place
// ("He also will meet with business leaders") tries the latest first, since
// it continues the stop the story last named ("In Lima, she will meet ...").
func mergeOrder(n int, c cand) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	if c.ev.Type == annals.EventMeet && c.ev.Status == annals.StatusPlanned && c.ev.Place == "" {
		slices.Reverse(order)
	}
	return order
}

// isPerson reports whether an actor name is one of the document's
// persons (not an organisation).
func (d *doc) isPerson(name string) bool {
	for _, p := range d.persons {
		if p != nil && p.Name == name {
			return true
		}
	}
	return false
}

// near reports whether interval iv ends at most a week before day d and
// starts no later than the day after d: the days a news story reports on.
func near(iv annals.Interval, d annals.Date) bool {
	if iv.IsZero() {
		return true
	}
	// A day after d is still the story's day in another time zone.
	return !iv.Start.After(d.AddDays(1)) && !iv.End.Before(d.AddDays(-7))
}

func overlaps[T comparable](a, b []T) bool {
	for _, v := range a {
		if slices.Contains(b, v) {
			return true
		}
	}
	return false
}

// counterparts reports two groups of at least two persons each, each
// with a person the other lacks: meetings with different counterparts.
func counterparts(a, b []string, isPerson func(string) bool) bool {
	na, nb, onlyA, onlyB := 0, 0, false, false
	for _, p := range a {
		if isPerson(p) {
			na++
			onlyA = onlyA || !slices.Contains(b, p)
		}
	}
	for _, p := range b {
		if isPerson(p) {
			nb++
			onlyB = onlyB || !slices.Contains(a, p)
		}
	}
	return na >= 2 && nb >= 2 && onlyA && onlyB
}

// joinTrips folds a later report of a visit into the visit it continues
// (see sameTrip): the first report takes the length the trip lasts, and
// is made if either report is.
func joinTrips(out []cand) []cand {
	for i := 0; i < len(out); i++ {
		for j := range i {
			if !sameTrip(out[j], out[i]) {
				continue
			}
			e, p := &out[j].ev, out[i].ev
			if p.Status == annals.StatusOccurred {
				e.Status = annals.StatusOccurred
			}
			if p.End.After(e.End) {
				e.End = p.End
			}
			for _, a := range p.Actors {
				if !slices.Contains(e.Actors, a) {
					e.Actors = append(e.Actors, a)
				}
			}
			for _, k := range p.Countries {
				if !slices.Contains(e.Countries, k) {
					e.Countries = append(e.Countries, k)
				}
			}
			if e.Place == "" {
				e.Place = p.Place
			}
			out = slices.Delete(out, i, i+1)
			i--
			break
		}
	}
	return out
}

// sameTrip reports two reports of one trip in the same or the next
// sentence, told once as it began and once with its course: "X left
// Tuesday for a visit to Kuwait" and "X flew Tuesday and is scheduled to
// pay a four-day visit". A departure begins the trip; the plan or the
// length is its course, not a second trip. Both name the same traveller
// first and start on the same day, and they differ in status or in
// length (reports alike in both are merge's); neither names a place or
// a country the other contradicts.
func sameTrip(a, b cand) bool {
	x, y := a.ev, b.ev
	if x.Type != annals.EventVisit || y.Type != annals.EventVisit || a.weak || b.weak {
		return false
	}
	if b.sent-a.sent > 1 || a.sent-b.sent > 1 {
		return false
	}
	if x.Start.IsZero() || x.Start != y.Start || x.Status == y.Status && (x.End == y.End || x.Start != x.End && y.Start != y.End) {
		return false
	}
	if len(x.Actors) == 0 || len(y.Actors) == 0 || x.Actors[0] != y.Actors[0] {
		return false
	}
	if x.Place != "" && y.Place != "" && x.Place != y.Place {
		return false
	}
	sub := func(p, q []annals.Country) bool {
		return !slices.ContainsFunc(p, func(k annals.Country) bool { return !slices.Contains(q, k) })
	}
	return sub(x.Countries, y.Countries) || sub(y.Countries, x.Countries)
}

// verbalConflict reports a CAMEO code of conflict told in words or by
// diplomatic acts (10 demand, 11 disapprove, 12 reject, 13 threaten, 14
// protest), as opposed to the material conflict of 15-20 (force
// posture, reduced relations, sanctions, coercion, violence).
func verbalConflict(cameo string) bool {
	return len(cameo) >= 2 && cameo[0] == '1' && cameo[1] >= '0' && cameo[1] <= '4'
}

// sameFront reports a later act of violence b told undated, by the
// article-date default, with exactly the states of a dated act a of the
// same day and no place either names: "Armenia and Azerbaijan report
// heavy fighting Sunday" and, two sentences on, "its troops shot down two
// Azerbaijani helicopters" tell one day's fighting between the two.
func sameFront(a, b cand) bool {
	x, y := a.ev, b.ev
	return violentCode(x.CAMEO) && violentCode(y.CAMEO) && !a.weak && b.weak && x.Interval() == y.Interval() &&
		x.Place == "" && y.Place == "" && len(x.Countries) >= 2 && sameSet(x.Countries, y.Countries)
}

// coercionCode reports a CAMEO code of coercion without force: reduced
// relations, sanctions, bans and expulsions (16-17), as opposed to the
// violence of 18-20.
func coercionCode(cameo string) bool {
	return strings.HasPrefix(cameo, "16") || strings.HasPrefix(cameo, "17")
}

// subset reports every country of a in b.
func subset(a, b []annals.Country) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// business reports a meeting told in sentence si: the business of a
// visit told with it ("will travel to Chile for talks with ...").
func business(cands []cand, si int) bool {
	for _, c := range cands {
		if c.sent == si && c.ev.Type == annals.EventMeet {
			return true
		}
	}
	return false
}

// toldStop marks c, a visit to one state told in a sentence of its own
// with its own business ("Following Brazil, X will travel to Chile for
// talks with ..."), a stop of the trip told before by the same traveller
// to that state among others ("X will travel to Brazil and Chile next
// week"): a stop the text tells apart is its own visit (annotating.md,
// section 11). Told with no time of its own, it is on the trip's days.
func toldStop(out []cand, c *cand, isPerson func(string) bool) {
	for x := len(out) - 1; x >= 0; x-- {
		t := out[x]
		if t.ev.Type != annals.EventVisit || t.stop || t.ev.Status != c.ev.Status || t.sent == c.sent || !subset(c.ev.Countries, t.ev.Countries) {
			continue
		}
		if !overlaps(personsOf(t.ev.Actors, isPerson), personsOf(c.ev.Actors, isPerson)) || len(personsOf(c.ev.Actors, isPerson)) == 0 {
			continue
		}
		other := false
		for _, k := range t.ev.Countries {
			if !slices.Contains(c.ev.Countries, k) {
				other = true
			}
		}
		if !other {
			return
		}
		c.stop = true
		if c.ev.Interval().IsZero() {
			c.ev.Start, c.ev.End, c.ev.Time = t.ev.Start, t.ev.End, t.ev.Time
		}
		return
	}
}
