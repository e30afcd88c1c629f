package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/token"
	"github.com/annals-project/annals/extract/trigger"
)

// visitTrigger is the lexicon entry phrasal visits are typed with: CAMEO
// 042, make a visit.
var visitTrigger = trigger.Trigger{Type: annals.EventVisit, CAMEO: "042"}

// phraseVisit finds a visit told without a visit word in clause c and
// returns the index of the token that carries it and the mention of the
// destination, or -1:
//   - presence for a purpose: a form of "be", "in", a place or state, and
//     "for" or "on" ("was in Pakistan for official talks", "is in Tokyo
//     on a three-day trip"): being somewhere for talks is travelling
//     there (CAMEO 042 covers the trip, the talks are their own event);
//   - a mission or journey to a place or state ("sets out Wednesday on a
//     tough mission to Washington");
//   - departure with a destination: a verb of leaving or flying, an
//     optional origin, and "for" or "to" with a place or state ("Leaving
//     Afghanistan for Moscow", "flew to Paris", "left for Beijing", "will
//     continue on to Malaysia").
//
// Each case tests the words around the verb or noun before the word
// itself, and a departure needs a "for" or "to" after it: most tokens are
// then passed over without a lexicon lookup.
func phraseVisit(s *mention.Sentence, c mention.Clause) (k, dest int) {
	toks := s.Toks
	lastTo := -1 // the last "for" or "to" with a token after it
	for y := c.J - 2; y >= c.I; y-- {
		if toks[y].Lower == "for" || toks[y].Lower == "to" {
			lastTo = y
			break
		}
	}
	for x := c.I; x < c.J; x++ {
		w := toks[x].Lower
		switch {
		case x+3 < c.J && (toks[x+1].Lower == "in" || toks[x+2].Lower == "in" && presenceAdverbs[toks[x+1].Lower]) && (trigger.BeForm(w) || presenceAdverbs[w]):
			if toks[x+1].Lower != "in" {
				x++ // "is now in the U.S. for talks"
			}
			m := s.At(x + 2)
			if m < 0 && x+3 < c.J && toks[x+2].Lower == "the" {
				m = s.At(x + 3)
			}
			if m < 0 || !destination(s.Ments[m]) || s.Ments[m].J >= c.J {
				continue
			}
			// "are in Santiago, Chile, and Lima, Peru for meetings": the
			// purpose follows the list of places.
			if j := listEnd(s, m, c.J); j < c.J && (toks[j].Lower == "for" || toks[j].Lower == "on" && !(j+1 < c.J && dayWords[toks[j+1].Lower])) || purposeTo(toks, j, len(toks)) {
				return x, m // "on a three-day trip", not "on Monday"
			}
		case x+2 < c.J && toks[x+1].Lower == "to" && missionNouns[w]:
			if m := s.At(x + 2); m >= 0 && destination(s.Ments[m]) {
				return x, m
			}
		case sendVerbsSet.Has(w):
			if y := sentTo(s, c, x); y > 0 {
				return x, s.At(y + 1)
			}
		case x < lastTo && leaveVerbsSet.Has(w) && setOff(toks, x):
			y := x + 1
			if o := s.At(y); o >= 0 && s.Ments[o].Kind != mention.Person {
				y = s.Ments[o].J // the origin: "Leaving Afghanistan for"
			}
			// A time or adverb may stand before the destination: "left
			// Tokyo yesterday for Seoul".
			for n := 0; n < 2 && y+1 < c.J && s.Toks[y].Lower != "for" && s.Toks[y].Lower != "to" && s.Toks[y].Kind == token.Word && !s.Covered(y); n++ {
				if onwardVerbs[w] && s.Toks[y].Lower != "on" {
					// "will continue on to Malaysia", not "provide
					// continued support to refugees": going on takes
					// its destination at once.
					break
				}
				y++
			}
			if y+1 >= c.J || (toks[y].Lower != "for" && toks[y].Lower != "to") {
				continue
			}
			// A demonym names no destination: "support to Burundian
			// refugees".
			if m := s.At(y + 1); m >= 0 && destination(s.Ments[m]) && !s.Ments[m].Demonym && s.Ments[m].J <= c.J && (!moveVerbs[w] || movePurpose(s, listEnd(s, m, len(toks)))) {
				return x, m
			}
		}
	}
	return -1, -1
}

// movePurpose reports the purpose of a move after its destination list
// ends at j: an infinitive of attending ("to take part in", "to meet"),
// or "for" and an event noun ("for talks", "for the summit"), after at
// most a time of a few words ("on Saturday").
func movePurpose(s *mention.Sentence, j int) bool {
	toks := s.Toks
	for n := 0; n < 4 && j < len(toks); n++ {
		if purposeTo(toks, j, len(toks)) || j+3 < len(toks) && toks[j].Lower == "to" && (toks[j+1].Lower == "take" || toks[j+1].Lower == "join") && (toks[j+2].Lower == "part" || toks[j+2].Lower == "in") {
			return true
		}
		if toks[j].Lower == "for" {
			for y := j + 1; y < len(toks) && y <= j+4; y++ {
				if tr, ok := trigger.Lookup(toks[y].Lower); ok && tr.Noun && (tr.Type == annals.EventMeet || tr.Type == annals.EventAgree) {
					return true
				}
				if toks[y].Kind != token.Word {
					break
				}
			}
			return false
		}
		if toks[j].Kind != token.Word && toks[j].Lower != "," {
			return false
		}
		j++
	}
	return false
}

// purposeTo reports an infinitive of purpose at j that names an event or
// attendance: "to meet with", "to attend", "to sign" ("is in Lima, Peru,
// to meet with ..."), not "to stay" or "to the end". The purpose may
// stand after a comma that ends the clause, so hi is the sentence's end.
func purposeTo(toks []token.Token, j, hi int) bool {
	if j+1 < hi && toks[j].Lower == "," {
		j++ // "is in Bogota, Colombia, to meet"
	}
	if j+1 >= hi || toks[j].Lower != "to" || toks[j+1].Kind != token.Word || toks[j+1].IsCap() {
		return false
	}
	w := toks[j+1].Lower
	return isTrigger(w) || attendVerbs[w]
}

// sendVerbsSet spares most words the sendVerbs lookup (see token.Set).
var sendVerbsSet = token.NewSet(sendVerbs)

// sendVerbs send envoys somewhere: "sent his top negotiator to Beijing",
// "dispatched a team to Kabul". The visit is the envoys', not the
// sender's.
var sendVerbs = map[string]bool{
	"sent": true, "sends": true, "send": true, "sending": true,
	"dispatched": true, "dispatches": true, "dispatch": true, "dispatching": true,
}

// sentTo returns the "to" of a sending verb at k that has an object and a
// destination after it within twenty words, the clause's end passed
// over (an apposition between commas ends a clause) ("sent his top negotiator
// and an adviser to China"), or -1. An object that is a thing ("sent a
// letter to Beijing", "sent aid to") is no envoy: the object must be a
// person or a noun of a delegation.
func sentTo(s *mention.Sentence, c mention.Clause, k int) int {
	toks := s.Toks
	envoy := false
	for y := k + 1; y+1 < len(toks) && y <= k+20; y++ {
		if toks[y].Lower == "to" && y > k+1 {
			m := s.At(y + 1)
			if m < 0 || !destination(s.Ments[m]) || !envoy {
				return -1
			}
			return y
		}
		if m := s.At(y); m >= 0 && s.Ments[m].Kind == mention.Person && !s.Ments[m].Pronoun {
			envoy = true
		}
		if envoyNouns[toks[y].Lower] {
			envoy = true
		}
	}
	return -1
}

// envoyNouns name those sent on a mission.
var envoyNouns = map[string]bool{
	"negotiator": true, "negotiators": true, "envoy": true, "envoys": true, "team": true,
	"delegation": true, "delegations": true, "emissary": true, "emissaries": true,
	"aide": true, "aides": true, "adviser": true, "advisers": true, "advisor": true,
	"advisors": true, "minister": true, "ministers": true, "representative": true,
	"representatives": true, "official": true, "officials": true, "mission": true,
}

// progressiveMotion reports a verb of leaving or travelling at k in the
// present progressive: "is traveling to", "are heading for", "'s flying
// to".
func progressiveMotion(toks []token.Token, k int) bool {
	if k == 0 || !leaveVerbs[toks[k].Lower] || !strings.HasSuffix(toks[k].Lower, "ing") {
		return false
	}
	switch toks[k-1].Lower {
	case "is", "are", "am", "'s", "’s", "'re", "’re":
		return true
	}
	return false
}

