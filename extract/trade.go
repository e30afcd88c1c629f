package extract

import (
	"slices"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/money"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
)

// trade makes a trade event of a clause that states an amount of money
// and names an economic measure ("trade between the two countries
// totalled 33 billion US dollars last year").
func (d *doc) trade(si int, s *mention.Sentence, c mention.Clause, pp []int, ps []annals.Country) []cand {
	toks := s.Toks[c.I:c.J]
	amounts := restated(toks, money.Find(toks))
	if bare := d.releaseAmounts(si, s, c); len(bare) > 0 {
		amounts = append(amounts, bare...)
		slices.SortFunc(amounts, func(a, b money.Amount) int { return a.First - b.First })
	}
	amounts = slices.DeleteFunc(amounts, func(a money.Amount) bool {
		return changeAmount(toks, a) || itemAmount(toks, a) || debtStock(toks, a)
	})
	if len(amounts) == 0 {
		return nil
	}
	measure, mk := "", -1
	// The measure may be named in a relative clause on the clause's noun
	// ("for 910 mln dlrs under an agreement that ... aid"): a relative
	// clause is part of the noun phrase it follows.
	hi := c.J
	for _, o := range s.Clauses() {
		if o.I == hi && o.Rel {
			hi = o.J
		}
	}
	lo := c.I
	if c.Rel {
		// "trade, which reached $18 billion": the measure is the noun the
		// relative clause is on.
		for lo > 0 && s.Toks[lo-1].Text == "," {
			lo--
		}
		if lo > 0 {
			lo-- // the noun itself
		}
	}
	measure, mk = findMeasure(s, lo, hi)
	sc, subject := mention.Clause{}, false
	if measure != "" {
		// "set up 300 projects in Peru, with a total investment of $1.2
		// billion": the phrase names its measure, the clause before the
		// comma its parties.
		sc, subject = measurePhraseSubject(s, c)
	}
	if measure == "" {
		if sc, subject = figureSubject(s, c); subject {
			measure, mk = findMeasure(s, sc.I, sc.J)
			if measure == "" {
				measure, mk = verbMeasure(s, sc)
			}
		}
	}
	if measure == "" {
		// "is providing an initial $100,000 for relief supplies": money
		// given outright is aid though no noun names it.
		if k := givenAmount(toks, amounts[0]); k >= 0 {
			measure, mk = "aid", c.I+k
		}
	}
	listIntro := -1
	if measure == "" && c.I == 0 {
		// "Announcements during the visit included: • $3 million for
		// rural roads": an amount that opens an item of a list of
		// announced aid is aid, given by whom the list's introduction
		// names.
		if in := d.aidListIntro(si, s, amounts[0]); in >= 0 {
			measure, mk, listIntro = "aid", amounts[0].First, in
		}
	}
	if measure == "" {
		// "committed to investing $55 billion in Africa": money put in
		// by a verb of investing is investment though no noun names it.
		if k := objectOf(toks, amounts[0], investVerbs); k >= 0 {
			measure, mk = "investment", c.I+k
		}
	}
	if measure == "" {
		// "registered 26 projects from Egyptian investors worth USD
		// 1.3bn": projects of investors are investment.
		if k := investorProjects(toks, amounts[0]); k >= 0 {
			measure, mk = "investment", c.I+k
		}
	}
	if measure == "" {
		// "Mexico imported $371 billion worth of goods", "exported
		// coffee worth $2 million": money bought or sold abroad by a
		// verb of trade is imports or exports though no noun names it.
		if k := objectOf(toks, amounts[0], importVerbs); k >= 0 {
			measure, mk = "imports", c.I+k
		} else if k := objectOf(toks, amounts[0], exportVerbs); k >= 0 {
			measure, mk = "exports", c.I+k
		}
	}
	if measure == "" {
		return nil
	}
	actors, countries := d.participants(s, c, pp, ps, annals.EventTrade)
	if subject {
		sa, sn := d.participants(s, sc, pp, ps, annals.EventTrade)
		actors, countries = union(sa, actors), union(sn, countries)
	}
	if st := d.releaseState; st != "" && !slices.Contains(countries, st) && si-d.releaseSent <= releaseReach && releaseMeasures[measure] && measureOwner(s, c, mk) == "" {
		// "Its global surplus totaled $10.3 billion", "The surplus with
		// Japan fell to $120 million", "while imports from Africa
		// gained": a figure of the release that names no owner is one of
		// the state the release reports on.
		if len(countries) == 0 || partnerAfter(s, mk) {
			countries = append([]annals.Country{st}, countries...)
		}
	}
	if listIntro >= 0 {
		in := d.sents[listIntro]
		ia, ic := d.participants(in, mention.Clause{I: 0, J: len(in.Toks)}, pp, ps, annals.EventTrade)
		actors, countries = union(ia, actors), union(ic, countries)
	}
	if len(countries) < 2 && len(ps) == 2 && !ownPartner(s, mk, ps) {
		// A bilateral story's figures are between its two principal states
		// when the clause names fewer ("He said trade last year totalled
		// ...").
		for _, x := range ps {
			if !slices.Contains(countries, x) {
				countries = append(countries, x)
			}
		}
	}
	if len(actors) == 0 && len(countries) == 0 {
		return nil
	}
	var out []cand
	for n, a := range amounts {
		v := a.Value
		m := measure
		if n > 0 && measure != "aid" {
			// "exports totalled 702 mln dlrs compared with imports of
			// 1.08 billion": a measure named between two amounts is the
			// later one's.
			if m2, _ := findMeasure(s, c.I+amounts[n-1].Last+1, c.I+a.First); releaseMeasures[m2] {
				m = m2
			}
		}
		ev := annals.Event{Type: annals.EventTrade, CAMEO: "", Actors: slices.Clone(actors), Countries: slices.Clone(countries),
			Amount: &v, Currency: a.Currency, Measure: m}
		// Each amount takes the time right after it ("700 mln dlrs in
		// 1985"), else the time of the measure ("trade last year totalled
		// 1.3 billion dlrs").
		limit := c.J
		if n+1 < len(amounts) {
			limit = c.I + amounts[n+1].First
		}
		t, hasTime := d.governingTime(s, mention.Clause{I: c.I + a.Last, J: limit, Own: true}, c.I+a.Last)
		dated := hasTime && ownPeriod(toks, a.Last, t)
		if !hasTime || t.Span[0] < toks[a.Last].End {
			anchor := mk
			if k := nearestMeasure(s, max(mk+1, c.I), c.I+a.First); k > mk {
				// "trade ties with the 2018 two-way trade valued at $2
				// billion": the measure right before the amount is the one
				// whose time dates it.
				anchor = k
			}
			t, hasTime = d.governingTime(s, mention.Clause{I: c.I, J: limit}, anchor)
			if hasTime && n+1 < len(amounts) && t.Span[0] >= toks[amounts[n+1].First].Begin {
				// "to total 50 billion ... against 39.8 billion last
				// year": a time after a later amount is that amount's.
				hasTime = false
			}
		}
		if hasTime && toldBefore(s, t, mk) && !(m == "aid" && announcedAmount(s, t, c.I+a.First)) {
			// "the minister on Tuesday said that trade exceeded $35
			// billion": the day dates the statement, not the period the
			// figure covers.
			hasTime = false
		}
		if !hasTime && subject {
			// "The deficit hit a record in January, 68.5 billion
			// dollars": the time of the clause that names the measure.
			t, hasTime = d.governingTime(s, sc, mk)
		}
		if hasTime && samePeriods[strings.ToLower(t.Text)] {
			// "imports reached $1.3 billion during the same period": the
			// period of the figure told just before, in this clause or
			// the sentence before, not a quarter of its own.
			if f, ok := d.figureBefore(si, out); ok {
				t = annals.TimeExpr{Text: t.Text, Span: t.Span, Value: f.Time, Start: f.Start, End: f.End, Type: annals.TimeDate}
			}
		}
		goal := target(s.Toks, c.I, c.I+a.First)
		if !hasTime && c.I == 0 && n == 0 {
			// "A donation of $38,000 from the Forum towards Tonga's
			// recovery, was received on March 8": a comma sets the
			// subject apart from its own predicate, whose time is the
			// figure's.
			if pc, ok := commaPredicate(s, c); ok {
				t, hasTime = d.governingTime(s, pc, pc.I+1)
			}
		}
		if !hasTime && !goal {
			// "since the beginning of this year, trade has amounted to
			// $2.4 billion": a running figure covers the time from the
			// anchor to the story's day.
			t, hasTime = d.sinceStart(s)
		}
		if !hasTime && !goal {
			// A goal or forecast ("could increase that figure to $800
			// million") is not of the period of the figure told before.
			t, hasTime = d.figurePeriod(si, s, measure)
		}
		ev.Status = d.status(s, c, mk, t, hasTime, goal, false)
		if ev.Status == annals.StatusPlanned && hasTime && !d.dct.IsZero() && t.End.Before(d.dct) && (baseBefore(toks[:a.First]) || dated) {
			// "expected to total 9 billion this year against 7.5
			// billion last year": the base is a past figure. So is a
			// figure that carries its own past period, whatever goal
			// the clause speaks of ("efforts to double trade from $2.5
			// billion last year", "grew 35 percent to reach $2.5
			// billion last year").
			ev.Status = annals.StatusOccurred
		}
		if hasTime {
			ev.Start, ev.End, ev.Time = t.Start, t.End, t.Value
		} else if listIntro >= 0 && ev.Status == annals.StatusOccurred && !d.dct.IsZero() {
			// An item of a list of announcements is given on the
			// story's day, as an announcement of aid is.
			ev.Start, ev.End, ev.Time = d.dct, d.dct, annals.TimeValue(d.dct.String())
		}
		ev.Evidence = d.text[s.Span[0]:s.Span[1]]
		ev.Span = s.Span
		out = append(out, cand{ev: ev, sent: si, order: toks[a.First].Begin})
	}
	return out
}

