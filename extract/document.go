package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/page"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/sentence"
	"github.com/annals-project/annals/extract/timex"
	"github.com/annals-project/annals/extract/token"
)

// Options are the caller's facts about an article.
type Options struct {
	// Source names where the text came from (path, URL, corpus id); it is
	// copied to the document.
	Source string
	// Title overrides the headline found in the text.
	Title string
	// Published, when set, is the document creation time (DCT) and
	// overrides any date found in the text.
	Published annals.Date
}

// validate checks the options; the only error Document returns.
func (o Options) validate() error {
	if !utf8.ValidString(o.Source) || !utf8.ValidString(o.Title) {
		return fmt.Errorf("%w: source and title must be valid UTF-8", annals.ErrInvalid)
	}
	p := o.Published
	if !p.IsZero() {
		// String prints "%04d-%02d-%02d", which ParseDate checks.
		if _, err := annals.ParseDate(p.String()); err != nil {
			return fmt.Errorf("published date %v: %w", p, err)
		}
	}
	return nil
}

// doc is the working state of one extraction.
type doc struct {
	text string
	dct  annals.Date
	// news is the story's news day (see newsDay), found once: hasNews
	// when there is one, newsDaySet once looked for.
	news                annals.TimeExpr
	hasNews, newsDaySet bool
	// teaserScans counts the searches teaserCopy made for a teaser's
	// opening words, which it caps to keep the work linear.
	teaserScans int
	// reportEnd is the end of the quoted report that opens the sentence
	// the event pass reads (see quotedReport), 0 when none.
	reportEnd int
	g         *gazetteer.Gazetteer
	sents     []*mention.Sentence
	persons   []*person.Person // by Mention.PersonIndex; nil when merged
	times     []annals.TimeExpr
	// orgNames are the organisations found, before persons are sought.
	orgNames []string
	// dateline is the place the story is filed from, "" when unknown,
	// and datelineState the state it lies in.
	dateline      string
	datelineState annals.Country
	// bloc is the story's principal international organisation ("" when
	// none), the referent of an unnamed "leaders" (see principalBloc).
	bloc string
	// lent caches the participants of each clause of sentence lentFor,
	// for clauses that borrow them (see borrowed).
	lent    []parties
	lentFor *mention.Sentence
	// front caches the fronted times of sentence frontFor (see
	// frontTimes).
	front    []clauseTime
	frontFor *mention.Sentence
	// lastMeeting is the last dated meeting found so far, thatMeeting
	// the one before the current sentence: "During that meeting" refers
	// to it.
	lastMeeting, thatMeeting annals.Event
	// lastMet is the last meeting that took place, dated or not,
	// lastMetSent the sentence it was told in, and sentIndex the
	// sentence being read.
	lastMet                annals.Event
	lastMetSent, sentIndex int
	// lastVisit is the last dated planned visit, told in sentence
	// lastVisitSent (see onTrip).
	lastVisit     annals.Event
	lastVisitSent int
	// stay is the stay for a purpose told in the present ("X is in
	// Bogota to meet ..."), dated by the report day, and staySent its
	// sentence: what the traveller does there is dated like it.
	stay     annals.Event
	staySent int
	// trips are the dated planned visits told so far, in story order
	// (see namedStop).
	trips []annals.Event
	// party holds the persons the story puts in the travelling party of
	// a visit (see travellingSpeaker).
	party map[string]bool
	// partyVisit is the visit the party was told with.
	partyVisit annals.Event
	// tripSent is the last sentence that told of what is planned on
	// that visit; the visit stays the story's frame for two sentences
	// after it as after lastVisitSent.
	tripSent int
	// toldVisit is the last visit found so far with a time of its own,
	// planned or made, and thatVisit the one before the current
	// sentence: "During that visit" refers to it.
	toldVisit, thatVisit annals.Event
	// underWay is the last visit told as under way on the article's day
	// (see visitUnderWay).
	underWay annals.Event
	// dateLines are the times alone on their line (see reportDay),
	// found on first use; dateLinesSorted tells that their ends ascend.
	dateLines                      []annals.TimeExpr
	dateLinesDone, dateLinesSorted bool
	// toldHappening is the last meeting, visit or agreement found so far
	// with a time of its own, told in sentence toldHappeningSent, and
	// frame the one of the sentence before the current one, if any: a
	// sentence opened by "Afterward" continues it (see sequenceFront).
	toldHappening, frame annals.Event
	// toldDay is the last meeting, visit or agreement that took place on
	// one day named before the article's (see [doc.itineraryDay]).
	toldDay annals.Event
	// toldMeetDay is toldDay for meetings only.
	toldMeetDay       annals.Event
	toldHappeningSent int
	// scheduled marks, per sentence, one told under a schedule's future
	// frame (see scheduleFrames); nil until first needed.
	scheduled []bool
	// dataTime is the period of the last data release told with one
	// ("released data on trade through July 2009"), in sentence
	// dataSent; lastFigure is the last dated trade figure, told in
	// sentence lastFigureSent (see figurePeriod).
	dataTime                 annals.TimeExpr
	dataSent, lastFigureSent int
	lastFigure               annals.Event
	// lastAttack is the last act of violence told with a party (see
	// [doc.condemnedAttack]).
	lastAttack annals.Event
	// mainAttack is the last act of violence told with a day of its
	// own, in sentence mainAttackSent: the incident the story tells,
	// which a later undated report of violence retells (see
	// [doc.incidentTime]).
	mainAttack     annals.Event
	mainAttackSent int
	// releaseTime is the period of the figures a data release reports,
	// last told or used in sentence releaseSent (see noteRelease).
	releaseTime  annals.TimeExpr
	releaseSent  int
	releaseState annals.Country // whose figures the release reports, if told
	// cancelled is the event type sentence cancelFor calls off, if any.
	cancelled annals.EventType
	cancelFor *mention.Sentence
}