// listEnd returns the token after the list of destinations that starts
// with mention m ("Santiago, Chile, and Lima, Peru"), up to hi.
func listEnd(s *mention.Sentence, m, hi int) int {
	j := s.Ments[m].J
	for {
		y, n := j, 0
		for y < hi && n < 2 && (s.Toks[y].Lower == "," || s.Toks[y].Lower == "and") {
			y, n = y+1, n+1
		}
		if n == 0 {
			return j
		}
		o := s.At(y)
		if o < 0 || !destination(s.Ments[o]) || s.Ments[o].J > hi {
			return j
		}
		j = s.Ments[o].J
	}
}

// destination reports a mention that can be travelled to: a place that
// is not a macro region, or a state.
func destination(m mention.Mention) bool {
	return m.Kind == mention.Place && !mention.Macro(m.Entry) || m.Kind == mention.Country
}

// weekdays are the names of the days of the week.
var weekdays = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// dayWords open a date after "on": "was in Washington on Monday", "on
// March 3": the weekdays (added in init) and the months.
var dayWords = map[string]bool{
	"january": true, "february": true, "march": true,
	"april": true, "may": true, "june": true, "july": true, "august": true, "september": true,
	"october": true, "november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true,
}

func init() {
	for w := range weekdays {
		dayWords[w] = true
	}
}

var missionNouns = map[string]bool{"mission": true, "journey": true, "voyage": true, "pilgrimage": true}

// presenceAdverbs stand for a form of "be" in an apposition: "Oeien,
// currently in Iceland for a meeting".
var presenceAdverbs = map[string]bool{"currently": true, "now": true, "still": true}

// leaveVerbsSet spares most words the leaveVerbs lookup (see token.Set).
var leaveVerbsSet = token.NewSet(leaveVerbs)

var leaveVerbs = map[string]bool{
	"leaving": true, "left": true, "leaves": true, "leave": true, "departed": true, "departs": true,
	"departing": true, "flew": true, "flies": true, "flying": true, "headed": true, "heads": true,
	"heading": true, "travelling": true, "traveling": true,
	// The plain form after a modal or "to": "will fly to Lima", "is due
	// to depart for Quito".
	"fly": true, "depart": true,
	// Going on to the next stop: "will continue on to Malaysia",
	// "proceeded to Geneva".
	"continue": true, "continues": true, "continued": true, "proceed": true, "proceeds": true,
	"proceeded": true,
	// Going back to a state or place: a visit only when it is not the
	// traveller's own (see phraseVisitEvent).
	"returned": true, "returns": true, "returning": true,
	// Setting off or out for a place (see setOff).
	"set": true, "sets": true, "setting": true,
	// The plain form of heading somewhere: "will then head to Quito".
	"head": true,
	// Moving to a place, a visit only for a purpose told after it (see
	// moveVerbs).
	"move": true, "moves": true, "moved": true, "moving": true,
}

// moveVerbs are the leaveVerbs that also tell a change of home or seat
// ("moved to London in 1990", "the embassy will move to Jerusalem"):
// they travel only with a purpose of attending after the destination
// ("will move to Manila on Saturday to take part in the summit", "moves
// to Quito for talks").
var moveVerbs = map[string]bool{"move": true, "moves": true, "moved": true, "moving": true}

// setOff reports a form of "set" at k that is a departure: "set off for",
// "sets out for"; "set" alone ("set for Monday", "set up a fund for
// Kabul") is none.
func setOff(toks []token.Token, k int) bool {
	switch toks[k].Lower {
	case "set", "sets", "setting":
		return k+1 < len(toks) && (toks[k+1].Lower == "off" || toks[k+1].Lower == "out")
	}
	return true
}

// carrierSubject reports whether the subject of travel verb k, in the
// clause from lo, is a carrier or a craft rather than a traveller: its
// head, before any modal, auxiliary or adverb, is a word of carrierWords
// ("The airline will fly to Lima", "Kenya Airways flies to Peru", "the
// ship left for Manila").
func carrierSubject(toks []token.Token, lo, k int) bool {
	x := k - 1
	for x >= lo && travelAux[toks[x].Lower] {
		x--
	}
	return x >= lo && carrierWords[toks[x].Lower]
}

// travelAux may stand between a subject and its verb of travel: "will
// also fly", "is now flying", "is due to depart".
var travelAux = map[string]bool{
	"will": true, "would": true, "shall": true, "can": true, "could": true, "may": true, "to": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "has": true,
	"have": true, "had": true, "due": true, "also": true, "now": true, "then": true, "soon": true,
	"already": true, "again": true, "currently": true, "later": true, "still": true,
}

// carrierWords name carriers, craft and routes, which fly or sail to a
// place without being a party that travels there.
var carrierWords = map[string]bool{
	"airline": true, "airlines": true, "airways": true, "carrier": true, "carriers": true,
	"airliner": true, "airliners": true, "flight": true, "flights": true, "route": true,
	"routes": true, "service": true, "services": true, "ship": true, "ships": true,
	"vessel": true, "vessels": true, "ferry": true, "ferries": true, "freighter": true,
	"tanker": true, "tankers": true, "train": true, "trains": true, "cruise": true,
	"plane": true, "planes": true, "jet": true, "jets": true, "aircraft": true,
}

// returnVerbs are the leaveVerbs of going back somewhere.
var returnVerbs = map[string]bool{"returned": true, "returns": true, "returning": true}

// onwardVerbs are the leaveVerbs of going on to the next stop.
var onwardVerbs = map[string]bool{
	"continue": true, "continues": true, "continued": true, "proceed": true, "proceeds": true,
	"proceeded": true,
}