// ownPeriod reports time t told right after the amount that ends at token
// last ("$2.5 billion last year", "$2.5 billion in 2003"): the period of
// the figure itself. A deadline ("$5 billion by 2003") is the period of a
// goal, and does not count.
func ownPeriod(toks []token.Token, last int, t annals.TimeExpr) bool {
	x := last + 1
	if x < len(toks) && (toks[x].Lower == "in" || toks[x].Lower == "during") {
		x++
	}
	return x < len(toks) && toks[x].Begin == t.Span[0]
}

// dataNouns name a release of figures.
var dataNouns = map[string]bool{"data": true, "figures": true, "statistics": true, "report": true, "numbers": true}

// dataNounFilter spares noteDataTime the dataNouns lookup for most tokens.
var dataNounFilter = token.NewFilter(dataNouns)

// noteDataTime records the period of a data release that sentence s
// tells with one: a month, quarter or year within twelve words after a
// data noun, in the same phrase ("released data on U.S. international trade through July
// 2009", "figures for the first quarter").
func (d *doc) noteDataTime(si int, s *mention.Sentence) {
	d.noteRelease(si, s)
	for k, t := range s.Toks {
		if !dataNounFilter.May(t.Lower) || !dataNouns[t.Lower] {
			continue
		}
		last := k
		for last+1 < len(s.Toks) && last < k+12 && s.Toks[last+1].Kind != token.Punct {
			last++
		}
		end := s.Toks[last].End
		lo, hi := d.timesIn(t.End, end)
		for _, x := range d.times[lo:hi] {
			if x.Start.IsZero() || x.Type != annals.TimeDate || x.Start == x.End || d.sinceAnchor(x) || d.comparisonBase(x) {
				continue // a day dates the release, not its period
			}
			d.dataTime, d.dataSent = x, si
			return
		}
	}
}

// figurePeriod returns the period of a trade figure that states none of
// its own: that of the figure in the sentence before, when sentence s has
// no time ("Exports rose to $12 billion in March. Imports fell to $9
// billion."), else that of the data release told in the last three
// sentences, when s refers to it ("The report shows that exports
// increased to $127.6 billion").
func (d *doc) figurePeriod(si int, s *mention.Sentence, measure string) (annals.TimeExpr, bool) {
	release := releaseMeasures[measure] && !d.releaseTime.Start.IsZero() && si-d.releaseSent <= releaseReach
	if lo, hi := d.timesIn(s.Span[0], s.Span[1]); hi == lo && d.lastFigureSent == si-1 && !d.lastFigure.Interval().IsZero() {
		f := d.lastFigure
		return annals.TimeExpr{Value: f.Time, Start: f.Start, End: f.End, Type: annals.TimeDate}, true
	}
	if !d.dataTime.Start.IsZero() && si-d.dataSent <= 3 {
		for k := 1; k < len(s.Toks); k++ {
			switch s.Toks[k-1].Lower {
			case "the", "this", "these", "'s", "’s":
				if dataNouns[s.Toks[k].Lower] {
					return d.dataTime, true
				}
			}
		}
	}
	if release {
		// "Japan's trade surplus rose 44% in April. ... Its exports to
		// the United States rose 14% to $8.6 billion": the figures of a
		// release are of its period until another is told.
		d.releaseSent = si
		return d.releaseTime, true
	}
	return annals.TimeExpr{}, false
}

// releaseMeasures are the measures of a trade data release; aid, debt
// and investment figures are told one by one, each with its own time.
var releaseMeasures = map[string]bool{"trade volume": true, "exports": true, "imports": true, "surplus": true, "deficit": true}

// releaseReach is how many sentences a release's period reaches past
// the last sentence that told or used it.
const releaseReach = 4

// noteRelease records the period of a data release that sentence s
// tells: the month, quarter, half or year (not a day) that governs a
// trade measure in a sentence stating a figure ("Japan's trade surplus rose
// 44.1% in April", "In June alone, trade totaled 16.8 billion dollars").
// A period wholly before the one recorded is a look back at a comparison
// base ("In January 2005 the surplus was 6.8 billion dollars"), not a new
// release, and leaves it.
func (d *doc) noteRelease(si int, s *mention.Sentence) {
	named := slices.ContainsFunc(s.Toks, func(t token.Token) bool { _, ok := trigger.Measure(t.Lower); return ok })
	if !named && d.releaseTime == (annals.TimeExpr{}) && d.releaseState == "" {
		return // no measure to note and no release to end
	}
	if m, _ := findMeasure(s, 0, len(s.Toks)); m == "" && otherHappening(s) {
		// "Exports rose to $2 billion in January. Ministers met.": the
		// story has moved on from the release.
		d.releaseTime, d.releaseState = annals.TimeExpr{}, ""
		return
	}
	if !named {
		return // no clause names a measure
	}
	for _, c := range s.Clauses() {
		m, mk := findMeasure(s, c.I, c.J)
		if !releaseMeasures[m] || !statesFigure(s.Toks) {
			continue
		}
		t, ok := d.governingTime(s, c, mk)
		if !ok || t.Type != annals.TimeDate || t.Start == t.End || t.Start.IsZero() {
			continue
		}
		if !d.releaseTime.Start.IsZero() && t.End.Before(d.releaseTime.Start) {
			continue
		}
		d.releaseTime, d.releaseSent = t, si
		if o := measureOwner(s, c, mk); o != "" {
			// "The trade surplus rose to ...": without an owner of its
			// own, the release goes on with the state it reports on.
			d.releaseState = o
		}
		return
	}
}

// findMeasure returns the economic measure named in tokens lo..hi of s
// and its index; "" and -1 when none.
func findMeasure(s *mention.Sentence, lo, hi int) (string, int) {
	for k := lo; k < hi; k++ {
		if reliefNounsSet.Has(s.Toks[k].Lower) && k > lo && reliefModifiers[s.Toks[k-1].Lower] && !s.Quoted[k] {
			// "€30 million in humanitarian funding", "a $3 billion
			// emergency appeal": money for relief is aid by another name.
			return "aid", k
		}
		if s.Toks[k].Lower == "budget" && k > lo && s.Toks[k-1].Lower == "humanitarian" && !s.Quoted[k] {
			// "adopted its annual humanitarian budget worth €900 million":
			// a donor's humanitarian budget is aid (an "emergency budget"
			// is a state's own spending, and stays out).
			return "aid", k
		}
		if (s.Toks[k].Lower == "drawdown" || s.Toks[k].Lower == "drawdowns") && !s.Quoted[k] && drawdownAid(s, k) {
			// "a $300 million drawdown of weapons for Ukraine": arms
			// given from stocks are aid.
			return "aid", k
		}
		if s.Toks[k].Lower == "support" && k+2 < hi && s.Toks[k+1].Lower == "of" && !s.Quoted[k] && amountAt(s.Toks[k+2:hi]) {
			// "to release further support of €116 million for those in
			// need": support of a sum of money is aid ("support of 60
			// percent of voters" is no money).
			return "aid", k
		}
		if s.Toks[k].Lower == "appeal" && k+2 < hi && s.Toks[k+1].Lower == "for" && moneyStart(s.Toks[k+2]) && !s.Quoted[k] {
			// "launched an appeal for 22.2 million U.S. dollars": an
			// appeal for a sum is a call for aid, whatever its adjective.
			return "aid", k
		}
		if m, ok := trigger.Measure(s.Toks[k].Lower); ok && (!s.Quoted[k] || releaseMeasures[m]) && !inName(s.Toks, k) && !otherBalance(s.Toks, lo, k) && !firmTurnover(s.Toks, lo, k) && !politicalDonation(s.Toks, lo, k) {
			// A quoted trade figure is still a figure: a speaker's "our
			// bilateral trade exceeded $28 billion last year" reports the
			// statistic as plainly as the narrative would (a goal is
			// planned by status). Quoted aid and investment words are not
			// read as measures: mostly pledges and aims.
			// "Municipal Assistance Corp" names a body, not aid.
			if k+1 < hi {
				// "trade surplus", "trade deficit": the balance, not the
				// volume.
				if m2, ok := trigger.Measure(s.Toks[k+1].Lower); ok && !inName(s.Toks, k+1) {
					return m2, k + 1
				}
				if m == "trade volume" && balanceNouns[s.Toks[k+1].Lower] {
					return "deficit", k + 1 // "trade gap", "trade shortfall"
				}
			}
			return m, k
		}
	}
	return "", -1
}