// Document extracts the persons, organisations, countries, places, time
// expressions and events of one article.
//
// The document's ID is the hex SHA-256 of the text bytes. Its date
// (Published) is opts.Published when set (PublishedFrom "option"), else the
// dateline or byline date found by timex.FindDCT ("dateline"), else zero;
// relative times and events are resolved against it. Only the story
// region of a scraped page is read (see package page); spans index text as
// given, and every evidence string is a substring of text.
//
// Document never fails on the text, whatever its bytes: noise and unknown
// names give fewer facts. It returns an error wrapping annals.ErrInvalid
// only for invalid options. The result passes [annals.Document.Validate].
// Slices of the result are empty, not nil, so JSON shows [] for "none".
func Document(text string, opts Options) (*annals.Document, error) {
	if err := opts.validate(); err != nil {
		return nil, fmt.Errorf("extract: document %q: %w", opts.Source, err)
	}
	out := &annals.Document{
		ID:            ID(text),
		Source:        opts.Source,
		Title:         opts.Title,
		Persons:       []annals.Person{},
		Organizations: []annals.Organization{},
		Countries:     []annals.Country{},
		Places:        []annals.Place{},
		Times:         []annals.TimeExpr{},
		Events:        []annals.Event{},
	}
	d := &doc{text: text, g: gazetteer.Default()}
	switch {
	case !opts.Published.IsZero():
		d.dct, out.PublishedFrom = opts.Published, "option"
	default:
		if dct, ok := timex.FindDCT(text); ok {
			d.dct, out.PublishedFrom = dct, "dateline"
		}
	}
	out.Published = d.dct

	lines := page.Lines(text)
	regions := page.StoryOf(lines)
	title, hasTitle := page.TitleOf(text, lines)
	if out.Title == "" && hasTitle {
		out.Title = text[title[0]:title[1]]
	}
	var arena token.Arena
	defer arena.Release() // no token outlives Document: the result holds strings only
	for _, r := range regions {
		inQuote, prevEnd := false, r[0]
		for _, sp := range splitAtTitle(text, sentence.Split(text, r), title, hasTitle) {
			s := &mention.Sentence{Span: sp, Toks: arena.Tokenize(text, sp[0], sp[1])}
			s.Headline = hasTitle && sp[0] >= title[0] && sp[1] <= title[1]
			if strings.Contains(text[prevEnd:sp[0]], "\n") {
				inQuote = false // a new paragraph opens its own quotation
			}
			inQuote = mention.MarkQuotes(s, inQuote)
			prevEnd = sp[1]
			mention.Scan(d.g, s)
			d.unbornStates(s)
			d.formerCapitals(s)
			mention.FindGroups(s)
			d.sents = append(d.sents, s)
		}
	}
	// Organisations first, so that "Allegheny International said" after
	// "Allegheny International Inc" is the company, not a person.
	acronyms := map[string]string{}
	for _, s := range d.sents {
		d.findAreas(s)
		d.findBases(s)
		d.findAcronyms(s, acronyms)
		d.findOrgs(s)
		for _, m := range s.Ments {
			if m.Kind == mention.Org && !slices.Contains(d.orgNames, m.Name) {
				d.orgNames = append(d.orgNames, m.Name)
			}
		}
	}
	d.findCommission()
	// The dateline first: a title's default state yields to it.
	d.dateline = d.datelinePlace()
	d.persons = person.Find(d.text, d.sents, d.orgNames, d.datelineState)
	d.times = timex.SlashByDCT(d.dct, timex.SundayWeeks(d.dct, d.storyTimes(regions)))

	out.Persons = d.personList()
	out.Organizations = d.orgList()
	out.Countries = d.countryList()
	out.Places = d.placeList()
	// The time list follows the news annotations: the day of a page's
	// date-and-clock stamp is a DATE of its own (events keep the TIME),
	// a range of days in one month ("June 23-30") or of months
	// ("January-June") is listed by its start, a half year by its year,
	// and the adjective "current" and "the past year" not as dates.
	out.Times = timex.Listed(d.text, d.dct, d.times) // never nil: [] when none
	out.Events = append(out.Events, d.events()...)
	if err := out.Validate(); err != nil {
		// A bug, not bad input: keep the entities, drop what is invalid,
		// and say so as data.
		dropInvalidEvents(out, err)
	}
	return out, nil
}

// dropInvalidEvents leaves out of a document that failed validation (err)
// the events that break an invariant, one by one, and warns of each; when
// that does not make the document valid, it drops every event.
func dropInvalidEvents(out *annals.Document, err error) {
	names := map[string]bool{}
	for _, p := range out.Persons {
		names[p.Name] = true
	}
	for _, o := range out.Organizations {
		names[o.Name] = true
	}
	kept := out.Events[:0:0]
	for _, e := range out.Events {
		bad := e.Validate()
		for _, a := range e.Actors {
			if bad == nil && !names[a] {
				bad = fmt.Errorf("actor %q is not a person or organisation of the document", a)
			}
		}
		if bad != nil {
			out.Warnings = append(out.Warnings, "extract: event dropped: "+bad.Error())
			continue
		}
		kept = append(kept, e)
	}
	out.Events = kept
	if out.Validate() != nil {
		out.Events = []annals.Event{}
		out.Warnings = append(out.Warnings, "extract: events dropped: "+err.Error())
	}
}

// datelinePlace returns the city a story is filed from: a place opening
// one of the first six sentences (after any date and slug lines) and
// followed by a comma, dash or line end ("NAIROBI, June 2 -", "Lima, Peru – 16 November 2024", "Colombo"
// on a line of its own). A page's time stamp is no dateline: neither a
// masthead line that ends in a clock ("Montevideo, November 23rd 2024 -
// 07:38 UTC") nor a bare city on the line under a stamp ("Published on
// 10/04/2019 - 15:11" / "Montevideo").
func (d *doc) datelinePlace() string {
	for _, s := range d.sents[:min(6, len(d.sents))] {
		if s.Headline || len(s.Ments) == 0 {
			continue
		}
		m := s.Ments[0]
		if m.I != 0 || (m.Kind != mention.Place && !(m.Kind == mention.Country && m.Entry.Kind == gazetteer.Capital)) {
			continue
		}
		if m.J == len(s.Toks) && d.underStamp(s.Toks[0].Begin) {
			continue
		}
		if m.J < len(s.Toks) && endsInClock(s.Toks[m.J:], lineEnd(d.text, s.Toks[m.J].Begin)) {
			continue
		}
		if m.J == len(s.Toks) || datelineMark(s.Toks, m.J) {
			d.datelineState = m.Country
			return m.Entry.Name
		}
	}
	return ""
}

// lineEnd returns the offset of the end of the line holding offset i of
// text.
func lineEnd(text string, i int) int {
	if e := strings.IndexByte(text[i:], '\n'); e >= 0 {
		return i + e
	}
	return len(text)
}