// phraseVisitEvent builds the event of a phrasal visit at token k with
// destination mention dm; ok is false when the clause names no traveller.
func (d *doc) phraseVisitEvent(si int, s *mention.Sentence, c mention.Clause, k, dm int, pp []int, ps []annals.Country) (cand, bool) {
	tr := visitTrigger
	tr.Past = s.Toks[k].Lower == "was" || s.Toks[k].Lower == "were" || s.Toks[k].Lower == "left" ||
		s.Toks[k].Lower == "departed" || s.Toks[k].Lower == "flew" || s.Toks[k].Lower == "headed" ||
		s.Toks[k].Lower == "continued" || s.Toks[k].Lower == "proceeded" || s.Toks[k].Lower == "returned" ||
		s.Toks[k].Lower == "set"
	// A purpose after the destination has its own time: "is in Manila
	// to attend the inauguration on June 30" is a stay this week.
	tc := c
	for x := s.Ments[dm].J; x+1 < c.J && x <= s.Ments[dm].J+4; x++ {
		if s.Toks[x].Lower == "to" && s.Toks[x+1].Kind == token.Word && !s.Toks[x+1].IsCap() {
			tc.J = x
			break
		}
	}
	decided := sendVerbs[s.Toks[k].Lower] && decidedTo(s.Toks, c.I, k)
	if decided {
		// "agreed on Monday to send emissaries to Pretoria": the
		// decision is dated, the mission it sets up is to come and
		// takes only a time of its own.
		tc = mention.Clause{I: k, J: tc.J, Own: true}
	}
	e, ok := d.build(si, s, c, tc, k, tr, pp, ps, decided)
	if ok && e.ev.Status == annals.StatusOccurred && progressiveMotion(s.Toks, k) && (e.weak || e.ev.Interval().IsZero() || d.dct.IsZero() || !e.ev.Interval().End.Before(d.dct)) {
		// "is traveling to Brazil and Chile this week", "are heading to
		// Tokyo": on the way, the traveller has not yet made the visit,
		// which is planned, unless the time told is past.
		e, ok = d.build(si, s, c, tc, k, tr, pp, ps, true)
	}
	if !ok {
		return cand{}, false
	}
	if carrierSubject(s.Toks, c.I, k) && !slices.ContainsFunc(e.ev.Actors, d.isPerson) {
		// "The airline flies to Peru", "Kenya Airways will fly to Lima
		// from May": a carrier, ship or route is no traveller, and a
		// service it runs is no visit. "The president's plane flew to
		// Lima" still carries its person.
		return cand{}, false
	}
	if returnVerbs[s.Toks[k].Lower] {
		// "Kerry then returned to Israel": going back to another state
		// is a visit to it; going home ("returned to Washington") or
		// back with no state known for the traveller is none.
		dc := s.Ments[dm].Country
		if len(e.ev.Actors) == 0 || dc == "" {
			return cand{}, false
		}
		if h := d.homeOf(e.ev.Actors[0]); h == "" || h == dc {
			return cand{}, false
		}
	}
	if sendVerbs[s.Toks[k].Lower] {
		if !decided && (e.weak || e.ev.Interval().IsZero()) {
			// "Serbia and Kosovo sent envoys to Brussels": undated, the
			// sending is background, not a visit of the story.
			return cand{}, false
		}
		e.ev.Actors, e.ev.Countries = d.envoys(s, k, sentTo(s, c, k), e.ev.Actors, e.ev.Countries)
		if e.ev.Status == annals.StatusOccurred && !d.dct.IsZero() && !e.ev.Interval().Start.Before(d.reportDay(s.Span)) {
			// "sent his negotiator to China on Monday", told that Monday:
			// the envoys are on their way, the visit is to come.
			e.ev.Status = annals.StatusPlanned
		}
	}
	m := s.Ments[dm]
	if j := listEnd(s, dm, c.J); trigger.BeForm(s.Toks[k].Lower) && purposeTo(s.Toks, j, len(s.Toks)) {
		if len(e.ev.Actors) > 0 && m.Country != "" && d.homeOf(e.ev.Actors[0]) == m.Country {
			return cand{}, false // "President X is in Lima to meet ...": at home
		}
		if w := s.Toks[k].Lower; (w == "is" || w == "are") && e.ev.Status == annals.StatusOccurred && e.ev.Interval().IsZero() && !d.dct.IsZero() {
			// "X is in Bogota, Colombia, to meet with ...": there now,
			// on the day of the report.
			day := d.reportDay(s.Span)
			e.ev.Start, e.ev.End, e.ev.Time = day, day, annals.TimeValue(day.String())
			e.weak = true
		}
		if w := s.Toks[k].Lower; (w == "is" || w == "are") && e.ev.Status == annals.StatusOccurred && !e.ev.Interval().IsZero() {
			d.stay, d.staySent = e.ev, si
		}
	}
	if m.Kind == mention.Place {
		e.ev.Place = m.Name
	}
	if m.Country != "" && !slices.Contains(e.ev.Countries, m.Country) {
		e.ev.Countries = append(e.ev.Countries, m.Country)
	}
	if m.Kind == mention.Place {
		for _, pc := range listedPlaceCountries(s, c, m.Name) {
			if !slices.Contains(e.ev.Countries, pc) {
				e.ev.Countries = append(e.ev.Countries, pc)
			}
		}
	}
	return e, true
}

// hostsGuest reports whether a hosting verb at k ("hosted", "welcomed")
// has a guest as its object: a person, state, organisation or group, or
// a guest noun, within four words. Hosting a dinner or a summit, being
// "hosted by" someone, or welcoming a report or a decision is no visit
// (CAMEO 043 "host a visit" needs a visitor).
func hostsGuest(s *mention.Sentence, k, hi int) bool {
	if k+1 < hi && s.Toks[k+1].Lower == "by" {
		return false
	}
	for x := k + 1; x < hi && x <= k+4; x++ {
		if m := s.At(x); m >= 0 {
			if j := s.Ments[m].J; j < hi && (s.Toks[j].Text == "'s" || s.Toks[j].Text == "’s") {
				// A possessor is not the guest: "welcomed Pakistan's
				// chairmanship", but "welcomed Kenya's president".
				x = j
				continue
			}
			switch s.Ments[m].Kind {
			case mention.Person, mention.Role:
				return true
			case mention.Country, mention.Org, mention.Group:
				// "received Chinese investment", "received EU funds": one
				// receives a state's or a body's things, but hosts its
				// leaders.
				if n := s.At(s.Ments[m].J); n >= 0 && (s.Ments[n].Kind == mention.Person || s.Ments[n].Kind == mention.Role) {
					return true // "received Vietnamese Prime Minister ..."
				}
				return !receiveVerbs[s.Toks[k].Lower]
			}
			return false
		}
		if guestNouns[s.Toks[x].Lower] {
			return !receiveVerbs[s.Toks[k].Lower] || s.Toks[x].Lower != "leaders" && s.Toks[x].Lower != "officials"
		}
		if s.Toks[x].Kind != token.Word {
			return false
		}
		if _, ok := trigger.Lookup(s.Toks[x].Lower); ok || objectNouns[s.Toks[x].Lower] || hostPreps[s.Toks[x].Lower] {
			// "welcomed the arrival of U.S. Marines": the object is a
			// happening, whatever the prepositional phrase names.
			return false
		}
	}
	return false
}

// receiveVerbs host only a named person or a title: "received Vietnamese
// Prime Minister Pham Minh Chinh", not "received Chinese investment".
var receiveVerbs = map[string]bool{"received": true, "receives": true}

// phraseHead returns the last of the mentions that follow mention m
// without a gap, below hi: the person of "Ghanaian President Nana
// Akufo-Addo" rather than its country or title.
func phraseHead(s *mention.Sentence, m, hi int) int {
	for s.Ments[m].J < hi {
		n := s.At(s.Ments[m].J)
		if n < 0 {
			break
		}
		m = n
	}
	return m
}

// possessive reports a possessive "'s" at token j, below hi.
func possessive(toks []token.Token, j, hi int) bool {
	return j < hi && (toks[j].Text == "'s" || toks[j].Text == "’s")
}

var guestPronouns = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}

// receivedBy reports reception verb k in the passive with a person as
// its agent: "will be received by President Ruto", "was received by the
// foreign minister". The subject is the guest, the agent the host.
// The guest must be a person too ("the letter was received by the
// minister" is no audience), named or a personal pronoun.
func receivedBy(s *mention.Sentence, lo, k, hi int) bool {
	toks := s.Toks
	if toks[k].Lower != "received" || k+2 >= hi || toks[k+1].Lower != "by" || k == 0 {
		return false
	}
	switch toks[k-1].Lower {
	case "be", "been", "was", "were", "is", "are", "being":
	default:
		return false
	}
	guest := false
	for x := lo; x < k && !guest; x++ {
		if m := s.At(x); m >= 0 {
			m = phraseHead(s, m, k)
			guest = (s.Ments[m].Kind == mention.Person || s.Ments[m].Kind == mention.Role) && !possessive(toks, s.Ments[m].J, k)
			x = s.Ments[m].J - 1
		} else {
			guest = guestPronouns[toks[x].Lower]
		}
	}
	if !guest {
		return false
	}
	for x := k + 2; x < hi && x <= k+5; x++ {
		if m := s.At(x); m >= 0 {
			m = phraseHead(s, m, hi) // "received by Ghanaian President Akufo-Addo"
			if possessive(toks, s.Ments[m].J, hi) {
				return false // "received by the minister's office"
			}
			return s.Ments[m].Kind == mention.Person || s.Ments[m].Kind == mention.Role
		}
		if toks[x].Kind != token.Word {
			return false
		}
	}
	return false
}

var guestNouns = map[string]bool{
	"counterpart": true, "counterparts": true, "delegation": true, "delegations": true,
	"guest": true, "guests": true, "visitor": true, "visitors": true, "leaders": true,
	"leader": true, "president": true, "minister": true, "ministers": true, "king": true,
	"queen": true, "premier": true, "envoy": true, "envoys": true, "officials": true,
}

var hostPreps = map[string]bool{"of": true, "in": true, "for": true, "on": true, "to": true, "from": true, "by": true}

// objectNouns are things hosted or welcomed, not guests.
var objectNouns = map[string]bool{
	"dinner": true, "lunch": true, "luncheon": true, "banquet": true, "reception": true,
	"breakfast": true, "event": true, "ceremony": true, "report": true, "decision": true,
	"move": true, "announcement": true, "news": true, "proposal": true, "plan": true,
	"step": true, "steps": true, "initiative": true, "results": true, "outcome": true,
}

// foreignObject reports an arrest or detention of a named person or of
// another state's nationals ("detained a Japanese diplomat"): only those
// are acts between parties (CAMEO 173); "arrested two employees" is
// crime news.
func foreignObject(s *mention.Sentence, k, hi int) bool {
	for x := k + 1; x < hi && x <= k+5; x++ {
		if m := s.At(x); m >= 0 {
			switch s.Ments[m].Kind {
			case mention.Person, mention.Country:
				return true
			}
		}
		if s.Toks[x].Kind == token.Punct {
			return false
		}
	}
	return false
}