// politicalDonation reports "donation" at k that is money given to a
// party or a candidate, not aid: "campaign donations of $2 million", "a
// £500,000 donation to the party", "political donations".
func politicalDonation(toks []token.Token, lo, k int) bool {
	if w := toks[k].Lower; w != "donation" && w != "donations" {
		return false
	}
	for x := max(lo, k-3); x < min(len(toks), k+8); x++ {
		switch toks[x].Lower {
		case "campaign", "campaigns", "political", "party", "parties", "candidate", "election", "electoral", "re-election":
			return true
		}
	}
	return false
}

// firmTurnover reports "turnover" at k that is a firm's sales, not two
// states' trade: after a possessive ("Safaricom's turnover", "the
// company's annual turnover", "its turnover") or a word for a firm ("the
// group turnover"), an adjective at most between.
func firmTurnover(toks []token.Token, lo, k int) bool {
	if toks[k].Lower != "turnover" {
		return false
	}
	for x, n := k-1, 0; x >= lo && n < 2; x, n = x-1, n+1 {
		switch w := toks[x].Lower; w {
		case "'s", "’s", "'", "its", "company", "firm", "group", "corporate", "sales", "annual", "total":
			if w != "annual" && w != "total" {
				return true
			}
		default:
			return false
		}
	}
	return false
}

// nearestMeasure returns the index of the last measure word among tokens
// lo..hi of s, -1 when none.
func nearestMeasure(s *mention.Sentence, lo, hi int) int {
	for k := hi - 1; k >= lo; k-- {
		if m, ok := trigger.Measure(s.Toks[k].Lower); ok && (!s.Quoted[k] || releaseMeasures[m]) && !inName(s.Toks, k) {
			return k
		}
	}
	return -1
}

// otherBalance reports a surplus or deficit at k that is not one of
// trade: of a budget, of capital or of payments ("the budget deficit",
// "the long-term capital account deficit", "transfer payments narrowed
// to a 140 mln dlr deficit"), named before it in the same phrase with no
// "trade" between.
func otherBalance(toks []token.Token, lo, k int) bool {
	if w := toks[k].Lower; w != "surplus" && w != "deficit" && w != "deficits" && w != "surpluses" {
		return false
	}
	for x := k - 1; x >= lo; x-- {
		switch {
		case balanceOf[toks[x].Lower]:
			return true
		case toks[x].Lower == "trade" || toks[x].Lower == "merchandise":
			return false
		case toks[x].Kind == token.Punct && toks[x].Text != "-":
			return false
		}
	}
	return false
}

var balanceOf = map[string]bool{"budget": true, "budgetary": true, "fiscal": true, "capital": true, "payments": true, "transfer": true, "omissions": true}

// balanceNouns after "trade" name a deficit.
var balanceNouns = map[string]bool{"gap": true, "shortfall": true}

// figureSubject returns the clause that holds the subject of a clause
// stating a figure without its measure: the noun phrase a relative
// clause is on ("Bilateral trade with Malaysia, which was worth $16.9
// billion"), the main clause of a participle clause ("trade surpassed
// pre-pandemic figures, reaching more than $3 billion"), or a subject set
// apart by a relative clause ("Trade with Malaysia, which ..., fell to
// $10.8 billion").
func figureSubject(s *mention.Sentence, c mention.Clause) (mention.Clause, bool) {
	cls := s.Clauses()
	x := slices.Index(cls, c)
	if x <= 0 {
		return mention.Clause{}, false
	}
	y := x - 1
	for y > 0 && cls[y].J-cls[y].I == 1 {
		y-- // a lone comma before a relative clause
	}
	prev := cls[y]
	if continuesFigure(s.Toks[c.I:c.J]) {
		// "grew from $424 million in 2008, to $518 million in 2009, and
		// further to $691 million": each amount of a comparison after a
		// comma is a figure of the measure the comparison began with.
		for z := x - 1; z >= 0; z-- {
			if m, _ := findMeasure(s, cls[z].I, cls[z].J); m != "" {
				return cls[z], true
			}
			if m, _ := verbMeasure(s, cls[z]); m != "" {
				// "imported $65 billion worth of goods in 2020, compared
				// with $66.6 billion in 2019": the measure of the verb.
				return cls[z], true
			}
			if len(money.Find(s.Toks[cls[z].I:cls[z].J])) == 0 && cls[z].J-cls[z].I > 1 {
				break // the chain of figures ends at a clause without one
			}
		}
	}
	if c.Rel && !prev.Rel {
		return prev, true
	}
	if pronounFigure(s.Toks[c.I:c.J]) {
		// "Turnover surged to $9.5 billion last year, as it reached $8.4
		// billion in the first nine months of this year": "it" is the
		// measure of an earlier clause of the sentence.
		for z := x - 1; z >= 0; z-- {
			if m, _ := findMeasure(s, cls[z].I, cls[z].J); m != "" {
				return cls[z], true
			}
		}
	}
	if coordinatedFigure(s.Toks[c.I:c.J]) && !prev.Rel {
		if m, _ := findMeasure(s, prev.I, prev.J); m != "" {
			// "the volume of trade has grown by 88% and reached $7.8
			// billion": the second predicate of the measure's subject.
			return prev, true
		}
	}
	if t := s.Toks[c.I]; t.Text == "," && c.I+1 < c.J {
		if w := s.Toks[c.I+1]; w.Kind == token.Word && !w.IsCap() && strings.HasSuffix(w.Lower, "ing") && len(w.Lower) > 5 && !prev.Rel {
			return prev, true
		}
		if valuePhrase(s.Toks[c.I+1 : c.J]) {
			return prev, true
		}
	}
	return interruptedSubject(s, c)
}

// valuePhrase reports a clause that opens with "with" and the value of
// the noun before it: "..., with a total contractual value of $1.07
// billion", "with a combined worth of". The figure is that of the measure
// of the clause before the comma.
func valuePhrase(toks []token.Token) bool {
	if len(toks) < 4 || toks[0].Lower != "with" {
		return false
	}
	for x := 1; x+1 < len(toks) && x <= 5; x++ {
		if w := toks[x].Lower; (w == "value" || w == "worth") && toks[x+1].Lower == "of" {
			return true
		}
		if toks[x].Kind != token.Word {
			return false
		}
	}
	return false
}

// continuesFigure reports a clause that goes on with a figure: an amount
// right after a comma, in apposition, or a comparison of figures: after a
// comma, connectives ("and", "further", "then", "up",
// "down", "compared") and "to", "from" or "with" lead straight to an
// amount (", to $518 million in 2009", ", and further to $691 million",
// ", up from $13.9 billion in 2010").
// pronounFigure reports a clause whose subject is "it" and whose verb
// states a figure, after a conjunction at most: "as it reached", "while
// it has amounted to", "and it totalled".
func pronounFigure(toks []token.Token) bool {
	x := 0
	for x < len(toks) && x < 2 && (toks[x].Text == "," || figureConjunctions[toks[x].Lower]) {
		x++
	}
	if x >= len(toks) || toks[x].Lower != "it" {
		return false
	}
	x++
	for x < len(toks) && (toks[x].Lower == "has" || toks[x].Lower == "had" || toks[x].Lower == "also" || toks[x].Lower == "already") {
		x++
	}
	return x < len(toks) && figureVerbs[toks[x].Lower]
}

var figureConjunctions = map[string]bool{"as": true, "while": true, "and": true, "but": true, "after": true, "when": true}

var figureVerbs = map[string]bool{
	"reached": true, "totalled": true, "totaled": true, "amounted": true, "stood": true, "hit": true,
	"topped": true, "exceeded": true, "surpassed": true, "rose": true, "grew": true, "jumped": true,
	"climbed": true, "increased": true, "fell": true, "dropped": true, "declined": true,
}

