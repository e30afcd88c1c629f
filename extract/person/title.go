package person

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
)

// titleBefore reads a title right before token k: a role ("Foreign
// Minister"), optionally preceded by a state ("Russian FM", "Japan's prime
// minister", "US President"), or "counterpart", which takes the role of
// the person the sentence pairs it with ("Lavrov and Japanese counterpart
// Fumio Kishida"). The comma form "the foreign minister, Sergei Lavrov" is
// accepted too.
func (t *table) titleBefore(s *mention.Sentence, k int) (role string, country annals.Country, plural, ok bool) {
	t.former, t.acting, t.written = false, false, ""
	end := k
	if k >= 3 && s.Toks[k-1].Text == ")" && s.Toks[k-3].Text == "(" && s.Toks[k-2].Kind == token.Word && s.Toks[k-2].IsCap() &&
		gazetteer.GivenName(s.Toks[k-2].Lower) && s.Ending(k-3) >= 0 && s.Ments[s.Ending(k-3)].Kind == mention.Role {
		// "Prime Minister (Ana) Ruiz": a given name the writer adds in
		// brackets stands between the title and the name as written.
		end = k - 3
	}
	office := ""       // an abbreviated office among them: "Sen.", "Reps."
	var ranks []string // military rank words among them, right to left: "Gen.", "Lt."
	rankStart := k     // the first token of those ranks
	for end > 0 {
		// "Foreign Minister Sheikh Mohammed", "Press Secretary Maj. Gen.
		// Pat Ryder": honorifics and ranks stand between title and name.
		if s.Covered(end - 1) {
			break // "Secretary-General Ban Ki-moon": the rank word is the title's
		}
		if st := spacedStyleStart(s.Toks, end); st < end {
			end = st // "President of Gabon, H. E. Ali Bongo"
		} else if s.Toks[end-1].Text == "." && end > 1 && honorificsSet.Has(s.Toks[end-2].Lower) {
			end -= 2
		} else if honorificsSet.Has(s.Toks[end-1].Lower) || malayPairStyle(s.Toks, end-1) {
			end--
		} else {
			break
		}
		if o := officeAbbrevs[s.Toks[end].Lower]; o != "" && s.Toks[end].IsCap() {
			office = s.Toks[end].Lower
		}
		if r := militaryRanks[s.Toks[end].Lower]; r != "" && s.Toks[end].IsCap() && rankStart == end+1+dotAfter(s, end) && (len(ranks) == 0 || rankWord(r)) {
			// Only ranks right before the name, or before the rank
			// after them: "Dr. Col. Ana Obi" is a colonel.
			ranks, rankStart = append(ranks, r), end
		}
	}
	defer func() {
		if !ok && office != "" {
			// "Sen. Tom Harkin", "Sens. David Boren and Richard Lugar":
			// with no fuller title, the abbreviation gives the office.
			role, plural, ok = officeAbbrevs[office], pluralAbbrevs[office], true
		}
		if !ok && len(ranks) > 0 && ranks[0] != "Rear" {
			// "Lt. Gen. Mark Ellis", "Col. Ruth Adeyemi": with no office,
			// the military rank is the role.
			if rankStart > 0 && rankQualifiers[s.Toks[rankStart-1].Text] {
				ranks = append(ranks, s.Toks[rankStart-1].Text) // "Vice Adm.", "Staff Sgt."
			}
			slices.Reverse(ranks)
			role, ok = strings.Join(ranks, " "), true
		}
		if !ok && end == k && k > 0 && wordTitles[s.Toks[k-1].Text] && !s.Covered(k-1) && (k == 1 || s.Toks[k-2].Lower != "of" && s.Toks[k-2].Lower != "for") {
			// "Justice Ana Ruiz", "Cardinal Pietro Parolin"; not "Ministry of
			// Justice Ana Ruiz".
			role, ok = s.Toks[k-1].Text, true
		}
	}()
	if end > 0 && s.Toks[end-1].Text == "," {
		end--
	}
	x := s.Ending(end)
	if x < 0 || s.Ments[x].Kind != mention.Role {
		x = roleWithComplement(s, end)
		if x >= 0 && end == k && end > 0 && (complementWords[s.Toks[end-1].Lower] || s.Toks[end-1].Kind == token.Number || numberWords[s.Toks[end-1].Lower]) {
			// "spokesman for the National Oceanic and Atmospheric
			// Administration", "Minister of Regional and Industrial
			// Expansion", "leaders of six Gulf states": capitals right
			// after a function word or a number go on the complement;
			// they name no person.
			x = -1
		}
		if x >= 0 && end < k && !t.holderApposition(s, s.Ments[x].J, end, k) {
			x = -1
		}
	}
	if x >= 0 && s.Ments[x].Kind == mention.Role && s.Ments[x].J-s.Ments[x].I == 1 && s.Toks[s.Ments[x].I].Text == "PM" &&
		s.Ments[x].I > 0 && s.Toks[s.Ments[x].I-1].Kind == token.Number {
		// "Sat 23rd October 2021 | 07:44 PM\nGreat news": after a clock
		// time "PM" is the afternoon, not a prime minister.
		x = -1
	}
	if x >= 0 && s.Ments[x].Kind == mention.Role && royal[s.Ments[x].Entry.Name] {
		// "Saudi Foreign Minister Prince Faisal": the rank of birth
		// stands between the office and the name; the office is the role.
		if y := s.Ending(s.Ments[x].I); y >= 0 && s.Ments[y].Kind == mention.Role {
			x = y
		}
	}
	if x >= 0 && s.Ments[x].Kind == mention.Role {
		m := s.Ments[x]
		if e, ok := titleInBody(s, m); ok {
			m.Entry = e
		}
		// "Tourism Minister Ana Ruiz", "Minister of Commerce Ana Ruiz":
		// a bare office takes its portfolio.
		first, portfolio := m.I, ""
		if bareOffice[m.Entry.Name] && m.Entry.Name == s.Ments[x].Entry.Name {
			p, q := portfolioBefore(s, m.I), portfolioAfter(s, m.J, end)
			if rp := rankPrefix(s, m.I); rp != "" && p == m.I {
				// "Vice Minister of Commerce Li Wei": Deputy Minister of
				// Commerce.
				if q > m.J {
					first, portfolio = m.I-1, rp+" "+mention.Text(t.text, s.Toks, m.I, q)
				}
			} else if p < m.I || q > m.J {
				first, portfolio = p, mention.Text(t.text, s.Toks, p, q)
			}
		} else if !m.Entry.Plural && m.Entry.Name == s.Ments[x].Entry.Name && rankPrefix(s, m.I) == "" {
			// "Commissioner for Humanitarian Aid Ana Ruiz", "Under
			// Secretary for Political Affairs Tom Berg": a complement
			// in capitals between any other office and the name names
			// the office's remit, and is part of the role.
			if q := portfolioAfter(s, m.J, end); q > m.J && !nameStart(s.Toks[q-1]) {
				portfolio = mention.Text(t.text, s.Toks, m.I, q)
			}
		}
		if p := rankPrefix(s, m.I); p != "" && first == m.I {
			t.former = formerBefore(s, m.I-1)
		} else {
			t.former = formerBefore(s, first)
		}
		c := t.countryBefore(s, first)
		if c == "" && first >= 2 && orderRanks[s.Toks[first-1].Lower] && !s.Covered(first-1) {
			// "Iran's First Vice President Ali Karimi", "Egypt's Senior
			// Deputy Minister": a word of order before the title leaves
			// the state before it the office's.
			c = t.countryBefore(s, first-1)
		}
		if c == "" && m.I >= 2 && s.Toks[m.I-1].Lower == "and" {
			// "Australian Deputy Prime Minister and Minister for Defence
			// Richard Marles": the first title's state is the person's.
			if y := s.Ending(m.I - 1); y >= 0 && s.Ments[y].Kind == mention.Role {
				c = t.countryBefore(s, s.Ments[y].I)
			}
		}
		if c == "" {
			// "Minister of Foreign Affairs of Kazakhstan Kairat
			// Abdrakhmanov", "the President of Portugal, Mario Soares".
			c = titleOfState(s, m.J, end)
		}
		if c == "" {
			// "State Department spokeswoman Ana Ruiz", "Iran Foreign
			// Ministry spokesman Ali Rezai".
			c = bodyState(s, first)
		}
		if c == "" {
			// "White House spokesman Ana Ruiz", "Pentagon Press
			// Secretary Tom Berg".
			c = seatState(s, first, m.Entry.Name)
		}
		if c == "" {
			c = t.titleState(m.Entry)
		}
		if c == "" {
			start := first
			if rankPrefix(s, m.I) != "" && first == m.I {
				start = m.I - 1
			}
			c = t.headListState(s, start, m.Entry.Name)
		}
		name := m.Entry.Name
		if name == "Spokesperson" && portfolio == "" {
			// "Foreign Ministry spokesman Ana Ruiz", "Deputy Pentagon
			// Press Secretary Tom Berg": the body spoken for is part of
			// the title as news copy writes it, and its state is the
			// person's ("Chinese Commerce Ministry spokesperson").
			if b := spokesBody(s, m.I); b < m.I {
				t.written = mention.Text(t.text, s.Toks, b, m.J)
				if c == "" {
					c = t.countryBefore(s, b)
				}
				first = b
			}
		}
		start := first
		if rankPrefix(s, m.I) != "" && first == m.I {
			start = m.I - 1
		}
		if t.acting = actingBefore(s, start); t.acting && t.written == "" && portfolio == "" {
			// "Acting Secretary of Defense": an acting title is written
			// as the story words it; its canonical name would read as
			// another office ("acting Defense Secretary").
			t.written = mention.Text(t.text, s.Toks, start, m.J)
		}
		if portfolio != "" {
			return portfolio, c, false, true
		}
		if p := rankPrefix(s, m.I); p != "" {
			// "Deputy Defense Secretary Bob Work", "Assistant Secretary
			// of State Ana Ruiz": the rank word makes another office.
			name = p + " " + name
			if c == "" || t.countryBefore(s, m.I-1) != "" {
				c = t.countryBefore(s, m.I-1)
			}
		}
		return name, c, m.Entry.Plural, true
	}
	if end > 0 && (s.Toks[end-1].Lower == "counterpart" || s.Toks[end-1].Lower == "counterparts") {
		role := ""
		for _, m := range s.Pending() { // persons of this sentence so far, in order
			if m.Kind == mention.Person && m.J <= end-1 {
				role = t.people[m.PersonIndex].Role
			}
		}
		return role, t.countryBefore(s, end-1), false, true
	}
	return "", "", false, false
}

