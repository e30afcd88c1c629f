package eval

import (
	"math"
	"sort"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
	"github.com/annals-project/annals/internal/assign"
)

// amountTolerance is how far a predicted figure may lie from the
// annotated one, relative to it: issue 4 accepts trade figures within 2%,
// which absorbs rounding ("about 1.3 billion") but not a wrong scale.
const amountTolerance = 0.02

// GoldScore scores one extraction against its annotation (issue 4,
// item 5):
//
//   - persons: one-to-one matches between the distinct names, equal after
//     folding or with equal surnames and compatible given names;
//   - countries: the sets of codes;
//   - places and organisations: one-to-one matches between the distinct
//     names, equal after folding or naming one place (one body, or an
//     acronym of its name) in the gazetteer;
//   - dates: the multisets of DATE values (system times of other types or
//     without a value are not counted);
//   - person countries and roles: over the persons matched by name, the
//     share whose country (where the gold sets one) is the gold country
//     and whose role (where the gold sets one) is the gold role after
//     [sameRole]'s normalisation;
//   - article date: system Published equals gold published;
//   - events: see [GoldMatchEvents]; status accuracy over every matched
//     pair.
//
// A nil extraction scores as an empty one. The result's Name is empty;
// its lists are sorted.
func GoldScore(g *GoldDoc, sys *annals.Document) GoldArticle {
	if sys == nil {
		sys = &annals.Document{}
	}
	a := GoldArticle{Published: g.Published, Predicted: sys.Published}
	a.Articles = 1
	if sys.Published == g.Published {
		a.DateCorrect = 1
	}
	a.scorePersons(g, sys)
	a.scoreCountries(g, sys)
	a.scorePlaces(g, sys)
	a.scoreOrganizations(g, sys)
	a.scoreDates(g, sys)
	a.scoreEvents(g, sys)
	return a
}

func (a *GoldArticle) scorePersons(g *GoldDoc, sys *annals.Document) {
	gold := distinct(len(g.Persons), func(i int) string { return g.Persons[i].Name })
	pred := distinct(len(sys.Persons), func(i int) string { return sys.Persons[i].Name })
	a.Persons, a.MissedPersons, a.SpuriousPersons = matchNames(gold, pred, samePerson)
	a.scorePersonAttributes(g, sys, gold, pred)
}

// scorePersonAttributes scores the country and role of each pair of
// persons matched by name (the first person of each side with the paired
// name, as the names were made distinct): the country where the gold sets
// one, equal codes; the role where the gold sets one, equal after
// [sameRole]'s normalisation.
func (a *GoldArticle) scorePersonAttributes(g *GoldDoc, sys *annals.Document, gold, pred []string) {
	a.RoleErrors, a.PersonCountryErrors = []GoldPersonError{}, []GoldPersonError{}
	pairs, _, _ := pairClusters(singletons(gold), singletons(pred), samePerson)
	first := func(n int, get func(int) string, name string) int {
		k := foldName(name)
		for i := range n {
			if foldName(get(i)) == k {
				return i
			}
		}
		return -1
	}
	for _, pr := range pairs {
		gi := first(len(g.Persons), func(i int) string { return g.Persons[i].Name }, gold[pr[0]])
		si := first(len(sys.Persons), func(i int) string { return sys.Persons[i].Name }, pred[pr[1]])
		if gi < 0 || si < 0 {
			continue
		}
		gp, sp := g.Persons[gi], sys.Persons[si]
		if c := strings.ToUpper(strings.TrimSpace(gp.Country)); c != "" {
			a.PersonCountryMatched++
			if c == strings.ToUpper(string(sp.Country)) {
				a.PersonCountryCorrect++
			} else {
				a.PersonCountryErrors = append(a.PersonCountryErrors, GoldPersonError{gp.Name, c, string(sp.Country)})
			}
		}
		if strings.TrimSpace(gp.Role) != "" {
			a.RoleMatched++
			if sameRole(gp.Role, sp.Role) {
				a.RoleCorrect++
			} else {
				a.RoleErrors = append(a.RoleErrors, GoldPersonError{gp.Name, gp.Role, sp.Role})
			}
		}
	}
}

// scorePlaces and scoreOrganizations score the names of places and
// organisations as persons are scored; they are reported beside the
// targets of issue 4, which sets none for them. An organisation an
// annotation lists twice, by name and by acronym ("USAID" and "U.S. Agency
// for International Development"), is one organisation (by spelling alone,
// never by the extractor's lexicon, so the gold counts stay put), and a system
// organisation matches by its name or any of its mentions. A system
// organisation named in several distinct forms counts once per form
// (extract.NameForms), as annotations list each form (docs/annotating.md
// section 23).
func (a *GoldArticle) scorePlaces(g *GoldDoc, sys *annals.Document) {
	gold := distinct(len(g.Places), func(i int) string { return g.Places[i] })
	pred := distinct(len(sys.Places), func(i int) string { return sys.Places[i].Name })
	a.Places, a.MissedPlaces, a.SpuriousPlaces = matchNames(gold, pred, samePlace)
}