// underStamp reports whether the line before the one starting at offset b
// of the text is a page's time stamp: it opens with a publication word
// ("Published on 10/04/2019", "Updated:") or ends in a clock ("10/04/2019
// - 15:11"). A place alone on the next line belongs to the stamp, not to
// the story.
func (d *doc) underStamp(b int) bool {
	b = strings.LastIndexByte(d.text[:b], '\n')
	if b < 0 {
		return false
	}
	a := strings.LastIndexByte(d.text[:b], '\n') + 1
	toks := token.Tokenize(d.text[a:b], a)
	if len(toks) == 0 {
		return false
	}
	switch toks[0].Lower {
	case "published", "posted", "updated", "modified":
		return true
	case "last", "first":
		if len(toks) > 1 && (toks[1].Lower == "updated" || toks[1].Lower == "published" || toks[1].Lower == "modified") {
			return true
		}
	}
	return endsInClock(toks, b)
}

// endsInClock reports whether the tokens before offset end (the end of
// their line) close with a clock time, with at most a time zone or "a.m."
// after it, and hold no lower-case word before it: a time stamp
// ("November 23rd 2024 - 07:38 UTC", "10/04/2019 - 15:11"), not a story
// line that tells a time ("- At 10:30 GMT the polls closed").
func endsInClock(toks []token.Token, end int) bool {
	clock := false
	for k := 0; k < len(toks) && toks[k].Begin < end; k++ {
		t := toks[k]
		switch {
		case t.Kind == token.Number && k+2 < len(toks) && toks[k+1].Text == ":" && toks[k+2].Kind == token.Number && len(toks[k+2].Text) == 2 && toks[k+2].Begin < end:
			if clock {
				return false // a second clock: a range or a list, not a stamp
			}
			clock = true
			k += 2
		case t.Kind != token.Word:
			if clock {
				return false
			}
		case zoneLike(t.Lower) || t.Lower == "am" || t.Lower == "pm" || t.Lower == "a.m." || t.Lower == "p.m." || t.Lower == "local" || t.Lower == "time":
		case clock:
			return false
		case t.Lower == "st" || t.Lower == "nd" || t.Lower == "rd" || t.Lower == "th":
			// an ordinal's suffix ("23rd")
		case !t.IsCap():
			return false // a story word
		}
	}
	return clock
}

// datelineMark reports whether the tokens from j close a dateline's
// place: a comma, a dash or a colon ("KUALA LUMPUR: ..."), or a wire
// agency's short name in parentheses before one ("Hanoi (VNA) –",
// "WASHINGTON (AP) --").
func datelineMark(toks []token.Token, j int) bool {
	if toks[j].Text == "(" && j+3 < len(toks) && toks[j+1].IsAllCaps() && toks[j+2].Text == ")" {
		j += 3
	}
	switch toks[j].Text {
	case ",", "-", "–", "—", "--", ":":
		return true
	}
	return false
}

// storyTimes tags the whole text (so expressions keep their context) and
// keeps the expressions inside the story regions, and outside them the
// page's date lines: a whole calendar date written with its year
// ("Tuesday, September 26, 2000", "19/11/2001") dates the page, and the
// news annotations list it (SCHEMA.md: the text's own publication date),
// while "currently" in a menu or a month in a link is noise.
func (d *doc) storyTimes(regions []annals.Span) []annals.TimeExpr {
	tagged := timex.Tag(d.text, d.dct)
	out := tagged[:0] // kept in place: Tag's result is ours
	for _, t := range tagged {
		in := false
		for _, r := range regions {
			if t.Span[0] >= r[0] && t.Span[1] <= r[1] {
				in = true
				break
			}
		}
		if in || d.dateLine(t) {
			out = append(out, t)
		}
	}
	return out
}

// dateLine reports whether t is a whole calendar date that names its
// year in its text and stands apart from the words around it, not inside
// a web address or a code ("Da=9/30/2004&Cat=2"). A page's stamp of a
// date and its clock ("25/03/2031 18:35") is one too.
func (d *doc) dateLine(t annals.TimeExpr) bool {
	v := string(t.Value)
	stamp := t.Type == annals.TimeTime && len(v) > 10 && v[10] == 'T'
	if !(t.Type == annals.TimeDate && len(v) == 10 || stamp) || !strings.Contains(t.Text, v[:4]) {
		return false
	}
	if b := t.Span[0]; b > 0 && !strings.ContainsRune(" \t\n\r|,(", rune(d.text[b-1])) {
		return false
	}
	if e := t.Span[1]; e < len(d.text) && !strings.ContainsRune(" \t\n\r|,)", rune(d.text[e])) {
		return false
	}
	return true
}

// personList returns the persons in order of first mention.
func (d *doc) personList() []annals.Person {
	out := []annals.Person{}
	for _, p := range d.persons {
		if p == nil {
			continue
		}
		role := p.Role
		if p.Written != "" {
			role = p.Written
		}
		if p.Acting {
			role = "acting " + role
		}
		if p.Former {
			role = "former " + role
		}
		out = append(out, annals.Person{Name: p.Name, Country: p.Country, Role: role, Mentions: slices.Clone(p.Mentions)})
	}
	return out
}

// countryList returns the states mentioned, by first mention. A state
// that no longer exists counts only when the article was written while
// the state existed: in a 2013 story "Soviet" and "the collapse of the
// Soviet Union" describe history, in a 1987 Reuters story they name a
// government (docs/annotating.md, section 22). With no date, its name
// counts and its adjective does not.
func (d *doc) countryList() []annals.Country {
	out := []annals.Country{}
	seen := map[annals.Country]bool{}
	for _, s := range d.sents {
		for _, m := range s.Ments {
			named := m.Kind == mention.Country && d.countsAsState(m) || m.Kind == mention.Org && m.Demonym || m.Kind == mention.Topic
			if !named || seen[m.Country] {
				continue
			}
			seen[m.Country] = true
			out = append(out, m.Country)
		}
	}
	return out
}

// dissolved gives the last day of each historical state (ISO 3166-3
// withdrawal dates).
var dissolved = map[annals.Country]annals.Date{
	"SUN": annals.MustParseDate("1991-12-26"),
	"DDR": annals.MustParseDate("1990-10-03"),
	"YUG": annals.MustParseDate("2003-02-04"),
	"CSK": annals.MustParseDate("1992-12-31"),
}