// headListState returns the state of a head of state or government
// named right before "and" (or "and with") ahead of a title starting at
// token i: "Venezuelan President Ana Ruiz and Foreign Minister Tom Berg",
// "met President of Ghana Ana Obi and with Foreign Minister Tom Berg".
// A title listed after a head's, with no state of its own, is an office
// of the head's government. Other persons listed first (a minister, a
// visitor's own aide) give nothing, and a second head ("President Ana
// Obi and President Tom Berg") is of another state. "" when none.
func (t *table) headListState(s *mention.Sentence, i int, title string) annals.Country {
	if i > 0 && s.Toks[i-1].Lower == "with" {
		i--
	}
	if i < 2 || s.Toks[i-1].Lower != "and" {
		return ""
	}
	for _, m := range s.Pending() {
		if m.Kind != mention.Person || m.Pronoun || m.J != i-1 || m.PersonIndex >= len(t.people) {
			continue
		}
		if p := t.people[m.PersonIndex]; p != nil && p.Head && !p.Former && p.Role != title {
			return p.Country
		}
	}
	return ""
}

// nameStart reports whether a word that ends a complement in capitals
// may open the name after it instead ("Director General for Industry
// Daniel Calleja", "Under Secretary for Policy James N. Miller"): a
// given name or an initial.
func nameStart(w token.Token) bool {
	return utf8.RuneCountInString(w.Text) == 1 || gazetteer.GivenName(w.Lower)
}

