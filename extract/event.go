package extract

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/money"
	"github.com/annals-project/annals/extract/page"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
)

// cand is one event found in one clause, before merging.
type cand struct {
	ev    annals.Event
	sent  int
	order int  // position in the text, for stable ordering
	weak  bool // dated only by the article-date default
	// ref marks a meeting named with a definite determiner ("the
	// Washington meeting", "this first ever leaders meeting"): a
	// reference to the story's meeting rather than a new one.
	ref bool
	// what is the verb an agreement is about ("agreed to restart
	// negotiations": "restart"), "" when not told that way.
	what string
	// ofAgreement marks an aid figure that an agreement told before
	// provides ("Through these agreements, the United States provides
	// $791 million"): the figure is that agreement's.
	ofAgreement bool
	// headline marks an event told in a headline-shaped line of its own
	// that is not the page's title (the title copied, a headline after
	// menus): the story's body tells the same happening again.
	headline bool
	// level is the rank or series a meeting noun names ("vice-ministerial
	// talks": "vice-ministerial"; "the next round of consultations":
	// "round"), "" when none: meetings of two levels are two meetings.
	level string
	// fresh marks a meeting told as one more ("will also participate
	// in a meeting of ..."): it joins no meeting told before.
	fresh bool
	// alsoMet marks a meeting told with "also" right before a meeting
	// verb ("He also met X"): one more meeting when it names a party
	// the earlier one lacks.
	alsoMet bool
	// hosted marks a visit that names only its hosts ("The visit is
	// made at the invitation of President X"): the story's visit, told
	// again, whoever made it.
	hosted bool
	// attackRef marks an act of violence told in a sentence that names
	// the attack with a definite noun ("the attack killed one
	// peacekeeper", "claimed responsibility for the attack"): the attack
	// the story told before, not one more.
	attackRef bool
	// accordRef marks a signing told in a sentence that names the
	// agreement with a definite noun ("the MOU was signed by ..."): the
	// agreement the story told before.
	accordRef bool
	// agenda marks a "discuss" told of a subject that refers back ("The
	// leaders will discuss ..."): joining a meeting, it adds no parties.
	agenda bool
	// separate marks one of the meetings a clause tells as several
	// ("separate meetings with President Hu and Premier Wen"): it joins
	// none of the others.
	separate bool
	// stop marks a visit to one state of a list of stops ("stops in
	// Ghana, Nigeria and Angola"): one visit per state, which joins no
	// visit to other states.
	stop bool
	// caused marks an act told as what another act caused its object to
	// do ("expelled him, prompting Estonia to expel a Russian diplomat"):
	// a reply of its own, which joins no act of the same sentence.
	caused bool
	// ownPlace is the place the sentence itself names for the event ("In
	// Doha, she meets ..."), "" when it names none (a place taken from a
	// visit or the dateline is not its own).
	ownPlace string
	// dest is the one state a visit's own place lies in ("flies to
	// Muscat, Oman": OMN), "" when unknown or when several stops are listed.
	dest annals.Country
}

// countFunc counts the elements of s for which f is true.
func countFunc[T any](s []T, f func(T) bool) int {
	n := 0
	for _, v := range s {
		if f(v) {
			n++
		}
	}
	return n
}

func mustLookup(w string) trigger.Trigger {
	t, _ := trigger.Lookup(w)
	return t
}

// events finds and merges the events of the document.
func (d *doc) events() []annals.Event {
	pp, ps := d.principals()
	d.bloc = d.principalBloc()
	var cands []cand
	for si, s := range d.sents {
		if s.Headline || titleLine(s.Toks) {
			continue // headlines restate the story in the present tense
		}
		if fileCaption(s.Toks) {
			continue // "FILE - X shakes hands with Y": an archive picture, not the story's news
		}
		s.Uncase() // capitals in all-capitals copy mark no names
		d.reportEnd = unquoteReport(s)
		d.thatMeeting, d.thatVisit = d.lastMeeting, d.toldVisit
		d.frame = annals.Event{}
		if si > 0 && d.toldHappeningSent == si-1 {
			d.frame = d.toldHappening
		}
		d.sentIndex = si
		d.noteDataTime(si, s)
		var visit *annals.Event // the visit this sentence told last
		var met *annals.Event   // the meeting this sentence told last
		first := len(cands)
		prev, prevAt := mention.Clause{I: -1, J: -1}, len(cands) // the clause before and where its events start
		for _, c := range s.Clauses() {
			evs := d.clauseEvents(si, s, c, pp, ps)
			resultOfAttack(s, c, cands[prevAt:], evs)
			evs = slices.DeleteFunc(evs, func(e cand) bool { return e.ofAgreement && giveFigure(cands, e) })
			if sanctionsList(s.Toks, c) {
				// "adopted sanctions against X, including asset freezes
				// and visa bans": the list spells out the sanctions told
				// before it, no further act.
				evs = slices.DeleteFunc(evs, func(e cand) bool { return e.ev.Type == annals.EventConflict && e.ev.CAMEO == "163" })
			}
			if prev.J == c.I && s.Toks[c.I].Lower == "that" {
				cands = pledgedAid(cands, prevAt, evs)
			}
			prev, prevAt = c, len(cands)
			for i := range evs {
				if e := &evs[i]; e.ev.Type == annals.EventMeet && visit != nil && pairSubject(s.Toks, c.I, c.J) {
					// "X visited Peru in May and the two ministers met in
					// Quito": the two are the visitor and the host's
					// minister, so the meeting keeps the visit's states.
					e.ev.Actors = union(slices.Clone(visit.Actors), e.ev.Actors)
					e.ev.Countries = union(slices.Clone(visit.Countries), e.ev.Countries)
				}
				if e := &evs[i]; e.ev.Type != annals.EventMeet && met != nil && theyClause(s.Toks, c.I, c.J) && len(met.Actors)+len(met.Countries) > 0 {
					// "He also met X, and they agreed ...": they are the
					// two who met, not the parties of an earlier sentence.
					e.ev.Actors, e.ev.Countries = slices.Clone(met.Actors), slices.Clone(met.Countries)
				}
			}
			for i := range evs {
				d.condemnedAttack(s, &evs[i])
			}
			evs = d.attributedAttack(s, c, evs)
			for _, e := range evs {
				if e.ev.Type == annals.EventVisit {
					v := e.ev
					visit = &v
				}
				if e.ev.Type == annals.EventMeet {
					m := e.ev
					met = &m
				}
				if e.ev.Type == annals.EventVisit && e.ev.Status == annals.StatusPlanned && !e.ev.Interval().IsZero() && !d.tripLeg(e.ev) {
					d.lastVisit, d.lastVisitSent = e.ev, si
					d.trips = append(d.trips, e.ev)
				}
				if e.ev.Type == annals.EventVisit && !e.weak && !e.ev.Interval().IsZero() {
					d.toldVisit = e.ev
				}
				if e.ev.Type == annals.EventVisit && !e.weak && e.ev.Status == annals.StatusOccurred && !d.dct.IsZero() && !e.ev.Start.IsZero() && !e.ev.Start.After(d.dct) && e.ev.End.After(d.dct) {
					d.underWay = e.ev
				}
				if happening(e.ev.Type) && !e.weak && !e.ev.Interval().IsZero() {
					d.toldHappening, d.toldHappeningSent = e.ev, si
				}
				if e.ev.Type == annals.EventConflict && violentCode(e.ev.CAMEO) && !e.weak && e.ev.Status == annals.StatusOccurred && !e.ev.Interval().IsZero() {
					d.mainAttack, d.mainAttackSent = e.ev, si
				}
				if happening(e.ev.Type) && !e.weak && e.ev.Status == annals.StatusOccurred && e.ev.Start == e.ev.End && !e.ev.Start.IsZero() && !d.dct.IsZero() && e.ev.Start.Before(d.dct) {
					d.toldDay = e.ev
					if e.ev.Type == annals.EventMeet {
						d.toldMeetDay = e.ev
					}
				}
				if e.ev.Type == annals.EventMeet && e.ev.Status == annals.StatusOccurred {
					d.lastMet, d.lastMetSent = e.ev, si
				}
				if e.ev.Type == annals.EventMeet && !e.weak && !e.ev.Interval().IsZero() {
					d.lastMeeting = e.ev
				}
				if e.ev.Type == annals.EventTrade && !e.ev.Interval().IsZero() {
					d.lastFigure, d.lastFigureSent = e.ev, si
				}
			}
			cands = append(cands, evs...)
		}
		if len(cands) > first && (d.headlineLine(s) || d.teaserCopy(s)) {
			for i := first; i < len(cands); i++ {
				cands[i].headline = true
			}
		}
		d.stayDated(si, s, cands[first:])
		cands = d.tripBegins(s, cands, first)
		cands = d.tripReturns(s, cands, first)
	}
	return d.merge(dropHeadlineCopies(cands))
}

// headlineLine reports a sentence that opens a paragraph with a
// headline-shaped line (3 to 25 words that do not end like a sentence,
// the line alone in its paragraph): a title the page repeats, or a
// headline after menus that were taken for the title.
func (d *doc) headlineLine(s *mention.Sentence) bool {
	t, b := d.text, s.Span[0]
	ls := strings.LastIndexByte(t[:b], '\n') + 1
	if strings.TrimSpace(t[ls:b]) != "" {
		return false // the sentence starts inside a line
	}
	if ls > 0 && strings.TrimSpace(t[strings.LastIndexByte(t[:ls-1], '\n')+1:ls-1]) != "" {
		return false // the line before is text: no paragraph of its own
	}
	le := len(t)
	if n := strings.IndexByte(t[b:], '\n'); n >= 0 {
		le = b + n
	}
	if s.Span[1] < le && strings.TrimSpace(t[s.Span[1]:le]) != "" {
		return false // another sentence follows on the line
	}
	if strings.TrimSpace(t[le:]) == "" && lowerProse(t[b:le]) {
		// The text's last line in the case of prose ("On Saturday, the
		// minister left on a visit to Peru, returning to Li"): a story
		// cut short, as stored pages are, not a headline.
		return false
	}
	if le < len(t) {
		next := t[le+1:]
		if n := strings.IndexByte(next, '\n'); n >= 0 {
			next = next[:n]
		}
		if strings.TrimSpace(next) != "" {
			return false // the paragraph goes on
		}
	}
	_, ok := page.Title(t[b:le])
	return ok
}

// lowerProse reports a line that reads as prose: clauses set off by a
// comma and at least three words of four letters or more in lower case,
// which a headline in title case does not have.
func lowerProse(line string) bool {
	if !strings.Contains(line, ", ") {
		return false
	}
	lower := 0
	for w := range strings.FieldsSeq(line) {
		if len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' {
			lower++
		}
	}
	return lower >= 3
}

// teaserCopy reports a sentence that ends its line with an ellipsis, on
// a line whose opening words the page repeats further on: a teaser cut short
// ("Iran has condemned the new sanctions.The new sanctions are ...")
// above the story that tells the same in full. Such a line tells the
// story's events again, as a repeated headline does. A story cut off at
// its end by an ellipsis repeats nothing and keeps its events.
func (d *doc) teaserCopy(s *mention.Sentence) bool {
	t := d.text
	own := strings.TrimSpace(t[s.Span[0]:s.Span[1]])
	if !strings.HasSuffix(own, "...") && !strings.HasSuffix(own, "…") {
		return false
	}
	if d.teaserScans >= maxTeaserScans {
		return false
	}
	d.teaserScans++
	rest := t[s.Span[1]:]
	le := s.Span[1]
	if n := strings.IndexByte(rest, '\n'); n >= 0 {
		le += n
	} else {
		le = len(t)
	}
	if strings.TrimSpace(t[s.Span[1]:le]) != "" {
		return false // the line goes on: no ellipsis at its end
	}
	ls := strings.LastIndexByte(t[:s.Span[0]], '\n') + 1
	line := strings.TrimSpace(t[ls:le])
	const opening = 40 // bytes of the line's start that must recur
	if len(line) < 2*opening {
		return false
	}
	return strings.Contains(t[le:], line[:opening])
}

// maxTeaserScans caps the sentences ending in an ellipsis whose line
// teaserCopy reads and searches for: a page has a teaser or two, and the
// cap keeps a text of many such sentences linear.
const maxTeaserScans = 3

// dropHeadlineCopies drops the events of headline lines that the body
// tells again: an event of the same type that shares a party (or any
// event of the type, when the headline's names none). A headline event
// the body does not tell stays.
func dropHeadlineCopies(cands []cand) []cand {
	if !slices.ContainsFunc(cands, func(c cand) bool { return c.headline }) {
		return cands
	}
	return slices.DeleteFunc(slices.Clone(cands), func(c cand) bool {
		if !c.headline {
			return false
		}
		return slices.ContainsFunc(cands, func(o cand) bool {
			if o.headline || o.ev.Type != c.ev.Type {
				return false
			}
			if len(c.ev.Actors)+len(c.ev.Countries) == 0 {
				return true
			}
			return slices.ContainsFunc(c.ev.Actors, func(a string) bool { return slices.Contains(o.ev.Actors, a) }) ||
				slices.ContainsFunc(c.ev.Countries, func(k annals.Country) bool { return slices.Contains(o.ev.Countries, k) })
		})
	})
}

// pledgedAid drops the figure-less pledge among cands[from:] when the
// "that" clause after it, whose events are evs, gives the aid figure:
// "Japan pledged on Monday that it would give $50 million in aid" is one
// event, the aid promised (as "pledged $50 million in aid" is), not an
// agreement beside it. The pledger joins the aid's parties.
func pledgedAid(cands []cand, from int, evs []cand) []cand {
	x := slices.IndexFunc(evs, func(e cand) bool { return e.ev.Type == annals.EventCooperate && e.ev.Amount != nil })
	if x < 0 {
		return cands
	}
	aid := &evs[x]
	out := cands[:from]
	for _, e := range cands[from:] {
		if e.ev.Type == annals.EventAgree && e.ev.CAMEO == "030" && e.ev.Amount == nil {
			aid.ev.Actors = union(slices.Clone(e.ev.Actors), aid.ev.Actors)
			continue
		}
		out = append(out, e)
	}
	return out
}

// meetingRef reports a fronted reference to a meeting told before:
// "During that meeting, ...", "At the talks, ..." (a demonstrative or
// definite meeting noun after "during", "at" or "in" opening the
// sentence).
func meetingRef(s *mention.Sentence) bool { return frontRef(s, annals.EventMeet) }