func (d *doc) countsAsState(m mention.Mention) bool {
	if !m.Entry.Historical {
		return true
	}
	end, ok := dissolved[m.Country]
	if !m.Demonym && (d.dct.IsZero() || !ok) {
		return true
	}
	return ok && !d.dct.IsZero() && !d.dct.After(end)
}

// unbornStates turns the mentions of a state that did not yet exist at
// the article date (gazetteer.Entry.Since) into what they named then: in a
// 1998 story "Kosovo" and "Pristina" are a province and its city, places
// of no state the gazetteer can name, and "Kosovar" names no state. With
// no article date the states count as they do today.
func (d *doc) unbornStates(s *mention.Sentence) {
	if d.dct.IsZero() {
		return
	}
	dropped := false
	for x, m := range s.Ments {
		if m.Entry.Since.IsZero() || !d.dct.Before(m.Entry.Since) || m.Kind != mention.Country && m.Kind != mention.Place {
			continue
		}
		if m.Entry.Kind == gazetteer.Demonym {
			s.Drop(x)
			dropped = true
			continue
		}
		s.Ments[x].Kind, s.Ments[x].Country = mention.Place, ""
	}
	if dropped {
		s.Flush()
	}
}

// successorOf names, for each state that no longer exists, the state
// that kept its capital: Moscow and the Kremlin, Belgrade, Prague.
var successorOf = map[annals.Country]annals.Country{"SUN": "RUS", "YUG": "SRB", "CSK": "CZE"}

// formerCapitals gives a capital the state it was the capital of at the
// article date: in a 1989 story "Moscow" and "the Kremlin" are the Soviet
// government or its capital, not Russia's, which the text would have to
// name (docs/annotating.md, section 22). With no article date the
// capitals are today's.
func (d *doc) formerCapitals(s *mention.Sentence) {
	if d.dct.IsZero() {
		return
	}
	for x, m := range s.Ments {
		if m.Entry.Kind != gazetteer.Capital || m.Kind != mention.Country && m.Kind != mention.Place {
			continue
		}
		for old, heir := range successorOf {
			if m.Country == heir && !d.dct.After(dissolved[old]) {
				s.Ments[x].Country = old
			}
		}
	}
}

// seats are the seats of government the gazetteer lists among capitals
// (countries.tsv), the buildings that stand for a government.
var seats = map[string]bool{"White House": true, "Kremlin": true, "Downing Street": true, "Whitehall": true}

// seatBodies are the buildings whose name, used for the institution they
// house rather than as a location, is a government body of its own. Not
// "the Pentagon": the news sets list it among organisations less often
// than they leave it out.
var seatBodies = map[string]bool{"White House": true, "Kremlin": true, "Downing Street": true}

// locatedAt reports a building or landmark named as a location: after a
// preposition of place ("at the White House", "arriving at the
// Pentagon") or as a dateline ("WHITE HOUSE, May 4 -"); not as the
// institution it houses ("the Pentagon said", "a White House aide",
// "informing the White House").
func locatedAt(toks []token.Token, m mention.Mention) bool {
	i := m.I - 1
	if i >= 0 && (toks[i].Lower == "the" || toks[i].Kind == token.Number) {
		i-- // "outside 10 Downing Street": a house number makes it an address
	}
	if i >= 0 && mention.Locative(toks[i].Lower) {
		return true
	}
	return m.I == 0 && m.J < len(toks) && toks[m.J].Text == ","
}

// placeList returns the places named as locations, by first mention.
func (d *doc) placeList() []annals.Place {
	out := []annals.Place{}
	seen := map[string]bool{}
	for _, s := range d.sents {
		for _, m := range s.Ments {
			if e, ok := d.territoryPlace(s, m); ok && !seen[e.Name] {
				seen[e.Name] = true
				out = append(out, annals.Place{Name: e.Name, Country: e.Country})
				continue
			}
			if m.Kind != mention.Place || seen[m.Name] || mention.Macro(m.Entry) && !namedRegion(s.Toks, m) {
				continue
			}
			if (seats[m.Entry.Name] || m.Entry.Sub == "landmark") && !locatedAt(s.Toks, m) {
				continue // "a White House aide", "the Pentagon said": the institution
			}
			seen[m.Name] = true
			out = append(out, annals.Place{Name: m.Name, Country: m.Country})
		}
	}
	return out
}

// territoryPlace returns the place a state mention also names when its
// words are a territory the gazetteer lists among places too ("Gaza",
// "the West Bank", "Hong Kong" in places.tsv as well as aliases of PSE and
// HKG in countries.tsv): the territory is a location of its own as well as
// the state it stands for. The place must span the whole mention, so the
// state's full name ("Palestine") or its demonym is no place.
func (d *doc) territoryPlace(s *mention.Sentence, m mention.Mention) (gazetteer.Entry, bool) {
	if m.Kind != mention.Country || m.Demonym || m.Entry.Kind != gazetteer.CountryName {
		return gazetteer.Entry{}, false
	}
	n, entries := d.g.Lookup(s.Toks, m.I)
	if n != m.J-m.I {
		return gazetteer.Entry{}, false
	}
	for _, e := range entries {
		if e.Kind == gazetteer.Place && e.Country == m.Country {
			return e, true
		}
	}
	return gazetteer.Entry{}, false
}

// namedRegion reports whether macro-region mention m names the region as
// a location, which the place list keeps (SCHEMA.md: "cities/regions
// named as locations"). A region of two words or more ("the Horn of
// Africa", "West Africa") is named wherever it stands as a noun; a
// continent or ocean of one word ("Africa", "Pacific") only after a
// locative preposition ("in Europe", "across Asia"), since it stands as
// often for a trading partner or in a name. Never a place: an adjective
// form ("Latin American leaders"), a word in a longer name ("Pacific
// Rim", "Trans-Pacific", "Economic Commission for Latin America").
func namedRegion(toks []token.Token, m mention.Mention) bool {
	if w := toks[m.J-1].Lower; (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ans")) && !strings.HasSuffix(strings.ToLower(m.Entry.Name), w) {
		return false // the adjective or people of the region's name: "Latin American(s)", not "the Caribbean", "the Balkans"
	}
	if m.J < len(toks) && (toks[m.J].Text == "-" || toks[m.J].Kind == token.Word && toks[m.J].IsCap()) {
		return false // "Pacific Rim", "Africa-Europe Alliance"
	}
	if m.I > 0 && toks[m.I-1].Text == "-" {
		return false // "Trans-Pacific"
	}
	if m.I > 1 && (toks[m.I-1].Lower == "for" || toks[m.I-1].Lower == "of") && toks[m.I-2].Kind == token.Word && toks[m.I-2].IsCap() {
		return false // "Economic Commission for Latin America": part of a name
	}
	if m.J-m.I > 1 {
		return true // "the Horn of Africa", "West Africa"
	}
	i := m.I - 1
	if i >= 0 && toks[i].Lower == "the" {
		i--
	}
	return i >= 0 && regionPreps[toks[i].Lower]
}

