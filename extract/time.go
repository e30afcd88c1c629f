package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
)

// governingTime returns the time expression that governs trigger k of
// clause c: the nearest dated expression of the clause, preferring one
// after the trigger ("met on Friday", "agreed on Friday to ..."), else one
// before it. Without one in the clause, a time in a clause of the same
// sentence that holds no trigger is used (a fronted "On Monday, ..."). Two
// expressions joined by "or", "and", "to" or "through" ("late January or
// February") give the span of both, per the schema's interval rule.
func (d *doc) governingTime(s *mention.Sentence, c mention.Clause, k int) (annals.TimeExpr, bool) {
	cb, ce := s.Toks[c.I].Begin, s.Toks[c.J-1].End
	kb := s.Toks[k].Begin
	best, bi, found := annals.TimeExpr{}, -1, false
	bestAfter := false
	for i, t := range d.times {
		// A time that starts in the clause belongs to it even when the
		// clause ends at a comma inside it ("on May 24, 2017").
		if t.Span[0] < cb || t.Span[0] >= ce || t.Start.IsZero() || t.End.IsZero() || t.Type == annals.TimeDuration || t.Type == annals.TimeSet {
			continue
		}
		if reportTime(s, t, k) || d.sinceAnchor(t) && !sinceClauseVerb(s, t, k) && !d.inSincePhrase(s, t, k) || attributive(s, t, k) || d.nameYear(t) || nounFor(s, t, k) || nounOf(s, t, k) || d.datelineTime(t) || d.comparisonBase(t) {
			continue
		}
		if extendUntil(s, t, k) || prospectiveNoun(s, t, k) {
			continue
		}
		if t.Span[1] <= kb && preverbal(s, t, k) {
			// A time between the subject and its verb is the verb's
			// adverbial ("Nakasone last week reached a compromise accord
			// over a budget for 1987/88"): it governs, whatever comes
			// after.
			best, bi, found = t, i, true
			break
		}
		after := t.Span[0] >= kb
		switch {
		case !found:
		case after && !bestAfter:
		case after == bestAfter && after && t.Span[0] < best.Span[0]:
		case after == bestAfter && !after && t.Span[0] > best.Span[0]:
		default:
			continue
		}
		best, bi, found, bestAfter = t, i, true, after
	}
	if !found && (!c.Own || c.Fronted) {
		// "On Sept. 1, the bank said it had suffered an attack during
		// the previous week": the time of the "during" phrase right
		// after the clause is the act's own; a fronted one may date only
		// the saying.
		best, bi, found = d.duringTime(s, c)
	}
	if !found && (!c.Own || c.Fronted) {
		best, bi, found = d.frontedTime(s, c, k)
	}
	if !found && (!c.Own || c.Fronted) {
		best, bi, found = d.setOffTime(s, c)
	}
	if !found && !c.Own {
		best, bi, found = d.linkedTime(s, c, k)
	}
	if !found && !c.Own {
		best, bi, found = d.coordinatedTime(s, c)
	}
	if !found {
		return annals.TimeExpr{}, false
	}
	// "X or Y", "X and Y", "X to Y", "X through Y", "X-Y".
	if bi+1 < len(d.times) {
		nx := d.times[bi+1]
		if nx.Span[1] <= s.Span[1] && !nx.Start.IsZero() && nx.Span[0] >= best.Span[1] {
			gap := strings.TrimSpace(d.text[best.Span[1]:nx.Span[0]])
			switch strings.ToLower(gap) {
			case "or", "and", "to", "through", "-", "–", "until", "till":
				if nx.Start.Before(best.Start) {
					best.Start = nx.Start
				}
				if nx.End.After(best.End) {
					best.End = nx.End
				}
			}
		}
	}
	return best, true
}

// timeAfter returns a dated expression starting within a few words after
// token k ("said on Tuesday", "told reporters in Berlin on Monday").
func (d *doc) timeAfter(s *mention.Sentence, k int) (annals.TimeExpr, bool) {
	last := min(k+5, len(s.Toks)-1)
	for x := k + 1; x <= last; x++ {
		if complementStarts[s.Toks[x].Lower] {
			// "said he was cancelling a March 9 summit": the time is in
			// what was said, not when.
			last = x - 1
			break
		}
	}
	if last <= k {
		return annals.TimeExpr{}, false
	}
	end := s.Toks[last].End
	for _, t := range d.times {
		if t.Span[0] >= s.Toks[k].End && t.Span[0] <= end && !t.Start.IsZero() && t.Type != annals.TimeDuration && t.Type != annals.TimeSet {
			return t, true
		}
	}
	return annals.TimeExpr{}, false
}

// complementStarts open the reported content after a speech verb.
var complementStarts = map[string]bool{
	"that": true, "he": true, "she": true, "they": true, "it": true, "we": true, "i": true,
	"the": true, "a": true, "an": true, "his": true, "her": true, "their": true, "its": true,
}

// reportTime reports whether time t dates the report rather than the
// event of trigger k: a speech verb shortly before t and not before the
// trigger ("Rice said in New Delhi Saturday that the agreement ...",
// "after talks with X, Y said on Monday", "announcing the visit on
// Monday, said X would hold talks").
func reportTime(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	if k > 0 && s.Toks[k-1].Lower == "overnight" && s.Toks[k-1].Begin == t.Span[0] {
		// "said overnight shelling hit the city": the adjective dates
		// the noun it stands before, not the saying.
		return false
	}
	// The tokens ending at most 40 bytes before t, found by binary search
	// so that long sentences stay linear.
	x, _ := slices.BinarySearchFunc(s.Toks, t.Span[0], func(tk token.Token, b int) int { return tk.End - b })
	for x--; x >= 0 && x != k; x-- {
		tk := s.Toks[x]
		if t.Span[0]-tk.End >= 40 {
			break
		}
		if tk.End <= t.Span[0] && (person.IsSpeechVerb(tk.Lower) || announceVerbs[tk.Lower]) {
			if replyVerbs[tk.Lower] && k > x+1 && s.Toks[k-1].Lower == "by" {
				return false // "replied on Monday by expelling": the reply is the act
			}
			return !sceneAfter(s, t, k) && !reportedFront(s, t, x, k)
		}
	}
	return false
}

// reportedFront reports a period fronted in what speech verb v reports:
// the time right after the verb (or after its "that"), a comma after it,
// and trigger k after the comma ("He says six years ago, the country
// imported goods worth ...", "said that in 2013, exports rose"). The time
// dates the reported clause, not the telling; a day ("said Tuesday, ...")
// dates the telling, as news copy uses it.
func reportedFront(s *mention.Sentence, t annals.TimeExpr, v, k int) bool {
	if t.Start == t.End || k <= v {
		return false
	}
	x := v + 1
	if x < len(s.Toks) && s.Toks[x].Lower == "that" {
		x++
	}
	if x >= len(s.Toks) || s.Toks[x].Begin != t.Span[0] && !(s.Toks[x].Lower == "in" || s.Toks[x].Lower == "during") {
		return false
	}
	for y := x; y < len(s.Toks) && y < k; y++ {
		if s.Toks[y].Begin >= t.Span[1] {
			return s.Toks[y].Text == ","
		}
	}
	return false
}