// dateOfNoun returns the determiner of an event noun at token k that a
// date of its own modifies, set between the determiner and the noun ("an
// August 2008 visit", "the May 3 talks", "Iran's July 29 attack"), or -1.
func (d *doc) dateOfNoun(s *mention.Sentence, k int) int {
	kb := s.Toks[k].Begin
	for x := k - 1; x > 0 && x >= k-2 && visitAdjectives[s.Toks[x].Lower]; x-- {
		kb = s.Toks[x].Begin // "the April 8 State visit"
	}
	for _, t := range d.times {
		if t.Span[1] > kb || kb-t.Span[1] > 1 || t.Span[0] < s.Span[0] || t.Start.IsZero() || t.Type == annals.TimeDuration || t.Type == annals.TimeSet {
			continue
		}
		x, ok := slices.BinarySearchFunc(s.Toks, t.Span[0], func(tk token.Token, b int) int { return tk.Begin - b })
		if !ok || x == 0 {
			return -1
		}
		switch s.Toks[x-1].Lower {
		case "the", "a", "an", "its", "their", "his", "her", "'s", "’s":
			return x - 1
		}
		return -1
	}
	return -1
}

// absorbedAt reports a candidate that is no plain trigger of its clause
// (a figure or a statement), which is not rebuilt.
func absorbedAt(c cand) bool { return c.ev.Type == annals.EventStatement || c.ev.Amount != nil }

// sequenceFront reports a sentence opened by an adverb of sequence
// ("Afterward, she held talks with ...", "Later, the two will sign ..."):
// it tells what came next in the time frame of the sentence before.
func sequenceFront(s *mention.Sentence) bool {
	if len(s.Toks) < 3 {
		return false
	}
	switch s.Toks[0].Lower {
	case "afterward", "afterwards", "subsequently", "thereafter", "then", "later":
		return s.Toks[1].Kind == token.Word || s.Toks[1].Text == ","
	case "after", "following":
		return s.Toks[1].Lower == "that" && s.Toks[2].Text == ","
	}
	return false
}

// happening reports the event types that set a time frame for what a
// story tells next: meetings, visits and agreements.
func happening(t annals.EventType) bool {
	return t == annals.EventMeet || t == annals.EventVisit || t == annals.EventAgree
}

// visitRef reports a fronted reference to a visit told before: "During
// that visit, ...", "On the trip, ...".
func visitRef(s *mention.Sentence) bool { return frontRef(s, annals.EventVisit) }

// frontRef reports a sentence opened by a preposition and a demonstrative
// or definite noun of an event of type typ, which refers to the event of
// that type told before.
func frontRef(s *mention.Sentence, typ annals.EventType) bool {
	toks := s.Toks
	if len(toks) > 5 && (toks[0].Lower == "within" || toks[0].Lower == "in") && toks[1].Lower == "the" &&
		(toks[2].Lower == "framework" || toks[2].Lower == "course") && toks[3].Lower == "of" {
		// "Within the framework of the visit, ...", "In the course of
		// the talks, ...": as "during".
		toks = toks[3:]
	} else if len(toks) > 4 && toks[0].Lower == "as" && toks[1].Lower == "part" && toks[2].Lower == "of" {
		toks = toks[2:] // "As part of the visit, ..."
	}
	if len(toks) < 3 {
		return false
	}
	switch toks[0].Lower {
	case "during", "at", "in", "of", "throughout":
	case "on":
		// "On that trip, ...", not "On the sidelines of ...".
		if typ != annals.EventVisit {
			return false
		}
	default:
		return false
	}
	switch toks[1].Lower {
	case "that", "the", "this", "those", "these", "his", "her", "their":
	default:
		return false
	}
	for x := 2; x < len(toks) && x <= 4; x++ {
		if tr, ok := trigger.Lookup(toks[x].Lower); ok && tr.Noun && tr.Type == typ {
			return true
		}
		if toks[x].Kind != token.Word {
			return false
		}
	}
	return false
}