// presence finds a stay told by a form of "be" and "in" with a place or
// state, without a purpose ("Kirk is in Manila this week", "is in
// Manila, Philippines to represent ..."): read as a visit only when the
// one who is there comes from another state (see foreignVisitEvent). It
// returns the index of the "be" and the place mention, or -1.
func presence(s *mention.Sentence, c mention.Clause) (k, dest int) {
	toks := s.Toks
	for x := c.I; x+2 < c.J; x++ {
		if toks[x+1].Lower != "in" || !trigger.BeForm(toks[x].Lower) {
			continue
		}
		at := x + 2
		if neighbourWords[toks[at].Lower] {
			at++ // "has been in neighbouring India since Tuesday"
		}
		m := s.At(at)
		if m < 0 || !destination(s.Ments[m]) || s.Ments[m].J > c.J {
			continue
		}
		if j := s.Ments[m].J; j < c.J && (toks[j].Lower == "talks" || toks[j].Lower == "charge") {
			continue // "is in Tokyo talks", "was in charge"
		}
		return x, m
	}
	return -1, -1
}

// neighbourWords may stand between "in" and the state of a stay: "is in
// neighbouring Kenya".
var neighbourWords = map[string]bool{"neighbouring": true, "neighboring": true, "nearby": true}

// itinerary finds a stop of a journey told by a fronted place: "In Abu
// Dhabi (July 21-22), Secretary Rice will meet ...", "In Perth, she
// toured a mine". Being at a place to act there is a visit to it (CAMEO
// 042), whatever the verb. It returns the index of the clause's first
// trigger or attendance verb, and the place mention; -1 when the clause
// has no such verb or the sentence no fronted place.
func itinerary(s *mention.Sentence, c mention.Clause) (k, dest int) {
	m := frontedPlace(s, c, true)
	if m < 0 {
		return -1, -1
	}
	for x := c.I; x < c.J; x++ {
		if reporting[s.Toks[x].Lower] {
			// "In Donetsk, the mayor said ...": a dateline of what was
			// said, told by whoever speaks there.
			return -1, -1
		}
		if isTrigger(s.Toks[x].Lower) || attendVerbs[s.Toks[x].Lower] {
			return x, m
		}
	}
	return -1, -1
}

// foreignVisitEvent builds the visit of an itinerary stop or a stay: the
// traveller is the clause's first person, who must come from another
// state than the place's (a minister at home makes no visit).
func (d *doc) foreignVisitEvent(si int, s *mention.Sentence, c mention.Clause, k, dm int, pp []int, ps []annals.Country) (cand, bool) {
	e, ok := d.phraseVisitEvent(si, s, c, k, dm, pp, ps)
	if !ok || len(e.ev.Actors) == 0 {
		return cand{}, false
	}
	home := annals.Country("")
	for _, p := range d.persons {
		if p != nil && p.Name == e.ev.Actors[0] {
			home = p.Country
		}
	}
	if pc := s.Ments[dm].Country; home == "" || pc == "" || home == pc {
		return cand{}, false
	}
	return e, true
}

// stayDated gives the undated events of sentence si that a traveller
// does at the stay told in it or up to four sentences before (see d.stay) the
// stay's day and place: "X is in Bogota to meet with Y" meets Y there on
// the day X is there, and so does "X is also meeting with Z" after it. A
// later sentence must tell the event in the present progressive.
func (d *doc) stayDated(si int, s *mention.Sentence, evs []cand) {
	v := d.stay
	if v.Interval().IsZero() || len(v.Actors) == 0 || si-d.staySent > 4 || si < d.staySent {
		return
	}
	if si > d.staySent && !presentProgressive(s.Toks) {
		return
	}
	for i := range evs {
		e := &evs[i].ev
		if e.Type == annals.EventVisit || e.Status != v.Status || !e.Interval().IsZero() || !slices.Contains(e.Actors, v.Actors[0]) {
			continue
		}
		e.Start, e.End, e.Time = v.Start, v.End, v.Time
		if e.Place == "" {
			e.Place = v.Place
		}
		evs[i].weak = true
	}
}

// presentProgressive reports a sentence that tells an event in the
// present progressive: "is also meeting with", "are holding talks".
func presentProgressive(toks []token.Token) bool {
	for x, t := range toks {
		if t.Lower != "is" && t.Lower != "are" {
			continue
		}
		y := x + 1
		if y < len(toks) && (toks[y].Lower == "also" || toks[y].Lower == "now") {
			y++
		}
		if y < len(toks) && strings.HasSuffix(toks[y].Lower, "ing") && isTrigger(toks[y].Lower) {
			return true
		}
	}
	return false
}

// envoys returns the travellers of a sending at k with its "to" at y: the
// persons named between the two ("sent Foreign Minister X to"), not the
// sender, whose state stays among the countries; an organisation that
// sends stays a party, one named after the sending ("to join the WTO")
// does not.
func (d *doc) envoys(s *mention.Sentence, k, y int, actors []string, countries []annals.Country) ([]string, []annals.Country) {
	var out []string
	for _, m := range s.Ments {
		if m.Kind != mention.Person || m.Pronoun || m.I <= k || m.J > y || m.PersonIndex < 0 || m.PersonIndex >= len(d.persons) {
			continue
		}
		if r := d.persons[m.PersonIndex]; r != nil && !slices.Contains(out, r.Name) {
			out = append(out, r.Name)
			if r.Country != "" && !slices.Contains(countries, r.Country) {
				countries = append(countries, r.Country)
			}
		}
	}
	for _, a := range actors {
		if h := d.homeOf(a); h != "" && !slices.Contains(countries, h) {
			countries = append(countries, h)
		}
		if !d.isPerson(a) && !slices.Contains(out, a) && slices.ContainsFunc(s.Ments, func(m mention.Mention) bool { return m.Kind == mention.Org && m.Name == a && m.J <= k }) {
			out = append(out, a) // "the UN sent a team to": the sender stays a party
		}
	}
	return out, countries
}

// toldTripSubject reports a visit noun at k that opens the clause with a
// definite or demonstrative determiner and nothing of its own after it
// ("The trip represents a last-ditch effort", "This visit is the first"),
// once the story has told a dated visit: the noun is that visit, not a new
// one. A noun with its own destination, traveller or stop ("The trip to
// Oslo", "the visit by", "the visit of", "included stops in Ghana") tells
// its own visit; build asks only of a noun whose clause names no actor
// ("The visit is made at the invitation of X" adds the host to it).
// ofTheTrip reports a clause that opens with a noun of some side of
// the trip whose determiner stands at x: "The purpose of the visit",
// "The highlights of this trip" (the determiner at x, "of" before it,
// and only "the" and that noun before "of").
func ofTheTrip(toks []token.Token, lo, x int) bool {
	if x-2 < lo || toks[x-1].Lower != "of" {
		return false
	}
	n := toks[x-2]
	if n.Kind != token.Word || n.IsCap() && x-2 > lo {
		return false
	}
	switch x - 2 - lo {
	case 0:
		return true
	case 1:
		return toks[lo].Lower == "the"
	}
	return false
}

func (d *doc) toldTripSubject(s *mention.Sentence, c mention.Clause, k int) bool {
	toks := s.Toks
	if d.thatVisit.Interval().IsZero() && d.lastVisit.Interval().IsZero() {
		return false
	}
	x := k - 1
	for x > c.I && visitAdjectives[toks[x].Lower] {
		x-- // "The official visit"
	}
	if x != c.I && !ofTheTrip(toks, c.I, x) {
		return false
	}
	switch toks[x].Lower {
	case "the", "this", "that":
	default:
		return false
	}
	if k+1 < c.J {
		switch toks[k+1].Lower {
		case "to", "by", "of", "in", "from", "through", "across", "for":
			return false
		}
	}
	for _, m := range s.Ments {
		if m.I > k+1 && m.J <= c.J && destination(m) {
			switch toks[m.I-1].Lower {
			case "in", "to", "at":
				return false // "The tour included stops in Ghana": stops of its own
			}
		}
	}
	return true
}