// regionPreps mark a macro region named as a location.
var regionPreps = map[string]bool{"in": true, "across": true, "throughout": true, "around": true, "within": true,
	"into": true, "to": true, "from": true, "near": true, "through": true, "over": true}

// findAreas adds the places named by a capitalised name and an
// administrative head ("Paktia province", "Hunan Province", "Rakhine
// state", "Tigray region", "Kurram district"): provinces, states and
// districts the gazetteer does not list. "state" and "region" count only
// in lower case ("Islamic State" is a group). The name runs back over at
// most three capitalised words that no mention covers.
func (d *doc) findAreas(s *mention.Sentence) {
	defer s.Flush()
	toks := s.Toks
	for h := 1; h < len(toks); h++ {
		w := toks[h]
		if w.Kind != token.Word || !areaHeadFilter.May(w.Lower) || !areaHeads[w.Lower] || (w.Lower == "state" || w.Lower == "region") && w.IsCap() || s.Covered(h) {
			continue
		}
		b := h
		for b > 0 && h-b < 3 && toks[b-1].Kind == token.Word && toks[b-1].IsCap() && !toks[b-1].IsAllCaps() && !s.Covered(b-1) && !person.NotName(toks[b-1].Lower) {
			b--
		}
		if b == h || b > 0 && (toks[b-1].Text == "-" || toks[b-1].Kind == token.Word && toks[b-1].IsCap()) {
			continue // no name, or a longer name the run does not reach
		}
		if b > 1 && (toks[b-1].Lower == "'s" || toks[b-1].Lower == "’s") && toks[b-2].IsCap() && !s.Covered(b-2) {
			continue // "Cox's Bazar district" cut short; but "Afghanistan's Paktia province", "the south's Unity state"
		}
		if strings.HasSuffix(toks[h-1].Lower, "ist") {
			continue // "an Islamist state": a kind of state, not its name
		}
		name := mention.Text(d.text, toks, b, h+1)
		s.Add(mention.Mention{Kind: mention.Place, I: b, J: h + 1, Name: name, Entry: gazetteer.Entry{Kind: gazetteer.Place, Name: name, Sub: "area"}})
	}
}

// areaHeads end the names of administrative areas.
var areaHeads = map[string]bool{"province": true, "prefecture": true, "governorate": true, "oblast": true, "district": true,
	"county": true, "state": true, "region": true}

// areaHeadFilter spares findAreas the areaHeads lookup for most tokens.
var areaHeadFilter = token.NewFilter(areaHeads)