// spokesBody returns the first token of the words before a spokesperson
// title at token i that name the body the person speaks for, or i when
// none do: a body the scan knows ("State Department", "the Kremlin"), a
// seat that stands for one ("White House", "Pentagon"), or words ending in
// a body noun ("Foreign Ministry", "Indian Army": the state is not part
// of it), then a rank ("Deputy", "Chief"). A state alone is no body.
func spokesBody(s *mention.Sentence, i int) int {
	b := i
	if b > 0 && !s.Covered(b-1) && spokesRanks[s.Toks[b-1].Lower] {
		b-- // "Pentagon chief spokesperson"
	}
	if x := s.Ending(b); x >= 0 {
		m := s.Ments[x]
		// A capital read as the government stands for its seat ("White
		// House", "Kremlin", both capitals of the gazetteer by metonymy).
		if m.Kind == mention.Org || m.Kind == mention.Place && seatLandmarks[m.Entry.Name] ||
			(m.Kind == mention.Country || m.Kind == mention.Place) && m.Entry.Kind == gazetteer.Capital {
			b = m.I
			if m.Kind == mention.Org && m.Demonym {
				// "Norwegian Foreign Ministry": the state is the
				// person's country, not part of the title.
				if n, es := gazetteer.Default().Lookup(s.Toks[:m.J], b); n > 0 && b+n < m.J && stateEntry(es) {
					b += n
				}
			}
		}
	} else if b > 0 && bodyNouns[s.Toks[b-1].Lower] && !s.Covered(b-1) {
		b--
		for b > 0 && !s.Covered(b-1) && s.Toks[b-1].Kind == token.Word && (s.Toks[b-1].IsCap() && !spokesRanks[s.Toks[b-1].Lower] && s.Toks[b-1].Lower != "acting" || portfolioWords[s.Toks[b-1].Lower]) {
			b--
		}
	}
	if b < i && b > 0 && !s.Covered(b-1) && spokesRanks[s.Toks[b-1].Lower] {
		b-- // "Deputy Pentagon Press Secretary"
	}
	return b
}

// stateEntry reports whether a gazetteer match names a state or its
// people.
func stateEntry(es []gazetteer.Entry) bool {
	for _, e := range es {
		if e.Kind == gazetteer.CountryName || e.Kind == gazetteer.Demonym {
			return true
		}
	}
	return false
}

// bodyNouns end the name of a body a spokesperson speaks for.
var bodyNouns = map[string]bool{"ministry": true, "department": true, "office": true, "army": true, "navy": true, "police": true, "council": true, "commission": true, "agency": true, "embassy": true, "military": true, "presidency": true, "government": true, "secretariat": true, "command": true}

// portfolioWords may stand in lower case before a body noun: "foreign
// ministry spokesman".
var portfolioWords = map[string]bool{"foreign": true, "defence": true, "defense": true, "interior": true, "commerce": true, "trade": true, "finance": true, "health": true, "justice": true, "information": true}

// spokesRanks are ranks written before a spokesperson's title or its body.
var spokesRanks = map[string]bool{"deputy": true, "chief": true, "assistant": true, "principal": true}

// actingBefore reports whether the title starting at token i is held in
// an acting capacity: "acting" stands before it, or before the state
// that qualifies it ("Acting Secretary of Defense Ana Ruiz", "acting
// Iraqi Defense Minister Ali Saad"). News copy and the sets keep the
// word in the role.
func actingBefore(s *mention.Sentence, i int) bool { return titleQualifiedBy(s, i, "acting") }

// formerBefore reports whether the title starting at token i is a past
// one: "former" stands before it, or before the state that qualifies it
// ("former President Ana Ruiz", "Former Deputy Prime Minister Ana Ruiz",
// "former Chilean President Ana Ruiz"). The role is then the one held
// before, and news copy and the sets write it so: "former President".
func formerBefore(s *mention.Sentence, i int) bool { return titleQualifiedBy(s, i, "former") }