// tripBegins joins the start of a trip told in the sentence whose
// candidates begin at cands[first] to the trip told before: after "X next
// week kicks off an international tour", "X begins his four-nation trip
// on May 26" tells when that tour starts, not a second visit. The earlier
// visit takes the start's day as its start (and as its end, when it ended
// before) and the start's states; the start itself is dropped. The two
// must share their first actor and status, and the start must fall
// within a week of the earlier visit's time.
func (d *doc) tripBegins(s *mention.Sentence, cands []cand, first int) []cand {
	starts := func(c cand) bool {
		return c.ev.Type == annals.EventVisit && len(c.ev.Actors) > 0 && !c.ev.Interval().IsZero() && !c.weak && beginsTrip(s, c.order)
	}
	near := func(a, b annals.Event) bool {
		return !b.Start.Before(a.Start.AddDays(-7)) && !a.End.AddDays(7).Before(b.Start)
	}
	return d.joinEarlierTrip(cands, first, starts, near, func(a *annals.Event, b annals.Event) {
		if a.Start != b.Start {
			// The start's expression now sets the interval's start.
			a.Start, a.Time = b.Start, b.Time
			if a.End.Before(a.Start) {
				a.End = a.Start
			}
		}
	})
}

// tripReturns joins the stops of a trip told with the traveller's return
// to the trip told before: after "X next week kicks off an international
// tour", "He will visit Mongolia and Russia before returning to Beijing
// on June 5" tells where the tour goes and when it ends. The earlier visit
// takes the return's day as its end, when later, and the stops' states;
// the stops' visit is dropped. The two must share their first actor and
// be planned, and the return must fall within two weeks of the earlier
// visit's end.
func (d *doc) tripReturns(s *mention.Sentence, cands []cand, first int) []cand {
	if !slices.ContainsFunc(s.Toks, func(t token.Token) bool { return t.Lower == "returning" }) {
		return cands
	}
	stops := func(c cand) bool {
		return c.ev.Type == annals.EventVisit && c.ev.Status == annals.StatusPlanned && len(c.ev.Actors) > 0 && !c.ev.Interval().IsZero() && !c.weak
	}
	near := func(a, b annals.Event) bool {
		return !b.End.Before(a.Start) && !a.End.AddDays(14).Before(b.End)
	}
	return d.joinEarlierTrip(cands, first, stops, near, func(a *annals.Event, b annals.Event) {
		if a.End.Before(b.End) {
			a.End = b.End
		}
	})
}

// joinEarlierTrip joins the first visit among cands[first:] that joins
// accepts to the latest visit told before it (in cands[:first]) with the
// same first actor and status and a time: when near says the two are
// close in time, merge moves the later one's time into the earlier, which
// also takes its states, and the later one is dropped. The search stops at
// the latest such visit, near or not.
func (d *doc) joinEarlierTrip(cands []cand, first int, joins func(cand) bool, near func(a, b annals.Event) bool, merge func(a *annals.Event, b annals.Event)) []cand {
	for i := first; i < len(cands); i++ {
		if !joins(cands[i]) {
			continue
		}
		b := cands[i].ev
		for j := first - 1; j >= 0; j-- {
			a := &cands[j].ev
			if a.Type != annals.EventVisit || a.Status != b.Status || len(a.Actors) == 0 || a.Actors[0] != b.Actors[0] || a.Interval().IsZero() {
				continue
			}
			if !near(*a, b) {
				break
			}
			merge(a, b)
			a.Countries = union(a.Countries, b.Countries)
			d.joinedTrip(b, *a)
			return slices.Delete(cands, i, i+1)
		}
	}
	return cands
}

// joinedTrip makes the trip a, which visit b joined, the trip later stops
// are on (see onTrip and namedStop) where b was.
func (d *doc) joinedTrip(b, a annals.Event) {
	same := func(e annals.Event) bool {
		return e.Type == b.Type && e.Span == b.Span && e.Interval() == b.Interval() && slices.Equal(e.Actors, b.Actors)
	}
	if same(d.lastVisit) {
		d.lastVisit = a
	}
	for i := range d.trips {
		if same(d.trips[i]) {
			d.trips[i] = a
		}
	}
}

// beginsTrip reports a visit noun at byte offset at told as the start of
// a trip: a verb of beginning, an optional possessive or definite
// determiner and up to three modifiers before it ("begins his four-nation
// trip", "kicked off the tour", "starts a week-long visit" does not: an
// indefinite trip is a new one).
func beginsTrip(s *mention.Sentence, at int) bool {
	k, ok := slices.BinarySearchFunc(s.Toks, at, func(t token.Token, b int) int { return t.Begin - b })
	if !ok {
		return false
	}
	toks := s.Toks
	for x := k - 1; x >= 1 && x >= k-5; x-- {
		switch toks[x].Lower {
		case "his", "her", "their", "its", "the", "this":
			v := toks[x-1].Lower
			if v == "off" && x >= 2 {
				v = toks[x-2].Lower // "kicks off his tour"
			}
			return beginVerbs[v]
		}
		if toks[x].Kind != token.Word && toks[x].Text != "-" {
			return false
		}
	}
	return false
}

var beginVerbs = map[string]bool{
	"begins": true, "began": true, "begin": true, "beginning": true, "starts": true,
	"started": true, "start": true, "starting": true, "kicks": true, "kicked": true,
	"kick": true, "kicking": true, "opens": true, "opened": true,
}

// homeOf returns the state of the person named name, or "".
func (d *doc) homeOf(name string) annals.Country {
	for _, p := range d.persons {
		if p != nil && p.Name == name {
			return p.Country
		}
	}
	return ""
}

// onTrip reports actors that include the traveller of the dated planned
// visit told in this sentence or the two before it: the next stop of an
// itinerary sets the time of what is planned there.
func (d *doc) onTrip(actors []string) bool {
	v := d.lastVisit
	if v.Type != annals.EventVisit || d.sentIndex-d.lastVisitSent > 2 || len(v.Actors) == 0 || !d.isPerson(v.Actors[0]) {
		return false
	}
	return slices.Contains(actors, v.Actors[0])
}

// tripStop reports whether the clause is a stop of the dated planned
// visit told last, however far back: its traveller is among the actors
// and the clause is fronted by a place in a state that the visit's
// sentence names ("Kerry will travel to Cairo, Riyadh and Amman from May
// 2 to May 9." ... "In Amman, he will meet senior officials").
func (d *doc) tripStop(s *mention.Sentence, c mention.Clause, actors []string) bool {
	v := d.lastVisit
	if v.Type != annals.EventVisit || v.Status != annals.StatusPlanned || v.Interval().IsZero() || len(v.Actors) == 0 || !d.isPerson(v.Actors[0]) || !slices.Contains(actors, v.Actors[0]) {
		return false
	}
	m := frontedPlace(s, c, true)
	if m < 0 || s.Ments[m].Country == "" {
		return false
	}
	for _, x := range d.sents[d.lastVisitSent].Ments {
		if (x.Kind == mention.Place || x.Kind == mention.Country) && x.Country == s.Ments[m].Country {
			return true
		}
	}
	return false
}

// namedStop returns the index in d.trips of the dated planned visit
// that clause c tells a stop of, or -1: its traveller is among the
// actors, and the sentence, up to the clause's end, names a place or
// state in one of the visit's host states ("Rice is traveling to Brazil
// and Chile this week." ... "Rice then goes to Chile where she will meet
// ...", "She will visit Brasilia"). What the traveller plans there,
// without a time of its own, is done on that trip. The latest such trip
// counts, however far back: a first stop told on its own ("He will make
// Saudi Arabia his first stop") does not hide the journey told before it
// from the stops that follow. The traveller's home state is no stop.
func (d *doc) namedStop(s *mention.Sentence, c mention.Clause, actors []string) int {
	i, _ := d.stopOf(s, c, actors)
	return i
}

// stopOf returns namedStop's trip index and the stop's mention.
func (d *doc) stopOf(s *mention.Sentence, c mention.Clause, actors []string) (int, mention.Mention) {
	for i := len(d.trips) - 1; i >= 0; i-- {
		v := d.trips[i]
		if len(v.Actors) == 0 || !d.isPerson(v.Actors[0]) || !slices.Contains(actors, v.Actors[0]) {
			continue
		}
		home := d.personCountry(v.Actors[0])
		for _, m := range s.Ments {
			if m.I >= c.J {
				break
			}
			if destination(m) && m.Country != "" && m.Country != home && slices.Contains(v.Countries, m.Country) {
				return i, m
			}
		}
	}
	return -1, mention.Mention{}
}