// attributive reports a time that modifies a noun other than trigger
// k: after a determiner and before a word ("breaching the 1976 Berne
// Agreement", "a 1985 law", "about Iran's July 29 attack"). It dates that noun's referent, not the
// event; "an April 3 summit" still dates the summit itself.
func attributive(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	x, ok := slices.BinarySearchFunc(s.Toks, t.Span[0], func(tk token.Token, b int) int { return tk.Begin - b })
	if !ok || x == 0 {
		return false
	}
	switch s.Toks[x-1].Lower {
	case "the", "a", "an", "its", "their", "his", "her", "'s", "’s":
		// A possessive determines the noun too: "Iran's July 29 attack".
	default:
		return false
	}
	y, _ := slices.BinarySearchFunc(s.Toks, t.Span[1], func(tk token.Token, b int) int { return tk.Begin - b })
	if z := y; z < k && k-z <= 4 {
		for z < k {
			if visitAdjectives[s.Toks[z].Lower] {
				z++
			} else if hyphenCompound(s.Toks, z) && z+3 <= k {
				z += 3
			} else {
				break
			}
		}
		if z == k {
			// "the April 8 State visit", "the 2018 two-way trade": the
			// trigger's own date.
			return false
		}
	}
	return y < len(s.Toks) && y != k && s.Toks[y].Kind == token.Word && s.Toks[y].Begin-t.Span[1] <= 1 && !timeNouns[s.Toks[y].Lower]
}

// prospectiveNoun reports a time told after trigger k right after a noun
// that an adjective of the future marks as a happening of its own, with
// or without "on" or "in": "to discuss Clinton's upcoming decision March
// 1", "talked about the planned withdrawal in June". The time is that
// noun's, not the trigger's.
func prospectiveNoun(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	x, ok := slices.BinarySearchFunc(s.Toks, t.Span[0], func(tk token.Token, b int) int { return tk.Begin - b })
	if !ok || x <= k+2 {
		return false
	}
	y := x - 1
	if w := s.Toks[y].Lower; w == "on" || w == "in" {
		y--
	}
	if y <= k+1 || s.Toks[y].Kind != token.Word || s.Toks[y].IsCap() || preps[s.Toks[y].Lower] || timeNouns[s.Toks[y].Lower] {
		return false
	}
	return prospectiveAdjectives[s.Toks[y-1].Lower]
}

// prospectiveAdjectives mark a noun as a happening still to come.
var prospectiveAdjectives = map[string]bool{
	"upcoming": true, "forthcoming": true, "planned": true, "impending": true, "proposed": true,
	"pending": true,
}

// hyphenCompound reports a compound adjective written solid with a hyphen
// at toks[z]: "two-way", "full-year", "long-awaited".
func hyphenCompound(toks []token.Token, z int) bool {
	return z+2 < len(toks) && toks[z].Kind == token.Word && toks[z+1].Text == "-" && toks[z+2].Kind == token.Word &&
		toks[z+1].Begin == toks[z].End && toks[z+2].Begin == toks[z+1].End
}

// nounFor reports a time that a noun other than trigger k takes with
// "for": "a draft budget for 1987/88", "the plan for 2025", "targets for
// next year". The period is the noun's (what the budget or plan covers),
// not when the clause's event happened, so it does not date the event; a
// trigger's own "for" still does ("talks for next week"), and so does a
// verb's or adjective's ("scheduled for Monday", "set for May", "due for
// Friday").
func nounFor(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	x, ok := slices.BinarySearchFunc(s.Toks, t.Span[0], func(tk token.Token, b int) int { return tk.Begin - b })
	if !ok || x < 2 || s.Toks[x-1].Lower != "for" || x-2 == k {
		return false
	}
	if k < x-2 && ofPhrase[s.Toks[k+1].Lower] {
		// "a meeting of foreign ministers for Friday": the noun is in
		// the trigger's own phrase, and the time is the meeting's.
		p := k + 1
		for p < x && s.Toks[p].Kind == token.Word {
			p++
		}
		if p == x {
			return false
		}
	}
	n := s.Toks[x-2]
	return n.Kind == token.Word && !n.IsCap() && !verbish(n.Lower) && !strings.HasSuffix(n.Lower, "ing") &&
		!isTrigger(n.Lower) && !preps[n.Lower] && !forPredicates[n.Lower]
}

// nounOf reports a time that names a document or occasion after trigger
// k with "of": "discussed the Minsk agreements of February 12, 2015",
// "urged the implementation of the joint statement of September 19",
// "talked about the elections of May 2". The date is the agreement's or
// election's, which the clause's event only talks of or acts on, so it
// does not date the event; a trigger's own "of" still does ("the summit
// of 22 July"), as does a time noun's ("on the night of March 3").
func nounOf(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	x, ok := slices.BinarySearchFunc(s.Toks, t.Span[0], func(tk token.Token, b int) int { return tk.Begin - b })
	if !ok || x < 2 || s.Toks[x-1].Lower != "of" || x-2 <= k {
		return false
	}
	return datedNouns[s.Toks[x-2].Lower]
}

// datedNouns are the nouns of documents, accords and occasions that a
// date after "of" identifies ("the resolution of 12 March", "the
// agreement of May 3").
var datedNouns = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "statement": true, "declaration": true,
	"resolution": true, "resolutions": true, "decision": true, "decisions": true, "election": true, "elections": true,
	"summit": true, "ceasefire": true, "truce": true, "treaty": true, "memorandum": true, "communique": true,
	"communiqué": true, "deal": true, "law": true, "decree": true, "protocol": true, "pact": true, "referendum": true,
	"vote": true, "constitution": true, "conclusions": true, "letter": true, "arrangement": true, "understanding": true,
	"attack": true, "attacks": true, "meeting": true, "conference": true, "proposal": true, "roadmap": true,
}

// ofPhrase words open a phrase that belongs to the noun before them.
var ofPhrase = map[string]bool{"of": true, "with": true, "between": true, "among": true}

// forPredicates take "for" and a time as their own schedule ("set for
// May", "due for Friday"), so the time dates the clause.
var forPredicates = map[string]bool{
	"set": true, "due": true, "ready": true, "slated": true, "penciled": true, "pencilled": true,
	"time": true, "date": true, "deadline": true, "be": true, "is": true, "are": true, "was": true, "were": true,
	"been": true, "only": true, "just": true, "again": true, "once": true, "twice": true, "meet": true,
}

// preverbal reports a time set between a subject and its verb, before
// trigger k with no punctuation between: "Japan last week signed an
// accord", "the ministers on Monday held talks", "the ministry on Monday
// summoned the ambassador in protest against ... last week". The word before the time
// is a name or noun (not a preposition or determiner, which would make
// the time part of a phrase), the word after it a lower-case verb.
func preverbal(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	x, ok := slices.BinarySearchFunc(s.Toks, t.Span[0], func(tk token.Token, b int) int { return tk.Begin - b })
	if !ok || x == 0 {
		return false
	}
	y, _ := slices.BinarySearchFunc(s.Toks, t.Span[1], func(tk token.Token, b int) int { return tk.Begin - b })
	if y > k || y >= len(s.Toks) {
		return false
	}
	pi, v := x-1, s.Toks[y]
	if (s.Toks[pi].Lower == "on" || s.Toks[pi].Lower == "in") && x >= 2 {
		pi = x - 2 // "the ministry on Monday summoned"
	}
	if s.Toks[pi].Text == ")" && pi >= 3 && s.Toks[pi-2].Text == "(" && s.Toks[pi-1].IsCap() {
		// "the Security Council (UNSC) on Friday condemned": an acronym
		// in brackets closes the subject.
		pi -= 3
	}
	p := s.Toks[pi]
	if v.Kind == token.Word && !v.IsCap() && len(v.Lower) > 4 && strings.HasSuffix(v.Lower, "ly") && y+1 == k {
		// "the Council on Friday strongly condemned", "the ministry on
		// Monday sharply criticised": a manner adverb right before the
		// trigger verb.
		v = s.Toks[y+1]
	}
	if p.Kind != token.Word || preps[p.Lower] || v.Kind != token.Word || v.IsCap() || !verbish(v.Lower) {
		return false
	}
	for z := y; z < k; z++ {
		if s.Toks[z].Kind == token.Punct {
			return false
		}
	}
	return true
}