// findOrgs adds organisations by head noun: a run of capitalised words
// ending in an organisation noun, with a state adjective before it giving
// the country ("Russian Foreign Ministry").
func (d *doc) findOrgs(s *mention.Sentence) {
	defer s.Flush()
	toks := s.Toks
	var posts []int // role mentions an office of the run is named by
	for k := 0; k < len(toks); k++ {
		// The cheap tests first: most tokens are no capitalised word.
		if toks[k].Kind != token.Word || !toks[k].IsCap() || s.Covered(k) || toks[k].IsAllCaps() || person.NotName(toks[k].Lower) && !orgStarts[toks[k].Lower] && !(bodyHeads[toks[k].Lower] && k+1 < len(toks) && (toks[k+1].Lower == "of" || toks[k+1].Lower == "for")) {
			continue
		}
		j := k
		posts = posts[:0]
		ofThe := -1 // the last "of the" the run took
		inner := -1 // a state adjective after "of" the run took
		for j < len(toks) {
			if toks[j].Kind == token.Word && toks[j].IsCap() && !toks[j].IsAllCaps() && !s.Covered(j) {
				j++
				continue
			}
			// "Office of the Spokesperson", "Council of the Baltic Sea
			// States": "of the" links like "of".
			if j > k && toks[j].Lower == "of" && j+2 < len(toks) && toks[j+1].Lower == "the" && toks[j+2].Kind == token.Word && toks[j+2].IsCap() && !toks[j+2].IsAllCaps() {
				if !s.Covered(j + 2) {
					ofThe = j
					j += 3
					continue
				}
				// "Office of the Spokesperson", "Office of the Vice
				// President": an office named by the post it serves,
				// when no person's name follows the post.
				if r := s.At(j + 2); r >= 0 && s.Ments[r].Kind == mention.Role && officeOfThe(toks, k) &&
					(s.Ments[r].J == len(toks) || !toks[s.Ments[r].J].IsCap() || toks[s.Ments[r].J].Kind != token.Word) {
					posts = append(posts, r)
					j = s.Ments[r].J
					continue
				}
			}
			// "Office of the Assistant Secretary of Defense": the post
			// the office serves closes the run.
			if r := s.At(j); r >= 0 && j > k+3 && len(posts) == 0 && s.Ments[r].Kind == mention.Role && officeOfThe(toks, k) &&
				(s.Ments[r].J == len(toks) || !toks[s.Ments[r].J].IsCap() || toks[s.Ments[r].J].Kind != token.Word) {
				posts = append(posts, r)
				j = s.Ments[r].J
				break
			}
			// "Association of Peruvian Exporters", "Confederation of
			// British Industry": a state adjective after "of" and before a
			// capitalised noun belongs to the body's name.
			if j > k && inner < 0 && toks[j].Lower == "of" {
				if x := s.At(j + 1); x >= 0 && s.Ments[x].Kind == mention.Country && s.Ments[x].Demonym && !s.Ments[x].Entry.Historical {
					if e := s.Ments[x].J; e < len(toks) && toks[e].Kind == token.Word && toks[e].IsCap() && !toks[e].IsAllCaps() && !s.Covered(e) {
						inner = x
						j = e
						continue
					}
				}
			}
			// "Securities and Exchange Commission", "Ministry of Defence",
			// "Inter-American Development Bank".
			if j > k && (orgLinksSet.Has(toks[j].Lower) || toks[j].Text == "-" && toks[j].Begin == toks[j-1].End) && j+1 < len(toks) && toks[j+1].IsCap() && !toks[j+1].IsAllCaps() && !s.Covered(j+1) {
				j++
				continue
			}
			break
		}
		if ofThe > k && j-ofThe >= 4 && endsInHead(toks, j) && !bodyHeads[toks[k].Lower] && !endsInHead(toks, ofThe) {
			// "the Capital Defense Zone of the National Armed Force": a
			// part with no head of its own, named by the body it belongs
			// to; the body is what follows "of the".
			k = ofThe + 2
		}
		if inner >= 0 && s.Ments[inner].I > k && !bodyHeads[toks[k].Lower] && !endsInHead(toks, s.Ments[inner].I) {
			// "Soldiers of Sri Lankan Air Force": a state adjective after
			// "of" opens the body's name when no body's noun stands
			// before "of" ("Confederation of Kenyan Growers").
			k, inner = s.Ments[inner].J, -1
		}
		if k >= 2 && peoples(toks, k) {
			// "People's Liberation Army", "National People's Congress":
			// "People's" is part of the name.
			k -= 2
			for k > 0 && toks[k-1].Kind == token.Word && toks[k-1].IsCap() && !toks[k-1].IsAllCaps() && !s.Covered(k-1) && !person.NotName(toks[k-1].Lower) {
				k--
			}
		}
		if ofThe >= 0 && ofState(s, j) {
			// "Ministry of Foreign Affairs of the Republic of Korea":
			// the state's formal name is no part of the body's.
			j = ofThe
		}
		if stateFormsSet.Has(toks[j-1].Lower) && (ofState(s, j) || s.Ending(k) >= 0 && s.Ments[s.Ending(k)].Kind == mention.Country) {
			// "the Federal Democratic Republic of Ethiopia", "Lao
			// People's Democratic Republic": a state's formal name.
			k = j
			continue
		}
		if j == k+1 && missionHeadsSet.Has(toks[k].Lower) {
			// "the Russian Embassy", "the U.S. Consulate": a state's
			// mission abroad, named by the state alone before its noun.
			if x := s.Ending(k); x >= 0 && statePrefix(s.Ments[x]) && !(s.Ments[x].I > 0 && toks[s.Ments[x].I-1].Text == "-") {
				m := s.Ments[x]
				s.Drop(x)
				name := mention.Text(d.text, toks, m.I, j)
				s.Add(mention.Mention{Kind: mention.Org, I: m.I, J: j, Name: name, Country: m.Country, Demonym: !m.Entry.Historical,
					Entry: gazetteer.Entry{Kind: gazetteer.Org, Name: name, Country: m.Country, Sub: "mission"}})
			}
			k = j
			continue
		}
		if toks[k].Lower == "chamber" && headedOf(toks, k, j) && inStateName(s, j) {
			// "the American Chamber of Commerce in Peru": a chamber
			// abroad takes the state it works in into its name.
			s.Drop(s.At(j + 1))
			j += 2
		}
		if j-k >= 2 && toks[j-1].Lower == "authority" && toks[j-2].Lower == "drawdown" {
			// "Presidential Drawdown Authority": a power the law gives
			// the president (see drawdownAid), no body.
			k = j
			continue
		}
		if j-k >= 2 && (person.OrgHead(toks[j-1].Lower) || stateBodyHeads[toks[j-1].Lower] || headedOf(toks, k, j)) {
			if p := personOf(toks, k, j); p != k && j-p < 2 {
				k = j - 1 // "Gerald Zackios of the Republic ...": no body's name after "of"
				continue
			} else {
				k = p
			}
			var c annals.Country
			b := k
			dem := false
			if x := s.Ending(k); x >= 0 && statePrefix(s.Ments[x]) && !(!s.Ments[x].Demonym && s.Ments[x].I > 0 && toks[s.Ments[x].I-1].Text == "-" && toks[s.Ments[x].I-1].End == toks[s.Ments[x].I].Begin) {
				// Not one state of a pair ("U.S.-Vietnam Trade Council").
				c, b, dem = s.Ments[x].Country, s.Ments[x].I, !s.Ments[x].Entry.Historical
				s.Drop(x)
			}
			if inner >= 0 && s.Ments[inner].J <= j {
				// The state adjective inside the name gives the country
				// when none opens it, and still counts as a mention of
				// the state.
				if c == "" {
					c, dem = s.Ments[inner].Country, true
				}
				s.Drop(inner)
			}
			for _, r := range posts {
				s.Drop(r)
			}
			name := mention.Text(d.text, toks, pairStart(s, b), j)
			// Demonym marks an organisation named with a state adjective,
			// which still counts as a mention of the state.
			s.Add(mention.Mention{Kind: mention.Org, I: b, J: j, Name: name, Country: c, Demonym: dem,
				Entry: gazetteer.Entry{Kind: gazetteer.Org, Name: name, Country: c}})
		}
		k = j
	}
}

// pairStart returns where the name of a body starting at token b begins
// when a pair of the states or bodies it joins stands before it, joined by
// a hyphen: "Iran-Algeria Joint Economic Commission", "EU-ASEAN Joint
// Council", "United States-Mexico Security Group". Each side is a state's
// name, an organisation or an acronym; the pair's mentions stay what they
// are (the states still count), and only the body's name takes them in.
// Else it returns b.
func pairStart(s *mention.Sentence, b int) int {
	toks := s.Toks
	// side returns where the side ending at token e (exclusive) starts, or -1.
	side := func(e int) int {
		if e <= 0 {
			return -1
		}
		if x := s.Ending(e); x >= 0 {
			m := s.Ments[x]
			if m.Kind == mention.Org || m.Kind == mention.Country && !m.Demonym && m.Entry.Kind == gazetteer.CountryName {
				return m.I
			}
			return -1
		}
		if t := toks[e-1]; t.Kind == token.Word && t.IsAllCaps() && len(t.Text) >= 2 {
			return e - 1
		}
		return -1
	}
	r := side(b)
	if r < 2 || toks[r-1].Text != "-" || toks[r-1].End != toks[r].Begin || toks[r-1].Begin != toks[r-2].End || toks[b-1].End == toks[b].Begin {
		return b
	}
	l := side(r - 1)
	if l < 0 || l > 0 && toks[l-1].Text == "-" {
		return b // a run of three or more: no pair
	}
	return l
}