// titleQualifiedBy reports whether the word w (lower case) stands before
// token i of s, or before the state whose mention ends at i.
func titleQualifiedBy(s *mention.Sentence, i int, w string) bool {
	if i > 0 {
		if x := s.Ending(i); x >= 0 && s.Ments[x].Kind == mention.Country {
			i = s.Ments[x].I
		}
	}
	return i > 0 && s.Toks[i-1].Lower == w
}

// titleInBody returns the fuller title that a role mention m makes with the
// last words of a body or place named right before it, when the scan read
// those words as part of the body: "U.S. Treasury Secretary Ana Ruiz" is
// read as the body "U.S. Treasury" and "Secretary", but "Treasury
// Secretary" is a title of the roles lexicon, and it is the person's. The
// title must end where m ends and start inside the mention before it.
func titleInBody(s *mention.Sentence, m mention.Mention) (gazetteer.Entry, bool) {
	y := s.Ending(m.I)
	if y < 0 || s.Ments[y].Kind != mention.Org && s.Ments[y].Kind != mention.Place {
		return gazetteer.Entry{}, false
	}
	g := gazetteer.Default()
	for i := s.Ments[y].I; i < m.I; i++ {
		n, es := g.Lookup(s.Toks[:m.J], i)
		if i+n != m.J {
			continue
		}
		for _, e := range es {
			if e.Kind == gazetteer.Role {
				return e, true
			}
		}
	}
	return gazetteer.Entry{}, false
}

// holderApposition decides, for a role with a complement and a name set
// off by a comma after it ("a spokesman for the owners, <name>,"), whether
// the name in apposition at k is the role holder's. A complement in
// capitals already names its body ("a spokesman for Acme, Jon Berg"), so
// the name is the holder's. After a lower-case complement ("for the
// owners", "for the union") the apposition may name that body instead
// ("for the owners, Townsend Thoresen,"): it is the holder only when it
// opens with a given name or is a person already met, and never when a
// firm's head word ends it.
func (t *table) holderApposition(s *mention.Sentence, cb, ce, k int) bool {
	for y := cb; y < ce; y++ {
		if s.Toks[y].IsCap() {
			return true
		}
	}
	j := k
	for j < len(s.Toks) && s.Toks[j].IsCap() {
		j++
	}
	if j == k {
		return true
	}
	if orgHeadsSet.Has(s.Toks[j-1].Lower) || thingHeads[s.Toks[j-1].Lower] {
		return false
	}
	return gazetteer.GivenName(s.Toks[k].Lower) || t.lookupPerson(mention.Text(t.text, s.Toks, k, j)) >= 0
}

// titleState returns the state of a title that names none: its usual
// state ("Defence Secretary Jane Roe" is British), unless the story is
// filed from another state that uses the same title (roles.tsv): in
// "WASHINGTON - Defence Secretary ..." or a New Delhi story on the Home
// Secretary the text alone does not say the state, so it stays unknown.
func (t *table) titleState(e gazetteer.Entry) annals.Country {
	if e.Country != "" && t.filed != e.Country && slices.Contains(e.AlsoIn, t.filed) {
		return ""
	}
	return e.Country
}

// roleWithComplement finds a role followed by a short prepositional
// complement ending at token end: "minister of state in the presidency
// Balaki Kirya", "ambassador to the EU Maria Lopez". -1 when none.
func roleWithComplement(s *mention.Sentence, end int) int {
	for n := 2; n <= 6; n++ {
		b := end - n
		if b < 1 {
			break
		}
		p := s.Toks[b].Lower
		if p != "in" && p != "of" && p != "for" && p != "to" {
			continue
		}
		x := s.Ending(b)
		if x < 0 || s.Ments[x].Kind != mention.Role {
			continue
		}
		ok := !prepositions[s.Toks[end-1].Lower]
		for y := b + 1; y < end; y++ {
			t := s.Toks[y]
			// "of" and "for" complements name a ministry in capitals
			// ("Minister of Information", "Minister for Defence"); others
			// must be lower case or known names.
			if t.Kind != token.Word || (t.IsCap() && !s.Covered(y) && p != "of" && p != "for") {
				ok = false
			}
			if (t.Lower == "and" || t.Lower == "or") && y+1 < end && !s.Toks[y+1].IsCap() {
				// "meet leaders in Lima and visit Machu Picchu": a lower-case
				// word after "and" opens a second predicate, not a complement.
				ok = false
			}
		}
		if ok {
			return x
		}
	}
	return -1
}

// officeAbbrevs are the abbreviated offices written before a name, with
// the office they stand for; pluralAbbrevs are the plural forms, which
// give a coordinated list of names the office.
var officeAbbrevs = map[string]string{"sen": "Senator", "sens": "Senator", "rep": "Representative", "reps": "Representative",
	"gov": "Governor", "govs": "Governor", "amb": "Ambassador"}

var pluralAbbrevs = map[string]bool{"sens": true, "reps": true, "govs": true}