// tripLeg reports a planned visit that is a stop of a dated planned
// visit told before: the same traveller, the same time, and host states
// among the trip's. The trip, not the stop, stays the one later stops
// are found in.
func (d *doc) tripLeg(e annals.Event) bool {
	return slices.ContainsFunc(d.trips, func(v annals.Event) bool {
		if len(v.Actors) == 0 || len(e.Actors) == 0 || e.Actors[0] != v.Actors[0] || e.Interval() != v.Interval() {
			return false
		}
		for _, c := range e.Countries {
			if !slices.Contains(v.Countries, c) {
				return false
			}
		}
		return true
	})
}

// atStop gives ev, planned at a stop of a trip (see namedStop), the
// trip's time, and the stop's place when ev has none.
func (d *doc) atStop(ev *annals.Event, s *mention.Sentence, c mention.Clause) {
	i, m := d.stopOf(s, c, ev.Actors)
	if i < 0 {
		return
	}
	v := d.trips[i]
	ev.Start, ev.End, ev.Time = v.Start, v.End, v.Time
	if ev.Place == "" && m.Kind == mention.Place {
		ev.Place = m.Name
	}
}

// titledTraveller finds the traveller of the dated planned visit told
// last when the clause names its subject by the head of the traveller's
// title before trigger k ("Pompeo, Secretary of State, will travel to
// Greece and Italy ..." and "In Rome, the Secretary will meet ..."): in
// the next two sentences, or however far on in a stop fronted by a place
// in a state the visit's sentence names. It returns the traveller's name
// and state, or "" when the clause is no such stop.
func (d *doc) titledTraveller(s *mention.Sentence, c mention.Clause, k int) (string, annals.Country) {
	v := d.lastVisit
	if v.Type != annals.EventVisit || v.Status != annals.StatusPlanned || v.Interval().IsZero() || len(v.Actors) == 0 {
		return "", ""
	}
	var traveller *person.Person
	for _, p := range d.persons {
		if p != nil && p.Name == v.Actors[0] {
			traveller = p
		}
	}
	if traveller == nil || traveller.Role == "" {
		return "", ""
	}
	role := strings.Fields(traveller.Role)
	head := role[len(role)-1]
	if i := slices.Index(role, "of"); i > 0 {
		head = role[i-1]
	}
	toks := s.Toks
	found := false
	for x := c.I; x+2 <= k; x++ {
		if toks[x].Lower == "the" && toks[x+1].Text == head && !(x+2 < len(toks) && toks[x+2].IsCap()) {
			found = true
			break
		}
	}
	if !found {
		return "", ""
	}
	if d.sentIndex-d.lastVisitSent > 2 && !d.tripStop(s, c, v.Actors[:1]) {
		return "", ""
	}
	return traveller.Name, traveller.Country
}

// onlyHosts reports whether the persons among a visit's actors are all
// named as its hosts ("at the invitation of President X", "invited by
// his counterpart, X", "hosted by X"), so that the clause names no
// visitor.
func (d *doc) onlyHosts(s *mention.Sentence, c mention.Clause, actors []string) bool {
	hosts, guests := 0, 0
	first := s.LastStartingBy(c.I-1) + 1
	for _, m := range s.Ments[first:] {
		if m.I >= c.J {
			break
		}
		if m.Kind != mention.Person || m.I < c.I || d.persons[m.PersonIndex] == nil || !slices.Contains(actors, d.persons[m.PersonIndex].Name) {
			continue
		}
		if invitedBy(s, m.I, c.I) {
			hosts++
		} else {
			guests++
		}
	}
	return hosts > 0 && guests == 0
}

// invitedBy reports whether the person mention starting at token i
// follows "invitation of", "invitations of", "invited by", "hosted by"
// or "guest of", past the titles, possessives and commas before the
// name ("at the invitation of his Ghanaian counterpart, X").
func invitedBy(s *mention.Sentence, i, lo int) bool {
	toks := s.Toks
	for j, n := i-1, 0; j > lo && n < 8; j, n = j-1, n+1 {
		w := toks[j].Lower
		switch {
		case w == "of" && (toks[j-1].Lower == "invitation" || toks[j-1].Lower == "invitations" || toks[j-1].Lower == "guest"),
			w == "by" && (toks[j-1].Lower == "invited" || toks[j-1].Lower == "hosted"):
			return true
		case w == "," || w == "his" || w == "her" || w == "their" || w == "its" || w == "the" || w == "counterpart" || w == "host" || w == "and":
		case s.Covered(j) || toks[j].Kind == token.Word && toks[j].Text != "" && toks[j].Text[0] >= 'A' && toks[j].Text[0] <= 'Z':
		default:
			return false
		}
	}
	return false
}

// visitLength returns the number of days of a length that modifies the
// visit or trip noun k ("a four-day visit", "a three-day state visit",
// "on a two-day trip"), or 0. A visit of N days that starts on a day
// lasts to the day N-1 after it, per the schema's inclusive interval.
//
// A day told with a verb of ending or return is the visit's last day,
// not its first ("left Lima on March 2, concluding a three-day visit",
// "returned Sunday after a two-day trip"): then there is no length to
// add, and visitLength returns 0.
func (d *doc) visitLength(s *mention.Sentence, k int) int {
	for _, tk := range s.Toks[:k] {
		if visitEnds[tk.Lower] {
			return 0
		}
	}
	lo := s.Toks[max(k-3, 0)].Begin
	for _, t := range d.times {
		if t.Type != annals.TimeDuration || t.Span[1] > s.Toks[k].Begin || t.Span[1] < lo {
			continue
		}
		v := string(t.Value)
		if !strings.HasPrefix(v, "P") || !strings.HasSuffix(v, "D") {
			continue
		}
		n, err := strconv.Atoi(v[1 : len(v)-1])
		if err != nil || n < 2 || n > 31 {
			continue
		}
		// Only adjectives may stand between the length and the noun
		// ("four-day state visit"), not another noun phrase.
		ok := true
		for x := k - 1; x >= 0 && s.Toks[x].Begin >= t.Span[1]; x-- {
			if m := s.LastStartingBy(x); m >= 0 && s.Ments[m].J > x && (s.Ments[m].Kind == mention.Place || s.Ments[m].Kind == mention.Country) {
				continue // "a three-day Africa tour": the region names where, not what
			}
			if !visitAdjectives[s.Toks[x].Lower] {
				ok = false
			}
		}
		if ok {
			return n
		}
	}
	return 0
}

// arrivalLength returns the length in days of the visit that an arrival
// verb at k begins, told after it as "on a three-day visit" or "for a
// two-day trip" within the same stretch of the sentence ("arrived in
// Cairo Sunday on a three-day visit"), or 0.
func (d *doc) arrivalLength(s *mention.Sentence, k int) int {
	if !arriveVerbs[s.Toks[k].Lower] {
		return 0
	}
	for x := k + 3; x < len(s.Toks) && x <= k+16; x++ {
		w := s.Toks[x].Lower
		if w == "." || w == ";" || w == ":" {
			return 0
		}
		tr, ok := trigger.Lookup(w)
		if !ok || !tr.Noun || tr.Type != annals.EventVisit {
			continue
		}
		// The noun phrase opens with "on a" or "for a" no more than four
		// words before the noun ("on a three-day state visit").
		for y := x - 1; y > k+1 && y >= x-5; y-- {
			if a := s.Toks[y].Lower; (a == "a" || a == "an") && (s.Toks[y-1].Lower == "on" || s.Toks[y-1].Lower == "for") {
				return d.visitLength(s, x)
			}
		}
		return 0
	}
	return 0
}

// arriveVerbs begin a visit on the day they are told with.
var arriveVerbs = map[string]bool{"arrived": true, "arrives": true, "arrive": true, "arriving": true, "landed": true, "lands": true}

// visitAdjectives may stand between a visit noun and a length or date
// that modifies it: "a four-day state visit", "the April 8 official
// visit".
var visitAdjectives = map[string]bool{"state": true, "official": true, "working": true, "private": true, "goodwill": true}

// visitEnds are the words that make a visit's day its end.
var visitEnds = map[string]bool{
	"conclude": true, "concluded": true, "concludes": true, "concluding": true,
	"end": true, "ended": true, "ends": true, "ending": true,
	"wrapped": true, "wrapping": true, "wraps": true, "completed": true, "completing": true, "completes": true,
	"wound": true, "winding": true, "after": true, "following": true,
	"returned": true, "returns": true, "returning": true, "return": true, "back": true,
}