// extendUntil reports a time after "until" or "till" that follows a
// verb of extending as trigger k ("prolonged until 28 February 2022 the
// restrictive measures", "extended the sanctions until March"): the new
// end of what is extended, not when it was extended.
func extendUntil(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	x, ok := slices.BinarySearchFunc(s.Toks, t.Span[0], func(tk token.Token, b int) int { return tk.Begin - b })
	if ok && (s.Toks[x].Lower == "until" || s.Toks[x].Lower == "till") {
		x++ // the expression may hold its "until"
	}
	if !ok || x == 0 || s.Toks[x-1].Lower != "until" && s.Toks[x-1].Lower != "till" {
		return false
	}
	// The verb stands a few words before "until", in the trigger's
	// clause or the one "until" closes ("prolonged until ... the
	// sanctions": the noun's clause begins at "until").
	for y := x - 2; y >= 0 && y >= x-8; y-- {
		if extendVerbs[s.Toks[y].Lower] {
			return true
		}
		if s.Toks[y].Kind == token.Punct || y == k && !extendVerbs[s.Toks[k].Lower] {
			return false
		}
	}
	return false
}

var extendVerbs = map[string]bool{
	"prolong": true, "prolongs": true, "prolonged": true, "prolonging": true,
	"extend": true, "extends": true, "extended": true, "extending": true,
	"renew": true, "renews": true, "renewed": true, "renewing": true,
}

// toldBefore reports a time set right before a speech verb that comes
// before trigger k ("the minister on Tuesday said that exports rose"):
// the time dates the telling.
func toldBefore(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	y, _ := slices.BinarySearchFunc(s.Toks, t.Span[1], func(tk token.Token, b int) int { return tk.Begin - b })
	return y < k && y < len(s.Toks) && person.IsSpeechVerb(s.Toks[y].Lower)
}

// preps are the words that make a time following them part of a phrase
// ("the budget for 1987", "talks in May").
var preps = map[string]bool{
	"the": true, "a": true, "an": true, "for": true, "in": true, "on": true, "of": true, "at": true, "by": true,
	"to": true, "from": true, "until": true, "since": true, "after": true, "before": true, "during": true,
	"than": true, "and": true, "or": true, "between": true, "over": true, "through": true, "with": true,
}

// verbish reports a word that can open a verb phrase: a past form in
// -ed, a modal or auxiliary, or a few irregular past forms of the verbs
// news reports events with.
func verbish(w string) bool {
	if strings.HasSuffix(w, "ed") && len(w) > 3 {
		return true
	}
	switch w {
	case "held", "met", "signed", "made", "sent", "told", "began", "took", "gave", "struck", "won",
		"will", "would", "has", "have", "had", "is", "are", "was", "were", "also", "again", "formally", "jointly":
		return true
	}
	return false
}

// timeNouns after a time keep it a time of its own ("the 1990 season" is
// still 1990; "a March 3 meeting" is dated by the trigger check).
var timeNouns = map[string]bool{"period": true, "season": true, "term": true, "session": true, "round": true}

// coordinatedTime returns the time of the next clause of sentence s when
// it is a second predicate of the same subject ("visited Nepal ... and
// held talks with Nepalese leaders on Monday"): one report of a sequence
// of acts, whose one time covers the first act too. Only a time not after
// the article date is borrowed, since "signed a deal and will meet next
// week" says nothing of when the deal was signed.
func (d *doc) coordinatedTime(s *mention.Sentence, c mention.Clause) (annals.TimeExpr, int, bool) {
	cs := s.Clauses()
	for x := 0; x+1 < len(cs); x++ {
		if cs[x] != c {
			continue
		}
		// Skip appositions between ("visited Nepal, his first trip
		// there, and held talks").
		y := x + 1
		for y+1 < len(cs) && s.Toks[cs[y].I].Text == "," {
			y++
		}
		n := cs[y]
		if s.Toks[n.I].Lower != "and" {
			break
		}
		ob, oe := s.Toks[n.I].Begin, s.Toks[n.J-1].End
		for i, t := range d.times {
			if t.Span[0] >= ob && t.Span[1] <= oe && !t.Start.IsZero() && t.Type != annals.TimeDuration && t.Type != annals.TimeSet && !d.sinceAnchor(t) && !d.comparisonBase(t) {
				if !d.dct.IsZero() && t.Start.After(d.dct) {
					break
				}
				return t, i, true
			}
		}
	}
	return annals.TimeExpr{}, -1, false
}

// datelineTime reports the date of a wire dateline ("WASHINGTON, Oct 20
// - The United States ..."): a time after a line's opening place and
// before a dash. It dates the report, not what the lead sentence tells;
// undated past reports take the article date anyway, and cooperation or
// conflict without a time of their own stays out.
func (d *doc) datelineTime(t annals.TimeExpr) bool {
	if lo := strings.LastIndexByte(d.text[:t.Span[0]], '\n') + 1; strings.TrimSpace(d.text[lo:t.Span[0]]) == "" && t.Span[1] < len(d.text) && d.text[t.Span[1]] >= 'A' && d.text[t.Span[1]] <= 'Z' {
		// "October 22, 2010Secretary of State ...": a page's date at the
		// head of a line, glued by scraping to the story's first word.
		return true
	}
	rest := strings.TrimLeft(d.text[t.Span[1]:min(len(d.text), t.Span[1]+32)], " \t")
	if strings.HasPrefix(rest, ")") {
		// "ANKARA (Pakistan Point News / Sputnik - 17th May, 2022)": the
		// credit in brackets after the place in capitals.
		lo := strings.LastIndexByte(d.text[:t.Span[0]], '\n') + 1
		head := d.text[lo:t.Span[0]]
		if p := strings.IndexByte(head, '('); p > 0 && len(head) <= 80 {
			city := strings.TrimSpace(head[:p])
			return strings.ToUpper(city) == city && strings.ToLower(city) != city
		}
		return false
	}
	if strings.HasPrefix(rest, "(") {
		// "MANILA, Feb. 15 (Xinhua) --": the agency between date and dash.
		if e := strings.IndexByte(rest, ')'); e > 0 && e <= 24 && !strings.Contains(rest[:e], "\n") {
			rest = strings.TrimLeft(rest[e+1:], " \t")
		}
	}
	if len(rest) > 8 {
		rest = rest[:8]
	}
	if !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "—") {
		return false
	}
	lo := strings.LastIndexByte(d.text[:t.Span[0]], '\n') + 1
	if t.Span[0]-lo > 60 {
		return false
	}
	head := d.text[lo:t.Span[0]]
	if strings.TrimSpace(head) == "" && !d.dct.IsZero() && t.Start == d.dct && t.End == d.dct {
		// "19 February 2008 – A senior official will tomorrow ...": the
		// article's own date and a dash opening a line, a dateline
		// without a place (a line of a chronology, "3 May 2019 – Talks
		// open", bears a date of its own).
		return true
	}
	c := strings.IndexByte(head, ',')
	// "WASHINGTON, Oct 20 -", "QALA-E-NAW, Afghanistan, Aug. 27 -": the
	// place in capitals before the first comma.
	return c > 0 && strings.ToUpper(head[:c]) == head[:c] && strings.ToLower(head[:c]) != head[:c]
}