func (a *GoldArticle) scoreOrganizations(g *GoldDoc, sys *annals.Document) {
	var gold [][]string
	for _, name := range distinct(len(g.Organizations), func(i int) string { return g.Organizations[i] }) {
		joined := false
		for i, c := range gold {
			if sameOrgSpelling(c[0], name) {
				gold[i] = append(c, name)
				joined = true
				break
			}
		}
		if !joined {
			gold = append(gold, []string{name})
		}
	}
	var pred [][]string
	for _, o := range extract.NameForms(sys.Organizations) {
		pred = append(pred, append([]string{o.Name}, o.Mentions...))
	}
	a.Organizations, a.MissedOrganizations, a.SpuriousOrganizations = matchClusters(gold, pred, sameOrganization)
}

// matchNames pairs gold and system names one to one: names equal after
// folding first, so that "Lavrov" alone cannot take the place of a full
// name another prediction spells out, then names same calls equal. It
// returns the tally and the unpaired names of each side, sorted.
func matchNames(gold, pred []string, same func(a, b string) bool) (t GoldTally, missed, spurious []string) {
	return matchClusters(singletons(gold), singletons(pred), same)
}

func singletons(names []string) [][]string {
	out := make([][]string, len(names))
	for i, n := range names {
		out[i] = []string{n}
	}
	return out
}

// matchClusters is matchNames for items with several names each (the
// first is the item's name, which the lists of unpaired items show): two
// items pair when any of their names do.
func matchClusters(gold, pred [][]string, same func(a, b string) bool) (t GoldTally, missed, spurious []string) {
	t = GoldTally{Gold: len(gold), System: len(pred)}
	pairs, gUsed, pUsed := pairClusters(gold, pred, same)
	t.Match = len(pairs)
	first := func(cs [][]string) []string {
		out := make([]string, len(cs))
		for i, c := range cs {
			out[i] = c[0]
		}
		return out
	}
	return t, unused(first(gold), gUsed), unused(first(pred), pUsed)
}

// pairClusters pairs gold and system items one to one as matchClusters
// describes and returns the pairs (gold index, system index) in the order
// they were made, with the items each side used.
func pairClusters(gold, pred [][]string, same func(a, b string) bool) (pairs [][2]int, gUsed, pUsed []bool) {
	gUsed = make([]bool, len(gold))
	pUsed = make([]bool, len(pred))
	joined := func(g, p []string, pass int) bool {
		for _, gn := range g {
			for _, pn := range p {
				if pass == 0 && foldName(gn) == foldName(pn) || pass == 1 && same(gn, pn) {
					return true
				}
			}
		}
		return false
	}
	for pass := 0; pass < 2; pass++ {
		for i, g := range gold {
			if gUsed[i] {
				continue
			}
			for j, p := range pred {
				if !pUsed[j] && joined(g, p, pass) {
					gUsed[i], pUsed[j] = true, true
					pairs = append(pairs, [2]int{i, j})
					break
				}
			}
		}
	}
	return pairs, gUsed, pUsed
}

// distinct returns the n names of get, without repeats (after folding),
// in their first order.
func distinct(n int, get func(int) string) []string {
	seen := map[string]bool{}
	var out []string
	for i := range n {
		s := get(i)
		k := foldName(s)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, s)
	}
	return out
}

func unused(names []string, used []bool) []string {
	out := []string{}
	for i, s := range names {
		if !used[i] {
			out = append(out, s)
		}
	}
	sort.Strings(out)
	return out
}

func (a *GoldArticle) scoreCountries(g *GoldDoc, sys *annals.Document) {
	gold := map[string]bool{}
	for _, c := range g.Countries {
		gold[strings.ToUpper(c)] = true
	}
	pred := map[string]bool{}
	for _, c := range sys.Countries {
		pred[strings.ToUpper(string(c))] = true
	}
	a.Countries = GoldTally{Gold: len(gold), System: len(pred)}
	a.MissedCountries, a.SpuriousCountries = []string{}, []string{}
	for c := range gold {
		if pred[c] {
			a.Countries.Match++
		} else {
			a.MissedCountries = append(a.MissedCountries, c)
		}
	}
	for c := range pred {
		if !gold[c] {
			a.SpuriousCountries = append(a.SpuriousCountries, c)
		}
	}
	sort.Strings(a.MissedCountries)
	sort.Strings(a.SpuriousCountries)
}

