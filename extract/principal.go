package extract

import (
	"slices"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/token"
)

// principals returns the article's principal persons and states: the two
// most mentioned of each (ties broken by first mention), the referents of
// "the two sides" and its kin.
func (d *doc) principals() (persons []int, states []annals.Country) {
	type cnt struct {
		key   int
		n     int
		first int
	}
	var ps []cnt
	by := d.bylines()
	for i, p := range d.persons {
		if p != nil && !by[i] {
			ps = append(ps, cnt{i, p.Count, i})
		}
	}
	slices.SortStableFunc(ps, func(a, b cnt) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return a.first - b.first
	})
	for _, c := range ps[:min(2, len(ps))] {
		persons = append(persons, c.key)
	}
	idx := map[annals.Country]int{}
	var cs []cnt
	var codes []annals.Country
	order := 0
	for _, s := range d.sents {
		for _, m := range s.Ments {
			if m.Kind != mention.Country || !d.countsAsState(m) {
				continue
			}
			x, ok := idx[m.Country]
			if !ok {
				x = len(cs)
				idx[m.Country] = x
				cs = append(cs, cnt{x, 0, order})
				codes = append(codes, m.Country)
				order++
			}
			cs[x].n++
		}
	}
	slices.SortStableFunc(cs, func(a, b cnt) int {
		if a.n != b.n {
			return b.n - a.n
		}
		return a.first - b.first
	})
	// The principal persons' states come first: "the two sides" of a
	// story about Austin and Galvez are the United States and the
	// Philippines, however often China is named.
	for _, p := range persons {
		if c := d.persons[p].Country; c != "" && !slices.Contains(states, c) && len(states) < 2 {
			states = append(states, c)
		}
	}
	for _, c := range cs {
		if len(states) >= 2 {
			break
		}
		if !slices.Contains(states, codes[c.key]) {
			states = append(states, codes[c.key])
		}
	}
	// Listed most mentioned first, as the counts rank them.
	rank := map[annals.Country]int{}
	for r, c := range cs {
		rank[codes[c.key]] = r
	}
	slices.SortStableFunc(states, func(a, b annals.Country) int {
		ra, oka := rank[a]
		rb, okb := rank[b]
		switch {
		case oka && okb:
			return ra - rb
		case oka:
			return -1
		case okb:
			return 1
		}
		return 0
	})
	return persons, states
}

// principalBloc returns the international organisation the story names
// most, at least twice ("Group of Eight"), or "".
func (d *doc) principalBloc() string {
	count := map[string]int{}
	best := ""
	for _, s := range d.sents {
		for _, m := range s.Ments {
			if m.Kind != mention.Org || m.Entry.Sub != "international" {
				continue
			}
			count[m.Name]++
			if n := count[m.Name]; n >= 2 && (best == "" || n > count[best]) {
				best = m.Name
			}
		}
	}
	return best
}

// groupSubject reports a clause whose subject, before trigger k, is a
// plural group noun without a name ("summit leaders will discuss"); not
// "Leaders of 16 countries", whose complement says whose they are.
func groupSubject(s *mention.Sentence, c mention.Clause, k int) bool {
	for x := c.I; x < k && x < c.I+4; x++ {
		if blocMembers[s.Toks[x].Lower] {
			// "Leaders of 16 countries", "ministers from Asia": the
			// complement says whose; it need not be the bloc.
			return !(x+1 < len(s.Toks) && (s.Toks[x+1].Lower == "of" || s.Toks[x+1].Lower == "from"))
		}
	}
	return false
}

var blocMembers = map[string]bool{"leaders": true, "ministers": true, "delegates": true, "members": true, "heads": true}

// bylines returns the persons named in a byline ("By Jim Garamone"): the
// writer of the story, never one of its actors.
func (d *doc) bylines() map[int]bool {
	out := map[int]bool{}
	for _, s := range d.sents {
		if len(s.Toks) < 2 || s.Toks[0].Lower != "by" {
			continue
		}
		if x := s.At(1); x >= 0 && s.Ments[x].Kind == mention.Person {
			out[s.Ments[x].PersonIndex] = true
		}
	}
	return out
}

// groupPersons resolves "the two <role>s" to the two most mentioned
// persons holding that role ("their two prime ministers" after the
// foreign ministers' talks), else to the principal persons pp.
func (d *doc) groupPersons(role string, pp []int) []int {
	if role == "" {
		return pp
	}
	var out []int
	for i, p := range d.persons {
		if p != nil && p.Role == role {
			out = append(out, i)
		}
	}
	if len(out) < 2 {
		return pp
	}
	slices.SortStableFunc(out, func(a, b int) int { return d.persons[b].Count - d.persons[a].Count })
	return out[:2]
}

// roleHolder resolves a title used without a name ("the defense
// secretary", "the Indian foreign minister", "the Secretary" of a
// Secretary of State) to the one person of the story holding it (see
// person.HoldsTitle); -1 when none or several do, or when a name follows.
func (d *doc) roleHolder(s *mention.Sentence, m mention.Mention) int {
	if m.I == 0 || m.Entry.Plural {
		return -1
	}
	// The title must be definite: "the defense secretary", or "the
	// Indian foreign minister" with a state adjective between.
	det := m.I - 1
	if x := s.Ending(m.I); x >= 0 && s.Ments[x].Kind == mention.Country {
		det = s.Ments[x].I - 1
	}
	if det < 0 {
		return -1
	}
	if p := s.Toks[det].Lower; p != "the" && p != "his" && p != "her" {
		return -1
	}
	if m.J < len(s.Toks) && s.Toks[m.J].Kind == token.Word && s.Toks[m.J].IsCap() {
		return -1 // "the Foreign Minister Sergei Lavrov": the name says who
	}
	found := -1
	for i, p := range d.persons {
		if p != nil && person.HoldsTitle(p.Role, m.Entry.Name) {
			if found >= 0 {
				return -1
			}
			found = i
		}
	}
	return found
}