// datelined reports a clause that holds a dateline's date: the main
// clause of the lead ("WASHINGTON, Oct 20 - The House voted ..."), not
// its subordinate clauses ("until Reagan accounts for past assistance").
func (d *doc) datelined(s *mention.Sentence, c mention.Clause) bool {
	cb, ce := s.Toks[c.I].Begin, s.Toks[c.J-1].End
	lo, hi := d.timesIn(cb, ce)
	for _, t := range d.times[lo:hi] {
		if t.Span[1] <= ce && d.datelineTime(t) {
			return true
		}
	}
	return false
}

// whenTime returns the time a "when" clause is attached to: "since
// January, when it signed a memorandum", "in 2019, when the two
// countries met". The relative adverb refers to that time, whatever
// "since" does to it.
func (d *doc) whenTime(s *mention.Sentence, c mention.Clause) (annals.TimeExpr, bool) {
	if s.Toks[c.I].Lower != "when" || c.I == 0 {
		return annals.TimeExpr{}, false
	}
	x := c.I - 1
	if s.Toks[x].Text == "," && x > 0 {
		x--
	}
	end := s.Toks[x].End
	lo, hi := d.timesIn(s.Span[0], end)
	for i := hi - 1; i >= lo; i-- {
		t := d.times[i]
		if t.Span[1] == end && !t.Start.IsZero() && t.Type != annals.TimeDuration && t.Type != annals.TimeSet {
			return t, true
		}
		if t.Span[1] < end {
			break
		}
	}
	return annals.TimeExpr{}, false
}

// sinceAnchor reports a time after "since" ("his first visit since
// 2005", "the first meeting since North Korea's October nuclear test"):
// the start of a span that reaches the present, which dates an earlier
// happening, never the event reported (TimeML anchors such an expression
// to a duration, not to the event). "since" may stand a few words before
// the time, within the same phrase.
func (d *doc) sinceAnchor(t annals.TimeExpr) bool {
	// 128 bytes hold a founding phrase: "since the establishment of
	// diplomatic relations in 1970" dates the relations, not the talks;
	// so does a longer one with a figure in it ("his first since winning
	// the election with 81.31% of the vote and taking office on November
	// 26"): a decimal point ends no phrase.
	lo := max(0, t.Span[0]-128)
	before := d.text[lo:t.Span[0]]
	x := strings.LastIndex(strings.ToLower(before), "since")
	if x >= 0 && !(x > 0 && isLetter(before[x-1])) && !(x+5 < len(before) && isLetter(before[x+5])) && !phraseBreak(before[x:]) {
		return true
	}
	return d.firstIn(t)
}