func (a *GoldArticle) scoreDates(g *GoldDoc, sys *annals.Document) {
	gold := map[string]int{}
	for _, t := range g.Times {
		gold[t.Value]++
		a.Dates.Gold++
	}
	pred := map[string]int{}
	for _, t := range sys.Times {
		if t.Type != annals.TimeDate || t.Value == "" {
			continue
		}
		pred[string(t.Value)]++
		a.Dates.System++
	}
	a.MissedDates, a.SpuriousDates = []string{}, []string{}
	for v, n := range gold {
		m := min(n, pred[v])
		a.Dates.Match += m
		for range n - m {
			a.MissedDates = append(a.MissedDates, v)
		}
	}
	for v, n := range pred {
		for range n - min(n, gold[v]) {
			a.SpuriousDates = append(a.SpuriousDates, v)
		}
	}
	sort.Strings(a.MissedDates)
	sort.Strings(a.SpuriousDates)
}

func (a *GoldArticle) scoreEvents(g *GoldDoc, sys *annals.Document) {
	pairs := GoldMatchEvents(g, sys)
	a.StatusErrors = []GoldPair{}
	goldHit := make([]bool, len(g.Events))
	sysHit := make([]bool, len(sys.Events))
	for _, p := range pairs {
		goldHit[p[0]], sysHit[p[1]] = true, true
		ge, se := g.Events[p[0]], sys.Events[p[1]]
		if ge.Optional {
			a.OptionalMatched++
			a.byType(se.Type).System--
		} else {
			a.Events.Match++
			a.byType(ge.Type).Match++
		}
		a.StatusMatched++
		if ge.Status == se.Status {
			a.StatusCorrect++
		} else {
			a.StatusErrors = append(a.StatusErrors, GoldPair{ge, se})
		}
	}
	a.MissedEvents = []GoldEvent{}
	for i, e := range g.Events {
		if e.Optional {
			continue
		}
		a.Events.Gold++
		a.byType(e.Type).Gold++
		if !goldHit[i] {
			a.MissedEvents = append(a.MissedEvents, e)
		}
	}
	a.SpuriousEvents = []annals.Event{}
	for j, e := range sys.Events {
		if !sysHit[j] {
			a.SpuriousEvents = append(a.SpuriousEvents, e)
		}
	}
	a.Events.System = len(sys.Events) - a.OptionalMatched
	for _, e := range sys.Events {
		a.byType(e.Type).System++
	}
}

// byType returns the tally of event type t; an unknown type (which
// Validate rejects) is counted as a statement rather than dropped.
func (a *GoldArticle) byType(t annals.EventType) *GoldTally {
	for i, u := range annals.EventTypes {
		if u == t {
			return &a.EventsByType[i]
		}
	}
	return &a.EventsByType[3]
}

// GoldMatchEvents pairs system events with gold events one to one and
// returns the pairs as [gold index, system index], sorted by gold index.
// A system event can match a gold event when (issue 4, item 5):
//
//   - the types are equal;
//   - they share a participant: a person by surname, an organisation by
//     name or acronym, or a country; a gold event that names no
//     participant at all instead needs the same evidence sentence;
//   - when the gold event has dates, the intervals overlap;
//   - when the gold event states an amount, the system amount lies within
//     2% of it.
//
// Among all one-to-one matchings made of such pairs it returns an optimal
// one (issue 4), chosen lexicographically:
//
//  1. the most required gold events matched (recall);
//  2. then the most system events matched, to required or optional gold
//     events (precision);
//  3. then the most matched pairs whose status agrees (status accuracy);
//  4. then the most similar pairs: more shared participants, equal
//     intervals and equal places, so that the pairs, misses and spurious
//     events listed with -v are the ones a reader would pair.
//
// The first three make the scores independent of the order of the events
// and of how a greedy pass would break ties: a trip-wide visit cannot take
// the gold event one stop's visit needed when another gold event would
// take it. Events of different types never pair, so each type is solved on
// its own, as a maximum-weight assignment ([assign.MaxWeight]).
func GoldMatchEvents(g *GoldDoc, sys *annals.Document) [][2]int {
	persons := map[string]bool{}
	for _, p := range g.Persons {
		persons[p.Name] = true
	}
	sysPersons := map[string]bool{}
	for _, p := range sys.Persons {
		sysPersons[p.Name] = true
	}
	var out [][2]int
	for _, t := range eventTypes(g) {
		var gi, si []int
		for i, e := range g.Events {
			if e.Type == t {
				gi = append(gi, i)
			}
		}
		for j, e := range sys.Events {
			if e.Type == t {
				si = append(si, j)
			}
		}
		// Lexicographic weights: a tier outweighs every lower tier summed
		// over the largest possible matching of k pairs. The heaviest
		// weight is about maxSimilarity·k³, so even thousands of events of
		// one type stay far inside assign.MaxWeight's int64 bound.
		k := int64(min(len(gi), len(si)))
		b3 := k*maxSimilarity + 1
		b2 := (k + 1) * b3
		b1 := (k + 1) * b2
		w := make([][]int64, len(gi))
		for r, i := range gi {
			w[r] = make([]int64, len(si))
			for c, j := range si {
				if p := scorePair(g.Events[i], sys.Events[j], persons, sysPersons); p != nil {
					w[r][c] = int64(b2i(p.required))*b1 + b2 + int64(b2i(p.status))*b3 + int64(p.similarity)
				}
			}
		}
		for r, c := range assign.MaxWeight(w) {
			if c >= 0 {
				out = append(out, [2]int{gi[r], si[c]})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a][0] < out[b][0] })
	return out
}