// militaryRanks are the capitalised military ranks written before a name,
// abbreviated or in full, with the rank they stand for. "Lieutenant",
// "Brigadier", "Major" and "Rear" also qualify the rank after them
// ("Lt. Gen.", "Brig. Gen.", "Maj. Gen.", "Rear Adm."). "Major" and
// "Captain" in full are left out: they are also words and names.
var militaryRanks = map[string]string{
	"gen": "General", "general": "General", "lt": "Lieutenant", "lieutenant": "Lieutenant",
	"maj": "Major", "col": "Colonel", "colonel": "Colonel", "adm": "Admiral", "admiral": "Admiral",
	"brig": "Brigadier", "brigadier": "Brigadier", "capt": "Captain", "cmdr": "Commander",
	"sgt": "Sergeant", "sergeant": "Sergeant", "rear": "Rear", "commodore": "Commodore",
}

// dotAfter is 1 when token i is followed by a full stop ("Gen."), else 0.
func dotAfter(s *mention.Sentence, i int) int {
	if i+1 < len(s.Toks) && s.Toks[i+1].Text == "." {
		return 1
	}
	return 0
}

// rankQualifiers are the capitalised words written before an
// abbreviated rank that make another rank: "Vice Adm.", "Staff Sgt.".
var rankQualifiers = map[string]bool{"Vice": true, "Staff": true, "Master": true}

// wordTitles are the titles written before a name that are also common
// words or names, so the roles lexicon, which matches in any case, leaves
// them out: only capitalised, right before a name, are they a role.
var wordTitles = map[string]bool{"Justice": true, "Cardinal": true}

// rankWord reports whether a rank (as militaryRanks gives it) may qualify
// the rank after it: "Lieutenant General", "Rear Admiral".
func rankWord(r string) bool {
	return r == "Lieutenant" || r == "Brigadier" || r == "Major" || r == "Rear"
}

// rankPrefix returns the rank word right before a title at token i that
// makes it a lesser office ("Deputy", "Assistant", written with a
// capital; "deputy" and "vice" also in lower case: "the deputy minister",
// "Vice Minister of Commerce"), or "". "Vice" before a minister gives
// "Deputy", as the gazetteer writes "Vice Foreign Minister"; before
// other offices it stays ("Vice Chairman").
func rankPrefix(s *mention.Sentence, i int) string {
	if i == 0 || s.Covered(i-1) {
		return ""
	}
	office := s.Ments[s.At(i)].Entry.Name
	if strings.HasPrefix(office, "Deputy") || strings.HasPrefix(office, "Vice") {
		return ""
	}
	switch w := s.Toks[i-1]; w.Lower {
	case "assistant":
		if w.IsCap() {
			return "Assistant"
		}
	case "deputy":
		return "Deputy"
	case "vice":
		if strings.Contains(office, "Minister") {
			return "Deputy"
		}
		return "Vice"
	}
	return ""
}

// orderRanks rank an office among others of its kind: "First Vice
// President", "Senior Minister".
var orderRanks = map[string]bool{"first": true, "second": true, "third": true, "senior": true, "executive": true, "principal": true}

// royal are ranks of birth, which an office title before them outranks.
var royal = map[string]bool{"Prince": true, "Princess": true, "Sheikh": true}

var prepositions = map[string]bool{"at": true, "in": true, "of": true, "for": true, "to": true, "from": true, "with": true, "by": true, "on": true}