// firstIn reports a span measured back from now after "first ... in" or a
// superlative ("the first visit by a top American diplomat to China in
// five years", "the worst fighting in a decade"): it says how long since
// the last time, not when the event is.
func (d *doc) firstIn(t annals.TimeExpr) bool {
	lo := max(0, t.Span[0]-80)
	before := strings.ToLower(d.text[lo:t.Span[0]])
	trimmed := strings.TrimRight(before, " \t\n")
	for _, p := range []string{" in more than", " in over", " in nearly", " in almost", " in the past", " in the last", " in"} {
		if strings.HasSuffix(trimmed, p) {
			trimmed = strings.TrimSuffix(trimmed, p)
			if i := strings.LastIndexAny(trimmed, ",;:.()\"\n"); i >= 0 {
				trimmed = trimmed[i+1:]
			}
			for _, w := range strings.Fields(trimmed) {
				if w == "first" || w == "worst" || w == "highest" || w == "lowest" || w == "largest" || w == "biggest" || w == "deadliest" || w == "best" {
					return true
				}
			}
			return false
		}
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// sceneAfter reports a trigger k after time t that names where the
// speaking took place ("said Monday at a conference on ...", "told
// reporters Friday during talks with ..."): the time dates that meeting
// too.
func sceneAfter(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	if s.Toks[k].Begin < t.Span[1] {
		return false
	}
	for x := k - 1; x >= 0 && s.Toks[x].Begin >= t.Span[1]; x-- {
		w := s.Toks[x].Lower
		if w == "that" || complementStarts[w] && w != "a" && w != "the" || s.Toks[x].Kind == token.Punct {
			return false
		}
		if w == "at" || w == "during" {
			return true
		}
	}
	return false
}

// frontedTime finds a dated expression of sentence s outside clause c in a
// clause without event triggers ("On Monday, the two leaders met").
//
// A future time in a later clause does not date a past trigger: "has
// signed a letter of intent ..., with completion expected in 45 days".
func (d *doc) frontedTime(s *mention.Sentence, c mention.Clause, k int) (annals.TimeExpr, int, bool) {
	if d.frontFor != s {
		d.front, d.frontFor = d.frontTimes(s), s
	}
	past := isPastTrigger(s.Toks[k].Lower)
	skip := -1 // a clause whose later times are passed over
	for _, ft := range d.front {
		o := s.Clauses()[ft.clause]
		if o == c || c.Own && o.I > c.I || ft.clause == skip {
			// A clause that needs its own time takes only a fronted one
			// ("Earlier this year, coast guard vessels clashed").
			continue
		}
		if o.I > c.I && relativeBetween(s.Toks, s.Clauses(), c, o) {
			// "had an audience with the Queen, who noted that her
			// birthday would be marked the following day": the time
			// of a relative clause after c, or of what it says, is its
			// own.
			continue
		}
		t := d.times[ft.time]
		if extendUntil(s, t, k) {
			continue // "prolonged until 28 February the sanctions"
		}
		if reportTime(s, t, k) || reportBetween(s, t, k) {
			// "Kenya confirmed Tuesday that Ruto will visit Japan", "On
			// Thursday, the ministry said Ruto will meet Kishida": the
			// time dates the confirmation, not the visit.
			continue
		}
		if past && o.I > c.I && !d.dct.IsZero() && t.Start.After(d.dct) {
			skip = ft.clause
			continue
		}
		return t, ft.time, true
	}
	return annals.TimeExpr{}, -1, false
}

// relativeBetween reports a non-restrictive relative clause (", who
// ...", ", which ...", ", whose ...") that opens after clause c and not
// after clause o.
func relativeBetween(toks []token.Token, cs []mention.Clause, c, o mention.Clause) bool {
	for _, q := range cs {
		if q.I < c.J || q.I > o.I || q.I == 0 {
			continue
		}
		switch toks[q.I].Lower {
		case "who", "whose", "which":
			if toks[q.I-1].Text == "," {
				return true
			}
		}
	}
	return false
}

// reportBetween reports a speech or announcement verb between time t and
// a later trigger k, with a future cue after the verb ("On Tuesday, the
// ministry confirmed that Vidal will meet Lama"): the time is told of the
// report, and the trigger stands in a future it reports. ("On March 2,
// Japan announced $12 million in aid" announces the aid itself.)
func reportBetween(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	future := false
	for x := k - 1; x >= 0 && s.Toks[x].Begin >= t.Span[1]; x-- {
		w := s.Toks[x].Lower
		if plannedCues[w] {
			future = true
		}
		if person.IsSpeechVerb(w) || announceVerbs[w] {
			return future
		}
	}
	return false
}

// clauseTime is a dated expression starting in a clause of a sentence.
type clauseTime struct{ clause, time int }

// frontTimes returns the dated expressions of the clauses of s that hold
// no event trigger and are not relative clauses (which date their own
// noun: "trade, which reached $18 billion last year"), in text order. A
// time starting in the clause counts even when it runs on past a comma
// ("..., Nov. 26, 2023." ends a photo caption).
func (d *doc) frontTimes(s *mention.Sentence) []clauseTime {
	var out []clauseTime
	lo, hi := d.timesIn(s.Span[0], s.Span[1])
	if lo == hi {
		return nil
	}
	for x, o := range s.Clauses() {
		if o.Rel {
			continue
		}
		ob, oe := s.Toks[o.I].Begin, s.Toks[o.J-1].End
		tl, th := d.timesIn(ob, oe)
		has := -1
		for i := tl; i < th; i++ {
			t := d.times[i]
			if t.Span[1] <= s.Span[1] && !t.Start.IsZero() && t.Type != annals.TimeDuration && t.Type != annals.TimeSet && !d.sinceAnchor(t) && !d.comparisonBase(t) && !d.datelineTime(t) {
				if has < 0 {
					has = 0
					if hasTrigger(s, o) {
						has = 1
					}
				}
				if has == 1 && !d.frontAfterSpeech(s, t) {
					// a clause with a trigger keeps its times, but for a
					// period fronted in the clause a speech verb of it reports
					continue
				}
				out = append(out, clauseTime{x, i})
			}
		}
	}
	return out
}

// frontAfterSpeech reports time t of sentence s fronted in what a speech
// verb right before it reports, a comma closing it (reportedFront).
func (d *doc) frontAfterSpeech(s *mention.Sentence, t annals.TimeExpr) bool {
	x, _ := slices.BinarySearchFunc(s.Toks, t.Span[0], func(tk token.Token, b int) int { return tk.Begin - b })
	for v := x - 1; v >= 0 && v >= x-3; v-- {
		if person.IsSpeechVerb(s.Toks[v].Lower) {
			return reportedFront(s, t, v, len(s.Toks)-1)
		}
	}
	return false
}

// timesIn returns the index range [lo, hi) of the times starting in
// bytes [b, e); d.times is in text order.
func (d *doc) timesIn(b, e int) (int, int) {
	lo := sort.Search(len(d.times), func(i int) bool { return d.times[i].Span[0] >= b })
	hi := sort.Search(len(d.times), func(i int) bool { return d.times[i].Span[0] >= e })
	return lo, hi
}

// linkedTime finds the time of a clause linked to clause c: a following
// "when"/"during" clause ("will meet Moi when he pays a visit to Nairobi
// on Friday"), else the first time of the sentence before the trigger,
// which sets the time of the whole sentence ("Obama on Monday raised ...,
// during an Oval Office meeting").
func (d *doc) linkedTime(s *mention.Sentence, c mention.Clause, k int) (annals.TimeExpr, int, bool) {
	cs := s.Clauses()
	for x, o := range cs {
		if o != c || x+1 >= len(cs) {
			continue
		}
		n := cs[x+1]
		if w := s.Toks[n.I].Lower; w == "when" || w == "during" || w == "while" {
			ob, oe := s.Toks[n.I].Begin, s.Toks[n.J-1].End
			for i, t := range d.times {
				if t.Span[0] >= ob && t.Span[1] <= oe && !t.Start.IsZero() && t.Type != annals.TimeDuration && t.Type != annals.TimeSet {
					return t, i, true
				}
			}
		}
	}
	kb := s.Toks[k].Begin
	for i, t := range d.times {
		if t.Span[0] >= s.Span[0] && t.Span[1] <= kb && !t.Start.IsZero() && t.Type != annals.TimeDuration && t.Type != annals.TimeSet && !reportTime(s, t, k) && !reportBetween(s, t, k) && !d.sinceAnchor(t) && !d.comparisonBase(t) && !d.datelineTime(t) {
			return t, i, true
		}
	}
	return annals.TimeExpr{}, -1, false
}

func isPastTrigger(w string) bool {
	tr, ok := trigger.Lookup(w)
	return ok && tr.Past
}

func isTrigger(w string) bool {
	_, ok := trigger.Lookup(w)
	return ok
}

// hasTrigger reports a clause with an event word that is not denied
// ("ended on Monday without an agreement" holds none) nor filtered as
// naming no event of its own ("fired his minister", "the labour
// strike"): the test clauseEvents makes, by liveTrigger.
func hasTrigger(s *mention.Sentence, c mention.Clause) bool {
	for k := c.I; k < c.J; k++ {
		if liveTrigger(s.Toks, c.I, c.J, k) {
			return true
		}
	}
	return false
}

// liveTrigger is the one test of an event word at k of clause [lo, hi):
// a phrase or lexicon trigger (conflictPhrase, trigger.Lookup) that
// droppedTrigger keeps. A capitalised event noun ("next month's G8
// Summit") is no new event of the story's, but it is a happening with a
// time of its own, so it counts here.
func liveTrigger(toks []token.Token, lo, hi, k int) bool {
	tr, ok := conflictPhrase(toks, lo, hi, k)
	if !ok {
		tr, ok = trigger.Lookup(toks[k].Lower)
	}
	if !ok {
		return false
	}
	if tr.Noun && k > lo && toks[k].IsCap() && !trigger.Negated(toks, lo, k) {
		return true
	}
	return !droppedTrigger(toks, lo, hi, k, tr)
}

// droppedTrigger reports trigger tr at k of clause [lo, hi) denied
// ("without an agreement") or naming no event of its own
// (trigger.NotAnEvent).
func droppedTrigger(toks []token.Token, lo, hi, k int, tr trigger.Trigger) bool {
	return trigger.Negated(toks, lo, k) || trigger.NotAnEvent(toks, lo, hi, k, tr)
}

// relativeOn returns the relative clause that follows event noun k at
// the end of clause c, after at most a short complement ("the exercise,
// which runs from ...", "his trip to Washington, which runs from April
// 26 to 29"), if any.
func relativeOn(s *mention.Sentence, c mention.Clause, k int) (mention.Clause, bool) {
	// The noun may keep a short complement: "his trip to Washington,
	// which runs ...".
	// So may a list of stops ("his trip to Chile, Argentina, Uruguay
	// and Brazil, which began today").
	if c.J-k > 12 {
		return mention.Clause{}, false
	}
	for x := k + 1; x < c.J; x++ {
		w := s.Toks[x]
		if !(w.Text == "," || w.IsCap() || w.Lower == "to" || w.Lower == "in" || w.Lower == "with" || w.Lower == "of" || w.Lower == "the" || w.Lower == "and" && x > k+2) {
			return mention.Clause{}, false
		}
	}
	for _, o := range s.Clauses() {
		// The comma before "which" may stand as a clause of its own.
		if o.Rel && (o.I == c.J || o.I == c.J+1 && s.Toks[c.J].Text == ",") && spanVerb(s.Toks, o) {
			return o, true
		}
	}
	return mention.Clause{}, false
}

// spanVerb reports a relative clause that tells when its noun happens:
// "which runs from ...", "that began on Monday", "which will take place
// on May 18", not "which will determine targets for 1987".
func spanVerb(toks []token.Token, o mention.Clause) bool {
	for x := o.I; x < o.J && x <= o.I+4; x++ {
		w := toks[x].Lower
		if spanVerbs[w] {
			return true
		}
		if w == "take" || w == "takes" || w == "took" {
			return x+1 < o.J && toks[x+1].Lower == "place"
		}
		switch w {
		case ",", "which", "that", "will", "is", "was", "are", "were", "be", "being", "has", "have", "had", "been":
			continue
		}
		return false
	}
	return false
}

// spanVerbs tell a happening's span or start; its end ("which ends
// tomorrow") dates only its last day and is left out.
var spanVerbs = map[string]bool{
	"runs": true, "run": true, "ran": true, "lasts": true, "lasted": true, "began": true,
	"begins": true, "begin": true, "started": true, "starts": true, "start": true,
	"opened": true, "opens": true, "scheduled": true,
	// "which occurred Sunday", "that happened on Friday": the day the
	// happening took place.
	"occurred": true, "occurs": true, "happened": true, "happens": true,
}

// comparisonBase reports a time that is the base of a comparison, not
// the period of what the clause tells: after "than", "against",
// "versus" or "compared with" ("up 5% compared with December"), a
// look back after "from", "over" or "on" ("rose 9% from a year earlier",
// "from the same period last year"), and "year-earlier" or "year-ago"
// as a modifier ("from year-earlier levels").
func (d *doc) comparisonBase(t annals.TimeExpr) bool {
	text := strings.ToLower(d.text[t.Span[0]:t.Span[1]])
	if strings.Contains(text, "year-earlier") || strings.Contains(text, "year-ago") {
		return true
	}
	words := strings.Fields(strings.ToLower(d.text[max(0, t.Span[0]-40):t.Span[0]]))
	// A quantifier of the whole period stands between the comparison and
	// its base ("compared to all of 2020", "than the whole of last year").
	for n := 0; n < 3 && len(words) > 1 && wholeOf[words[len(words)-1]]; n++ {
		words = words[:len(words)-1]
	}
	if len(words) == 0 {
		return false
	}
	prev := strings.Trim(words[len(words)-1], ",;:()")
	switch prev {
	case "than", "against", "versus", "vs", "vs.":
		return true
	case "with", "to":
		return len(words) > 1 && (words[len(words)-2] == "compared" || words[len(words)-2] == "comparison")
	case "from", "over", "on":
		// "on the same day" and "over the previous weekend" date what
		// happens; "on" and "over" look back only to a year earlier or
		// the same period of one.
		looks := []string{"earlier", "ago"}
		switch prev {
		case "from":
			looks = append(looks, "same", "previous", "prior", "corresponding")
		case "over":
			looks = append(looks, "same period", "same month", "same quarter", "corresponding")
		}
		for _, w := range looks {
			if strings.Contains(text, w) {
				return true
			}
		}
	case "period", "month", "quarter", "months", "time":
		// "from the same period last year": the time dates the base
		// period named before it.
		for _, w := range words[max(0, len(words)-3) : len(words)-1] {
			switch w {
			case "same", "corresponding", "previous", "prior":
				return true
			}
		}
	}
	return false
}

// wholeOf are the words of "all of", "the whole of" and "the entire"
// before a period.
var wholeOf = map[string]bool{"all": true, "of": true, "the": true, "whole": true, "entire": true, "full": true}

// itineraryDay returns the time of a happening that took place, told in
// an itinerary after the day it was on was named: a bare clock time
// ("At 7:15 p.m. the minister met X"), which the time tagger puts on the
// article's day when the last day named is ahead ("elections due on 12
// November"), or, without a time, an adverb of sequence before the verb
// ("The minister then met Y"). Either takes the day of the last
// happening told that took place on one named day before the article's
// ([doc.toldDay]), keeping the clock.
func (d *doc) itineraryDay(s *mention.Sentence, k int, t annals.TimeExpr, hasTime bool, st annals.Status) (annals.TimeExpr, bool) {
	day := d.toldDay
	if st != annals.StatusOccurred || day.Start.IsZero() || d.dct.IsZero() {
		return annals.TimeExpr{}, false
	}
	switch {
	case hasTime && t.Type == annals.TimeTime && t.Start == d.dct && t.End == d.dct && bareClock(t.Text):
		out := t
		out.Start, out.End = day.Start, day.Start
		v := string(t.Value)
		if i := strings.IndexByte(v, 'T'); i >= 0 {
			out.Value = annals.TimeValue(day.Start.String() + v[i:])
		} else {
			out.Value = annals.TimeValue(day.Start.String())
		}
		return out, true
	case !hasTime && k > 0 && (sequenceAdverbs[s.Toks[k-1].Lower] || sequenceLight(s.Toks, k)):
		return annals.TimeExpr{Type: annals.TimeDate, Value: annals.TimeValue(day.Start.String()), Start: day.Start, End: day.Start}, true
	}
	return annals.TimeExpr{}, false
}

// sequenceLight reports a noun trigger at k after a light verb with an
// adverb of sequence before it: "later had an audience with", "then held
// talks with", "afterwards had a working lunch with" (up to three words
// between the verb and the noun).
func sequenceLight(toks []token.Token, k int) bool {
	for x := k - 1; x >= 1 && x >= k-4; x-- {
		if toks[x].Kind != token.Word {
			return false
		}
		if lightVerbs[toks[x].Lower] {
			return sequenceAdverbs[toks[x-1].Lower]
		}
	}
	return false
}

// lightVerbs carry a noun trigger: "had talks", "held a meeting".
var lightVerbs = map[string]bool{"had": true, "held": true}

// sequenceAdverbs before a verb tell what came next ("then met").
var sequenceAdverbs = map[string]bool{"then": true, "afterwards": true, "afterward": true, "subsequently": true, "later": true}

// bareClock reports a clock time with no day of its own: "7:15 p.m.",
// "noon", "1400 GMT".
func bareClock(text string) bool {
	f := strings.Fields(strings.ToLower(text))
	if len(f) == 0 {
		return false
	}
	clock := false
	for _, w := range f {
		switch {
		case w == "noon" || w == "midnight":
			clock = true
		case w == "a.m." || w == "p.m." || w == "am" || w == "pm" || w == "a.m" || w == "p.m" || w == "o'clock" || w == "local" || w == "time":
		case zoneLike(w):
		default:
			if strings.Trim(w, "0123456789:.") != "" && strings.TrimRight(strings.Trim(w, "0123456789:."), "apm.") != "" {
				return false
			}
			if strings.IndexAny(w, "0123456789") < 0 {
				return false
			}
			clock = true
		}
	}
	return clock
}

// zoneLike reports a time zone abbreviation after a clock ("gmt", "est").
func zoneLike(w string) bool {
	switch w {
	case "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "cet", "cest", "bst", "ist", "jst", "msk":
		return true
	}
	return false
}

// offsetAnchor dates a happening told in a clause set a number of days
// or weeks after or before another time ("The announcement came a day
// after the ministers met in Quito", "two days before they signed"): the
// time of what the sentence's subject refers to less (after) or plus
// (before) the length. That time is a day told earlier in the sentence,
// else the last day told before it (the day the announcement was made).
// The span returned is the length's.
func (d *doc) offsetAnchor(s *mention.Sentence, k int) (annals.TimeExpr, bool) {
	kb := s.Toks[k].Begin
	for i, t := range d.times {
		if t.Type != annals.TimeDuration || t.Span[0] < s.Span[0] || t.Span[1] > kb {
			continue
		}
		n, unit, ok := dayLength(t.Value)
		if !ok {
			continue
		}
		x, found := slices.BinarySearchFunc(s.Toks, t.Span[1], func(tk token.Token, b int) int { return tk.End - b })
		if !found || x+1 >= k {
			continue
		}
		dir := 0
		switch s.Toks[x+1].Lower {
		case "after":
			dir = -1
		case "before":
			dir = 1
		default:
			continue
		}
		for y := x + 2; y < k; y++ {
			if s.Toks[y].Text == ";" || s.Toks[y].Lower == "and" && y+1 < k && isTrigger(s.Toks[y+1].Lower) {
				return annals.TimeExpr{}, false
			}
		}
		var anchor annals.TimeExpr
		for j := i - 1; j >= 0; j-- {
			a := d.times[j]
			if a.Type == annals.TimeDuration || a.Type == annals.TimeSet || a.Start.IsZero() || a.Start != a.End {
				continue
			}
			anchor = a
			break
		}
		if anchor.Start.IsZero() {
			return annals.TimeExpr{}, false
		}
		day := anchor.Start.AddDays(dir * n * unit)
		return annals.TimeExpr{Type: annals.TimeDate, Value: annals.TimeValue(day.String()), Span: t.Span, Start: day, End: day}, true
	}
	return annals.TimeExpr{}, false
}

// dayLength reads a length of whole days or weeks ("P1D", "P2W") as a
// count and the days in its unit.
func dayLength(v annals.TimeValue) (n, unit int, ok bool) {
	s := string(v)
	if len(s) < 3 || s[0] != 'P' {
		return 0, 0, false
	}
	switch s[len(s)-1] {
	case 'D':
		unit = 1
	case 'W':
		unit = 7
	default:
		return 0, 0, false
	}
	for _, c := range s[1 : len(s)-1] {
		if c < '0' || c > '9' {
			return 0, 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, unit, n > 0 && n <= 60
}

// afterMeetingRef reports a sentence opened by "After" or "Following"
// and a definite meeting noun ("After the meeting with X, Y held ...",
// "Following their talks, ..."): what is told next happened on the day
// of the meeting told before.
func afterMeetingRef(s *mention.Sentence) bool {
	toks := s.Toks
	if len(toks) < 4 || toks[0].Lower != "after" && toks[0].Lower != "following" {
		return false
	}
	switch toks[1].Lower {
	case "the", "that", "this", "their", "his", "her", "these", "those":
	default:
		return false
	}
	tr, ok := trigger.Lookup(toks[2].Lower)
	return ok && tr.Noun && tr.Type == annals.EventMeet
}

// announcedDay returns the day of the announcement that tells an event
// which took place, when the event has no time of its own: "X and Y
// announced Sunday that they had come to terms on an agreement" is an
// agreement reached by Sunday, dated by it rather than by the article. The
// day stands right after a verb of announcing before trigger k ("announced
// on Sunday", "confirmed Friday"), is one day, and is not after the
// article's date; a verb of saying is not enough ("said Monday that troops
// had attacked" tells when it was said, not when it was done), except
// before an agreement or grant in the present perfect: "the Commission
// said on Monday it has signed a financing agreement" tells a signing
// just done, by that day (see perfectDeal).
func (d *doc) announcedDay(s *mention.Sentence, k int) (annals.TimeExpr, bool) {
	kb := s.Toks[k].Begin
	lo, hi := d.timesIn(s.Span[0], kb)
	for _, t := range d.times[lo:hi] {
		if t.Span[1] > kb || t.Type != annals.TimeDate || t.Start.IsZero() || t.Start != t.End || !d.dct.IsZero() && t.Start.After(d.dct) {
			continue
		}
		x, _ := slices.BinarySearchFunc(s.Toks, t.Span[0], func(tk token.Token, b int) int { return tk.Begin - b })
		v := x - 1
		if v >= 0 && s.Toks[v].Lower == "on" {
			v--
		}
		if v < 0 || !(announceVerbs[s.Toks[v].Lower] || saidVerbs[s.Toks[v].Lower] && perfectDeal(s.Toks, x, k)) || strings.HasSuffix(s.Toks[v].Lower, "ing") {
			continue
		}
		return t, true
	}
	return annals.TimeExpr{}, false
}

var saidVerbs = map[string]bool{"said": true, "says": true}

// perfectDeal reports trigger k, an agreement or a grant ("signed",
// "agreed", "granted", "approved"), in the present perfect ("has signed",
// "have agreed") within a few words after the said-day at token x, with
// no clause of another verb between: "said on January 19 (that) it has
// signed".
func perfectDeal(toks []token.Token, x, k int) bool {
	if k < 1 || k-x > 8 {
		return false
	}
	tr, ok := trigger.Lookup(toks[k].Lower)
	if !ok || tr.Noun || tr.Type != annals.EventAgree && tr.Type != annals.EventCooperate {
		return false
	}
	a := toks[k-1].Lower
	if a == "also" || a == "now" || a == "just" || a == "already" {
		if k < 2 {
			return false
		}
		a = toks[k-2].Lower
	}
	return a == "has" || a == "have"
}

// nameYear reports a bare year or year range that ends a name ("the EEA
// Financial Mechanism 2021-2028", "Agenda 2063", "the Vision 2030
// programme"): it names the programme's span or target, not when the
// clause's event happened. The word before it is capitalised and not the
// first of its line or sentence, and only a space stands between.
func (d *doc) nameYear(t annals.TimeExpr) bool {
	if !fourDigits(d.text[t.Span[0]:t.Span[1]]) {
		return false
	}
	b := t.Span[0]
	if b >= 5 && (d.text[b-1] == '-' || d.text[b-1] == '/') && fourDigits(d.text[b-5:b-1]) {
		b -= 5 // the start of a range the time is the end of ("2021-2028")
	}
	if b < 2 || d.text[b-1] != ' ' {
		return false
	}
	e := b - 1
	w := e
	for w > 0 && isLetter(d.text[w-1]) {
		w--
	}
	if w == e || d.text[w] < 'A' || d.text[w] > 'Z' || w == 0 || dayWords[strings.ToLower(d.text[w:e])] {
		return false // no name, or a month or weekday ("June 2005")
	}
	// The capitalised word must follow another word on its line: a
	// sentence's or heading's first word ("In 2019", "Since 2004") is
	// capitalised for its place.
	j := w
	for j > 0 && d.text[j-1] == ' ' {
		j--
	}
	if j == w || j == 0 {
		return false
	}
	c := d.text[j-1]
	return isLetter(c) || c == ')'
}

// fourDigits reports a string of four digits, as a year is written.
func fourDigits(w string) bool {
	if len(w) != 4 {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// saidTime returns the time of a dated speech verb that past trigger k
// continues as a further predicate of the same subject: k right after a
// comma or "and" ("X said Sunday he was freezing ties, called Y a liar
// and accused him of ..."), the nearest speech verb before k dated by a
// time right after it ("said Sunday"), and no "that" between, since
// "said Sunday that rebels attacked ..." reports an act of others. A
// time after the article date is no report's.
func (d *doc) saidTime(s *mention.Sentence, k int) (annals.TimeExpr, bool) {
	if k < 2 || (s.Toks[k-1].Text != "," && s.Toks[k-1].Lower != "and") {
		return annals.TimeExpr{}, false
	}
	for x := k - 1; x >= 0 && x >= k-40; x-- {
		w := s.Toks[x].Lower
		if w == "that" || w == "which" || w == "who" || w == ";" {
			return annals.TimeExpr{}, false
		}
		if !person.IsSpeechVerb(w) {
			continue
		}
		t, ok := d.timeAfter(s, x)
		if !ok || t.Span[1] > s.Toks[k].Begin || (!d.dct.IsZero() && t.Start.After(d.dct)) {
			return annals.TimeExpr{}, false
		}
		return t, true
	}
	return annals.TimeExpr{}, false
}

// setOffTime returns a time set off by commas right after clause c, alone
// between them ("expelled the envoy from the talks, last Wednesday,
// complaining that ..."): an afterthought that dates the clause before
// it. A time after the article date is left to the clause after it.
func (d *doc) setOffTime(s *mention.Sentence, c mention.Clause) (annals.TimeExpr, int, bool) {
	e := c.J
	if e+1 >= len(s.Toks) || s.Toks[e].Text != "," {
		return annals.TimeExpr{}, -1, false
	}
	b := s.Toks[e+1].Begin
	if s.Toks[e+1].Lower == "on" && e+2 < len(s.Toks) {
		b = s.Toks[e+2].Begin // ", on Monday,"
	}
	i, ok := slices.BinarySearchFunc(d.times, b, func(t annals.TimeExpr, b int) int { return t.Span[0] - b })
	if !ok {
		return annals.TimeExpr{}, -1, false
	}
	t := d.times[i]
	if t.Start.IsZero() || t.Type == annals.TimeDuration || t.Type == annals.TimeSet || !d.dct.IsZero() && t.Start.After(d.dct) {
		return annals.TimeExpr{}, -1, false
	}
	// The token after the time closes it off: a comma or the sentence's end.
	for x := e + 1; x < len(s.Toks); x++ {
		if s.Toks[x].Begin >= t.Span[1] {
			if w := s.Toks[x].Text; w != "," && w != "." {
				return annals.TimeExpr{}, -1, false
			}
			return t, i, true
		}
	}
	return annals.TimeExpr{}, -1, false
}

// duringTime returns the time of a "during" clause right after clause c
// that tells no event of its own ("accused Chile of spying during a
// speech on Monday"): the occasion's time is the act's. A time after the
// article date is left alone.
func (d *doc) duringTime(s *mention.Sentence, c mention.Clause) (annals.TimeExpr, int, bool) {
	if c.J >= len(s.Toks) || s.Toks[c.J].Lower != "during" {
		return annals.TimeExpr{}, -1, false
	}
	for _, n := range s.Clauses() {
		if n.I != c.J {
			continue
		}
		if hasTrigger(s, n) {
			return annals.TimeExpr{}, -1, false
		}
		ob, oe := s.Toks[n.I].Begin, s.Toks[n.J-1].End
		for i, t := range d.times {
			if t.Span[0] >= ob && t.Span[1] <= oe && !t.Start.IsZero() && t.Type != annals.TimeDuration && t.Type != annals.TimeSet {
				if !d.dct.IsZero() && t.Start.After(d.dct) {
					break
				}
				return t, i, true
			}
		}
	}
	return annals.TimeExpr{}, -1, false
}

// coordTime returns the time of the predicate that clause c continues
// ("accused X of spying last month and expelled him"): the clause just
// before c, when it holds the sentence's first trigger, a past verb, and
// a time of its own not after the article date. With caused, c tells
// what that clause caused ("expelled him on Monday, prompting Estonia to
// expel ..."), and the clause before needs no trigger of its own.
func (d *doc) coordTime(s *mention.Sentence, c mention.Clause, caused bool) (annals.TimeExpr, bool) {
	ft := -1
	if !caused {
		if ft = firstTrigger(s); ft < 0 || ft >= c.I {
			return annals.TimeExpr{}, false
		}
	}
	for _, p := range s.Clauses() {
		if p.J != c.I || p.Rel || !caused && (p.I > ft || ft >= p.J) {
			continue
		}
		at := ft
		if caused {
			at = p.J - 1
		} else if tr, ok := trigger.Lookup(s.Toks[ft].Lower); !ok || !tr.Past || tr.Noun {
			return annals.TimeExpr{}, false
		}
		t, ok := d.governingTime(s, mention.Clause{I: p.I, J: p.J, Own: true}, at)
		if !ok && caused && p.Coord {
			// "accused X last month and expelled him, prompting ...":
			// the causing predicate's own borrowed time.
			t, ok = d.coordTime(s, p, false)
		}
		if !ok || t.Span[1] > s.Toks[c.I].Begin || !d.dct.IsZero() && t.Start.After(d.dct) {
			return annals.TimeExpr{}, false
		}
		return t, true
	}
	return annals.TimeExpr{}, false
}

// sinceClauseVerb reports a trigger k that is the past verb of a "since"
// clause and stands before time t in it ("the second meeting since Peres
// arrived in the U.S. 10 days ago"): the time dates that clause's own
// happening, the arrival, not a span reaching the present.
func sinceClauseVerb(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	toks := s.Toks
	if toks[k].End > t.Span[0] || !strings.HasSuffix(toks[k].Lower, "ed") {
		return false
	}
	for x := k - 1; x >= 0 && x >= k-8; x-- {
		if toks[x].Kind == token.Punct {
			return false
		}
		if toks[x].Lower == "since" {
			return true
		}
	}
	return false
}

// phraseBreak reports punctuation in s that ends a phrase: a comma,
// semicolon, colon, full stop, bracket, quote or line break; a full stop
// or comma between digits ("81.31%", "1,200") is part of a number.
func phraseBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', ',':
			if i > 0 && i+1 < len(s) && isDigit(s[i-1]) && isDigit(s[i+1]) {
				continue
			}
			return true
		case ';', ':', '(', ')', '"', '\n':
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// inSincePhrase reports trigger verb k inside the "since" phrase that time t
// closes ("the first since the ministry announced that Shultz will visit
// Israel in October"): the time is the trigger's own, not an anchor of
// the clause's event.
func (d *doc) inSincePhrase(s *mention.Sentence, t annals.TimeExpr, k int) bool {
	kb, ke := s.Toks[k].Begin, s.Toks[k].End
	if tr, ok := trigger.Lookup(s.Toks[k].Lower); ke > t.Span[0] || !ok || tr.Noun && !(k > 0 && verbBefore[s.Toks[k-1].Lower]) {
		return false // "Since the first meeting in 1991, trade grew": the anchor itself
	}
	lo := max(0, t.Span[0]-128)
	x := strings.LastIndex(strings.ToLower(d.text[lo:t.Span[0]]), "since")
	return x >= 0 && lo+x < kb
}

// verbBefore words make the trigger after them a verb ("will visit", "to
// meet").
var verbBefore = map[string]bool{"will": true, "would": true, "to": true, "shall": true, "may": true, "might": true, "could": true}