func continuesFigure(toks []token.Token) bool {
	as := money.Find(toks)
	if len(as) == 0 || len(toks) == 0 || toks[0].Text != "," {
		return false
	}
	// "hit a new record in January, 68.5 billion dollars": the amount
	// in apposition is the figure itself.
	lead := as[0].First == 1
	for _, t := range toks[1:as[0].First] {
		switch t.Lower {
		case "to", "from", "with":
			lead = true
		case "and", "further", "then", "up", "down", "compared", "as", "again", "still", "eventually", "finally", "later",
			"a", "new", "record": // ", to a record $11 billion", ", to a new record $5 billion"
		default:
			return false
		}
	}
	return lead
}

// givenAmount returns the index of a verb of giving that takes amount a
// as its object, a determiner and one adjective at most between
// ("providing an initial $100,000 for", "donated $2 million to"), or -1.
func givenAmount(toks []token.Token, a money.Amount) int {
	if v := objectOf(toks, a, giftVerbs); v >= 0 {
		return v
	}
	if v := objectOf(toks, a, releaseVerbs); v >= 0 && reliefPurpose(toks, a.Last+1) {
		return v
	}
	if v := objectOf(toks, a, promiseVerbs); v >= 0 && reliefPurpose(toks, a.Last+1) {
		return v // "pledged an initial $5 million in cash and relief supplies"
	}
	return -1
}

// promiseVerbs promise money: aid, as release verbs, when a purpose of
// relief or support or a kind of help follows the amount ("pledged $5
// million in cash and relief supplies"), not a collateral or a bid.
var promiseVerbs = map[string]bool{
	"pledged": true, "pledges": true, "pledging": true, "pledge": true,
}

// releaseVerbs put money at someone's disposal ("released $5 million",
// "approved 60 million dollars"): aid when a purpose of relief or
// support follows the amount (reliefPurpose), not a budget or a payout.
var releaseVerbs = map[string]bool{
	"released": true, "releases": true, "releasing": true, "allocated": true, "allocates": true, "allocating": true,
	"disbursed": true, "disburses": true, "disbursing": true, "approved": true, "approves": true,
	"earmarked": true, "granted": true, "grants": true, "awarded": true,
}

// reliefPurpose reports a purpose of help right after an amount, at
// token x or within three words ("to help", "to support", "for the
// financing of", "in emergency relief to").
func reliefPurpose(toks []token.Token, x int) bool {
	if x < len(toks) && (toks[x].Lower == "in" || toks[x].Lower == "of") {
		// "$5 million in cash, credits and relief supplies", "€2 billion
		// of pre-financing": the kind of help the money is.
		for y := x + 1; y < len(toks) && y <= x+4; y++ {
			if helpKinds[toks[y].Lower] {
				return true
			}
			if toks[y].Kind == token.Punct && toks[y].Text != "-" {
				break
			}
		}
	}
	if recipientPurpose(toks, x) {
		return true
	}
	for y := x; y < len(toks) && y <= x+3; y++ {
		w := toks[y].Lower
		if w == "to" && y+1 < len(toks) && helpVerbs[toks[y+1].Lower] {
			return true
		}
		if w == "for" && y+1 < len(toks) && (helpNouns[toks[y+1].Lower] || y+2 < len(toks) && toks[y+1].Lower == "the" && helpNouns[toks[y+2].Lower]) {
			return true
		}
		if toks[y].Kind == token.Punct {
			return false
		}
	}
	return false
}

var helpVerbs = map[string]bool{"help": true, "support": true, "assist": true, "finance": true, "fund": true, "aid": true, "relieve": true,
	"address": true, "combat": true, "alleviate": true, "tackle": true}

// recipientPurpose reports a recipient and then a purpose of help after an
// amount at token x: "granted 30 million dollars to the World Food
// Programme (WFP) to address food insecurity". The recipient is a phrase
// of at most eight words with no punctuation but brackets; the purpose a
// help verb in the infinitive ("to cover legal costs" is no help).
func recipientPurpose(toks []token.Token, x int) bool {
	if x >= len(toks) || toks[x].Lower != "to" {
		return false
	}
	for y := x + 2; y < len(toks) && y <= x+10; y++ {
		switch t := toks[y]; {
		case t.Lower == "to":
			return y+1 < len(toks) && helpVerbs[toks[y+1].Lower]
		case t.Kind == token.Punct && t.Text != "(" && t.Text != ")":
			return false
		}
	}
	return false
}

// helpKinds are the kinds of help an amount is given in ("in cash", "of
// pre-financing", "in grants"); loans and investment are not among them.
var helpKinds = map[string]bool{
	"cash": true, "aid": true, "assistance": true, "grants": true, "relief": true,
	"financing": true, "funding": true, "support": true,
}

var helpNouns = map[string]bool{"financing": true, "relief": true, "reconstruction": true, "victims": true, "refugees": true, "development": true}

// reliefNouns name money or its appeal, and reliefModifiers before them
// make it aid: "humanitarian funding", "emergency funds", "a
// humanitarian appeal" (while "research funding" and "$50 million in
// venture funding" are no aid).
var reliefNouns = map[string]bool{"funding": true, "funds": true, "appeal": true, "financing": true}

var reliefModifiers = map[string]bool{"humanitarian": true, "emergency": true, "relief": true, "disaster": true}

// amountAt reports a sum of money that opens toks.
func amountAt(toks []token.Token) bool {
	as := money.Find(toks)
	return len(as) > 0 && as[0].First == 0
}

// moneyStart reports whether t can open a sum of money: a number or a
// currency sign ("22.2 million dollars", "$5 million", "US$ 3 billion").
func moneyStart(t token.Token) bool {
	if t.Kind == token.Number {
		return true
	}
	switch t.Text {
	case "$", "€", "£", "¥", "US$", "USD", "EUR":
		return true
	}
	return false
}

// reliefNounsSet spares most words the reliefNouns lookup (see token.Set).
var reliefNounsSet = token.NewSet(reliefNouns)

// objectOf returns the index of a verb of verbs that takes amount a as
// its object, a determiner and one adjective at most between, or -1.
func objectOf(toks []token.Token, a money.Amount, verbs map[string]bool) int {
	for v, n := a.First-1, 0; v >= 0 && n <= 2; v, n = v-1, n+1 {
		if verbs[toks[v].Lower] {
			return v
		}
		if toks[v].Kind != token.Word || toks[v].IsCap() {
			return -1
		}
	}
	return -1
}

// verbMeasure returns the measure a verb of investing, importing or
// exporting gives the first amount of clause c, its object ("imported
// $65 billion worth of goods"), and the verb's index in the sentence;
// else "" and -1.
func verbMeasure(s *mention.Sentence, c mention.Clause) (string, int) {
	toks := s.Toks[c.I:c.J]
	as := money.Find(toks)
	if len(as) == 0 {
		return "", -1
	}
	for _, v := range []struct {
		measure string
		verbs   map[string]bool
	}{{"investment", investVerbs}, {"imports", importVerbs}, {"exports", exportVerbs}} {
		if k := objectOf(toks, as[0], v.verbs); k >= 0 {
			return v.measure, c.I + k
		}
	}
	return "", -1
}

// investorProjects returns the index of "investor(s)" in a phrase of
// projects by investors that amount a is the worth of ("26 projects from
// Egyptian investors worth USD 1.3bn", "projects by Gulf investors valued
// at $2 billion"), or -1. Projects are needed: "investors worth $5
// billion" alone tells the investors' wealth.
func investorProjects(toks []token.Token, a money.Amount) int {
	x := a.First - 1
	if x >= 1 && toks[x].Lower == "at" && toks[x-1].Lower == "valued" {
		x--
	} else if x < 0 || toks[x].Lower != "worth" {
		return -1
	}
	investor, projects := -1, false
	for y := x - 1; y >= 0 && y >= x-8; y-- {
		switch toks[y].Lower {
		case "investor", "investors":
			investor = y
		case "project", "projects":
			projects = true
		}
		if toks[y].Kind == token.Punct && toks[y].Text != "-" {
			break
		}
	}
	if !projects {
		return -1
	}
	return investor
}

// giftVerbs give money outright; "spend", "pay" and "invest" do not
// make aid.
var giftVerbs = map[string]bool{
	"providing": true, "provides": true, "provided": true, "provide": true,
	"donating": true, "donates": true, "donated": true, "donate": true,
	"contributing": true, "contributes": true, "contributed": true, "contribute": true,
}

// investVerbs put money into a state or its firms ("to invest $5
// billion in Kenya", "investing $55 billion over three years").
var investVerbs = map[string]bool{"invest": true, "invests": true, "investing": true, "invested": true}

// importVerbs and exportVerbs buy goods from abroad and sell them there
// ("imported $371 billion worth of goods", "exports rice worth $2
// million a year").
var (
	importVerbs = map[string]bool{"import": true, "imports": true, "importing": true, "imported": true}
	exportVerbs = map[string]bool{"export": true, "exports": true, "exporting": true, "exported": true}
)