// statePrefix reports a mention of a state that opens the name of the
// organisation after it: an adjective ("Russian Foreign Ministry") or the
// state's own name ("Iran Foreign Ministry", "Israel Defense Forces",
// "U.S. Marine Corps"), not a capital ("Moscow" names a city before
// "State University").
func statePrefix(m mention.Mention) bool {
	return m.Kind == mention.Country && (m.Demonym || m.Entry.Kind == gazetteer.CountryName)
}

// stateForms head the formal names of states.
var stateForms = map[string]bool{"republic": true, "kingdom": true, "emirates": true, "federation": true, "principality": true, "sultanate": true}

// stateFormsSet spares most words the stateForms lookup (see token.Set).
var stateFormsSet = token.NewSet(stateForms)

// officeOfThe reports a run that opens with a body of government and "of
// the" ("Office of the", "Bureau of the").
func officeOfThe(toks []token.Token, k int) bool {
	return k+2 < len(toks) && bodyHeads[toks[k].Lower] && toks[k+1].Lower == "of" && toks[k+2].Lower == "the"
}

// ofState reports a state named after "of" at token x: "of Korea", "of
// the Marshall Islands".
func ofState(s *mention.Sentence, x int) bool {
	if x+1 >= len(s.Toks) || s.Toks[x].Lower != "of" {
		return false
	}
	if s.Toks[x+1].Lower == "the" {
		x++ // "of the Marshall Islands"
	}
	y := s.At(x + 1)
	return y >= 0 && s.Ments[y].Kind == mention.Country
}

// headedOf reports a capitalised run headed by a body of government and
// its complement ("Ministry of Commerce", "Office of Foreign Assets
// Control", "Bureau for Humanitarian Assistance"): the head opens the run
// and "of" or "for" follows it.
func headedOf(toks []token.Token, k, j int) bool {
	return k+2 < j && bodyHeads[toks[k].Lower] && (toks[k+1].Lower == "of" || toks[k+1].Lower == "for")
}

var bodyHeads = map[string]bool{"ministry": true, "department": true, "office": true, "bureau": true, "agency": true,
	"commission": true, "council": true, "committee": true, "chamber": true,
	// Bodies of members named by what joins them: "Federation of Indian
	// Chambers of Commerce and Industry", "Confederation of British Industry".
	"association": true, "federation": true, "confederation": true}

// endsInHead reports a name toks[:j] whose last word is an
// organisation's head noun.
func endsInHead(toks []token.Token, j int) bool {
	return j > 0 && (person.OrgHead(toks[j-1].Lower) || stateBodyHeads[toks[j-1].Lower])
}

// peoples reports "People's" just before token k, joined as one word:
// the possessive of the people, common inside the names of parties,
// armies and legislatures.
func peoples(toks []token.Token, k int) bool {
	p, w := toks[k-1], toks[k-2]
	return (p.Lower == "'s" || p.Lower == "’s") && p.Begin == w.End && w.Lower == "people" && w.IsCap() && !w.IsAllCaps()
}

// stateBodyHeads end the names of the branches of a state the person
// lexicon's organisation heads leave out: courts ("Constitutional Court",
// "International Court of Justice"), legislatures ("National People's
// Congress", "German Federal Parliament"), armed services ("Indian Air
// Force", "People's Liberation Army", "Royal Marines", "Coast Guard") and
// the offices of a body ("Forum Secretariat"). Two capitalised words at
// least, as for the other heads: "the Army" or "Parliament" alone is
// no name. Not "Government" or "Mission": a capitalised "U.S.
// Government" or "Trade Mission" is mostly no body the news sets list.
var stateBodyHeads = map[string]bool{"court": true, "tribunal": true, "congress": true, "parliament": true,
	"army": true, "navy": true, "force": true, "marines": true, "guard": true, "secretariat": true}

// missionHeads name a state's diplomatic mission abroad after the state:
// "the Saudi Embassy", "the U.S. Consulate".
var missionHeads = map[string]bool{"embassy": true, "consulate": true}

// missionHeadsSet spares most words the missionHeads lookup (see token.Set).
var missionHeadsSet = token.NewSet(missionHeads)

// inStateName reports "in" and a state's own name at token x: "in Peru".
func inStateName(s *mention.Sentence, x int) bool {
	if x+1 >= len(s.Toks) || s.Toks[x].Lower != "in" {
		return false
	}
	y := s.At(x + 1)
	return y >= 0 && s.Ments[y].Kind == mention.Country && !s.Ments[y].Demonym && s.Ments[y].J == x+2 && s.Ments[y].Entry.Kind == gazetteer.CountryName
}

var orgLinks = map[string]bool{"and": true, "of": true, "for": true}

// orgLinksSet spares most words the orgLinks lookup (see token.Set).
var orgLinksSet = token.NewSet(orgLinks)

// personOf returns where an organisation starts in the capitalised run
// toks[k:j] when the run opens with a person's name and "of": in "David
// Wyss of Data Resources Inc" the firm is "Data Resources Inc". The name
// must open with a given name or follow "said"; else it returns k.
func personOf(toks []token.Token, k, j int) int {
	said := k > 0 && (toks[k-1].Lower == "said" || toks[k-1].Lower == "says" || toks[k-1].Lower == "added")
	if !said && !gazetteer.GivenName(toks[k].Lower) {
		return k
	}
	for x := k + 2; x+2 < j && x <= k+4; x++ {
		if toks[x].Lower == "of" && toks[x+1].Lower == "the" {
			return x + 2 // "Yevgeni Volk of the Heritage Foundation"
		}
		if toks[x].Lower == "of" {
			return x + 1
		}
	}
	return k
}

// orgStarts open the names of bodies though they open no person's name
// ("Foreign Ministry", "Central Bank of Tunisia", "General Administration
// of Customs", "Joint Task Force").
var orgStarts = map[string]bool{"foreign": true, "defence": true, "defense": true, "state": true, "news": true,
	"central": true, "general": true, "national": true, "federal": true, "supreme": true, "joint": true}