// travellingSpeaker returns, as a one-name list, the person
// who reports the planned event of trigger k after it ("..., Foreign
// Minister X told reporters", "..., X, who is also on the delegation,
// said") when he is of the travelling party: the traveller of the
// visit told last, or one the story says is with him ("who is on the
// delegation", "accompanying the prime minister"). It returns nil
// otherwise.
func (d *doc) travellingSpeaker(s *mention.Sentence, k int) []string {
	v := d.lastVisit
	if v.Type != annals.EventVisit || d.sentIndex-max(d.lastVisitSent, d.tripSent) > 2 || len(v.Actors) == 0 {
		return nil
	}
	for _, m := range s.Ments {
		if m.Kind != mention.Person || m.I <= k || d.persons[m.PersonIndex] == nil {
			continue
		}
		name := d.persons[m.PersonIndex].Name
		j, withParty := m.J, false
		if j+1 < len(s.Toks) && s.Toks[j].Lower == "," && s.Toks[j+1].Lower == "who" {
			// The relative clause of an apposition, up to its comma.
			for j += 2; j < len(s.Toks) && s.Toks[j].Lower != ","; j++ {
				withParty = withParty || partyWords[s.Toks[j].Lower]
			}
			j++
		}
		if j >= len(s.Toks) || !person.IsSpeechVerb(s.Toks[j].Lower) {
			continue
		}
		if withParty {
			if d.party == nil {
				d.party = map[string]bool{}
			}
			d.party[name] = true
			d.partyVisit = v
		}
		if withParty || d.party[name] || slices.Contains(v.Actors, name) {
			d.tripSent = d.sentIndex // the story still tells of the trip
			return []string{name}
		}
	}
	return nil
}

// partyWords, in a relative clause on a person, put him among those
// travelling ("who is also on the delegation", "who is accompanying").
var partyWords = map[string]bool{
	"delegation": true, "entourage": true, "accompanying": true, "accompanies": true,
	"travelling": true, "traveling": true,
}

// tripParty returns the travelling party of the dated planned visit told
// in this sentence or the two before it when the subject of clause c,
// before trigger k, is a collective noun for it ("The delegation will
// also discuss trade", "his team will sign"): the visit's actors and
// states, with the persons the story puts in the party (see
// travellingSpeaker). It returns nil slices otherwise.
func (d *doc) tripParty(s *mention.Sentence, c mention.Clause, k int) ([]string, []annals.Country) {
	v := d.lastVisit
	if v.Type != annals.EventVisit || d.sentIndex-max(d.lastVisitSent, d.tripSent) > 2 || len(v.Actors) == 0 {
		return nil, nil
	}
	found := false
	for x := c.I + 1; x < k && x < c.I+4; x++ {
		if partyNouns[s.Toks[x].Lower] && partyDeterminers[s.Toks[x-1].Lower] {
			found = true
			break
		}
	}
	if !found {
		return nil, nil
	}
	d.tripSent = d.sentIndex
	actors, countries := slices.Clone(v.Actors), slices.Clone(v.Countries)
	for _, p := range d.persons {
		if p != nil && d.party[p.Name] && !slices.Contains(actors, p.Name) {
			actors = append(actors, p.Name)
			if p.Country != "" && !slices.Contains(countries, p.Country) {
				countries = append(countries, p.Country)
			}
		}
	}
	return actors, countries
}

// partyNouns name a travelling party; partyDeterminers make the noun
// one already told of ("the delegation", "his team"), not a new one.
var (
	partyNouns       = map[string]bool{"delegation": true, "team": true, "entourage": true}
	partyDeterminers = map[string]bool{"the": true, "his": true, "her": true, "their": true, "our": true}
)

// joinParty adds the persons the story puts in a travelling party (see
// travellingSpeaker) to the visit they travel on: the visit of the same
// traveller whose interval meets the one the party was told with.
func (d *doc) joinParty(out []cand) {
	v := d.partyVisit
	if len(d.party) == 0 || len(v.Actors) == 0 || v.Interval().IsZero() {
		return
	}
	for i := range out {
		e := &out[i].ev
		if e.Type != annals.EventVisit || len(e.Actors) == 0 || e.Actors[0] != v.Actors[0] || e.Interval().IsZero() || !e.Interval().Overlaps(v.Interval()) {
			continue
		}
		for _, p := range d.persons {
			if p != nil && d.party[p.Name] && !slices.Contains(e.Actors, p.Name) {
				e.Actors = append(e.Actors, p.Name)
				if p.Country != "" && !slices.Contains(e.Countries, p.Country) {
					e.Countries = append(e.Countries, p.Country)
				}
			}
		}
	}
}

// splitStops replaces the visit of out, told in clause c, by one visit
// per state when the clause lists two or more states, or places in them,
// after "in" ("stops in Ghana, Nigeria, and Angola", "met officials in
// Bahrain, Oman and Qatar during a trip", "in Santiago, Chile, and Lima,
// Peru"): each stop is a visit of its own to its state, at the listed
// place. A list after "to" ("will travel to Ghana and Nigeria") names
// one journey and stays one visit. The visitor keeps the home states of
// the persons among the actors (or, when none is known, the visit's
// states that are not listed); a list that holds one of those states is
// no list of stops.
func (d *doc) splitStops(s *mention.Sentence, c mention.Clause, out []cand) []cand {
	x := slices.IndexFunc(out, func(e cand) bool { return e.ev.Type == annals.EventVisit })
	if x < 0 {
		return out
	}
	stops := stopList(s, c)
	if len(stops) < 2 {
		return out
	}
	v := out[x]
	listed := func(k annals.Country) bool {
		return slices.ContainsFunc(stops, func(m mention.Mention) bool { return m.Country == k })
	}
	home, ok := d.tourHome(v, listed)
	if !ok {
		return out
	}
	split := make([]cand, 0, len(out)+len(stops))
	split = append(split, out[:x]...)
	for _, m := range stops {
		split = append(split, atStop(v, home, m))
	}
	split = append(split, out[x+1:]...)
	last := s.Toks[stops[len(stops)-1].J-1].End
	if y := slices.IndexFunc(split, func(e cand) bool {
		if e.ev.Type != annals.EventMeet {
			return false
		}
		n := countFunc(stops, func(m mention.Mention) bool { return slices.Contains(e.ev.Countries, m.Country) })
		// A meeting told after the list ("... for meetings with") is
		// held there even when its parties name no listed state.
		return n >= 2 || n == 0 && e.order > last
	}); y >= 0 {
		// "are in Santiago, Chile, and Lima, Peru for meetings with
		// senior officials": the meetings are held at each stop, one
		// meeting per stop.
		m := split[y]
		var per []cand
		for _, st := range stops {
			e := m
			e.ev.Actors = slices.Clone(m.ev.Actors)
			e.ev.Countries = slices.DeleteFunc(slices.Clone(m.ev.Countries), func(k annals.Country) bool { return k != st.Country && listed(k) })
			if !slices.Contains(e.ev.Countries, st.Country) {
				e.ev.Countries = append(e.ev.Countries, st.Country)
			}
			e.ev.Place = ""
			if st.Kind == mention.Place {
				e.ev.Place = st.Name
			}
			e.separate = true
			per = append(per, e)
		}
		split = slices.Concat(split[:y], per, split[y+1:])
	}
	return split
}

// stopList returns the stops listed after "in" in clause c, one mention
// per state (the place when the list names one, "Santiago, Chile"), or
// nil when the clause lists fewer than two states that way. A clause
// opened by "during" ("during a trip through the region") frames what the
// sentence told before it, where the list is sought too.
func stopList(s *mention.Sentence, c mention.Clause) []mention.Mention {
	toks := s.Toks
	lo := c.I
	if toks[c.I].Lower == "during" {
		lo = 0
	}
	for x := lo; x+1 < c.J; x++ {
		if toks[x].Lower != "in" {
			continue
		}
		var stops []mention.Mention
		y := x + 1
		for y < c.J {
			if toks[y].Lower == "the" {
				y++
			}
			m := s.At(y)
			if m < 0 || !destination(s.Ments[m]) || s.Ments[m].Country == "" || s.Ments[m].J > c.J {
				break
			}
			mm := s.Ments[m]
			switch i := slices.IndexFunc(stops, func(o mention.Mention) bool { return o.Country == mm.Country }); {
			case i < 0:
				stops = append(stops, mm)
			case stops[i].Kind == mention.Country && mm.Kind == mention.Place:
				stops[i] = mm
			case mm.Kind == mention.Place && stops[i].Kind == mention.Place:
				// Two places in one state ("Johannesburg and Cape Town"):
				// one stop in that state, at neither place alone.
				stops[i].Kind = mention.Country
			}
			y = mm.J
			n := 0
			for y < c.J && n < 2 && (toks[y].Lower == "," || toks[y].Lower == "and") {
				y, n = y+1, n+1
			}
			if n == 0 {
				break
			}
		}
		if len(stops) >= 2 {
			return stops
		}
	}
	return nil
}