// target reports a figure that is a goal or forecast: "to" or a modal
// with a verb of change before the amount ("trade ... to rise to 2.0 billion dlrs over
// four years", "hope to raise trade to 20 billion dollars"), a future the
// schema calls planned.
func target(toks []token.Token, lo, amount int) bool {
	for x := amount - 2; x > lo; x-- {
		// "continues to grow, and the trade gap rose to $18 billion": a
		// new subject after "and" starts the figure's own predicate.
		if (toks[x].Lower == "and" || toks[x].Lower == "but" || toks[x].Lower == "while") && subjectStarts[toks[x+1].Lower] {
			lo = x + 1
			break
		}
	}
	goal := false
	if lo >= 2 && forecastModals[toks[lo-2].Lower] && changeVerbs[toks[lo-1].Lower] {
		// "could increase that export figure to $800 million": the
		// clause may start at the object's "that".
		goal = true
	}
	if x := amount - 1; x > lo && aimVerbs[toks[x].Lower] && !determiners[toks[x-1].Lower] {
		// "Chad, Niger target $2 billion in two-way trade", "eye $5
		// billion": the verb of aiming right before the figure (a
		// determiner before makes "target" the noun).
		goal = true
	}
	for x := lo; x+1 < amount; x++ {
		if (toks[x].Lower == "to" || forecastModals[toks[x].Lower]) && changeVerbs[toks[x+1].Lower] {
			goal = true // "to rise to", "could increase that figure to"
		}
		if aimGerunds[toks[x].Lower] && strings.HasSuffix(toks[x+1].Lower, "ing") && changeVerbs[gerundStem(toks[x+1].Lower)] {
			goal = true // "eye increasing their trade to", "aims at boosting"
		}
		if goalNouns[toks[x].Lower] && x+1 < amount && x >= amount-4 && goalLinks[toks[x+1].Lower] {
			goal = true // "the objective is 15 billion US dollars", "a target of $5 billion"
		}
		if goal && baseWords[toks[x].Lower] {
			// "expected to total 50 billion against 39.8 billion last
			// year": what the goal is set against is past.
			return false
		}
	}
	return goal
}

// aimVerbs take the figure aimed at as their object: "target $2 billion",
// "eye $5 billion".
var aimVerbs = map[string]bool{
	"target": true, "targets": true, "targeting": true, "eye": true, "eyes": true, "eyeing": true,
}

// goalNouns name a figure aimed at when a copula or "of" joins them to it:
// "the objective is 15 billion US dollars", "a target of $5 billion".
var goalNouns = map[string]bool{"objective": true, "goal": true, "target": true, "aim": true, "ambition": true}

var goalLinks = map[string]bool{"is": true, "of": true, "remains": true}

// aimGerunds before the gerund of a verb of change make its figure a
// goal: "eye increasing their trade to $30 billion".
var aimGerunds = map[string]bool{"eye": true, "eyes": true, "eyeing": true, "at": true, "on": true, "toward": true, "towards": true}

// gerundStem returns the verb of an -ing form as changeVerbs spells it
// ("increasing" -> "increase", "boosting" -> "boost", "hitting" -> "hit").
func gerundStem(w string) string {
	b := strings.TrimSuffix(w, "ing")
	if changeVerbs[b] {
		return b
	}
	if changeVerbs[b+"e"] {
		return b + "e"
	}
	if n := len(b); n >= 2 && b[n-1] == b[n-2] {
		return b[:n-1]
	}
	return b
}

// forecastModals before a verb of change make its figure a forecast.
var forecastModals = map[string]bool{"could": true, "would": true, "might": true, "may": true, "will": true, "should": true, "can": true}

// baseBefore reports a base word among toks, the words of a clause
// before an amount ("against 7.5 billion").
func baseBefore(toks []token.Token) bool {
	return slices.ContainsFunc(toks, func(t token.Token) bool { return baseWords[t.Lower] })
}

// baseWords introduce the base a figure is compared with.
var baseWords = map[string]bool{"against": true, "compared": true, "versus": true, "than": true}

var subjectStarts = map[string]bool{"the": true, "its": true, "their": true, "a": true, "an": true, "this": true}

var changeVerbs = map[string]bool{
	"rise": true, "reach": true, "increase": true, "grow": true, "double": true, "triple": true,
	"raise": true, "boost": true, "expand": true, "fall": true, "drop": true, "cut": true, "hit": true,
	"lift": true, "push": true, "bring": true, "elevate": true, "total": true, "exceed": true, "top": true, "surpass": true,
	// Verbs of attaining a figure aimed at: "to achieve two-way trade of
	// $1 billion", "towards attaining $5 billion".
	"achieve": true, "attain": true,
}

// providedBy reports a sentence that gives its figure as what an
// agreement told before provides: "Through these agreements, the United
// States provides ...", "Under the accord, Japan will lend ...", "The
// agreements provide ...". A definite or demonstrative determiner marks
// the agreement as known.
func providedBy(toks []token.Token) bool {
	for x := 1; x < len(toks); x++ {
		if !agreementNouns[toks[x].Lower] {
			continue
		}
		d := x - 1
		switch toks[d].Lower {
		case "these", "this", "the", "those":
		default:
			continue
		}
		if d > 0 && agreementPreps[toks[d-1].Lower] {
			return true
		}
		if x+1 < len(toks) && provideVerbs[toks[x+1].Lower] {
			return true
		}
	}
	return false
}

var agreementNouns = map[string]bool{
	"agreement": true, "agreements": true, "accord": true, "accords": true, "deal": true,
	"compact": true, "pact": true,
}

var agreementPreps = map[string]bool{"through": true, "under": true, "by": true, "with": true}

var provideVerbs = map[string]bool{
	"provide": true, "provides": true, "provided": true, "include": true, "includes": true,
	"commit": true, "commits": true, "grant": true, "grants": true, "give": true, "gives": true,
	"will": true, "are": true, "is": true, "total": true, "totals": true, "worth": true,
}

// agreementFigure returns the amount that an agreement noun of toks
// carries: written before it as a modifier ("a $375-million power
// deal"), after it with "of", "worth", "for" or "valued at" ("a grant
// agreement of up to $6 million", "a pact worth 2 billion euros"), or as
// the sum its complement invests ("an agreement to invest $5 billion").
func agreementFigure(toks []token.Token) (money.Amount, bool) {
	for _, a := range money.Find(toks) {
		if k := objectOf(toks, a, investVerbs); k >= 2 && toks[k-1].Lower == "to" && agreementNouns[toks[k-2].Lower] {
			return a, true // "an agreement to invest $5 billion in ..."
		}
		// Before the noun: up to three words of modifier between.
		for n := a.Last + 1; n < len(toks) && n <= a.Last+4; n++ {
			if agreementNouns[toks[n].Lower] || signedPapers[toks[n].Lower] {
				return a, true
			}
			if toks[n].Kind != token.Word && toks[n].Text != "-" || figureLinks[toks[n].Lower] || toks[n].Lower == "to" {
				break
			}
		}
		// After the noun: the link word, then a hedge of up to two words.
		for n := a.First - 1; n >= 0 && n >= a.First-4; n-- {
			if figureLinks[toks[n].Lower] {
				if n > 0 && (agreementNouns[toks[n-1].Lower] || signedPapers[toks[n-1].Lower] || memorandumOf(toks, n-1)) {
					return a, true
				}
				if sumLinks[toks[n].Lower] && agreementBefore(toks, n) {
					return a, true
				}
				break
			}
			if !figureHedges[toks[n].Lower] {
				break
			}
		}
	}
	return money.Amount{}, false
}

// signedPapers are the papers, besides agreements, that a signing
// carries a value in: "contracts worth $3 billion were signed", "seven
// MOUs worth $500 million", "84 cooperation documents worth $20.8
// billion signed". They give a figure only to an agreement event of
// their clause (ownFigure): "documents worth" alone is no signing.
var signedPapers = map[string]bool{
	"contract": true, "contracts": true, "deals": true, "pacts": true, "treaties": true,
	"mou": true, "mous": true, "memorandum": true, "memorandums": true, "memoranda": true,
	"document": true, "documents": true, "protocol": true, "protocols": true,
}

// memorandumOf reports "memorandum(s) of understanding" ending at n.
func memorandumOf(toks []token.Token, n int) bool {
	return n >= 2 && toks[n].Lower == "understanding" && toks[n-1].Lower == "of" && signedPapers[toks[n-2].Lower]
}

// sumLinks add up the noun phrase they follow, however long its
// complements: "agreements for support to health and education in Peru
// totaling $40 million" is the agreements' sum.
var sumLinks = map[string]bool{"totalling": true, "totaling": true, "amounting": true}