// futureFrame reports trigger k in a temporal clause told in the present
// after a main clause told in the future: "will discuss trade when he
// meets Kishida", "will sign the accord after Kishida visits Nairobi".
// English tells such a future in the present tense; the event is planned.
func futureFrame(s *mention.Sentence, c mention.Clause, k int) bool {
	if c.I == 0 || k <= c.I {
		return false
	}
	switch s.Toks[c.I].Lower {
	case "when", "after", "before", "once", "until", "whenever":
	default:
		return false
	}
	for x := c.I; x < c.J; x++ {
		w := s.Toks[x].Lower
		switch {
		case w == "was" || w == "were" || w == "had" || w == "did" || isPastTrigger(w):
			return false
		case s.Toks[x].Kind == token.Word && !s.Toks[x].IsCap() && len(w) > 4 && strings.HasSuffix(w, "ed"):
			return false
		}
	}
	for x := c.I - 1; x >= 0; x-- {
		switch s.Toks[x].Lower {
		case "will", "'ll", "shall", "would":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// beforeFirstComma reports whether token k stands before the first comma
// of the sentence.
func beforeFirstComma(toks []token.Token, k int) bool {
	for x := 0; x < k && x < len(toks); x++ {
		if toks[x].Text == "," {
			return false
		}
	}
	return true
}

// clauseEvents returns the events of clause c of sentence s.
//
// out is a named result so that the deferred take-back below filters the
// slice the caller receives, not a copy of its header.
func (d *doc) clauseEvents(si int, s *mention.Sentence, c mention.Clause, pp []int, ps []annals.Country) (out []cand) {
	toks := s.Toks
	if d.cancelFor != s {
		d.cancelled, d.cancelFor = cancelledLater(s), s
	}
	if cancelled := d.cancelled; cancelled != "" {
		defer func() {
			// "X had been scheduled to visit Y, but the trip was
			// cancelled": the sentence takes its event back.
			out = slices.DeleteFunc(out, func(e cand) bool { return e.ev.Type == cancelled })
		}()
	}
	if toks[c.I].Lower == "if" || toks[c.I].Lower == "unless" {
		return nil // a condition, not a report
	}
	defer func() {
		// "does not know whether X will meet Y", "asked whether the
		// minister would visit Cairo": an open question, not a report.
		out = slices.DeleteFunc(out, func(e cand) bool { return openQuestion(toks, e.order) })
		// "a pact, signed in 1994,": background history, no event.
		out = d.dropBackground(s, out)
	}()
	seen := map[annals.EventType]bool{}
	absorbed := false
	for k := c.I; k < c.J; k++ {
		if !triggerWordFilter.May(toks[k].Lower) {
			continue // no trigger: most words
		}
		if s.Quoted[k] && !quotedAct(s, k) && !scareQuoted(s, k) {
			continue
		}
		tr, ok := conflictPhrase(toks, c.I, c.J, k)
		if !ok {
			tr, ok = trigger.Lookup(toks[k].Lower)
		}
		if !ok && !s.Quoted[k] {
			tr, ok = d.phraseTrigger(s, c, k)
		}
		if !ok || (tr.Noun && s.Covered(k)) || s.Quoted[k] && !scareQuoted(s, k) && (tr.Type != annals.EventConflict || tr.Noun || !tr.Past) {
			continue
		}
		if !tr.Noun && !tr.Past && replyMeans(s, c.I, k) {
			tr.Past = true // "responded by expelling": the reply is told as done
		}
		if !tr.Noun && compoundParticiple(toks, k) {
			continue // "pre-agreed requirements", "jointly-signed texts": an adjective, no act
		}
		if tr.Type == annals.EventAgree && !tr.Noun && agreedWithView(s, k) {
			continue
		}
		if k < d.reportEnd && tr.Type != annals.EventMeet && tr.Type != annals.EventVisit {
			continue // a quoted report tells its meetings and visits only (see unquoteReport)
		}
		if r := trigger.Appeal(toks, c.I, c.J, k, tr); r >= 0 && !trigger.Negated(toks, c.I, k) {
			// "Kenya on Monday urged Uganda to hold talks with Sudan": no
			// meeting of the caller's, but an appeal to others to meet or
			// negotiate (CAMEO 026), a statement of the caller's made on
			// the day of the call.
			if !seen[annals.EventStatement] {
				if e, ok := d.appeal(si, s, c, k, r, pp, ps); ok {
					out = append(out, e)
					seen[annals.EventStatement] = true
				}
			}
			continue
		}
		if droppedTrigger(toks, c.I, c.J, k, tr) || violent(tr) && attackMentioned(toks, k) || tr.Type != annals.EventConflict && tr.Type != annals.EventTrade && cumulativeCount(toks, k) {
			continue
		}
		if tr.CAMEO == "043" && receivedBy(s, c.I, k, c.J) {
			// "will be received by President Ruto": the guest's audience
			// with the host is a meeting of the two (CAMEO 040).
			tr = trigger.Trigger{Type: annals.EventMeet, CAMEO: "040", Past: tr.Past}
		} else if tr.CAMEO == "043" && !hostsGuest(s, k, c.J) || tr.CAMEO == "173" && !foreignObject(s, k, c.J) {
			continue
		} else if tr.CAMEO == "030" && trigger.PledgedHelp(toks, k, c.J) {
			// "pledged to continue helping Colombia": a pledge of aid is
			// aid (annotating.md 14), co-operation, not an agreement.
			tr = trigger.Trigger{Type: annals.EventCooperate, CAMEO: "070", Past: tr.Past}
		}
		if c.Rel && describesAntecedent(s, c, tr.Type) {
			continue
		}
		if (tr.Type == annals.EventMeet || tr.Type == annals.EventVisit) && topicOfAccord(toks, c.I, k) {
			// "an agreement on visa-free travel": what was agreed.
			continue
		}
		if (tr.Type == annals.EventAgree || tr.Type == annals.EventCooperate) && tr.Noun && topicOfTalks(toks, c.I, k) {
			// "talks on a trade agreement", "will discuss bilateral
			// issues and cooperation": what is talked about.
			continue
		}
		if tr.Weak {
			// Plain reporting verbs ("said", "told", "announced")
			// attribute the story's facts, which are events of their own,
			// rather than report a statement worth an event (the schema
			// marks most statements optional); warnings, denials and
			// declarations are events.
			if !reporting[toks[k].Lower] {
				if e, ok := d.statement(si, s, c, k, tr); ok {
					out = append(out, e)
				}
			}
			continue
		}
		x := d.dateOfNoun(s, k)
		if x < 0 && violent(tr) {
			x = d.attackDated(s, k)
		}
		if seen[tr.Type] && !absorbed && tr.Noun && x > c.I {
			// "The prime minister's trip follows an August 2008 visit by
			// X": a noun with a date of its own is a second happening of
			// the type, at that date, with the parties of its own phrase.
			np := mention.Clause{I: x, J: c.J, Own: true}
			if e, ok := d.build(si, s, np, np, k, tr, pp, ps, false); ok {
				// The phrase's parties are its own: the event of the type
				// told before it in the clause ("The president's trip")
				// takes only the parties before the phrase.
				if i := slices.IndexFunc(out, func(o cand) bool { return o.ev.Type == tr.Type && o.order < toks[x].Begin }); i >= 0 {
					if k0 := slices.IndexFunc(toks, func(t token.Token) bool { return t.Begin == out[i].order }); k0 >= c.I && k0 < x && !absorbedAt(out[i]) {
						head := c
						head.J = x
						if t0, ok := trigger.Lookup(toks[k0].Lower); ok && t0.Type == tr.Type {
							if h, ok := d.build(si, s, head, c, k0, t0, pp, ps, false); ok {
								out[i] = h
							}
						}
					}
				}
				d.attackOwnParties(s, np, out, &e)
				for i := range out {
					condemnsAttack(&out[i], e)
				}
				out = append(out, e)
			}
			continue
		}
		if absorbed || seen[tr.Type] || tr.Type == annals.EventCooperate && seen[annals.EventAgree] {
			// Cooperation named after an agreement in one clause is what
			// was agreed ("signed a defence cooperation agreement").
			continue
		}
		tc := c // the part of the clause the event takes its time from
		if to := trigger.ComplementAt(toks, k, c.J); tr.Type == annals.EventAgree && to >= 0 {
			// A time in what was agreed dates that, not the agreement
			// ("agreed to hold the next round of talks in May").
			for x := to; x < c.J; x++ {
				if toks[x].Lower == "to" && !infinitiveAt(toks, x+1, c.J) {
					// "agreed to a ceasefire on Monday", "what they agreed
					// to on Monday": "to" takes a noun or nothing, and the
					// clause's time is the agreement's.
					break
				}
				if toks[x].Lower == "to" || toks[x].Lower == "that" {
					tc = mention.Clause{I: c.I, J: x} // "agreed on Friday to ..." keeps Friday
					to = x                            // the complement itself: "to hold talks"
					break
				}
			}
			// The rest of the clause is what was agreed, not a further
			// event; except "agreed to hold talks", a planned meeting.
			if m := trigger.HeldMeeting(toks, to, c.J); m >= 0 {
				// The meeting's time is in the complement: "agreed today
				// to reopen talks" dates the agreement, not the talks.
				if e, ok := d.build(si, s, c, mention.Clause{I: to, J: c.J, Own: true}, m, mustLookup(toks[m].Lower), pp, ps, true); ok {
					out = append(out, e)
				}
				if lo, hi := d.timesIn(toks[k].End, toks[to].Begin); hi > lo {
					// "agreed on Monday to hold talks": the agreement is
					// told as a dated act of its own, as well.
					if e, ok := d.build(si, s, c, tc, k, tr, pp, ps, false); ok {
						out = append(out, e)
					}
				} else if at, ok := d.reportedOn(s, c); ok && tr.Past {
					// "The presidents have agreed to meet, the ministry
					// announced Sunday": the agreement is the day's news,
					// dated by its announcement.
					if e, ok := d.build(si, s, c, tc, k, tr, pp, ps, false); ok {
						e.ev.Start, e.ev.End, e.ev.Time = at.Start, at.End, at.Value
						e.weak = false
						out = append(out, e)
					}
				}
				seen[annals.EventAgree], seen[annals.EventMeet] = true, true
				absorbed = true
				k = m
				continue
			}
			if to+1 < c.J && toks[to].Lower == "to" && sendVerbs[toks[to+1].Lower] && sentTo(s, c, to+1) > 0 {
				if lo, hi := d.timesIn(toks[k].End, toks[to].Begin); hi == lo {
					// "agreed to send emissaries to Pretoria": what was
					// agreed is a planned visit (see phraseVisitEvent),
					// the event, as "agreed to hold talks" is a planned
					// meeting; "agreed on Monday to send" is dated, an
					// act of its own as well.
					seen[annals.EventAgree] = true
					continue
				}
			}
			if m := agreedSanctions(toks, to, c.J); m >= 0 {
				// "agreed on Thursday to impose sanctions against X": the
				// decision is the sanctions' act (CAMEO 163), taken on
				// the agreement's day, as well as an agreement.
				if e, ok := d.build(si, s, c, tc, m, mustLookup(toks[m].Lower), pp, ps, false); ok {
					if tr.Past && !e.ev.Interval().IsZero() {
						e.ev.Status = annals.StatusOccurred
					}
					out = append(out, e)
					seen[annals.EventConflict] = true
				}
			}
			absorbed = true
			// "agreed to cooperate ... and to hold the next round of
			// consultations in Moscow": a later "to hold" in the
			// complement is a planned meeting too.
			// So is a second infinitive without its "to" ("agreed to
			// revive cooperation and resume their summit").
			for x := to + 1; x+1 < c.J; x++ {
				if toks[x].Lower != "and" {
					continue
				}
				if m := trigger.CoordinatedMeeting(toks, x, c.J); m >= 0 {
					if e, ok := d.build(si, s, c, mention.Clause{I: x + 1, J: c.J, Own: true}, m, mustLookup(toks[m].Lower), pp, ps, true); ok {
						out = append(out, e)
						seen[annals.EventMeet] = true
					}
					break
				}
			}
		}
		if toks[k].Lower == "for" && tr.Type == annals.EventMeet && !d.timedClause(s, c) {
			// "are here for the Regional Forum, which starts on Monday":
			// the meeting's time is told in its relative clause.
			if r, ok := openingClause(s, c); ok {
				tc = r
			}
		}
		if e, ok := d.build(si, s, c, tc, k, tr, pp, ps, false); ok {
			out = append(out, e)
			seen[tr.Type] = true
		}
	}
	if !seen[annals.EventVisit] {
		if k, dm := phraseVisit(s, c); k >= 0 && !s.Quoted[k] && !trigger.Negated(toks, c.I, k) && !trigger.TravelAdvice(toks, c.I, c.J) {
			if e, ok := d.phraseVisitEvent(si, s, c, k, dm, pp, ps); ok {
				out = append(out, e)
				seen[annals.EventVisit] = true
			}
		}
	} else if x := slices.IndexFunc(out, func(e cand) bool { return e.ev.Type == annals.EventVisit && e.ev.Place == "" }); x >= 0 {
		// "departs for Tokyo on Sunday for a five-day visit": the visit
		// noun goes where the departure does.
		if k, dm := phraseVisit(s, c); k >= 0 {
			m := s.Ments[dm]
			if m.Kind == mention.Place {
				out[x].ev.Place = m.Name
			}
			if m.Country != "" && !slices.Contains(out[x].ev.Countries, m.Country) {
				out[x].ev.Countries = append(out[x].ev.Countries, m.Country)
			}
		}
	}
	if !seen[annals.EventVisit] {
		k, dm := itinerary(s, c)
		if k < 0 {
			k, dm = presence(s, c)
		}
		if k >= 0 && !s.Quoted[k] && !trigger.Negated(toks, c.I, k) && !trigger.TravelAdvice(toks, c.I, c.J) {
			if e, ok := d.foreignVisitEvent(si, s, c, k, dm, pp, ps); ok {
				out = append(out, e)
			}
		}
	}
	if !seen[annals.EventVisit] {
		if v, ok := d.joinedAbroad(s, c, out); ok {
			out = append(out, v)
			seen[annals.EventVisit] = true
		}
	}
	if x := slices.IndexFunc(out, func(e cand) bool { return e.ev.CAMEO == "043" }); x >= 0 && !slices.ContainsFunc(out, func(e cand) bool { return e.ev.Type == annals.EventMeet }) && countFunc(out[x].ev.Actors, d.isPerson) >= 2 {
		// "Hegseth welcomed Marles to the Pentagon", "Modi received
		// Ruto": a host who receives a guest meets him, as well as
		// hosting his visit (CAMEO 043 and 040).
		m := out[x]
		m.ev.Type, m.ev.CAMEO = annals.EventMeet, "040"
		m.ev.Actors, m.ev.Countries = slices.Clone(m.ev.Actors), slices.Clone(m.ev.Countries)
		m.hosted = false
		out = append(out, m)
	}
	if tr := d.trade(si, s, c, pp, ps); len(tr) > 0 {
		// An amount of aid is aid given (cooperate, CAMEO 07 "provide
		// aid") that carries its figure, as the annotation schema types
		// it; it replaces the figure-less aid event of the same clause.
		if tr[0].ev.Measure == "aid" {
			// A pledge of aid is the aid itself, promised (CAMEO 033,
			// intent to provide aid): without a date of its own it is
			// planned, as the schema's "proposed".
			pledge := slices.ContainsFunc(out, func(e cand) bool { return e.ev.CAMEO == "030" })
			out = slices.DeleteFunc(out, func(e cand) bool {
				return e.ev.Type == annals.EventCooperate || e.ev.CAMEO == "030"
			})
			at, atOK := d.announcedTime(s, c)
			military := militaryAidClause(s, c)
			pledgedOn := func(e cand) bool { _, ok := d.pledgedDay(s, e.order); return ok }
			for i := range tr {
				tr[i].ev.Type, tr[i].ev.CAMEO = annals.EventCooperate, "070"
				if military {
					tr[i].ev.CAMEO = "072"
				}
				// reported is the verb of announcing told after the
				// clause of an undated pledge, looked up once for the
				// case below and its day.
				reported := -1
				if tr[i].ev.Interval().IsZero() && tr[i].ev.Status == annals.StatusPlanned {
					reported = d.pledgeReported(s, tr[i].order)
				}
				switch {
				case providedBy(toks):
					tr[i].ofAgreement = true
				case tr[i].ev.Status == annals.StatusOccurred && d.periodCovered(s, c, tr[i].ev) && d.frontDay(s, tr[i].order).Value != "":
					// "On Monday 20 January, the Commission adopted its
					// humanitarian budget for 2020 worth €900 million": the
					// year is the one the money covers; the day told
					// before is the day it was given.
					day := d.frontDay(s, tr[i].order)
					tr[i].ev.Start, tr[i].ev.End, tr[i].ev.Time = day.Start, day.End, day.Value
				case tr[i].ev.Interval().IsZero() && tr[i].ev.Status == annals.StatusOccurred && atOK:
					// "announced on May 20 that the United States is
					// providing $28 million": the aid of the announcement's day.
					tr[i].ev.Start, tr[i].ev.End, tr[i].ev.Time = at.Start, at.End, at.Value
				case tr[i].ev.Interval().IsZero() && tr[i].ev.Status == annals.StatusPlanned && pledgedOn(tr[i]):
					// "announced Thursday it will provide $20 million in
					// aid": the pledge made that day is the aid given.
					day, _ := d.pledgedDay(s, tr[i].order)
					tr[i].ev.Status = annals.StatusOccurred
					tr[i].ev.Start, tr[i].ev.End, tr[i].ev.Time = day.Start, day.End, day.Value
				case tr[i].ev.Status == annals.StatusPlanned && !d.dct.IsZero() && d.periodCovered(s, c, tr[i].ev) && (gaveIn(toks, c) || givingUnderWay(s, c)):
					// "is launching a $3 billion appeal for 2022",
					// "has released $40 million for next year": the year
					// is the one the money covers; the giving is done, on
					// the story's day.
					tr[i].ev.Status = annals.StatusOccurred
					tr[i].ev.Start, tr[i].ev.End, tr[i].ev.Time = d.dct, d.dct, annals.TimeValue(d.dct.String())
					tr[i].weak = true
				case tr[i].ev.Interval().IsZero() && tr[i].ev.Status == annals.StatusPlanned && reported >= 0:
					// "$40 million in aid will be provided to Chad, the
					// agency announced Tuesday": an announcement told after
					// what it announces makes the pledge, as one told before
					// it does (docs/annotating.md, section 14).
					tr[i].ev.Status = annals.StatusOccurred
					if day, ok := d.dayAfter(s, reported); ok {
						tr[i].ev.Start, tr[i].ev.End, tr[i].ev.Time = day.Start, day.End, day.Value
					}
				case tr[i].ev.Status == annals.StatusPlanned && runningTotal(s.Toks[c.I:c.J], tr[i].order):
					// "The new package will bring the total to $90
					// million": the total the pledge makes is counted now.
					tr[i].ev.Status = annals.StatusOccurred
				case pledge && tr[i].ev.Interval().IsZero():
					tr[i].ev.Status = annals.StatusPlanned
				case tr[i].ev.Interval().IsZero() && tr[i].ev.Status == annals.StatusOccurred && !d.dct.IsZero() && gaveIn(toks, c):
					// "Japan provided a grant of $5 million", "announced
					// $50 million in assistance": a past act of giving, told
					// on the story's day.
					tr[i].ev.Start, tr[i].ev.End, tr[i].ev.Time = d.dct, d.dct, annals.TimeValue(d.dct.String())
					tr[i].weak = true
				case tr[i].ev.Interval().IsZero() && tr[i].ev.Status == annals.StatusOccurred && !d.dct.IsZero() && givingUnderWay(s, c):
					// "is now allocating $17 million in aid": aid being
					// given as the story is told, the day's act.
					tr[i].ev.Start, tr[i].ev.End, tr[i].ev.Time = d.dct, d.dct, annals.TimeValue(d.dct.String())
					tr[i].weak = true
				case tr[i].ev.Interval().IsZero() && tr[i].ev.Status == annals.StatusOccurred && !d.dct.IsZero() && d.datelined(s, c):
					// Aid in a datelined lead is the day's act ("The
					// House voted to block 40 mln dlrs in military aid").
					tr[i].ev.Start, tr[i].ev.End, tr[i].ev.Time = d.dct, d.dct, annals.TimeValue(d.dct.String())
					tr[i].weak = true
				}
			}
			tr = signedAid(out, tr)
		}
		out = append(out, tr...)
	}
	out = d.splitStops(s, c, out)
	out = d.datedStops(s, out)
	out = d.separateMeetings(s, c, out)
	out = d.separateAccords(s, c, out)
	for i := range out {
		e := &out[i]
		if e.ev.Type != annals.EventConflict || !decidedCode(e.ev.CAMEO) || e.ev.Status != annals.StatusPlanned || !e.ev.Interval().IsZero() {
			continue
		}
		if day, ok := d.pledgedDay(s, e.order); ok {
			// "announced Wednesday that it would sanction the minister",
			// "said on Monday it will expel two diplomats": the decision
			// made public that day is the act (CAMEO 16-17), as a pledge
			// of aid is the aid (docs/annotating.md, section 14).
			e.ev.Status = annals.StatusOccurred
			e.ev.Start, e.ev.End, e.ev.Time = day.Start, day.End, day.Value
		}
	}
	return saleFigure(ownFigure(out, toks, c), toks, c)
}

// saleFigure gives a sale of arms of out (CAMEO 062) the figure that
// its noun phrase carries, as SCHEMA.md gives an event its amount: before
// the noun over "of" and at most three modifiers ("approved $4.7 billion
// of potential weapons sales", "a $900 million arms sale"), or after it
// with "worth" or "valued at" ("a sale of jets worth $2 billion").
func saleFigure(out []cand, toks []token.Token, c mention.Clause) []cand {
	x := slices.IndexFunc(out, func(e cand) bool { return e.ev.CAMEO == "062" && e.ev.Amount == nil })
	if x < 0 {
		return out
	}
	k := slices.IndexFunc(toks[c.I:c.J], func(t token.Token) bool { return t.Begin == out[x].order })
	if k < 0 || toks[c.I+k].Lower != "sale" && toks[c.I+k].Lower != "sales" {
		return out
	}
	for _, a := range money.Find(toks[c.I:c.J]) {
		ok := false
		if a.Last < k && k-a.Last <= 5 {
			ok = true
			for n := a.Last + 1; n < k; n++ {
				if toks[c.I+n].Kind != token.Word && toks[c.I+n].Text != "-" || toks[c.I+n].IsCap() {
					ok = false
				}
			}
		} else if a.First > k && a.First-k <= 10 {
			w := toks[c.I+a.First-1].Lower
			ok = w == "worth" || w == "at" && toks[c.I+a.First-2].Lower == "valued"
		}
		if ok {
			v := a.Value
			out[x].ev.Amount, out[x].ev.Currency, out[x].ev.Measure = &v, a.Currency, "arms sale"
			return out
		}
	}
	return out
}

// decidedCode reports a CAMEO code of coercion a government decides and
// announces (16 reduce relations, 17 coerce: sanctions, expulsions,
// restrictions), not force used in the field.
func decidedCode(cameo string) bool {
	return len(cameo) == 3 && (strings.HasPrefix(cameo, "16") || strings.HasPrefix(cameo, "17"))
}

// signedAid gives an aid figure that a signing in the same clause
// governs ("will sign a EUR 500 million assistance programme", "signed a
// $5 million aid package with Chad") to the signing, which carries the
// amount as a signed aid agreement does (docs/annotating.md, section 14),
// and drops the figure's own aid event: the giving is what was signed.
// A figure told before the signing verb is not its object.
func signedAid(out, tr []cand) []cand {
	for x := range out {
		a := &out[x]
		if a.ev.Type != annals.EventAgree || a.ev.CAMEO != "057" || a.ev.Amount != nil {
			continue
		}
		for i, f := range tr {
			if f.ev.Amount == nil || f.order < a.order {
				continue
			}
			a.ev.Amount, a.ev.Currency, a.ev.Measure = f.ev.Amount, f.ev.Currency, f.ev.Measure
			a.ev.Countries = union(a.ev.Countries, f.ev.Countries)
			a.ev.Actors = union(a.ev.Actors, f.ev.Actors)
			return slices.Delete(tr, i, i+1)
		}
	}
	return tr
}

// compoundParticiple reports whether token k is a past participle ("-ed")
// ending a hyphenated compound ("pre-agreed", "jointly-signed"): the
// compound is an adjective before its noun, not a verb that tells an act.
func compoundParticiple(toks []token.Token, k int) bool {
	return k >= 2 && strings.HasSuffix(toks[k].Lower, "ed") && toks[k-1].Text == "-" &&
		toks[k-1].End == toks[k].Begin && toks[k-2].End == toks[k-1].Begin && toks[k-2].Kind == token.Word
}

// ownFigure gives the agreement of out the figure that its noun carries
// ("signed a $375-million deal", "a grant agreement of up to $6 million",
// "an accord worth $40 million"; SCHEMA.md gives such an event its
// amount) and drops the figure event of that amount, which is the
// agreement's, not a second happening.
func ownFigure(out []cand, toks []token.Token, c mention.Clause) []cand {
	x := slices.IndexFunc(out, func(e cand) bool { return e.ev.Type == annals.EventAgree && e.ev.Amount == nil })
	if x < 0 {
		return out
	}
	a, ok := agreementFigure(toks[c.I:c.J])
	if !ok {
		return out
	}
	v := a.Value
	measure := "agreement"
	for _, e := range out {
		if e.ev.Amount != nil && *e.ev.Amount == v && e.ev.Currency == a.Currency {
			measure = e.ev.Measure // "a grant agreement of $6 million": aid
		}
	}
	out[x].ev.Amount, out[x].ev.Currency, out[x].ev.Measure = &v, a.Currency, measure
	return slices.DeleteFunc(out, func(e cand) bool {
		return e.ev.Type != annals.EventAgree && e.ev.Amount != nil && *e.ev.Amount == v && e.ev.Currency == a.Currency
	})
}

// phraseHeadFilter spares phraseTrigger the phraseHeads lookup for most
// tokens.
var phraseHeadFilter = token.NewFilter(phraseHeads)

// phraseTrigger returns the trigger of a word that names a meeting only
// with the words around it (one map lookup for the lot, since it runs on
// every word that is no trigger):
//   - "will attend the ASEAN Regional Forum": taking part in a named
//     meeting is meeting its members;
//   - "spoke today with Foreign Minister Kuleba": a readout of a
//     consultation;
//   - "will join Foreign Minister Smith in highlighting ...": acting
//     together in person is meeting;
//   - "held a video call with";
//   - "will take part in the ASEAN Summit", as "attend".
func (d *doc) phraseTrigger(s *mention.Sentence, c mention.Clause, k int) (trigger.Trigger, bool) {
	toks := s.Toks
	if !phraseHeadFilter.May(toks[k].Lower) {
		return trigger.Trigger{}, false
	}
	switch phraseHeads[toks[k].Lower] {
	case headAttend:
		if attendsMeeting(toks, k, c.J) {
			return attendTrigger, true
		}
	case headSpeak:
		if spokeWith(s, k, c.J) {
			tr := speakTrigger
			tr.Past = toks[k].Lower == "spoke" || toks[k].Lower == "talked" || toks[k].Lower == "chatted"
			return tr, true
		}
	case headJoin:
		if joinsPerson(s, k, c.J) {
			tr := speakTrigger
			tr.Past = toks[k].Lower == "joined"
			return tr, true
		}
	case headFor:
		if presentFor(s, c, k) {
			return attendTrigger, true
		}
	case headRally:
		if crowdRallied(s.Toks, c.I, k) {
			tr := rallyTrigger
			tr.Past = strings.HasSuffix(toks[k].Lower, "ed")
			return tr, true
		}
	case headSession:
		if past, ok := jointSession(toks, c.I, k, c.J); ok {
			tr := sessionTrigger
			tr.Past = past
			return tr, true
		}
	case headDrawdown:
		if drawdownAid(s, k) {
			// "a Presidential Drawdown Authority package for Taiwan":
			// weapons given from stocks, military aid (CAMEO 072).
			return militaryAidTrigger, true
		}
	case headAccept:
		if acceptsProposal(toks, c.I, k, c.J) {
			tr := acceptTrigger
			tr.Past = toks[k].Lower == "accepted"
			return tr, true
		}
	case headTakePart:
		// "will take part in the ASEAN Summit": "take part in" is
		// "participate in", attending a named meeting.
		if k+2 < c.J && toks[k+1].Lower == "part" && toks[k+2].Lower == "in" && attendsMeeting(toks, k+2, c.J) {
			tr := attendTrigger
			tr.Past = toks[k].Lower == "took" || toks[k].Lower == "taken"
			return tr, true
		}
	case headSignature:
		if signatureUnder(toks, k, c.J) {
			tr := signatureTrigger
			tr.Past = toks[k].Lower != "puts" && toks[k].Lower != "putting"
			return tr, true
		}
	case headCall:
		if callNoun(toks, c.I, k, c.J) {
			return callTrigger, true
		}
		if callsOn(s, k, c.J) {
			tr := speakTrigger
			tr.Past = toks[k].Lower == "called"
			return tr, true
		}
	}
	return trigger.Trigger{}, false
}

// triggerWordFilter has the words that may be a trigger of clauseEvents:
// a word of the trigger lexicon (trigger.Lookup), one opening a phrase of
// conflictPhrase (sanctionOrBombPhrase's and conflictPhraseSet) or of
// phraseTrigger (phraseHeads). A word outside it is none of them, which
// spares the three tests at most words of a clause.
var triggerWordFilter = token.Union(trigger.LexiconFilter(), token.NewFilter(sanctionOrBombHeads),
	token.NewFilter(extendVerbs), conflictPhraseFilter, phraseHeadFilter)

// build makes the event of trigger k in clause c, dated from the part tc
// of the clause.
func (d *doc) build(si int, s *mention.Sentence, c, tc mention.Clause, k int, tr trigger.Trigger, pp []int, ps []annals.Country, planned bool) (cand, bool) {
	ev := annals.Event{Type: tr.Type, CAMEO: tr.CAMEO}
	// The length in days of a protest told as going on ("continue a
	// week-long protest"), 0 for any other trigger: read once, used for
	// the actors, the time and the trend test below.
	protestDays := continuedProtest(s.Toks, c.I, k, tr)
	weak := false
	if x := requestBefore(s.Toks, k); x >= 0 && tr.Type != annals.EventStatement && tr.Type != annals.EventConflict {
		// (Calls about conflict are mostly calls to end it: "called on
		// both sides to end the air strikes"; they keep the rules of
		// conflict below.)
		// "Kenya on Monday called for talks with Uganda": the call is
		// dated, what it asks for is proposed (planned) and takes only a
		// time of its own.
		planned = true
		tc = mention.Clause{I: max(x+1, c.I), J: c.J, Own: true}
	}
	if !planned && futureFrame(s, c, k) {
		planned = true
	}
	actors, countries := d.participants(s, c, pp, ps, tr.Type)
	countries = union(countries, d.extendedTargets(s, c, k, tr, pp, ps))
	countries = union(countries, demandedStates(s, k, tr))
	if s.Quoted[k] {
		countries = union(countries, d.quotedStates(s, c)) // see quotedAct
	}
	if tr.Type == annals.EventConflict && !tr.Noun && len(countries) > 0 {
		countries = union(countries, gappedStates(s, k)) // "..., Poland three and Italy two"
	}
	topics := false // the clause names only what is talked about
	if tr.Type == annals.EventMeet {
		n := len(actors) + len(countries)
		actors, countries = d.withoutTopics(s, c, k, pp, ps, actors, countries)
		topics = n > 0 && len(actors)+len(countries) == 0
	}
	if tr.Type == annals.EventAgree {
		actors = d.withoutTopicActors(s, c, k, pp, ps, actors)
	}
	if continuation(s.Toks, c) {
		// "Eritrea denied the charge and blamed Ethiopia": the first
		// predicate's subject is the second's.
		if ft := firstTrigger(s); ft > 0 && ft < c.I {
			sub := mention.Clause{I: 0, J: ft}
			if person.IsSpeechVerb(s.Toks[ft].Lower) {
				// "X, the police chief, said two helicopters crossed into
				// Peru and opened fire": the speaker reports; the
				// reported clause holds the subject.
				sub = mention.Clause{I: ft + 1, J: c.I}
			}
			sa, sc := d.participants(s, sub, pp, ps, tr.Type)
			actors, countries = union(sa, actors), union(sc, countries)
		}
	}
	if tr.Type == annals.EventConflict && tr.Noun {
		if x, ok := imposer(s, c.I, k); ok && x < c.I {
			// "The ministry announced on Friday that it was imposing
			// sanctions on ...": the pronoun is the announcer, the
			// subject of the clause before.
			lo := 0
			for _, o := range s.Clauses() {
				if o.I <= x && x < o.J {
					lo = o.I
				}
			}
			sa, sc := d.participants(s, mention.Clause{I: lo, J: x}, pp, ps, tr.Type)
			actors, countries = union(sa, actors), union(sc, countries)
		}
	}
	if !tr.Noun && !c.Rel && !c.Coord {
		// "Ruto, who is visiting Japan, met Kishida": the subject stands
		// before the relative clause that interrupts it.
		if sc, ok := interruptedSubject(s, c); ok {
			sa, sn := d.participants(s, sc, pp, ps, tr.Type)
			actors, countries = union(sa, actors), union(sn, countries)
			// "the United States, through the Millennium Challenge
			// Corporation, signed": the body it acts through signs too.
			for _, o := range s.Clauses() {
				if o.I >= sc.J && o.J <= c.I && parenthetical(s, o) && agentPreps[s.Toks[o.I+1].Lower] {
					oa, on := d.participants(s, o, pp, ps, tr.Type)
					actors, countries = union(actors, oa), union(countries, on)
				}
			}
		}
	}
	if c.Rel {
		// "X, who met Y": X is the subject of the relative clause.
		aa, ac := d.antecedent(s, c, pp, ps, tr.Type)
		actors, countries = union(aa, actors), union(ac, countries)
	}
	if len(actors) == 0 && len(countries) == 0 && tr.Type == annals.EventMeet && theTwo(s.Toks, c.I, k) {
		// "The two discussed ...": the parties of the meeting just told;
		// when that one had no two persons ("Kerry spoke with ministers
		// from Japan and China"), the story's two principal persons.
		actors, countries = slices.Clone(d.lastMeeting.Actors), slices.Clone(d.lastMeeting.Countries)
		if n := countFunc(actors, d.isPerson); n < 2 && len(pp) >= 2 && d.persons[pp[0]] != nil && d.persons[pp[1]] != nil {
			actors, countries = []string{}, []annals.Country{}
			for _, p := range pp[:2] {
				actors = append(actors, d.persons[p].Name)
				if c := d.persons[p].Country; c != "" && !slices.Contains(countries, c) {
					countries = append(countries, c)
				}
			}
		}
	}
	if len(actors) == 0 && len(countries) == 0 && !c.Rel && tr.Type != annals.EventVisit && tr.Type != annals.EventStatement {
		// "The delegation will also discuss trade": the travelling
		// party of the trip told just before.
		actors, countries = d.tripParty(s, c, k)
	}
	if len(actors) == 0 && len(countries) == 0 && (tr.CAMEO == repressTrigger.CAMEO && armedCue(s.Toks, k) || protestDays > 0) {
		// "Police used tear gas to disperse crowds on Sunday": the
		// police who break up a crowd act where the story's street is,
		// not with the parties of the sentence before; so do crowds
		// that "continue a week-long protest".
		actors, countries = []string{}, d.streetScene(s, pp, ps)
	}
	if len(actors) == 0 && len(countries) == 0 && !c.Rel && !topics {
		actors, countries = d.borrowed(s, c, pp, ps, tr.Type)
		if tr.Type == annals.EventAgree {
			// "agreements were signed on fisheries, tourism and the
			// Camoes Institute": the list goes on in clauses of its own.
			actors = d.withoutTopicActors(s, mention.Clause{I: c.I, J: len(s.Toks)}, k, pp, ps, actors)
		}
	}
	if len(actors) == 0 && len(countries) == 0 && d.bloc != "" && groupSubject(s, c, k) {
		// "On Saturday, summit leaders will discuss ...": in a story about
		// a bloc's summit, its leaders.
		actors = []string{d.bloc}
	}
	if len(actors) == 0 && len(countries) == 0 {
		// Violence in a place involves its state ("killed in shelling in
		// Donetsk"), when nothing else names a party.
		if pl := d.placeIn(s, c, k, false); pl != "" && (tr.Type == annals.EventConflict || tr.Type == annals.EventCooperate) {
			if pc := placeCountry(s, c, pl); pc != "" {
				countries = []annals.Country{pc}
			}
		}
	}
	if len(actors) == 0 && len(countries) == 0 && tr.CAMEO == rallyTrigger.CAMEO && !tr.Noun {
		// "Up to 15,000 opposition supporters rallied in X": a crowd
		// rallies in a state, as violence happens in one.
		countries = d.scene(s, pp, ps)
	}
	if len(actors) == 0 && len(countries) == 0 && violent(tr) {
		// Violence by unnamed or non-state attackers ("two suicide
		// bombers opened fire on a bus in the capital") happens in a
		// state: the one the sentence names, else the dateline's, else
		// the story's principal one.
		countries = d.theatre(s, k, pp, ps)
	}
	if tr.Type == annals.EventVisit && tr.Noun && visitRef(s) && !d.thatVisit.Interval().IsZero() && beforeFirstComma(s.Toks, k) {
		// "Within the framework of the visit, agreements were signed on
		// ... of the X Foundation": the fronted visit is the one told
		// before, whoever the rest of the sentence names; states the
		// sentence names stay ("During that visit, India and the UK
		// signed ...").
		actors, countries = slices.Clone(d.thatVisit.Actors), union(slices.Clone(d.thatVisit.Countries), countries)
	}
	if len(actors) == 0 && len(countries) == 0 && tr.Type != annals.EventStatement {
		// "During the visit, three agreements were signed": what is done
		// on a visit or at a meeting told before, with no party named,
		// is done by its parties.
		switch {
		case visitRef(s) && !d.thatVisit.Interval().IsZero():
			actors, countries = slices.Clone(d.thatVisit.Actors), slices.Clone(d.thatVisit.Countries)
		case meetingRef(s) && !d.thatMeeting.Interval().IsZero():
			actors, countries = slices.Clone(d.thatMeeting.Actors), slices.Clone(d.thatMeeting.Countries)
		}
	}
	if len(actors) == 0 && len(countries) == 0 {
		return cand{}, false
	}
	switch {
	case k+1 < c.J && s.Toks[k+1].Lower == "with" && (tr.Type == annals.EventMeet || tr.Type == annals.EventAgree):
		// "a meeting with X": the sentence's subject is the other party.
		// A clause that names its own before the trigger takes no second
		// person from elsewhere ("Sánchez met with American businesses and
		// explained ... Obama's plan"); the speaker of a trailing speech
		// tag ("X had lunch with officials, Y said") reports.
		actors, countries = d.addSubjectOf(s, c, k, !tr.Noun || verbUse(s.Toks, k), d.ownSubject(s, c, k, pp, ps, tr.Type), actors, countries)
	case tr.Type == annals.EventVisit && tr.Noun && d.possessor(s, c.I, k) != "" && d.clauseSubject(s, c, k) != d.possessor(s, c.I, k) && slices.Contains(actors, d.clauseSubject(s, c, k)) && slices.Contains(actors, d.possessor(s, c.I, k)):
		// "X praised Y's visit to Accra": the one whose visit it is
		// travelled; the subject who speaks of it is the host (whose
		// state stays).
		name := d.clauseSubject(s, c, k)
		actors = slices.DeleteFunc(slices.Clone(actors), func(a string) bool { return a == name })
	case tr.Type == annals.EventVisit && tr.Noun && trigger.ThankedFor(s.Toks, c.I, k) && len(personsOf(actors, d.isPerson)) > 1 && slices.Contains(actors, d.clauseSubject(s, c, k)):
		// "X thanked Y for her visit to Accra": the one thanked
		// travelled; the one who thanks is the host (whose state stays).
		name := d.clauseSubject(s, c, k)
		actors = slices.DeleteFunc(slices.Clone(actors), func(a string) bool { return a == name })
	case tr.Type == annals.EventVisit && tr.Noun && k > c.I && (s.Toks[k-1].Lower == "his" || s.Toks[k-1].Lower == "her") && trigger.PastOfItsOwn(s.Toks, k, c.J) && d.clauseSubject(s, c, k) != "":
		// "Clinton told Westerwelle about her visit to Chile last week":
		// the subject, whom the pronoun names, travelled; the one told
		// did not.
		name := d.clauseSubject(s, c, k)
		for _, p := range actors {
			if pc := d.personCountry(p); p != name && d.isPerson(p) && pc != "" && pc != d.personCountry(name) {
				countries = slices.DeleteFunc(countries, func(c annals.Country) bool { return c == pc })
			}
		}
		actors = slices.DeleteFunc(actors, d.isPerson)
		actors = append([]string{name}, actors...)
		if pc := d.personCountry(name); pc != "" && !slices.Contains(countries, pc) {
			countries = append([]annals.Country{pc}, countries...)
		}
	case tr.Type == annals.EventVisit && (len(actors) == 0 || d.onlyHosts(s, c, actors)):
		// "X, on a visit to India, says": the visitor is the subject;
		// "X left Hanoi, concluding a visit at the invitation of Y" too.
		actors, countries = d.addSubject(s, k, !tr.Noun || verbUse(s.Toks, k), actors, countries)
	case tr.Type == annals.EventMeet && tr.Noun && spokeAt(s, k):
		// "Boric said Monday at a conference ...": the speaker attends.
		actors, countries = d.addSubject(s, k, !tr.Noun || verbUse(s.Toks, k), actors, countries)
	}
	if name, home := d.titledTraveller(s, c, k); name != "" && !slices.Contains(actors, name) {
		// "In Rome, the Secretary will meet ...": the traveller.
		actors = append([]string{name}, actors...)
		if home != "" && !slices.Contains(countries, home) {
			countries = append([]annals.Country{home}, countries...)
		}
	}
	ev.Actors, ev.Countries = actors, countries
	ev.Place = d.placeIn(s, tc, k, tr.Type == annals.EventVisit) // "agreed in Tokyo to hold talks in Moscow"
	ownPlace := ev.Place
	var dest annals.Country
	if tr.Type == annals.EventVisit && ev.Place != "" {
		// The host state of a visit takes part ("visit Berlin": Germany).
		pc := placeCountry(s, c, ev.Place)
		if pc != "" && !slices.Contains(ev.Countries, pc) {
			ev.Countries = append(ev.Countries, pc)
		}
		// So do the hosts of the other stops listed with it.
		listed := listedPlaceCountries(s, c, ev.Place)
		if len(listed) == 0 {
			dest = pc
		}
		for _, pc := range listed {
			if !slices.Contains(ev.Countries, pc) {
				ev.Countries = append(ev.Countries, pc)
			}
		}
	}
	if tr.Type == annals.EventCooperate || tr.Type == annals.EventConflict {
		tc.Own, tc.Fronted = true, true // see below: these need a time of their own
	}
	if tr.Noun && c.I == 0 && relational(s.Toks, c) {
		// "On the heels of Locke's India trip, the agency will lead a
		// mission from November 29": the sentence's time is the other
		// happening's, set before or after this one.
		tc.Own = true
	}
	if tr.Noun && tr.Type == annals.EventVisit && duringHis(s.Toks, k) && d.travelledBefore() {
		// "... during his two-day visit to Tehran": the visit of the
		// traveller told before, not another.
		return cand{}, false
	}
	t, hasTime := d.governingTime(s, tc, k)
	if hasTime && tr.Noun && tr.Type == annals.EventMeet && definiteRef(s.Toks, c.I, k) && otherEventNoun(s.Toks, k, t.Span[0]) {
		// "A key topic of the meeting was the coming visit of X to
		// Moscow on May 3", "the meeting is a follow-up to the visit in
		// late 2022": the time after the other event noun is that
		// event's, and so are the parties named with it. The meeting
		// named again tells nothing new of a meeting told before.
		if d.lastMeeting.Type != "" {
			return cand{}, false
		}
		t, hasTime = annals.TimeExpr{}, false
	}
	if st, ok := d.sinceSpan(s, k); ok && !hasTime && tr.Type == annals.EventConflict && !tr.Noun {
		t, hasTime = st, true // "Since May, X has violated ... 40 times"
	}
	if tr.Noun && (tr.Type == annals.EventVisit || tr.Type == annals.EventMeet) && announcedNoun(s.Toks, c.I, k) {
		// "The ministry, announcing the visit on Monday, said ...": an
		// announced visit or meeting is still to come: its time follows
		// it, and one not after the article's date is the announcement's.
		planned = true
		t, hasTime = d.governingTime(s, mention.Clause{I: k, J: c.J, Own: true}, k)
		if hasTime && !d.dct.IsZero() && !t.Start.After(d.dct) {
			hasTime = false
		}
		if !hasTime {
			// "is pleased to announce the visit of X, November 22
			// through November 24": the dates set off after the noun
			// phrase, closing the sentence, are the visit's.
			t, hasTime = d.trailingTime(s, c)
		}
		if at := announcedBy(s.Toks, c.I, k); hasTime && at >= 0 {
			// The announcer is no party to the visit: the one whose
			// visit it is ("the visit of X") travels, and comes first.
			ev.Actors = d.visitorFirst(s, k, c.J, actors)
			actors = ev.Actors
		}
	}
	if tr.Noun && (tr.Type == annals.EventVisit || tr.Type == annals.EventMeet) && !planned && aheadOfNoun(s.Toks, c.I, k) {
		// "arrived in Nairobi on Monday ahead of talks with the
		// president", "prior to her visit to Ghana next week": what
		// the clause's act comes ahead of is still to come; it takes
		// only a time of its own phrase, not the clause's, and one of
		// its own before the article's date says it took place.
		t, hasTime = d.governingTime(s, mention.Clause{I: k, J: c.J, Own: true}, k)
		planned = !hasTime || d.dct.IsZero() || t.Start.After(d.dct)
	}
	if wt, ok := d.whenTime(s, c); ok && !hasTime {
		t, hasTime = wt, true
	}
	incident, retold := d.incidentTime(si, s, c, k, tr)
	retold = retold && !hasTime && tr.Past && !tr.Noun
	if !hasTime && !retold && tr.Past && !tr.Noun {
		// "X said Sunday he was ..., called Y a liar and accused him of
		// ...": the speaker's further acts take the saying's day.
		t, hasTime = d.saidTime(s, k)
	}
	if !hasTime && !retold && !tr.Noun && (tr.Past && c.Coord || causedAct(s, k)) && (tr.Type == annals.EventConflict || tr.Type == annals.EventCooperate) {
		// "Russia last month accused one of Estonia's consuls of spying
		// and expelled him": the second predicate of one subject, with no
		// time of its own, is told at the first one's time; so is the
		// reply it caused ("..., prompting Estonia to expel a Russian
		// diplomat").
		t, hasTime = d.coordTime(s, c, !c.Coord)
	}
	if o, ok := relativeOn(s, c, k); ok && !hasTime && tr.Noun && (tr.Type == annals.EventMeet || tr.Type == annals.EventCooperate || tr.Type == annals.EventVisit || tr.Type == annals.EventConflict) {
		// "The exercise, which runs from Aug. 29 to Sept. 20, ...", "The
		// attack, which occurred Sunday near ...": a relative clause on
		// the event noun dates it.
		t, hasTime = d.governingTime(s, mention.Clause{I: o.I, J: o.J, Own: true}, o.I)
	}
	// The lead of a datelined story reports the day's news ("WASHINGTON,
	// Oct 20 - The House voted to block 40 mln dlrs in military aid").
	lead := d.datelined(s, c)
	ev.Status = d.status(s, c, k, t, hasTime, planned, !tr.Noun)
	if ev.Status == annals.StatusPlanned && !planned && !hasTime && tr.Noun && tr.CAMEO == "062" && approvedSale(s, c.I, k) {
		// "has approved $4.7 billion of potential weapons sales": the
		// approval is done; only the sale it allows is to come.
		ev.Status = annals.StatusOccurred
	}
	if ev.Status == annals.StatusPlanned && !planned && !hasTime && ev.Type == annals.EventConflict && !tr.Noun && orderedOut(s.Toks, k) {
		// "ten diplomats would be expelled", "have been declared persona
		// non grata and will be expelled": the expulsion is ordered, an
		// act done by the telling, as a pledge is.
		ev.Status = annals.StatusOccurred
	}
	if at, ok := d.offsetAnchor(s, k); ok && (!hasTime || t.Span[1] <= at.Span[0]) && ev.Status == annals.StatusOccurred && (happening(ev.Type) || ev.Type == annals.EventConflict) {
		// "The announcement came a day after the ministers met", "X
		// signed on Monday, two days after Y met Z", "the protests came
		// a day after the court barred X": the time before the length
		// is the other happening's.
		t, hasTime = at, true
	}
	if day, ok := d.itineraryDay(s, k, t, hasTime, ev.Status); ok && happening(ev.Type) {
		// "On Monday morning he attended ... At 7:15 p.m. he met X",
		// "He then met Y": the day told last for what he did.
		t, hasTime = day, true
	}
	switch {
	case hasTime:
		ev.Start, ev.End, ev.Time = t.Start, t.End, t.Value
		if n := d.visitLength(s, k); n > 0 && tr.Noun && tr.Type == annals.EventVisit && t.Start == t.End {
			// "a four-day visit starting Tuesday": the day it starts
			// and its length give the whole visit.
			ev.End = t.Start.AddDays(n - 1)
		} else if n := d.arrivalLength(s, k); n > 0 && t.Start == t.End {
			// "arrived in Lima on Sunday on a three-day visit": the day of
			// arrival is the first of the visit whose length follows.
			ev.End = t.Start.AddDays(n - 1)
		}
	case ev.Status == annals.StatusPlanned && tr.Type != annals.EventVisit && d.travelledBefore() && duringHisAfter(s.Toks, k):
		// "X is scheduled to hold meetings with Y during his two-day
		// visit to Tehran": on the days of the visit told before, by
		// its traveller.
		v := d.toldVisit
		ev.Start, ev.End, ev.Time = v.Start, v.End, v.Time
		if !slices.Contains(ev.Actors, v.Actors[0]) {
			ev.Actors = append([]string{v.Actors[0]}, ev.Actors...)
		}
		for _, c := range v.Countries {
			if !slices.Contains(ev.Countries, c) {
				ev.Countries = append(ev.Countries, c)
			}
		}
	case ev.Status == annals.StatusOccurred && !d.thatMeeting.Interval().IsZero() && meetingRef(s):
		// "During that meeting, the allies agreed ...": the time of the
		// meeting told before.
		ev.Start, ev.End, ev.Time = d.thatMeeting.Start, d.thatMeeting.End, d.thatMeeting.Time
		if ev.Place == "" {
			ev.Place = d.thatMeeting.Place
		}
	case ev.Status == annals.StatusOccurred && !d.toldMeetDay.Start.IsZero() && afterMeetingRef(s) && happening(ev.Type):
		// "After the meeting with President X, Y held talks with ...":
		// on the day of the meeting told before.
		ev.Start, ev.End, ev.Time = d.toldMeetDay.Start, d.toldMeetDay.End, d.toldMeetDay.Time
	case happening(ev.Type) && ev.Status == d.frame.Status && !d.frame.Interval().IsZero() && (sequenceFront(s) || tr.Noun && trigger.FrontedTalksWith(s.Toks, c.I, c.J, k, tr)):
		// "Omamo met X on Monday. Afterward, she held talks with Y": what
		// came next, with no time of its own, is in the frame of the
		// sentence before. So are the talks of a visit told just before
		// ("X and Y agreed on Tuesday ... as Xi paid a visit. In his
		// talks with Y, Xi said ...").
		ev.Start, ev.End, ev.Time = d.frame.Start, d.frame.End, d.frame.Time
	case ev.Status == d.thatVisit.Status && !d.thatVisit.Interval().IsZero() && visitRef(s):
		// "During that visit, Kenya signed ...", after "an August 2008
		// visit by ...": the time of the visit told before, planned or
		// made, for what was done or is to be done on it (and for the
		// "visit" noun of the reference itself).
		ev.Start, ev.End, ev.Time = d.thatVisit.Start, d.thatVisit.End, d.thatVisit.Time
		if ev.Place == "" {
			ev.Place = d.thatVisit.Place
		}
	case ev.Status == annals.StatusPlanned && tr.Type == annals.EventMeet && d.visitorMeets(ev):
		// "Kuchma will visit Washington May 14-16 ... Gore and Kuchma
		// will discuss ...": a planned meeting of the traveller of the
		// planned visit told before, with no time of its own, is on the
		// days of that visit, and at its place when it names none.
		v := d.toldVisit
		ev.Start, ev.End, ev.Time = v.Start, v.End, v.Time
		if ev.Place == "" {
			ev.Place = v.Place
		}
	case ev.Status == annals.StatusPlanned && happening(ev.Type) && tr.Type != annals.EventVisit && d.visitUnderWay(ev):
		// "X is making a three-day visit to Chile from today. ... X is
		// scheduled to meet his counterpart Y": the meetings and signings
		// the traveller is to hold in the host state, with no time of
		// their own, are on the days of the visit under way. (A stop told
		// as a visit of its own is left to the trip rules.)
		v := d.underWay
		ev.Start, ev.End, ev.Time = v.Start, v.End, v.Time
		if ev.Place == "" {
			ev.Place = v.Place
		}
	case retold && ev.Status == annals.StatusOccurred:
		// "the July 8 attack on a convoy ... Militants ambushed the
		// convoy near the border": the story's incident told again, on
		// its day. The day is the incident's, not the act's own, so the
		// act stays as weak as one dated by the article and joins the
		// incident it retells.
		ev.Start, ev.End, ev.Time = incident.Start, incident.End, incident.Value
		weak = true
	case ev.Status == annals.StatusOccurred && (ev.Type == annals.EventMeet || ev.Type == annals.EventVisit) && pastPerfect(s.Toks, c.I, k, tr):
		// "X met Y on Monday. He had already held meetings with Z": a
		// meeting or visit in the past perfect came before the story's
		// time, on no day the story gives unless its own clause dates
		// it; it takes neither the day of the meeting told before nor
		// the article's (gold18 and gold6 list such meetings undated).
		// An agreement "had signed" is left to the report rules below:
		// it is done by the day it is told.
	case ev.Status == annals.StatusOccurred && !d.dct.IsZero() && protestDays > 0:
		// "thousands continue a week-long protest": under way on the
		// story's day, begun as long before as its length tells.
		day := d.reportDay(s.Span)
		ev.Start, ev.End, ev.Time = day.AddDays(1-protestDays), day, annals.TimeValue(day.String())
		weak = true
	case ev.Status == annals.StatusOccurred && !d.dct.IsZero() && (d.pastReport(s, tr) || lead || performative(s, k, tr) || perfectPassive(s, k, tr) || aidUnderWay(s, k, tr) || onTripNow(s.Toks, c.I, k, tr)):
		day := d.reportDay(s.Span) // the article's, or its section's in a listing
		ev.Start, ev.End, ev.Time = day, day, annals.TimeValue(day.String())
		weak = true
		if at, ok := d.announcedDay(s, k); ok {
			// "announced Sunday that they had come to terms on an
			// agreement": done by the day it was announced.
			ev.Start, ev.End, ev.Time = at.Start, at.End, at.Value
		} else if at, ok := d.attributedDay(s, c); ok {
			// "Canada approved arms sales to Chile, the ministry said
			// on Monday", "..., according to the agency on Monday": the
			// news of the day the report gives.
			ev.Start, ev.End, ev.Time = at.Start, at.End, at.Value
		} else if m := d.lastMeeting; m.Status == annals.StatusOccurred && near(m.Interval(), d.dct) && tr.Type != annals.EventVisit && amongMeeting(ev.Actors, m.Actors, d.isPerson) {
			// "The ministers condemned ...", after "the ministers met on
			// August 7": what the meeting's parties did, undated, they did
			// at the meeting.
			ev.Start, ev.End, ev.Time = m.Start, m.End, m.Time
		} else if m := d.toldMeetDay; tr.Type == annals.EventMeet && !m.Start.IsZero() && near(m.Interval(), d.dct) && len(ev.Actors) > 0 && d.isPerson(ev.Actors[0]) && slices.Equal(personsOf(m.Actors, d.isPerson), ev.Actors[:1]) {
			// "Li met both prime ministers yesterday. ... In Jerusalem,
			// Li met Sharon": a meeting of the day's traveller whose
			// counterparts that day the story did not name ("both prime
			// ministers", "officials"), told with no day of its own, is
			// one of that day's, which the later sentences name. (After
			// "X met Y on Monday", a meeting with Z undated is of the
			// article's day.)
			ev.Start, ev.End, ev.Time = m.Start, m.End, m.Time
		} else if nd, ok := d.newsDay(); ok && day == d.dct && (nd.Span[1] <= s.Span[0] || nd.Span[0] >= s.Span[1]) && (d.pastReport(s, tr) || lead) && !performative(s, k, tr) && !aidUnderWay(s, k, tr) && !onTripNow(s.Toks, c.I, k, tr) {
			// "Iran has condemned the new sanctions. ... the spokesman
			// said on Thursday", in Friday's paper: the story's news is
			// of the day it first tells, not of the day it is printed.
			// What is under way or done by the telling ("is deploying a
			// team", "hereby announces") stays the article's, and so does
			// a clause whose own sentence holds that day but left it to
			// another clause ("said Saturday that they had agreed").
			ev.Start, ev.End, ev.Time = nd.Start, nd.End, nd.Value
		}
	case ev.Status == annals.StatusPlanned && tr.Type != annals.EventVisit && (d.onTrip(ev.Actors) || d.tripStop(s, c, ev.Actors)):
		// "Rice will travel to Perth (July 24-25). She will also join
		// Foreign Minister Smith in ...": what a traveller plans next is
		// done on that stop.
		v := d.lastVisit
		ev.Start, ev.End, ev.Time = v.Start, v.End, v.Time
		if ev.Place == "" {
			ev.Place = v.Place
		}
	case ev.Status == annals.StatusPlanned && tr.Type != annals.EventStatement && d.namedStop(s, c, ev.Actors) >= 0:
		// "Rice is traveling to Brazil and Chile this week. ... Rice then
		// goes to Chile where she will meet ...": a stop of the trip.
		d.atStop(&ev, s, c)
	case ev.Status == annals.StatusPlanned && tr.Type != annals.EventVisit && tr.Type != annals.EventStatement && len(d.travellingSpeaker(s, k)) == 1:
		// "Officials are scheduled to sign agreements, Foreign Minister
		// X, who is also on the delegation, told reporters Tuesday
		// before departing": the time told is the report's; what one
		// of the travelling party says is planned is done on the trip,
		// and the speaker is one of its parties.
		v := d.lastVisit
		ev.Start, ev.End, ev.Time = v.Start, v.End, v.Time
		if ev.Place == "" {
			ev.Place = v.Place
		}
		if sp := d.travellingSpeaker(s, k); len(sp) == 1 && !slices.Contains(ev.Actors, sp[0]) {
			ev.Actors = append(ev.Actors, sp[0])
			if pc := d.personCountry(sp[0]); pc != "" && !slices.Contains(ev.Countries, pc) {
				ev.Countries = append(ev.Countries, pc)
			}
		}
	}
	if ev.Place == "" && tr.Type == annals.EventVisit && d.dateline != "" && k+1 < c.J && s.Toks[k+1].Lower == "here" {
		// "Gandhi's visit here": here is where the story is filed from.
		ev.Place = d.dateline
		if pc := d.datelineState; pc != "" && !slices.Contains(ev.Countries, pc) {
			ev.Countries = append(ev.Countries, pc)
		}
	}
	if ev.Place == "" && (tr.Type == annals.EventMeet || tr.Type == annals.EventAgree) && ev.Status == annals.StatusOccurred && d.dateline != "" && ev.Start == d.dct && !inState(s, c) {
		// Wire and web copy report from where the talks are: a meeting or
		// agreement of the story's day without a place of its own is
		// placed at the dateline ("COLOMBO ... the ministers met").
		ev.Place = d.dateline
	}
	if (tr.Type == annals.EventCooperate && !(tr.Past && !tr.Noun && tr.CAMEO == "070") && !(weak && tr.Noun && tr.CAMEO != "050" && actedOn(s, c.I, k)) || tr.Type == annals.EventConflict && ev.Status == annals.StatusOccurred && !(tr.Past && !tr.Noun && weak && (subjectBefore(s, k) || c.Coord && k == c.I+1 || replyMeans(s, c.I, k))) && !(weak && (performative(s, k, tr) || perfectPassive(s, k, tr))) && !(weak && violent(tr) && violentAct(s.Toks, c.I, k, tr) && armedCue(s.Toks, k)) && !(weak && imposedAct(s, c.I, k)) && !(weak && protestDays > 0) && !(tr.Noun && sceneOf(s.Toks, c.I, k))) && !hasTime && !lead && !(weak && aidUnderWay(s, k, tr)) {
		// Cooperation and conflict reported without a time of their own
		// are trends, intentions or background ("have stepped up
		// cooperation", "would cooperate"), which the schema marks
		// optional; leave them out. Proposed sanctions and threats stay,
		// as planned conflict, and so does a past act right after its
		// named subject ("Turkey accused Greece of ...", "Eritrea denied
		// the charge and blamed ..."), a report of the story's day, and a
		// past act of violence, whoever did it ("gunmen stormed a
		// hotel", "have opened fire on a bus", ", killing three"), and
		// sanctions a named party imposed ("The U.S. has imposed
		// sanctions on ..."), and so do concrete acts of cooperation a
		// named party did ("Canada approved weapons sales to Chile": see
		// actedOn). Aid in kind told by a past verb ("has
		// deployed a team of experts") is an act, not a trend: it stays;
		// so does a clash a place "has been the scene of", a report of
		// it, not a trend.
		return cand{}, false
	}
	ev.Evidence = d.text[s.Span[0]:s.Span[1]]
	ev.Span = s.Span
	if tr.Noun && tr.Type == annals.EventVisit && !hasTime && len(ev.Actors) == 0 && d.toldTripSubject(s, c, k) {
		return cand{}, false // "The trip represents ...": the visit told before
	}
	ref := tr.Noun && tr.Type == annals.EventMeet && definiteRef(s.Toks, c.I, k) ||
		tr.Noun && tr.Type == annals.EventVisit && !hasTime && (possessed(s.Toks, c.I, k) || k <= 4 && visitRef(s))
	// "The leaders will discuss ...": the agenda of the meeting told
	// before, which joins it and keeps its parties (whom the subject
	// refers to is a guess, so it adds none).
	agenda := !tr.Noun && tr.Type == annals.EventMeet && !hasTime && discussVerbs[s.Toks[k].Lower] && anaphoricSubject(s.Toks, c.I, k)
	ref = ref || agenda
	what := ""
	if tr.Type == annals.EventAgree && !tr.Noun {
		// "agreed to restart", "agreed on Monday to launch".
		for x := k + 1; x+1 < c.J && x <= k+5 && s.Toks[x].Kind == token.Word; x++ {
			if s.Toks[x].Lower == "to" {
				what = s.Toks[x+1].Lower
				break
			}
			if s.Toks[x].Lower == "that" {
				// "agreed that they must stand by Chile": what follows
				// "that", up to three words, tells one agreement from
				// another ("They also agreed to involve Brazil").
				var w []string
				for y := x + 1; y < c.J && y <= x+3 && s.Toks[y].Kind == token.Word; y++ {
					w = append(w, s.Toks[y].Lower)
				}
				what = "that " + strings.Join(w, " ")
				break
			}
		}
	}
	level := ""
	if tr.Type == annals.EventMeet && tr.Noun {
		level = meetingLevel(s.Toks, c.I, k)
	}
	fresh := tr.Type == annals.EventMeet && (tr.Noun && alsoAnother(s.Toks, c.I, k) || attendVerbs[s.Toks[k].Lower] && alsoAttends(s.Toks, c.I, k))
	hosted := tr.Type == annals.EventVisit && d.onlyHosts(s, c, ev.Actors)
	alsoMet := !tr.Noun && tr.Type == annals.EventMeet && alsoVerb(s.Toks, c.I, k)
	attackRef := tr.Type == annals.EventConflict && violent(tr) && definiteAttack(s.Toks)
	accordRef := tr.Type == annals.EventAgree && tr.CAMEO == "057" && definiteAccord(s.Toks)
	return cand{ev: ev, sent: si, order: s.Toks[k].Begin, weak: weak, ref: ref, what: what, level: level, fresh: fresh, hosted: hosted, alsoMet: alsoMet, attackRef: attackRef, accordRef: accordRef, agenda: agenda, caused: causedAct(s, k), ownPlace: ownPlace, dest: dest}, true
}

// infinitiveAt reports whether token x can open the verb of an
// infinitive after "to": a lower-case word that is no determiner,
// pronoun, preposition or time word ("to hold", not "to a ceasefire",
// "to it", "to on Monday").
func infinitiveAt(toks []token.Token, x, hi int) bool {
	if x >= hi || toks[x].Kind != token.Word || toks[x].IsCap() {
		return false
	}
	return !notVerbs[toks[x].Lower]
}

var notVerbs = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "these": true, "those": true,
	"it": true, "them": true, "him": true, "her": true, "his": true, "their": true, "its": true,
	"our": true, "my": true, "your": true, "all": true, "any": true, "some": true, "no": true,
	"each": true, "both": true, "such": true, "what": true, "which": true, "whom": true,
	"on": true, "in": true, "at": true, "by": true, "with": true, "during": true, "after": true,
	"before": true, "since": true, "for": true, "from": true, "of": true, "last": true,
	"next": true, "today": true, "yesterday": true, "tomorrow": true, "new": true, "further": true,
	"more": true, "most": true, "several": true, "two": true, "three": true, "four": true,
	"five": true, "one": true, "terms": true, "demands": true, "proposals": true,
}

// aheadOfNoun reports a visit or meeting noun at k that "ahead of",
// "prior to" or "in advance of" governs, over its determiner and
// modifiers: "ahead of talks", "prior to Ruto's state visit", "in advance
// of the two-day summit".
func aheadOfNoun(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo+1 && x >= k-6; x-- {
		w := toks[x].Lower
		switch {
		case w == "of" && (toks[x-1].Lower == "ahead" || toks[x-1].Lower == "advance" && x-2 >= lo && toks[x-2].Lower == "in"),
			w == "to" && toks[x-1].Lower == "prior":
			return true
		case toks[x].Kind == token.Word && w != "of" && w != "to" && w != "and" && w != "with", w == "'s", w == "’s", w == "-":
		default:
			return false
		}
	}
	return false
}

// announcedNoun reports a visit or meeting noun at k that is the object
// of an announcing verb, over its determiner and modifiers: "announcing
// the visit", "confirmed Boric's three-day state visit".
func announcedNoun(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-5; x-- {
		w := toks[x].Lower
		switch {
		case announceVerbs[w]:
			return x < k-1
		case toks[x].Kind == token.Word, w == "'s", w == "’s", w == "-":
		default:
			return false
		}
	}
	return false
}

// trailingTime returns the dated expression set off by a comma after
// clause c that closes the sentence, alone or as a range ("..., March 3
// through March 5, 2024."): nothing but the times and the words joining
// them follow the comma.
func (d *doc) trailingTime(s *mention.Sentence, c mention.Clause) (annals.TimeExpr, bool) {
	if c.J >= len(s.Toks) || s.Toks[c.J].Text != "," {
		return annals.TimeExpr{}, false
	}
	b := s.Toks[c.J].End
	e := s.Span[1]
	for e > b && strings.ContainsRune(".;!? \n", rune(d.text[e-1])) {
		e--
	}
	first, found := annals.TimeExpr{}, false
	pos := b
	for _, t := range d.times {
		if t.Span[0] < b || t.Span[0] >= e {
			continue
		}
		gap := strings.ToLower(strings.TrimSpace(d.text[pos:t.Span[0]]))
		if t.Start.IsZero() || t.Type == annals.TimeDuration || t.Type == annals.TimeSet {
			return annals.TimeExpr{}, false
		}
		switch {
		case !found && gap == "", !found && (gap == "on" || gap == "from"):
			first = t
		case found && (gap == "through" || gap == "to" || gap == "-" || gap == "–" || gap == "until" || gap == "and"):
			if t.Start.Before(first.Start) {
				first.Start = t.Start
			}
			if t.End.After(first.End) {
				first.End = t.End
			}
		default:
			return annals.TimeExpr{}, false
		}
		found, pos = true, t.Span[1]
	}
	if !found || strings.TrimSpace(d.text[pos:e]) != "" {
		return annals.TimeExpr{}, false
	}
	return first, true
}

// announcedBy returns the announcing verb that takes noun k as its
// object (see announcedNoun), or -1.
func announcedBy(toks []token.Token, lo, k int) int {
	for x := k - 1; x >= lo && x >= k-5; x-- {
		if announceVerbs[toks[x].Lower] {
			return x
		}
	}
	return -1
}

// visitorFirst moves the person named after "of" in the noun phrase of
// visit noun k ("the visit to the United States of Foreign Minister X")
// to the head of actors.
func (d *doc) visitorFirst(s *mention.Sentence, k, hi int, actors []string) []string {
	for x := k + 1; x < hi; x++ {
		if s.Toks[x].Lower != "of" {
			continue
		}
		for _, m := range s.Ments {
			if m.I <= x {
				continue
			}
			if m.I-x > 8 {
				break
			}
			if m.Kind != mention.Person || m.PersonIndex < 0 || m.PersonIndex >= len(d.persons) || d.persons[m.PersonIndex] == nil {
				continue // "of Dutch Foreign Minister X": a demonym first
			}
			name := d.persons[m.PersonIndex].Name
			if i := slices.Index(actors, name); i > 0 {
				out := append([]string{name}, actors[:i]...)
				return append(out, actors[i+1:]...)
			}
			break
		}
		break
	}
	return actors
}

var announceVerbs = map[string]bool{
	"announced": true, "announcing": true, "announce": true, "announces": true,
	"confirmed": true, "confirming": true, "confirm": true, "confirms": true, "unveiled": true,
}

// joinedAbroad returns a visit for a meeting of out told as joining a
// person in another state ("Secretary Locke will join President Obama in
// India this week"): both travel there. The state is the one after "in",
// named or the state of the place named, and must differ from the
// joiner's own.
func (d *doc) joinedAbroad(s *mention.Sentence, c mention.Clause, out []cand) (cand, bool) {
	for k := c.I; k < c.J; k++ {
		if !phraseHeadFilter.May(s.Toks[k].Lower) || phraseHeads[s.Toks[k].Lower] != headJoin || !joinsPerson(s, k, c.J) {
			continue
		}
		x := slices.IndexFunc(out, func(e cand) bool { return e.order == s.Toks[k].Begin && e.ev.Type == annals.EventMeet })
		if x < 0 {
			return cand{}, false
		}
		p := k + 1
		if m := s.At(p); m >= 0 && s.Ments[m].Kind == mention.Role {
			p = s.Ments[m].J
		}
		m := s.At(p)
		if m < 0 || s.Ments[m].J+1 >= c.J || s.Toks[s.Ments[m].J].Lower != "in" {
			return cand{}, false
		}
		w := s.At(s.Ments[m].J + 1)
		if w < 0 || (s.Ments[w].Kind != mention.Country && s.Ments[w].Kind != mention.Place) || s.Ments[w].Country == "" {
			return cand{}, false
		}
		where := s.Ments[w]
		v := out[x]
		if len(v.ev.Actors) == 0 {
			return cand{}, false
		}
		// A joiner of unknown state travels when joining someone in a
		// named state ("in India"), not in a mere place.
		if home := d.personCountry(v.ev.Actors[0]); home == where.Country || home == "" && where.Kind != mention.Country {
			return cand{}, false
		}
		v.ev.Type, v.ev.CAMEO = annals.EventVisit, "042"
		v.ev.Actors = slices.Clone(v.ev.Actors)
		v.ev.Countries = slices.Clone(v.ev.Countries)
		if !slices.Contains(v.ev.Countries, where.Country) {
			v.ev.Countries = append(v.ev.Countries, where.Country)
		}
		v.ev.Place = ""
		if where.Kind == mention.Place {
			v.ev.Place = where.Name
		}
		v.ref, v.level, v.fresh = false, "", false
		return v, true
	}
	return cand{}, false
}

// personCountry returns the country of the person of the story named
// name, "" when unknown.
func (d *doc) personCountry(name string) annals.Country {
	for _, p := range d.persons {
		if p != nil && p.Name == name {
			return p.Country
		}
	}
	return ""
}

// possessed reports an event noun k with a possessive determiner up to
// three words before it ("Locke's India trip", "his visit"): a
// reference to a happening of that person's.
func possessed(toks []token.Token, lo, k int) bool {
	for x := k - 1; x >= lo && x >= k-3; x-- {
		switch toks[x].Lower {
		case "'s", "’s", "his", "her", "their":
			return true
		}
		if toks[x].Kind != token.Word {
			return false
		}
	}
	return false
}

// duringHis reports a visit noun k in "during his (two-day) visit",
// "during her trip": a possessive pronoun after "during", over at most
// four modifier tokens ("two - day").
func duringHis(toks []token.Token, k int) bool {
	for x := k - 1; x >= 1 && x >= k-5; x-- {
		switch toks[x].Lower {
		case "his", "her", "their":
			return toks[x-1].Lower == "during"
		}
		if toks[x].Kind != token.Word && toks[x].Text != "-" {
			return false
		}
	}
	return false
}

// duringHisAfter reports "during his visit" (see duringHis) after token k
// in its sentence.
func duringHisAfter(toks []token.Token, k int) bool {
	for x := k + 1; x < len(toks); x++ {
		if tr, ok := trigger.Lookup(toks[x].Lower); ok && tr.Noun && tr.Type == annals.EventVisit && duringHis(toks, x) {
			return true
		}
	}
	return false
}

// travelledBefore reports a dated visit told before whose first actor
// is a person: the traveller "his visit" refers to.
func (d *doc) travelledBefore() bool {
	v := d.toldVisit
	return v.Type == annals.EventVisit && !v.Interval().IsZero() && len(v.Actors) > 0 && d.isPerson(v.Actors[0])
}

// visitorMeets reports whether the planned visit told last with a time
// of its own, to one place, has a person as its traveller who takes part in ev, at no
// other place than the visit's and with no state the visit does not
// involve ("In Russia, he will talk with Putin" is no part of the visit
// to France told before).
func (d *doc) visitorMeets(ev annals.Event) bool {
	v := d.toldVisit
	if !d.travelledBefore() || v.Status != annals.StatusPlanned || v.Place == "" || !slices.Contains(ev.Actors, v.Actors[0]) {
		return false // a trip to several states with no one place leaves the stop to the itinerary
	}
	for _, c := range ev.Countries {
		if !slices.Contains(v.Countries, c) {
			return false
		}
	}
	return ev.Place == "" || ev.Place == v.Place
}

// visitUnderWay reports whether the last visit told as under way on the
// article's day (begun by then, ending after it: "is making a three-day
// visit from today", "is in Lima on a four-day visit that began Monday")
// has a person as its traveller who takes part in ev, and involves every
// state ev names: ev is then part of the stay. After a planned visit told
// since, what is planned is left to the rules for that visit
// ([doc.visitorMeets]).
func (d *doc) visitUnderWay(ev annals.Event) bool {
	v := d.underWay
	if len(v.Actors) == 0 || !d.isPerson(v.Actors[0]) || d.toldVisit.Status != annals.StatusOccurred || !slices.Contains(ev.Actors, v.Actors[0]) {
		return false
	}
	for _, c := range ev.Countries {
		if !slices.Contains(v.Countries, c) {
			return false
		}
	}
	return ev.Place == "" || v.Place == "" || ev.Place == v.Place
}

// fileCaption reports the caption of an archive photo, which wire
// services open with "FILE -" or "FILE PHOTO:" (AP, VOA, Reuters): it
// shows an earlier, undated moment.
func fileCaption(toks []token.Token) bool {
	if len(toks) < 3 || toks[0].Text != "FILE" {
		return false
	}
	switch toks[1].Text {
	case "-", "–", "—", ":":
		return true
	case "PHOTO":
		return true
	}
	return false
}

// relational reports a clause that opens with a phrase setting the
// sentence's happening before or after another; build applies it to a
// fronted clause only, since "failed to agree last week after three
// days of talks" tells one time for both ("After the talks",
// "Following his visit", "Ahead of the summit", "On the heels of the
// trip", "In the wake of the attack").
func relational(toks []token.Token, c mention.Clause) bool {
	i := c.I
	if toks[i].Text == "," && i+1 < c.J {
		i++
	}
	switch toks[i].Lower {
	case "after", "following", "before", "ahead", "since":
		return true
	case "on", "in":
		return i+2 < c.J && (toks[i+2].Lower == "heels" || toks[i+2].Lower == "wake" || toks[i+2].Lower == "aftermath")
	}
	return false
}

// reportedOn returns the part of sentence s after clause c that
// attributes it with a reporting verb and a time right after it ("...,
// the ministry announced Sunday"), to date what c reports.
func (d *doc) reportedOn(s *mention.Sentence, c mention.Clause) (annals.TimeExpr, bool) {
	toks := s.Toks
	for x := c.J; x < len(toks); x++ {
		if !reporting[toks[x].Lower] {
			continue
		}
		hi := min(x+4, len(toks))
		if lo, n := d.timesIn(toks[x].End, toks[hi-1].End); n > lo && !d.times[lo].Start.IsZero() {
			return d.times[lo], true
		}
		return annals.TimeExpr{}, false
	}
	return annals.TimeExpr{}, false
}

// attributedDay returns the day of an attribution that follows clause c
// and closes its report: "..., the ministry said on Monday" (reportedOn)
// or "..., according to a Pentagon agency on Wednesday" (a time before
// the next comma or semicolon after "according to"). The day is one day,
// not after the article's date.
func (d *doc) attributedDay(s *mention.Sentence, c mention.Clause) (annals.TimeExpr, bool) {
	t, ok := d.reportedOn(s, c)
	if !ok {
		toks := s.Toks
		for x := c.J; x+2 < len(toks); x++ {
			if toks[x].Lower != "according" || toks[x+1].Lower != "to" {
				continue
			}
			hi := x + 2
			for hi < len(toks) && hi < x+12 && toks[hi].Text != "," && toks[hi].Text != ";" {
				hi++
			}
			if lo, n := d.timesIn(toks[x].End, toks[hi-1].End); n > lo {
				t, ok = d.times[lo], true
			}
			break
		}
	}
	if !ok || t.Type != annals.TimeDate || t.Start.IsZero() || t.Start != t.End || !d.dct.IsZero() && t.Start.After(d.dct) {
		return annals.TimeExpr{}, false
	}
	return t, true
}

var reporting = map[string]bool{"said": true, "says": true, "told": true, "tells": true, "stated": true, "announced": true, "announces": true}

// statement makes a statement event when a named person speaks: "Lavrov
// told a news conference", "Kishida said". Other statements are too weak
// to report (SCHEMA.md marks most statements optional).
func (d *doc) statement(si int, s *mention.Sentence, c mention.Clause, k int, tr trigger.Trigger) (cand, bool) {
	p := -1
	if x := s.Ending(k); x >= 0 && s.Ments[x].Kind == mention.Person && !s.Ments[x].Pronoun {
		p = s.Ments[x].PersonIndex
	} else if x := s.At(k + 1); x >= 0 && s.Ments[x].Kind == mention.Person && (s.Ments[x].J == len(s.Toks) || s.Toks[s.Ments[x].J].Kind == token.Punct) {
		p = s.Ments[x].PersonIndex // "..., said Lavrov."
	}
	if p < 0 || d.persons[p] == nil {
		return cand{}, false
	}
	r := d.persons[p]
	if (r.Role == "" || person.CreditRole(r.Role)) && r.Country == "" {
		return cand{}, false // only officials' statements are worth an event, not a reporter's
	}
	ev := annals.Event{Type: annals.EventStatement, CAMEO: tr.CAMEO, Status: annals.StatusOccurred,
		Actors: []string{r.Name}, Countries: []annals.Country{}}
	if r.Country != "" {
		ev.Countries = append(ev.Countries, r.Country)
	}
	// A time right after the verb dates the statement ("said on
	// Tuesday"); otherwise news copy reports what was said on the day of
	// the story, in "said" and in the present-tense "says" alike.
	t, ok := d.timeAfter(s, k)
	d.dateBy(&ev, t, ok)
	ev.Evidence = d.text[s.Span[0]:s.Span[1]]
	ev.Span = s.Span
	return cand{ev: ev, sent: si, order: s.Toks[k].Begin}, true
}

// dateBy dates ev by the time t when ok, else by the story's own date
// (when it has one).
func (d *doc) dateBy(ev *annals.Event, t annals.TimeExpr, ok bool) {
	if ok {
		ev.Start, ev.End, ev.Time = t.Start, t.End, t.Value
	} else if !d.dct.IsZero() {
		ev.Start, ev.End, ev.Time = d.dct, d.dct, annals.TimeValue(d.dct.String())
	}
}

// timeStarting returns the first dated time of the document that starts
// within tokens i..j of s.
func (d *doc) timeStarting(s *mention.Sentence, i, j int) (annals.TimeExpr, bool) {
	if i > j || j >= len(s.Toks) {
		return annals.TimeExpr{}, false
	}
	b, e := s.Toks[i].Begin, s.Toks[j].End
	for _, t := range d.times {
		if t.Span[0] >= b && t.Span[0] < e && !t.Start.IsZero() && t.Type != annals.TimeDuration && t.Type != annals.TimeSet {
			return t, true
		}
	}
	return annals.TimeExpr{}, false
}

// appealTrigger types a third party's appeal to others to meet or
// negotiate: CAMEO 026, a statement.
var appealTrigger = trigger.Trigger{Type: annals.EventStatement, CAMEO: "026", Past: true}

// appeal makes the statement event of the appeal at request verb r for
// the meeting trigger k of clause c: the caller, the party urged and the
// side it is to meet where the clause names them, dated by the call
// ("on Monday urged", "urged on Monday") or else by the story's day. It
// occurred, whatever the asked meeting's fate.
func (d *doc) appeal(si int, s *mention.Sentence, c mention.Clause, k, r int, pp []int, ps []annals.Country) (cand, bool) {
	actors, countries := d.participants(s, c, pp, ps, annals.EventStatement)
	if len(actors)+len(countries) == 0 {
		return cand{}, false
	}
	ev := annals.Event{Type: annals.EventStatement, CAMEO: appealTrigger.CAMEO, Status: annals.StatusOccurred,
		Actors: actors, Countries: countries}
	if countries == nil {
		ev.Countries = []annals.Country{}
	}
	// The call's own time stands before its verb or right after it
	// ("urged on Monday"); one later in the clause dates the meeting
	// asked for ("to hold talks next week").
	t, ok := d.timeStarting(s, c.I, min(r+2, c.J-1))
	d.dateBy(&ev, t, ok)
	ev.Evidence = d.text[s.Span[0]:s.Span[1]]
	ev.Span = s.Span
	return cand{ev: ev, sent: si, order: s.Toks[r].Begin}, true
}

// titleWords may stay lower case in a title ("Travel to Jamaica and
// Belize").
var titleWords = map[string]bool{"and": true, "the": true, "for": true, "with": true, "from": true, "into": true, "over": true}

// titleLine reports whether a sentence is a heading of its own in title
// case, such as the title of each of several notes on one page ("Secretary
// Rice's Travel to Russia"): it does not end like prose, and each of its
// three or more words of three letters or more is capitalised, but for
// the small words of titles. A heading names what the text below reports.
func titleLine(toks []token.Token) bool {
	n := len(toks)
	if n == 0 || strings.HasSuffix(toks[n-1].Text, ".") || toks[n-1].Text == "!" || toks[n-1].Text == "?" || toks[n-1].Text == "\"" || toks[n-1].Text == "”" || toks[n-1].Text == ":" {
		return false
	}
	words := 0
	for _, t := range toks {
		if t.Kind != token.Word || len(t.Text) < 3 || titleWords[t.Lower] || t.Lower == "’s" || t.Lower == "'s" {
			// (A possessive is no word of its own: "Zeya’s Travel to
			// Jamaica".)
			continue
		}
		if !t.IsCap() {
			return false
		}
		words++
	}
	return words >= 3
}

// personsOf returns the persons among actors.
func personsOf(actors []string, isPerson func(string) bool) []string {
	var out []string
	for _, a := range actors {
		if isPerson(a) {
			out = append(out, a)
		}
	}
	return out
}

// clauseSubject returns the person who opens clause c, before k ("Clinton
// told Westerwelle about her visit"), or "".
func (d *doc) clauseSubject(s *mention.Sentence, c mention.Clause, k int) string {
	for _, m := range s.Ments {
		if m.I < c.I || m.I >= k {
			continue
		}
		if m.Kind == mention.Person && !m.Pronoun {
			if r := d.persons[m.PersonIndex]; r != nil {
				return r.Name
			}
		}
		if m.Kind == mention.Role || m.Kind == mention.Country && m.Demonym {
			continue // the person's title: "Peruvian Foreign Minister"
		}
		return "" // the clause opens with something else
	}
	return ""
}

// possessor returns the named person whose noun k is, by a possessive
// "'s" over at most five modifier tokens, in the part of the sentence from lo
// ("Ruto's two-day visit"), or "".
func (d *doc) possessor(s *mention.Sentence, lo, k int) string {
	for _, m := range s.Ments {
		if m.I < lo || m.J >= k || m.J < k-6 || m.Kind != mention.Person || m.Pronoun {
			continue
		}
		if w := s.Toks[m.J].Lower; w != "'s" && w != "’s" {
			continue
		}
		for x := m.J + 1; x < k; x++ {
			if s.Toks[x].Kind != token.Word && s.Toks[x].Text != "-" {
				return ""
			}
		}
		if r := d.persons[m.PersonIndex]; r != nil {
			return r.Name
		}
	}
	return ""
}

// unquoteReport finds a quoted report opening sentence s: a quotation
// from the sentence's first word, closed and followed by a speech tag
// that ends the sentence (`"The minister will hold talks with her
// Chilean counterpart on Friday," the ministry said.`). Such a
// quotation is a spokesman's or a press release's account of the
// schedule, read like its reported-speech form ("the ministry said the
// minister would hold talks"): the words inside are marked unquoted for
// the event pass, and the end of the quotation is returned (0: none).
// Quoted views and rhetoric stay quoted: the tag must be a plain
// reporting verb ("said", "told", "announced"; not "warned" or
// "vowed"), the caller keeps only the meetings and visits a report
// tells (a quoted agreement is mostly an aim: "our efforts to reach an
// agreement"), and a quotation that runs on from an earlier sentence,
// or one in the middle of a sentence, is left alone.
func unquoteReport(s *mention.Sentence) int {
	toks := s.Toks
	o := 0 // the opening quotation mark, after a dateline if any ("LIMA, May 4 (Reuters) - ")
	for x := 1; x < min(len(toks), 12) && o == 0; x++ {
		if w := toks[x-1].Text; (w == "-" || w == "–" || w == "—") && !s.Quoted[x-1] {
			o = x
		}
	}
	if len(toks) < o+6 || toks[o].Text != "\"" && toks[o].Text != "“" || !s.Quoted[o+1] {
		return 0
	}
	q := o + 1
	for q < len(toks) && s.Quoted[q] {
		q++
	}
	if q >= len(toks)-2 || toks[q].Text != "\"" && toks[q].Text != "”" || toks[q-1].Text != "," && toks[q+1].Text != "," {
		return 0
	}
	tag := false
	for x := q + 1; x < len(toks); x++ {
		switch {
		case s.Quoted[x] || toks[x].Text == "\"" || toks[x].Text == "“":
			return 0 // the speech tag opens a further quotation
		case x <= q+8 && reporting[toks[x].Lower]:
			tag = true
		}
	}
	if !tag {
		return 0
	}
	for x := o + 1; x < q; x++ {
		s.Quoted[x] = false
	}
	return q
}

// periodCovered reports that the time event ev takes from clause c is
// introduced by "for": the period an amount covers ("an appeal for
// 2022", "$5 million for next year"), not when it was given.
func (d *doc) periodCovered(s *mention.Sentence, c mention.Clause, ev annals.Event) bool {
	if ev.Interval().IsZero() {
		return false
	}
	lo, hi := d.timesIn(s.Toks[c.I].Begin, s.Toks[c.J-1].End)
	for _, t := range d.times[lo:hi] {
		if t.Start != ev.Start || t.End != ev.End {
			continue
		}
		x, _ := slices.BinarySearchFunc(s.Toks, t.Span[0], func(tk token.Token, b int) int { return tk.Begin - b })
		if x <= c.I || s.Toks[x-1].Lower != "for" {
			return false
		}
		for y := c.I; y < x-1; y++ {
			if plannedCues[s.Toks[y].Lower] {
				return false // "will release $5 million for 2022": a pledge
			}
		}
		return true
	}
	return false
}

// scareQuoted reports an epithet of name-calling in quotation marks of
// its own ("called Uribe a \"liar\""): a word in scare quotes, not quoted
// speech.
func scareQuoted(s *mention.Sentence, k int) bool {
	tr, ok := trigger.Lookup(s.Toks[k].Lower)
	if !ok || !tr.Noun || tr.CAMEO != "111" || k == 0 || k+1 >= len(s.Toks) {
		return false
	}
	return isQuoteMark(s.Toks[k-1].Text) && isQuoteMark(s.Toks[k+1].Text)
}

func isQuoteMark(t string) bool {
	switch t {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// onTripNow reports a visit noun at k that a present "is on" or "is in"
// places its traveller on ("X is on a two-day visit to Peru", "are in
// an official visit to Brazil"): the visit is under way on the story's
// day.
func onTripNow(toks []token.Token, lo, k int, tr trigger.Trigger) bool {
	if !tr.Noun || tr.Type != annals.EventVisit {
		return false
	}
	for x := k - 1; x > lo && x >= k-6; x-- {
		w := toks[x].Lower
		if (w == "on" || w == "in") && tripDeterminers[toks[x+1].Lower] {
			y := x - 1
			if y > lo && (toks[y].Lower == "currently" || toks[y].Lower == "now") {
				y--
			}
			return y >= lo && (toks[y].Lower == "is" || toks[y].Lower == "are")
		}
		if toks[x].Kind != token.Word && w != "-" || w == "of" || w == "for" || w == "to" {
			return false // "is in favour of a visit": no trip under way
		}
	}
	return false
}

var tripDeterminers = map[string]bool{"a": true, "an": true, "his": true, "her": true, "their": true, "its": true}

// orderedOut reports an expulsion told in the passive of a modal
// future, "will be expelled", "would be expelled", "are to be expelled",
// at trigger k: the order to leave is given; only the leaving is to come.
// The active future ("Bolivia will expel ...") stays a plan.
func orderedOut(toks []token.Token, k int) bool {
	switch toks[k].Lower {
	case "expelled", "deported":
	default:
		return false
	}
	if k < 2 || toks[k-1].Lower != "be" {
		return false
	}
	switch toks[k-2].Lower {
	case "will", "would", "shall", "to":
		return true
	}
	return false
}

// frontDay returns the first time of sentence s before byte offset at that
// names one day ("On Monday 20 January, ..."), or the zero TimeExpr.
func (d *doc) frontDay(s *mention.Sentence, at int) annals.TimeExpr {
	lo, hi := d.timesIn(s.Span[0], at)
	for _, t := range d.times[lo:hi] {
		if t.Type == annals.TimeDate && !t.Start.IsZero() && t.Start == t.End {
			return t
		}
	}
	return annals.TimeExpr{}
}

// openQuestion reports whether the trigger at byte offset at stands in a
// "whether" complement of its sentence: "whether" before it with no
// punctuation between them ("does not know whether Lima will sign the
// accord"). A fronted "Whether or not ..., X met Y" is closed by its comma.
func openQuestion(toks []token.Token, at int) bool {
	k, ok := slices.BinarySearchFunc(toks, at, func(t token.Token, b int) int { return t.Begin - b })
	if !ok {
		return false
	}
	for x := k - 1; x >= 0 && x >= k-12; x-- {
		if toks[x].Kind == token.Punct && toks[x].Text != "-" {
			return false
		}
		if toks[x].Lower == "whether" {
			return true
		}
	}
	return false
}

// agreedWithView reports "agreed with" at k followed by one person and
// nothing agreed on ("Lu agreed with Jaitley, and said ...", "agrees with
// Omamo."): sharing a person's view is no accord between parties (CAMEO
// 03/057 need something agreed). "agreed with Ghana to open the border",
// "agreed with Omamo on a new round of talks" stay agreements.
func agreedWithView(s *mention.Sentence, k int) bool {
	toks := s.Toks
	if !strings.HasPrefix(toks[k].Lower, "agree") || k+2 >= len(toks) || toks[k+1].Lower != "with" {
		return false
	}
	// A title may come first ("with Ghanaian Trade Minister Alan Kyerematen").
	m := -1
	for y := k + 2; y < len(toks) && y <= k+8; {
		x := s.At(y)
		if x >= 0 && s.Ments[x].Kind == mention.Person {
			m = x
			break
		}
		if x >= 0 && (s.Ments[x].Kind == mention.Country || s.Ments[x].Kind == mention.Role) {
			y = s.Ments[x].J
			continue
		}
		if x >= 0 || toks[y].Kind != token.Word || !toks[y].IsCap() {
			break
		}
		y++
	}
	if m < 0 {
		return false
	}
	j := s.Ments[m].J
	if j >= len(toks) {
		return true
	}
	switch toks[j].Text {
	case ".", ";":
		return true
	case ",":
		// A list goes on with a name ("with Omamo, Botchwey and ...").
		return j+1 < len(toks) && (toks[j+1].Lower == "and" || toks[j+1].Lower == "but") && s.At(j+2) < 0
	}
	return false
}

// pastPerfect reports trigger tr at k of the clause from lo told in the
// past perfect: "had" before it, with only adverbs and, for an event
// noun, a participle of a light verb between ("had met", "had already
// held meetings with", "had paid a visit to"). "had talks with" is a
// simple past of the light verb, "had to meet" an obligation.
func pastPerfect(toks []token.Token, lo, k int, tr trigger.Trigger) bool {
	for x := k - 1; x >= lo && x >= k-6; x-- {
		w := toks[x].Lower
		if toks[x].Kind != token.Word || w == "and" || w == "or" || w == "that" {
			return false
		}
		if w != "had" {
			continue
		}
		if x+1 >= k || toks[x+1].Lower == "to" {
			// "had talks", "had to meet".
			return !tr.Noun && x+1 == k && tr.Past
		}
		if !tr.Noun {
			return true
		}
		for y := x + 1; y < k; y++ {
			if perfectLight[toks[y].Lower] {
				return true
			}
		}
		return false
	}
	return false
}

// perfectLight are the participles that carry an event noun in the past
// perfect: "had held talks", "had paid a visit", "had signed an accord".
var perfectLight = map[string]bool{
	"held": true, "had": true, "made": true, "paid": true, "signed": true, "concluded": true,
	"reached": true, "attended": true, "hosted": true, "conducted": true, "undertaken": true,
}