// sameSet reports whether a and b hold the same states.
func sameSet(a, b []annals.Country) bool {
	for _, k := range a {
		if !slices.Contains(b, k) {
			return false
		}
	}
	for _, k := range b {
		if !slices.Contains(a, k) {
			return false
		}
	}
	return true
}

// stopRef reports a visit c told by a fronted reference to the trip ("On
// the trip", "Throughout the trip"), placeless and in the time of stop a
// or with none: the tour that a's stops make up, told again.
func stopRef(a, c cand) bool {
	x, y := a.ev, c.ev
	return a.stop && !c.stop && c.ref && y.Type == annals.EventVisit && y.Place == "" && x.Status == y.Status &&
		(y.Interval().IsZero() || y.Interval() == x.Interval()) && (len(y.Actors) == 0 || overlaps(x.Actors, y.Actors))
}

// datedStops replaces the visit of out whose destination is followed by
// a time of its own and then by more destinations, each with its own time
// ("will visit Syria Feb. 17-19, Jordan on Feb. 19, Egypt, Feb. 20-22;
// Iraq, Feb. 23-25, and Iran, Feb. 25-27") by one visit per stop, to that
// state at that time: the text tells the stops apart by their dates
// (docs/annotating.md, section 11). A list of states with one time
// ("to Peru and Bolivia on March 8") names one journey and is left alone.
func (d *doc) datedStops(s *mention.Sentence, out []cand) []cand {
	x := slices.IndexFunc(out, func(e cand) bool { return e.ev.Type == annals.EventVisit && !e.stop })
	if x < 0 {
		return out
	}
	v := out[x]
	toks := s.Toks
	k := slices.IndexFunc(toks, func(t token.Token) bool { return t.Begin == v.order })
	if k < 0 {
		return out
	}
	first := slices.IndexFunc(s.Ments, func(m mention.Mention) bool {
		return m.I > k && destination(m) && m.Country != "" && slices.Contains(v.ev.Countries, m.Country)
	})
	if first < 0 {
		return out
	}
	type stop struct {
		m mention.Mention
		t annals.TimeExpr
	}
	var stops []stop
	m := s.Ments[first]
	for y := m.J; ; {
		for y < len(toks) && (toks[y].Lower == "," || toks[y].Lower == "on") {
			y++
		}
		t, end, ok := d.timeAtToken(s, y)
		if !ok {
			break
		}
		stops = append(stops, stop{m, t})
		y = end
		n := 0
		for y < len(toks) && (toks[y].Lower == "," || toks[y].Lower == ";" || toks[y].Lower == "and") {
			y, n = y+1, n+1
		}
		mi := -1
		if n > 0 && y < len(toks) {
			mi = s.At(y)
		}
		if mi < 0 || !destination(s.Ments[mi]) || s.Ments[mi].Country == "" {
			break
		}
		m = s.Ments[mi]
		y = m.J
	}
	if len(stops) < 2 {
		return out
	}
	home, ok := d.tourHome(v, func(k annals.Country) bool {
		return slices.ContainsFunc(stops, func(st stop) bool { return st.m.Country == k })
	})
	if !ok {
		return out
	}
	split := make([]cand, 0, len(out)+len(stops))
	split = append(split, out[:x]...)
	for _, st := range stops {
		e := atStop(v, home, st.m)
		e.ev.Start, e.ev.End, e.ev.Time = st.t.Start, st.t.End, st.t.Value
		e.weak = false
		split = append(split, e)
	}
	return append(split, out[x+1:]...)
}

// tourHome returns the home countries of the visitors of v, a visit about
// to be split over its stops: the actors' own countries or, when no actor
// has one, v's countries that are not stops (listed). ok is false when a
// home country is itself a stop: the list is then no tour from home and v
// stays whole.
func (d *doc) tourHome(v cand, listed func(annals.Country) bool) (home []annals.Country, ok bool) {
	for _, a := range v.ev.Actors {
		if pc := d.personCountry(a); pc != "" && !slices.Contains(home, pc) {
			home = append(home, pc)
		}
	}
	if slices.ContainsFunc(home, listed) {
		return nil, false
	}
	if len(home) == 0 {
		for _, c := range v.ev.Countries {
			if !listed(c) {
				home = append(home, c)
			}
		}
	}
	return home, true
}

// atStop returns visit v moved to stop m: its countries are home and m's
// country, its place m when m names a place, and it is marked a stop.
func atStop(v cand, home []annals.Country, m mention.Mention) cand {
	e := v
	e.ev.Actors = slices.Clone(v.ev.Actors)
	e.ev.Countries = append(slices.Clone(home), m.Country)
	e.ev.Place = ""
	if m.Kind == mention.Place {
		e.ev.Place = m.Name
	}
	e.stop = true
	return e
}

// timeAtToken returns the dated time of the document that starts at
// token y of s and the index of the first token after it.
func (d *doc) timeAtToken(s *mention.Sentence, y int) (annals.TimeExpr, int, bool) {
	if y >= len(s.Toks) {
		return annals.TimeExpr{}, 0, false
	}
	lo, hi := d.timesIn(s.Toks[y].Begin, s.Toks[y].Begin+1)
	for _, t := range d.times[lo:hi] {
		if t.Start.IsZero() || t.Type == annals.TimeDuration || t.Type == annals.TimeSet {
			continue
		}
		end := y
		for end < len(s.Toks) && s.Toks[end].Begin < t.Span[1] {
			end++
		}
		// "Feb. 17-19", "March 8 to 10": the range's end day is a time
		// of its own, which closes the interval.
		if end+1 < len(s.Toks) && (s.Toks[end].Text == "-" || s.Toks[end].Text == "–" || s.Toks[end].Lower == "to" || s.Toks[end].Lower == "through") {
			if u, e2, ok := d.timeAtToken(s, end+1); ok && u.End.After(t.Start) {
				t.End, t.Span[1] = u.End, u.Span[1]
				end = e2
			}
		}
		return t, end, true
	}
	return annals.TimeExpr{}, 0, false
}

// decidedTo reports "to" before the verb at k after a verb of deciding
// or agreeing ("agreed to send", "decided on Monday to dispatch", "have
// resolved to send"): what is decided is still to come (SCHEMA.md:
// planned covers "proposed"), as "agreed to hold talks" is a planned
// meeting.
func decidedTo(toks []token.Token, lo, k int) bool {
	if k < 2 || toks[k-1].Lower != "to" {
		return false
	}
	for x := k - 2; x >= lo && x >= k-6; x-- {
		if toks[x].Kind == token.Punct {
			return false
		}
		if resolveVerbs[toks[x].Lower] {
			return true
		}
	}
	return false
}

// resolveVerbs take an infinitive of what a party resolves to do.
var resolveVerbs = map[string]bool{
	"agreed": true, "agree": true, "agrees": true, "decided": true, "decide": true,
	"decides": true, "resolved": true, "voted": true, "pledged": true, "promised": true,
	"undertook": true, "vowed": true,
}

// delegationOnTrip reports a planned event with no named actors whose
// states all lie among those of the dated planned visit told at most
// three sentences before: "The Turkish delegation will also attend
// the council's meeting" after the Turkish minister's dated visit to
// Uzbekistan.
func (d *doc) delegationOnTrip(ev annals.Event) bool {
	v := d.lastVisit
	if v.Type != annals.EventVisit || v.Status != annals.StatusPlanned || v.Interval().IsZero() || d.sentIndex-d.lastVisitSent > 3 || len(ev.Actors) > 0 || len(ev.Countries) < 2 {
		return false
	}
	for _, c := range ev.Countries {
		if !slices.Contains(v.Countries, c) {
			return false
		}
	}
	return true
}