// agreementBefore reports an agreement noun within twelve words before
// the sum link at n, in the same phrase (no punctuation between).
func agreementBefore(toks []token.Token, n int) bool {
	for x := n - 1; x >= 0 && x >= n-12; x-- {
		if toks[x].Kind == token.Punct && !(x > 0 && toks[x].Text == "-" && toks[x].Begin == toks[x-1].End) {
			return false
		}
		if agreementNouns[toks[x].Lower] {
			return true
		}
	}
	return false
}

var figureLinks = map[string]bool{"of": true, "worth": true, "for": true, "valued": true, "totalling": true, "totaling": true, "amounting": true}

var figureHedges = map[string]bool{"up": true, "to": true, "at": true, "nearly": true, "about": true, "some": true, "almost": true, "around": true, "roughly": true, "over": true, "more": true, "than": true}

// giveFigure gives the aid figure of e to the latest agreement of the
// last two sentences that has no figure yet; it reports whether one took
// it.
func giveFigure(cands []cand, e cand) bool {
	for x := len(cands) - 1; x >= 0; x-- {
		a := &cands[x]
		if e.sent-a.sent > 2 {
			return false
		}
		if a.ev.Type != annals.EventAgree || a.ev.Amount != nil {
			continue
		}
		a.ev.Amount, a.ev.Currency, a.ev.Measure = e.ev.Amount, e.ev.Currency, e.ev.Measure
		a.ev.Countries = union(a.ev.Countries, e.ev.Countries)
		a.ev.Actors = union(a.ev.Actors, e.ev.Actors)
		return true
	}
	return false
}