// titleAfter reads an appositive title starting at token k, after "the",
// "a" or "an" and a state or a government body: "Barack Obama,
// US President" or "Sergei Lavrov, Russia's foreign minister".
func (t *table) titleAfter(s *mention.Sentence, k int) (string, annals.Country, bool) {
	t.acting, t.written = false, ""
	if k < len(s.Toks) && (s.Toks[k].Lower == "the" || s.Toks[k].Lower == "a" || s.Toks[k].Lower == "an") {
		k++
	}
	start, acting := k, false
	if k+1 < len(s.Toks) && s.Toks[k].Lower == "acting" && !s.Covered(k) {
		k, acting = k+1, true // "Mark Tolan, Acting Deputy Spokesman,"
	}
	var c annals.Country
	if x := s.At(k); x >= 0 && s.Ments[x].Kind == mention.Country {
		c = s.Ments[x].Country
		k = s.Ments[x].J
		if k < len(s.Toks) && s.Toks[k].Lower == "'s" {
			k++
		}
	} else if x >= 0 && s.Ments[x].Kind == mention.Place {
		// "Carl Woog, assistant Pentagon press secretary,": a seat of
		// government before the title gives its state.
		if j := s.Ments[x].J; j < len(s.Toks) {
			if y := s.At(j); y >= 0 && s.Ments[y].Kind == mention.Role {
				if c = seatState(s, j, s.Ments[y].Entry.Name); c != "" {
					k = j
				}
			}
		}
	} else if x >= 0 && s.Ments[x].Kind == mention.Org {
		// "Shu Jueting, the Chinese Commerce Ministry spokesperson,":
		// a government body before the title gives its state.
		if j := s.Ments[x].J; j < len(s.Toks) {
			if y := s.At(j); y >= 0 && s.Ments[y].Kind == mention.Role {
				c, k = bodyState(s, j), j
			}
		}
	}
	if s.At(k) < 0 {
		// "Ana Ruiz, Foreign Ministry spokeswoman,": words naming a body
		// before a spokesperson's title.
		for y := k + 1; y < len(s.Toks) && y <= k+4; y++ {
			if x := s.At(y); x >= 0 {
				if s.Ments[x].Kind == mention.Role && s.Ments[x].Entry.Name == "Spokesperson" && spokesBody(s, y) <= k {
					k = y
				}
				break
			}
		}
	}
	if k+1 < len(s.Toks) && s.At(k) < 0 && (s.Toks[k].Lower == "deputy" || s.Toks[k].Lower == "vice") {
		k++ // "Li Wei, vice minister of agriculture,": the rank goes on the title
	}
	if x := s.At(k); x >= 0 && s.Ments[x].Kind == mention.Role && !s.Ments[x].Entry.Plural {
		if j := s.Ments[x].J; j < len(s.Toks) && s.Toks[j].Kind == token.Word && s.Toks[j].IsCap() && !s.Covered(j) {
			return "", "", false // "X, Argentine Foreign Minister Y said": the title is Y's
		}
		if q := portfolioAnd(s, x, -1); q > 0 {
			// "Ana Ruiz, Minister of Trade and Industry, said": the
			// portfolio goes on after "and" up to the apposition's end.
			if c == "" {
				c = titleOfState(s, q, -1)
			}
			return mention.Text(t.text, s.Toks, s.Ments[x].I, q), c, true
		}
		if j := s.Ments[x].J; j+1 < len(s.Toks) && (s.Toks[j].Lower == "and" || s.Toks[j].Lower == "or") && (determiners[s.Toks[j+1].Lower] || s.Toks[j+1].IsCap()) {
			// "According to Radio Sofia, the foreign minister and the
			// envoy agreed", "Later, the Secretary and Minister Ruiz
			// met": a coordinated subject opens a new clause; the title
			// is not in apposition to the word before it.
			return "", "", false
		}
		if j := s.Ments[x].J; j < len(s.Toks) && s.Toks[j].Kind == token.Word && !s.Toks[j].IsCap() && !appositionGoesOn[s.Toks[j].Lower] {
			// "Additionally, the Under Secretary will speak": the title
			// opens a clause as its subject; it is no apposition to the
			// word before the comma.
			return "", "", false
		}
		if c == "" {
			// "Sabri Boukadoum, Minister of Foreign Affairs of Algeria,".
			c = titleOfState(s, s.Ments[x].J, -1)
		}
		if m := s.Ments[x]; m.Entry.Name == "Spokesperson" {
			// "Ana Ruiz, the Foreign Ministry spokeswoman,": the body
			// spoken for is part of the title, as before a name.
			if b := max(spokesBody(s, m.I), start); b < m.I {
				if s.Toks[b].Lower == "acting" {
					b++
				}
				t.written = mention.Text(t.text, s.Toks, b, m.J)
				if c == "" {
					c = t.countryBefore(s, b)
				}
			}
		}
		if acting {
			t.acting = true
			if t.written == "" {
				t.written = mention.Text(t.text, s.Toks, k, s.Ments[x].J)
			}
		}
		if p := rankPrefix(s, k); p != "" {
			return p + " " + s.Ments[x].Entry.Name, c, true
		}
		if m := s.Ments[x]; bareOffice[m.Entry.Name] || !m.Entry.Plural {
			// "Ana Ruiz, Minister of Commerce, said", "Ana Ruiz,
			// Commissioner for Energy, said".
			if q := portfolioAfter(s, m.J, -1); q > m.J {
				return mention.Text(t.text, s.Toks, m.I, q), c, true
			}
		}
		return s.Ments[x].Entry.Name, c, true
	}
	return "", "", false
}

// bareOffice are the offices news copy names with their portfolio
// ("Tourism Minister", "Minister of Commerce", "Secretary of Energy") when
// the roles lexicon has no entry for it; the portfolio is part of the role.
var bareOffice = map[string]bool{"Minister": true, "Secretary": true}

// notPortfolio are capitalised words before an office that are no
// portfolio: sentence openers, determiners and words of tenure.
var notPortfolio = map[string]bool{"the": true, "a": true, "an": true, "then": true, "former": true, "acting": true,
	"new": true, "current": true, "outgoing": true, "incoming": true, "interim": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "when": true, "while": true, "after": true, "before": true, "as": true,
	"and": true, "but": true, "if": true, "that": true, "this": true, "with": true, "by": true, "for": true,
	"of": true, "to": true, "in": true, "on": true, "at": true, "from": true, "also": true, "meanwhile": true,
	"prime": true, "cabinet": true, "government": true, "junior": true, "vice": true, "deputy": true, "assistant": true}

// portfolioBefore returns the first token of a portfolio in capitals right
// before an office at token i ("Tourism Minister", "International Trade
// and Industry Minister"), or i when there is none. The words must not be
// covered by another mention (a state, a body, a title) and at most four.
func portfolioBefore(s *mention.Sentence, i int) int {
	p := i
	for y := i - 1; y >= 0 && y >= i-4; y-- {
		w := s.Toks[y]
		if s.Covered(y) || w.Kind != token.Word {
			break
		}
		if w.Lower == "and" && y > 0 && y+1 < i && s.Toks[y-1].IsCap() {
			continue
		}
		if !w.IsCap() || notPortfolio[w.Lower] {
			break
		}
		p = y
	}
	if p < i && s.Toks[p].Lower == "and" {
		p++
	}
	return p
}