// orgList returns the organisations by first mention, with the surface
// forms they were mentioned by.
func (d *doc) orgList() []annals.Organization {
	out := []annals.Organization{}
	at := map[string]int{}
	for _, s := range d.sents {
		for _, m := range s.Ments {
			surface := mention.Text(d.text, s.Toks, m.I, m.J)
			kind := m.Entry.Sub
			switch {
			case m.Kind == mention.Org:
			case (m.Kind == mention.Place || m.Kind == mention.Country) && !m.Demonym && seatBodies[surface] && !locatedAt(s.Toks, m):
				// "without informing the White House", "the Kremlin
				// said": the building stands for the body it houses.
				m.Name, kind = surface, "government"
			default:
				continue
			}
			x, ok := at[m.Name]
			if !ok {
				out = append(out, annals.Organization{Name: m.Name, Country: m.Country, Kind: kind})
				x = len(out) - 1
				at[m.Name] = x
			}
			if !slices.Contains(out[x].Mentions, surface) {
				out[x].Mentions = append(out[x].Mentions, surface)
			}
		}
	}
	return out
}

// NameForms lists each distinct form of an organisation's name as an
// organisation of its own, in the order of first mention. The extraction
// keeps one organisation per body, with the forms as its mentions, so that
// the actor graph has one node for it; annotations list each form
// (docs/annotating.md section 23: "the Peruvian Foreign Ministry" and
// "Peruvian foreign affairs ministry", "UN Security Council" and "Security
// Council", "UN Mission in Mali" and "MINUSMA"), and the scorer compares
// them with this list. A form is the same as another when they
// differ in letter case only or one is an acronym spelling the other's
// initials ("UN", "United Nations"); the mentions of each item are the
// surface forms it stands for. The first item keeps the name the
// organisation was found by, with its first surface form.
func NameForms(orgs []annals.Organization) []annals.Organization {
	out := make([]annals.Organization, 0, len(orgs))
	for _, o := range orgs {
		first := len(out)
		out = append(out, annals.Organization{Name: o.Name, Country: o.Country, Kind: o.Kind})
		for i, m := range o.Mentions {
			x := -1
			for y := first; y < len(out) && x < 0; y++ {
				if sameForm(out[y].Name, m) || slices.ContainsFunc(out[y].Mentions, func(n string) bool { return sameForm(n, m) }) {
					x = y
				}
			}
			switch {
			case x >= 0:
			case i == 0:
				x = first // the found name may be the gazetteer's, not the text's
			default:
				out = append(out, annals.Organization{Name: m, Country: o.Country, Kind: o.Kind})
				x = len(out) - 1
			}
			out[x].Mentions = append(out[x].Mentions, m)
		}
	}
	return out
}

// sameForm reports two forms of a name that differ in letter case, dots
// or hyphens only ("Al-Shabab", "Al Shabab"; "U.S.", "US") or where one,
// in capitals, spells the other's initials.
func sameForm(a, b string) bool {
	if formKey(a) == formKey(b) {
		return true
	}
	return spellsInitials(a, b) || spellsInitials(b, a)
}

// formKeyReplacer drops dots and spaces hyphens for formKey. Built once:
// a Replacer builds its tables on first use, which cost more than the
// replacing when formKey made a new one per call.
var formKeyReplacer = strings.NewReplacer(".", "", "-", " ", "–", " ")

// formKey is a name in lower case without dots, with hyphens as spaces.
func formKey(name string) string {
	name = formKeyReplacer.Replace(strings.ToLower(name))
	return strings.Join(strings.Fields(name), " ")
}

// spellsInitials reports an acronym acr in capitals ("UNSC", "U.N.")
// spelling the initials of name's words, as findAcronyms reads them: a
// function word may give its letter or not, a word in capitals of four
// letters or fewer ("UN") all its letters or its first.
func spellsInitials(acr, name string) bool {
	acr = strings.ReplaceAll(acr, ".", "")
	if len(acr) < 2 || strings.ToUpper(acr) != acr || strings.ContainsAny(acr, " -") {
		return false
	}
	words := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(words) < 2 {
		return false
	}
	var spell func(ws []string, a string) bool
	spell = func(ws []string, a string) bool {
		if len(ws) == 0 {
			return a == ""
		}
		w := ws[0]
		if acronymFunction[strings.ToLower(w)] && spell(ws[1:], a) {
			return true
		}
		if a == "" {
			return false
		}
		if d := strings.ReplaceAll(w, ".", ""); d != "" && strings.ToUpper(d) == d && len(d) <= 4 && strings.HasPrefix(a, d) && spell(ws[1:], a[len(d):]) {
			return true
		}
		return strings.EqualFold(w[:1], a[:1]) && spell(ws[1:], a[1:])
	}
	return spell(words, acr)
}

// trimSpace trims ASCII white space from both ends of text[b:e].
func trimSpace(text string, b, e int) (int, int) {
	for b < e && strings.ContainsRune(" \t\r\n", rune(text[b])) {
		b++
	}
	for e > b && strings.ContainsRune(" \t\r\n", rune(text[e-1])) {
		e--
	}
	return b, e
}

// splitAtTitle splits a sentence that runs from the title line into a
// date line under it ("Kerry, Lavrov talk on Syria\n18 February 2013"):
// the headline ends at its line, and the date line tells no event.
func splitAtTitle(text string, sps []annals.Span, title annals.Span, ok bool) []annals.Span {
	if !ok {
		return sps
	}
	for i, sp := range sps {
		if sp[0] < title[0] || sp[0] >= title[1] || sp[1] <= title[1] {
			continue
		}
		rest := title[1]
		for rest < sp[1] && (text[rest] == ' ' || text[rest] == '\n' || text[rest] == '\r' || text[rest] == '\t') {
			rest++
		}
		if rest == sp[1] || !dateLine(text[rest:sp[1]]) {
			return sps
		}
		out := make([]annals.Span, 0, len(sps)+1)
		out = append(out, sps[:i]...)
		out = append(out, annals.Span{sp[0], title[1]}, annals.Span{rest, sp[1]})
		return append(out, sps[i+1:]...)
	}
	return sps
}

// dateLine reports a short line that names a year ("18 February 2013",
// "Published Date: 12:00 | 20 January 2018", "Source: Xinhua| 2019-08-27
// 15:13:59"): no prose.
func dateLine(s string) bool {
	n, year := 0, false
	for w := range strings.FieldsSeq(s) {
		if n++; n > 8 {
			return false
		}
		w = strings.Trim(w, ".,:;|()")
		if len(w) >= 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w[:4], "0123456789") == "" &&
			(len(w) == 4 || w[4] == '-' || w[4] == '/') {
			year = true // "2013", "2019-08-27"
		}
	}
	return year
}