// restated drops a figure that the next one restates more exactly,
// within 2% and in the same currency ("almost 800 million U.S. dollars
// ($791.16 million total)"), and a figure restated in another currency in
// brackets right after it ("US$2.4 billion (RM10 billion)"): one figure
// told twice.
func restated(toks []token.Token, as []money.Amount) []money.Amount {
	out := as[:0:0]
	for n, a := range as {
		if n+1 < len(as) {
			b := as[n+1]
			if b.Currency == a.Currency && b.First-a.Last <= 3 && a.Value > 0 && b.Value >= 0.98*a.Value && b.Value <= 1.02*a.Value {
				continue
			}
		}
		if n > 0 && converted(toks, as[n-1], a) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// converted reports b, the amount after a, as a's conversion into another
// currency in brackets right after it: "$5 million (4.6 million euros)",
// "QAR 7.79 billion (approx. $2.1 billion)", a word of rounding at most
// before the conversion.
func converted(toks []token.Token, a, b money.Amount) bool {
	if b.Currency == a.Currency || a.Last+1 >= len(toks) || toks[a.Last+1].Text != "(" || b.Last+1 >= len(toks) || toks[b.Last+1].Text != ")" {
		return false
	}
	x := a.Last + 2
	if x < b.First && roundingWords[toks[x].Lower] {
		x++
		if x < b.First && toks[x].Text == "." {
			x++ // "approx."
		}
	}
	return x == b.First
}

// roundingWords open a rounded conversion: "(approx. $2.1 billion)",
// "(about 4.6 million euros)".
var roundingWords = map[string]bool{
	"approx": true, "approximately": true, "about": true, "around": true, "roughly": true,
	"some": true, "nearly": true, "almost": true, "ca": true, "circa": true, "or": true,
}

// inName reports a capitalised word after another capitalised word, a
// part of a name ("Municipal Assistance Corp", "Targeted Export
// Assistance program") rather than a measure.
func inName(toks []token.Token, k int) bool {
	return k > 0 && toks[k].IsCap() && toks[k-1].Kind == token.Word && toks[k-1].IsCap()
}

// gaveIn reports a past-tense verb of giving in clause c: "provided",
// "donated", "announced" (a figure of aid given or announced).
func gaveIn(toks []token.Token, c mention.Clause) bool {
	for x := c.I; x < c.J; x++ {
		if giveVerbs[toks[x].Lower] {
			return true
		}
	}
	return false
}

var giveVerbs = map[string]bool{
	"provided": true, "gave": true, "donated": true, "granted": true, "announced": true,
	"pledged": true, "approved": true, "allocated": true, "disbursed": true, "delivered": true,
	"committed": true, "awarded": true, "contributed": true, "released": true, "unveiled": true, "launched": true, "issued": true,
	"mobilised": true, "mobilized": true,
}

// announcedAmount reports a time told right before a verb of giving or
// announcing that takes the amount at token at as its object: "The United
// States on Tuesday announced a $150 million aid package". Announcing aid
// is giving it (see gaveIn), so the day dates the aid, unlike a day
// before a verb that reports a clause ("on Tuesday announced that exports
// rose to ..."). At most three words, none a past verb, a "that" or a
// punctuation mark, stand between the verb and the amount.
func announcedAmount(s *mention.Sentence, t annals.TimeExpr, at int) bool {
	y, _ := slices.BinarySearchFunc(s.Toks, t.Span[1], func(tk token.Token, b int) int { return tk.Begin - b })
	if y >= at || y+4 < at || !giveVerbs[s.Toks[y].Lower] {
		return false
	}
	for x := y + 1; x < at; x++ {
		w := s.Toks[x].Lower
		if w == "that" || s.Toks[x].Kind == token.Punct && w != "$" || verbish(w) {
			return false
		}
	}
	return true
}

// announcedTime returns the time of the verb of giving or announcing that
// governs clause c from before it ("announced on May 20 in Kyiv that the
// United States is providing ..."): the nearest such verb before the
// clause, dated by a time between it and the clause.
func (d *doc) announcedTime(s *mention.Sentence, c mention.Clause) (annals.TimeExpr, bool) {
	for v := c.I - 1; v >= 0; v-- {
		if giveVerbs[s.Toks[v].Lower] {
			return d.governingTime(s, mention.Clause{I: v, J: c.I, Own: true}, v)
		}
	}
	return annals.TimeExpr{}, false
}

// pledgedDay returns the day on which aid told at byte offset at was
// announced or pledged: a verb of announcing or pledging before it, in
// the same sentence and with no other verb of giving between, dated by a
// day right after it ("announced Thursday it will provide $20 million",
// "pledged on Monday that it would give ..."). Aid promised on a day is
// the pledge of that day (CAMEO 033), which took place, whenever the
// money flows. A day after the article's date is none.
func (d *doc) pledgedDay(s *mention.Sentence, at int) (annals.TimeExpr, bool) {
	v := len(s.Toks) - 1
	for v >= 0 && s.Toks[v].Begin >= at {
		v--
	}
	for ; v >= 0; v-- {
		w := s.Toks[v].Lower
		if pledgeVerbs[w] {
			break
		}
		if giveVerbs[w] {
			return annals.TimeExpr{}, false
		}
	}
	return d.dayAfter(s, v)
}

// pledgeReported returns the index of a verb of announcing that reports,
// after a comma, the clause of the amount at byte offset at ("... will be
// provided to Chad, the agency's administrator announced"), or -1: a
// pledge verb at most twelve words after the comma, with only its subject
// between.
func (d *doc) pledgeReported(s *mention.Sentence, at int) int {
	x := 0
	for x < len(s.Toks) && s.Toks[x].Begin < at {
		x++
	}
	for ; x < len(s.Toks) && s.Toks[x].Text != ","; x++ {
		if clauseStops[s.Toks[x].Text] {
			return -1
		}
	}
	for v := x + 1; v < len(s.Toks) && v <= x+12; v++ {
		w := s.Toks[v].Lower
		if pledgeVerbs[w] && !s.Quoted[v] {
			return v
		}
		if s.Toks[v].Kind == token.Punct && w != "." && w != "-" || s.Toks[v].Kind == token.Word && !s.Toks[v].IsCap() && !reporterWords[w] && !reporterWords[strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")] {
			return -1
		}
	}
	return -1
}

// clauseStops end the clause an amount stands in before a reporting
// clause could follow it.
var clauseStops = map[string]bool{";": true, ":": true, "(": true, ")": true, "\"": true, "“": true, "”": true, "—": true, "–": true}

// reporterWords may stand in the subject of a reporting clause set after
// what it reports besides names: "the State Department announced", "the
// agency's administrator said".
var reporterWords = map[string]bool{
	"the": true, "its": true, "his": true, "her": true, "their": true, "'s": true, "’s": true, "of": true, "for": true,
	"agency": true, "administrator": true, "ministry": true, "department": true, "government": true,
	"minister": true, "spokesman": true, "spokeswoman": true, "spokesperson": true, "office": true,
	"embassy": true, "secretary": true, "president": true, "official": true, "officials": true,
	"statement": true, "in": true, "a": true, "u.s.": true,
}

// dayAfter returns the day told right after the verb at v ("announced
// Tuesday", "said on Monday"), not after the article's date.
func (d *doc) dayAfter(s *mention.Sentence, v int) (annals.TimeExpr, bool) {
	if v < 0 || v+1 >= len(s.Toks) {
		return annals.TimeExpr{}, false
	}
	n := v + 1
	if s.Toks[n].Lower == "on" && n+1 < len(s.Toks) {
		n++
	}
	lo, hi := d.timesIn(s.Toks[n].Begin, s.Toks[n].End)
	for _, t := range d.times[lo:hi] {
		if t.Type == annals.TimeDate && !t.Start.IsZero() && t.Start == t.End && (d.dct.IsZero() || !t.Start.After(d.dct)) {
			return t, true
		}
	}
	return annals.TimeExpr{}, false
}

// runningTotal reports the amount at byte offset at as the total a new
// sum brings a running count to ("will bring the total of U.S. aid to
// nearly $90 million", "brings total assistance to $2 billion"): a form
// of "bring", then "total", then "to" before the amount.
func runningTotal(toks []token.Token, at int) bool {
	a := 0
	for a < len(toks) && toks[a].Begin < at {
		a++
	}
	total, to := false, false
	for x := a - 1; x >= 0 && x >= a-16; x-- {
		switch w := toks[x].Lower; {
		case w == "to" && !total:
			to = true
		case w == "total" && to:
			total = true
		case (w == "bring" || w == "brings" || w == "bringing" || w == "brought") && total:
			return true
		case toks[x].Kind == token.Punct && w != "." && w != "-" && w != "$":
			return false
		}
	}
	return false
}

// pledgeVerbs are the verbs that announce a promise of giving. "said"
// counts too: "X said Thursday it will provide $50 million" is the
// announcement of that day, as the annotation guide (section 14) dates a
// pledge; pledgedDay takes it only with a day right after it.
var pledgeVerbs = map[string]bool{"announced": true, "pledged": true, "committed": true, "said": true}

// ownPartner reports a measure at mk whose partner is no principal state
// of the story, so the story's pair must not fill in its parties: a
// partner named after "with", "to" or "from" that is an organisation, a
// region or another state ("surplus with the European Community",
// "imports from Africa", "trade with Asian nations"), or a total with the
// world ("global surplus", "overall trade").
func ownPartner(s *mention.Sentence, mk int, ps []annals.Country) bool {
	for x := mk - 1; x >= 0 && x >= mk-2; x-- {
		switch s.Toks[x].Lower {
		case "global", "overall", "total", "worldwide", "world":
			return true
		}
	}
	if !partnerAfter(s, mk) {
		return false
	}
	x := mk + 2
	for x < len(s.Toks) && (s.Toks[x].Lower == "the" || s.Toks[x].Lower == "its") {
		x++
	}
	if x >= len(s.Toks) {
		return false
	}
	for _, m := range s.Ments {
		if m.I != x {
			continue
		}
		switch m.Kind {
		case mention.Country:
			return !slices.Contains(ps, m.Country)
		case mention.Org:
			// A body of states ("the European Community") is a partner of
			// its own; a name the gazetteer does not know may stand for a
			// principal ("the Islamic Republic").
			return m.Entry.Sub == "international"
		}
		return true
	}
	return s.Toks[x].Kind == token.Word && s.Toks[x].IsCap()
}

// partnerAfter reports a measure at mk followed by its partner: "with",
// "to" or "from" and a name or noun phrase ("surplus with Japan",
// "exports to the United States", "imports from Africa"), not a figure
// or verb ("rose to $5 billion").
func partnerAfter(s *mention.Sentence, mk int) bool {
	if mk+2 >= len(s.Toks) {
		return false
	}
	switch s.Toks[mk+1].Lower {
	case "with", "to", "from":
	default:
		return false
	}
	n := s.Toks[mk+2]
	return n.Kind == token.Word && (n.IsCap() || n.Lower == "the" || n.Lower == "its")
}

// measureOwner returns the state whose measure at mk is: a country
// named or possessed just before it, with at most two words between
// ("Japan's trade surplus", "Chinese exports", "the US trade deficit"),
// else, when no partner follows the measure, the first state of the
// clause ("Trade between China and Africa"); "" when none.
func measureOwner(s *mention.Sentence, c mention.Clause, mk int) annals.Country {
	var first annals.Country
	for _, m := range s.Ments {
		if m.I < c.I || m.J > c.J || m.Kind != mention.Country {
			continue
		}
		if m.J <= mk && m.J >= mk-3 && !slices.ContainsFunc(s.Toks[m.J:mk], func(t token.Token) bool { return t.Kind == token.Punct }) {
			return m.Country
		}
		if first == "" {
			first = m.Country
		}
	}
	if partnerAfter(s, mk) {
		return ""
	}
	return first
}

// otherHappening reports a verb that tells a happening other than trade
// (a meeting, visit, agreement, clash) in sentence s: "Ministers met."
// Nouns and statement verbs do not count ("the wider surplus comes as
// talks go on", "the ministry said").
func otherHappening(s *mention.Sentence) bool {
	for k, t := range s.Toks {
		if tr, ok := trigger.Lookup(t.Lower); ok && !tr.Noun && !tr.Weak && tr.Type != annals.EventTrade && !s.Quoted[k] {
			return true
		}
	}
	return false
}

// releaseAmounts returns the amounts of clause c written without a
// currency ("imports rose 3.5% to 182.9 billion") when the clause names a
// trade measure and a dated figure of the last few sentences gives the
// currency: a report of figures names its currency once.
func (d *doc) releaseAmounts(si int, s *mention.Sentence, c mention.Clause) []money.Amount {
	f := d.lastFigure
	if f.Currency == "" || !releaseMeasures[f.Measure] || si-d.lastFigureSent > releaseReach {
		return nil
	}
	if m, _ := findMeasure(s, c.I, c.J); !releaseMeasures[m] {
		return nil
	}
	as := money.FindScaled(s.Toks[c.I:c.J])
	for i := range as {
		as[i].Currency = f.Currency
	}
	return as
}

// statesFigure reports a sentence that states a figure: an amount of
// money, with or without its currency, or a percentage ("rose 44.1%",
// "12 pct", "8 percent").
func statesFigure(toks []token.Token) bool {
	if len(money.Find(toks)) > 0 || len(money.FindScaled(toks)) > 0 {
		return true
	}
	for x := 1; x < len(toks); x++ {
		if toks[x-1].Kind == token.Number {
			switch toks[x].Lower {
			case "%", "pct", "percent", "per":
				return true
			}
		}
	}
	return false
}

// changeAmount reports an amount that is a change of a figure, not the
// figure: after a verb of change or "up", "down" or "by", or as the
// object of "an increase of", and before "to", "from" or "compared"
// ("decreased $0.3 billion to $130.3 billion", "down $9.5 billion from
// March", "an increase of $14.1 billion from March's $82.7 billion").
func changeAmount(toks []token.Token, a money.Amount) bool {
	if a.First == 0 || a.Last+1 >= len(toks) {
		return false
	}
	switch toks[a.Last+1].Lower {
	case "to", "from", "compared", "over", "on":
	default:
		return false
	}
	p := toks[a.First-1].Lower
	if p == "of" && a.First > 1 {
		return changeNouns[toks[a.First-2].Lower]
	}
	return changedVerbs[p]
}

var changedVerbs = map[string]bool{
	"increased": true, "decreased": true, "rose": true, "fell": true, "declined": true, "jumped": true,
	"gained": true, "dropped": true, "climbed": true, "grew": true, "widened": true, "narrowed": true,
	"up": true, "down": true, "by": true, "shrank": true, "expanded": true,
}

var changeNouns = map[string]bool{"increase": true, "decrease": true, "rise": true, "drop": true, "fall": true, "decline": true, "gain": true}

// aidListIntro returns the index of the sentence that introduces the
// list whose item sentence s is, when the item opens with amount a
// ("• $2 million additional funding for rural roads", "• Up to $30
// million in development funding") and the introduction ends in a colon
// and names announcements, pledges or aid ("Other announcements during
// the visit included:"); -1 otherwise. A list of figures of another
// kind ("Key figures:") gives no aid.
func (d *doc) aidListIntro(si int, s *mention.Sentence, a money.Amount) int {
	for _, t := range s.Toks[:a.First] {
		if t.Kind != token.Punct && !itemOpeners[t.Lower] {
			return -1
		}
	}
	if !d.listItem(s) {
		return -1
	}
	for x := si - 1; x >= 0 && x >= si-listReach; x-- {
		p := d.sents[x]
		if d.listItem(p) {
			continue
		}
		n := len(p.Toks)
		if n == 0 || p.Toks[n-1].Text != ":" {
			return -1
		}
		for _, t := range p.Toks {
			if aidListNouns[t.Lower] {
				return x
			}
		}
		return -1
	}
	return -1
}

// listReach bounds how many items back a list's introduction is sought.
const listReach = 12

// itemOpeners may come before the amount that opens a list item.
var itemOpeners = map[string]bool{"up": true, "to": true, "a": true, "an": true, "about": true, "some": true, "around": true, "nearly": true, "almost": true, "over": true, "more": true, "than": true}

// aidListNouns in a list's introduction make its amounts aid.
var aidListNouns = map[string]bool{
	"announcements": true, "pledges": true, "commitments": true, "aid": true, "assistance": true,
	"grants": true, "funding": true, "contributions": true, "donations": true,
}

// listItem reports a sentence that is an item of a bulleted list: its
// line opens with a bullet ("•", "-", "*") before the sentence's first
// word.
func (d *doc) listItem(s *mention.Sentence) bool {
	k := s.Span[0]
	if len(s.Toks) > 0 && s.Toks[0].Kind == token.Punct && s.Toks[0].Begin == k {
		// The bullet may be the sentence's first token.
		if t := s.Toks[0].Text; t == "•" || t == "-" || t == "*" {
			return lineStart(d.text, k)
		}
	}
	for k > 0 && (d.text[k-1] == ' ' || d.text[k-1] == '\t') {
		k--
	}
	switch {
	case k >= 3 && d.text[k-3:k] == "•":
		k -= 3
	case k >= 1 && (d.text[k-1] == '-' || d.text[k-1] == '*'):
		k--
	default:
		return false
	}
	return lineStart(d.text, k)
}

// lineStart reports that only spaces come between the line's start and
// byte k of text.
func lineStart(text string, k int) bool {
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t') {
		k--
	}
	return k == 0 || text[k-1] == '\n'
}

// samePeriods name the period of the figure told before.
var samePeriods = map[string]bool{"the same period": true, "that period": true, "this period": true, "the same time period": true}

// figureBefore returns the dated figure told just before: the last of
// out, the figures of the clause so far, else the last dated figure of
// sentence si or the one before.
func (d *doc) figureBefore(si int, out []cand) (annals.Event, bool) {
	for i := len(out) - 1; i >= 0; i-- {
		if !out[i].ev.Interval().IsZero() {
			return out[i].ev, true
		}
	}
	if (d.lastFigureSent == si || d.lastFigureSent == si-1) && !d.lastFigure.Interval().IsZero() {
		return d.lastFigure, true
	}
	return annals.Event{}, false
}

// itemAmount reports an amount in brackets after a listed item ("exports
// include copper ($210 million) and fish ($95 million)", "goods such as
// wheat ($40 million)"): the worth of one good within a figure, not a
// trade figure between the states. A bracketed amount after a measure
// noun ("bilateral trade ($1.2 billion)") is the figure itself.
func itemAmount(toks []token.Token, a money.Amount) bool {
	if a.First < 2 || a.Last+1 >= len(toks) || toks[a.First-1].Text != "(" || toks[a.Last+1].Text != ")" {
		return false
	}
	item := toks[a.First-2]
	if item.Kind != token.Word || item.IsCap() {
		return false
	}
	if _, ok := trigger.Measure(item.Lower); ok {
		return false
	}
	for k := a.First - 3; k >= 0 && k >= a.First-30; k-- {
		if listCues[toks[k].Lower] || toks[k].Lower == "such" && toks[k+1].Lower == "as" {
			return true
		}
	}
	return false
}

// listCues introduce the items of a whole: "include", "like".
var listCues = map[string]bool{
	"include": true, "includes": true, "included": true, "including": true, "like": true,
	"comprise": true, "comprises": true, "comprised": true, "mainly": true, "mostly": true,
}

// sinceStart returns the period of a running figure of the story's year
// told from an anchor ("since the beginning of this year", "since
// January"): from the anchor's start to the story's day. An anchor in an
// earlier year tells a change over years ("has doubled since 2015"), not
// the period a figure covers, and gives none.
func (d *doc) sinceStart(s *mention.Sentence) (annals.TimeExpr, bool) {
	if d.dct.IsZero() {
		return annals.TimeExpr{}, false
	}
	lo, hi := d.timesIn(s.Span[0], s.Span[1])
	for _, t := range d.times[lo:hi] {
		if t.Type != annals.TimeDate || t.Start.IsZero() || t.Start.Year != d.dct.Year || !t.Start.Before(d.dct) {
			continue
		}
		before := strings.ToLower(strings.TrimRight(d.text[s.Span[0]:t.Span[0]], " "))
		if !strings.HasSuffix(before, "since") || (len(before) > 5 && isLetter(before[len(before)-6])) {
			continue
		}
		return annals.TimeExpr{Text: t.Text, Span: t.Span, Value: t.Value, Start: t.Start, End: d.dct, Type: annals.TimeDate}, true
	}
	return annals.TimeExpr{}, false
}

// commaPredicate returns the clause after clause c that opens with a
// comma and an auxiliary ("..., was received on March 8"): the
// predicate of the subject c holds, set apart by a comma a writer put
// after a long subject.
func commaPredicate(s *mention.Sentence, c mention.Clause) (mention.Clause, bool) {
	for _, o := range s.Clauses() {
		if o.I != c.J || o.J-o.I < 3 || s.Toks[o.I].Text != "," {
			continue
		}
		switch s.Toks[o.I+1].Lower {
		case "was", "were", "has", "have", "had":
			return mention.Clause{I: o.I, J: o.J, Own: true}, true
		}
	}
	return mention.Clause{}, false
}

// coordinatedFigure reports a clause that is the second predicate of the
// clause before it and states a figure: "and" (after a comma at most),
// an adverb at most, a verb of a figure's size, then the amount ("has
// grown by 88% and reached QAR 7.79 billion").
func coordinatedFigure(toks []token.Token) bool {
	x := 0
	if x < len(toks) && toks[x].Text == "," {
		x++
	}
	if x >= len(toks) || toks[x].Lower != "and" {
		return false
	}
	x++
	if x < len(toks) && strings.HasSuffix(toks[x].Lower, "ly") {
		x++ // "and eventually reached"
	}
	if x >= len(toks) || !figureVerbs[toks[x].Lower] {
		return false
	}
	as := money.Find(toks)
	return len(as) > 0 && as[0].First > x && as[0].First <= x+4
}

// measurePhraseSubject returns the clause before clause c when c is a
// phrase that opens with "with" and names the measure its amount is of:
// ", with a total investment of $2.4 billion", ", with exports of $3
// million". The phrase adds the figure to what the clause before it
// tells, whose parties are the figure's.
func measurePhraseSubject(s *mention.Sentence, c mention.Clause) (mention.Clause, bool) {
	toks := s.Toks[c.I:c.J]
	x := 0
	if x < len(toks) && toks[x].Text == "," {
		x++
	}
	if x >= len(toks) || toks[x].Lower != "with" {
		return mention.Clause{}, false
	}
	for y := x + 1; y+1 < len(toks) && y <= x+4; y++ {
		if _, ok := trigger.Measure(toks[y].Lower); ok && toks[y+1].Lower == "of" {
			cls := s.Clauses()
			i := slices.Index(cls, c)
			if i <= 0 || cls[i-1].Rel {
				return mention.Clause{}, false
			}
			return cls[i-1], true
		}
		if toks[y].Kind != token.Word {
			return mention.Clause{}, false
		}
	}
	return mention.Clause{}, false
}

// debtStock reports an amount that is the size of a debt, not a flow of
// trade or aid: a debt noun right after it, one adjective of the kind of
// debt at most between ("the country's $100 billion foreign debt", "its
// $60 billion debt"). Debt relief or cancellation of an amount is a flow
// ("$2 billion debt relief") and stays.
func debtStock(toks []token.Token, a money.Amount) bool {
	x := a.Last + 1
	if x < len(toks) && debtKinds[toks[x].Lower] {
		x++
	}
	if x >= len(toks) || (toks[x].Lower != "debt" && toks[x].Lower != "debts") {
		return false
	}
	return x+1 >= len(toks) || !debtFlows[toks[x+1].Lower]
}

// debtKinds name the kind of a country's debt.
var debtKinds = map[string]bool{
	"foreign": true, "external": true, "public": true, "national": true, "sovereign": true,
	"outstanding": true, "total": true, "government": true, "state": true,
}

// debtFlows after "debt" make the amount a flow: relief, cancellation.
var debtFlows = map[string]bool{
	"relief": true, "cancellation": true, "forgiveness": true, "write-off": true, "swap": true,
	"alleviation": true, "rescheduling": true, "reduction": true, "payment": true, "payments": true,
	"service": true, "repayment": true, "repayments": true,
}