// portfolioAfter returns the end of a portfolio after an office ending at
// token j: "of" or "for" and words in capitals, joined by "and", "of",
// "the" or commas ("Minister of Agriculture, Livestock and Fisheries"),
// up to a trailing "of STATE", which is the holder's state and no part of
// the role. It returns j when there is none. When end is not -1 the
// portfolio must run up to end (the name follows it).
func portfolioAfter(s *mention.Sentence, j, end int) int {
	toks := s.Toks
	if j+1 >= len(toks) || toks[j].Lower != "of" && toks[j].Lower != "for" || !toks[j+1].IsCap() || s.Covered(j+1) {
		return j
	}
	last := j
	for i := j + 1; i < len(toks) && i < j+12 && (end < 0 || i < end); i++ {
		w := toks[i]
		if w.Lower == "of" && titleOfState(s, i, end) != "" {
			break
		}
		if w.Kind == token.Word && w.IsCap() && !s.Covered(i) {
			last = i + 1
			continue
		}
		if w.Lower == "and" || w.Lower == "of" || w.Lower == "the" || w.Text == "," && i+1 < len(toks) && toks[i+1].IsCap() && end >= 0 {
			continue
		}
		break
	}
	if end >= 0 && last != end && !(last+1 == end && toks[last].Text == ",") && titleOfState(s, last, end) == "" {
		return j
	}
	return last
}

// bodyState returns the state of a government body named right before a
// title at token i, or after a possessive ("the State Department's
// spokesman"): the official speaks for the body's state. Only the
// gazetteer's government bodies and bodies named with a state's name or
// adjective ("Chinese Commerce Ministry") count; a company, news agency,
// armed group or international body gives none, since "Reuters
// correspondent" or "UN envoy" says nothing of the person's nationality.
func bodyState(s *mention.Sentence, i int) annals.Country {
	if i > 0 && s.Toks[i-1].Lower == "'s" {
		i--
	}
	x := s.Ending(i)
	if x < 0 || s.Ments[x].Kind != mention.Org || s.Ments[x].Country == "" {
		return ""
	}
	if m := s.Ments[x]; m.Entry.Sub == "government" || m.Entry.Sub == "" && m.Demonym {
		return m.Country
	}
	return ""
}

// titleOfState returns the state a title names after itself with "of":
// the title ends at token j, and "of [the] STATE" follows it, right away
// or after the rest of a ministry's name in capitals ("Minister of Trade
// and Industry of Egypt"). When end is not -1 the state must end there
// (the name follows it, possibly after a comma); otherwise nothing but
// punctuation or a lower-case word may follow the state ("of Japan
// Airlines" names a firm). Only "of" says whose the office is: "envoy to
// Japan", "ambassador for Syria" or "in charge of Japan policy" name the
// state the office deals with, so those give none.
func titleOfState(s *mention.Sentence, j, end int) annals.Country {
	toks := s.Toks
	for i := j; i < len(toks) && i < j+8 && (end < 0 || i < end); i++ {
		w := toks[i]
		if w.Lower != "of" {
			if w.Kind == token.Word && (w.IsCap() || w.Lower == "and" || w.Lower == "the") {
				continue // the rest of the ministry's name
			}
			return ""
		}
		y := i + 1
		if y < len(toks) && toks[y].Lower == "the" {
			y++
		}
		x := s.At(y)
		if x < 0 || s.Ments[x].Kind != mention.Country || s.Ments[x].Demonym {
			continue // "Minister of Foreign Affairs", "of the Interior"
		}
		e := s.Ments[x].J
		if end >= 0 {
			if e == end || e+1 == end && toks[e].Text == "," {
				return s.Ments[x].Country
			}
			return ""
		}
		if e < len(toks) && (toks[e].Kind == token.Word && toks[e].IsCap() || toks[e].Lower == "'s") {
			return "" // "of Japan Airlines", "of Britain's Barclays"
		}
		return s.Ments[x].Country
	}
	return ""
}

// appositionGoesOn are the words that may follow the title of an
// apposition ("Ana Ruiz, the minister of trade, said"); any other
// lower-case word after it makes the title a clause's subject.
var appositionGoesOn = map[string]bool{"of": true, "for": true, "to": true, "in": true, "at": true, "from": true, "since": true, "who": true, "whose": true, "and": true, "or": true, "with": true, "on": true}

// countryBefore returns the state named right before token k: a demonym
// or name ("Russian", "Pakistan") or a possessive ("Russia's"). A state's
// name right after a state's government body is the body's field post,
// not the holder's state: "USAID Kenya Mission Director Ana Ruiz" and
// "Peace Corps Peru Director" (of a US body) name an American official.
func (t *table) countryBefore(s *mention.Sentence, k int) annals.Country {
	possessive := false
	if k > 0 && s.Toks[k-1].Lower == "'s" {
		k--
		possessive = true
	}
	if x := s.Ending(k); x >= 0 && s.Ments[x].Kind == mention.Country && (!s.Ments[x].Entry.Historical || s.Ments[x].Demonym && !possessive) {
		// "Soviet Foreign Minister Eduard A. Shevardnadze", "Yugoslav
		// President X": the adjective before the title is the office's
		// state, which the seen annotations give even when the state has
		// since gone (SUN, YUG, CSK).
		if !possessive && !s.Ments[x].Demonym {
			if c := bodyState(s, s.Ments[x].I); c != "" {
				return c
			}
		}
		return s.Ments[x].Country
	}
	return ""
}