// eventTypes returns the types of the gold events, each once, in order
// of first appearance: the types a gold and a system event can share.
func eventTypes(g *GoldDoc) []annals.EventType {
	seen := map[annals.EventType]bool{}
	var out []annals.EventType
	for _, e := range g.Events {
		if !seen[e.Type] {
			seen[e.Type] = true
			out = append(out, e.Type)
		}
	}
	return out
}

// pairScore is what the matching weighs in an allowed pair of a gold and
// a system event.
type pairScore struct {
	required   bool // the gold event is required
	status     bool // the statuses agree
	similarity int  // in [0, maxSimilarity]
}

// maxShared caps the shared participants the similarity counts; four
// points each keep one more shared participant ahead of an equal interval
// (2) and an equal place (1) together.
const (
	maxShared     = 15
	maxSimilarity = 4*maxShared + 2 + 1
)

// scorePair returns the score of pairing ge with se, or nil when the two
// cannot match (see [GoldMatchEvents]).
func scorePair(ge GoldEvent, se annals.Event, goldPersons, sysPersons map[string]bool) *pairScore {
	if se.Type != ge.Type || !amountMatches(ge.Amount, se.Amount) {
		return nil
	}
	giv := ge.Interval()
	if !giv.IsZero() && !se.Interval().Overlaps(giv) {
		return nil
	}
	shared := sharedParticipants(ge, se, goldPersons, sysPersons)
	if shared == 0 && !(len(ge.Actors) == 0 && len(ge.Countries) == 0 && sameEvidence(ge.Evidence, se.Evidence)) {
		return nil
	}
	sim := 4*min(shared, maxShared) +
		2*b2i(!giv.IsZero() && se.Interval() == giv) +
		b2i(ge.Place != "" && foldName(ge.Place) == foldName(se.Place))
	return &pairScore{required: !ge.Optional, status: se.Status == ge.Status, similarity: sim}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// amountMatches reports whether a system amount satisfies a gold one: no
// gold amount asks for nothing; otherwise the system must state a figure
// within amountTolerance of it.
func amountMatches(gold, sys *float64) bool {
	if gold == nil {
		return true
	}
	if sys == nil {
		return false
	}
	return math.Abs(*sys-*gold) <= amountTolerance*math.Abs(*gold)
}

// sharedParticipants counts the gold event's participants (actors and
// countries) that the system event also names. Two persons share a
// participant by surname; when either name is not a person of its
// document it is taken as an organisation and compared by name or
// acronym.
// sameEvidence reports whether a gold and a system evidence string are the
// same sentence: one contains the other once spaces are folded. It lets a
// gold event that names no participant at all ("the vehicle was struck")
// be matched by the event told in the same sentence, since no participant
// can be shared with it.
func sameEvidence(gold, sys string) bool {
	g, s := strings.Join(strings.Fields(gold), " "), strings.Join(strings.Fields(sys), " ")
	if g == "" || s == "" {
		return false
	}
	return strings.Contains(g, s) || strings.Contains(s, g)
}

func sharedParticipants(ge GoldEvent, se annals.Event, goldPersons, sysPersons map[string]bool) int {
	n := 0
	for _, ga := range ge.Actors {
		for _, sa := range se.Actors {
			var same bool
			if goldPersons[ga] && sysPersons[sa] {
				same = sameSurname(ga, sa)
			} else {
				same = sameOrganization(ga, sa)
			}
			if same {
				n++
				break
			}
		}
	}
	for _, gc := range ge.Countries {
		for _, sc := range se.Countries {
			if strings.EqualFold(gc, string(sc)) {
				n++
				break
			}
		}
	}
	return n
}