// governingCountry gives an office holder without a stated country the
// state that is the subject of the same sentence before the name: "Russia
// has been expanding its trade ties and President Vladimir Putin has
// sought ..." makes Putin Russia's president; "Germany pledged aid ...,
// Foreign Minister Heiko Maas said" makes Maas Germany's. A state after a
// preposition ("relations with Japan") is an object, not the subject, and
// does not count; two candidate states give none.
func (t *table) governingCountry(s *mention.Sentence, k int, role string) annals.Country {
	var c annals.Country
	object := false // the previous state was an object
	// The last subordinating word before the title, found once: a
	// state before it is in another clause. (Scanning from each
	// mention instead made long unpunctuated runs cubic.)
	sub := lastSubordinate(s, k)
	// "The U.S. pledged backing for President Hosni Mubarak": a title
	// after an object preposition names someone the subject acts on, of
	// another state as often as not; only a state that qualifies a
	// person's office in the sentence ("Craxi, Italy's prime minister,
	// handed his resignation to President Cossiga") gives its state.
	objectTitle := false
	if x := s.Ending(k); x >= 0 && s.Ments[x].Kind == mention.Role && s.Ments[x].I > 0 {
		objectTitle = objectPreps[s.Toks[s.Ments[x].I-1].Lower]
	}
	// "US Secretary of State Tom Berg and Foreign Minister Wang Lei": a
	// title listed after another holder's is no subject's office; the
	// state qualifying the first title is that holder's, and says nothing
	// of a different office's holder (headListState gives a head's
	// government its ministers).
	listed := false
	if x := s.Ending(k); x >= 0 && s.Ments[x].Kind == mention.Role {
		if i := s.Ments[x].I; i > 1 && (s.Toks[i-1].Lower == "and" || s.Toks[i-1].Text == ",") {
			for _, m := range s.Pending() {
				listed = listed || m.Kind == mention.Person && !m.Pronoun && m.J == i-1
			}
		}
	}
	for _, m := range s.Ments {
		if m.J > k {
			break
		}
		if sub >= m.J {
			// "Beijing suspended talks after then-House Speaker Nancy
			// Pelosi visited": the name is in a clause of its own.
			continue
		}
		if m.Kind != mention.Country || m.Demonym || m.Entry.Historical {
			continue
		}
		if m.I > 0 {
			p := s.Toks[m.I-1].Lower
			// "between Argentina and Brazil": a conjunct shares the role
			// of the state before it.
			if objectPreps[p] || object && (p == "and" || p == "or" || p == ",") {
				object = true
				continue
			}
		}
		object = false
		if objectTitle && !qualifiesRole(s, m.J) || listed && qualifiesRole(s, m.J) {
			continue
		}
		if c != "" && c != m.Country {
			return "" // two candidate states: the text does not say which
		}
		c = m.Country
	}
	return c
}

// qualifiesRole reports whether an office title follows a state mention
// ending at token j, directly or after a possessive ("Italy's prime
// minister", "Italy prime minister").
func qualifiesRole(s *mention.Sentence, j int) bool {
	if j < len(s.Toks) && s.Toks[j].Lower == "'s" {
		j++
	}
	x := s.At(j)
	return x >= 0 && s.Ments[x].Kind == mention.Role
}

// lastSubordinate returns the index of the last subordinating word before
// token k, or -1.
func lastSubordinate(s *mention.Sentence, k int) int {
	for x := k - 1; x >= 0; x-- {
		switch s.Toks[x].Lower {
		case "after", "before", "when", "while", "because", "although", "since", "until", "as", "that", "who", "which", "where", "if":
			return x
		}
	}
	return -1
}

var headRoles = map[string]bool{"President": true, "Prime Minister": true, "King": true, "Queen": true, "Chancellor": true, "Emperor": true}

var objectPreps = map[string]bool{"with": true, "to": true, "against": true, "from": true, "between": true, "on": true, "over": true, "by": true, "in": true, "toward": true, "towards": true, "of": true, "for": true}

var complementWords = map[string]bool{"the": true, "and": true, "of": true, "for": true, "to": true, "in": true}

// portfolioAnd returns the end of a title whose portfolio, written after
// "of" or "for" in role mention x, goes on after "and" with capitalised
// words that no other mention holds, up to a comma or the sentence's end
// ("Minister of Trade and Industry,") or, when stop >= 0, up to the
// name's first token stop ("Minister of Trade and Industry Ana Ruiz");
// -1 when it does not. "the Minister of Trade and
// the Minister of Industry" and "Minister of Trade and Ana Ruiz" are two
// people.
func portfolioAnd(s *mention.Sentence, x, stop int) int {
	toks := s.Toks
	m := s.Ments[x]
	if m.J+1 >= len(toks) || toks[m.J].Lower != "and" || !toks[m.J+1].IsCap() || gazetteer.GivenName(toks[m.J+1].Lower) {
		return -1
	}
	of := false
	for z := m.I + 1; z < m.J; z++ {
		if toks[z].Lower == "of" || toks[z].Lower == "for" {
			of = true
		}
	}
	if !of {
		return -1
	}
	q := m.J + 1
	for q < len(toks) && q < m.J+5 && (stop < 0 || q < stop) && toks[q].Kind == token.Word && toks[q].IsCap() && !s.Covered(q) {
		q++
	}
	if q == m.J+1 || stop >= 0 && q != stop || stop < 0 && q < len(toks) && toks[q].Text != "," && toks[q].Text != "." {
		return -1
	}
	return q
}
