// Package names decides when two actor names from different articles are
// the same actor, so that the graph has one node for Sergei Lavrov whether a
// story wrote "Sergei Lavrov", "Sergey Lavrov" or, once he is known, just
// "Lavrov".
//
// A Resolver learns canonical names (from the store, then from each article
// in input order) and rewrites the names of a new extraction to them:
//
//  1. a user's aliases file ("Sergey V. Lavrov<TAB>Sergei Lavrov"), which
//     overrides everything;
//  2. transliteration variants of the same name (Sergei/Sergey,
//     Dmitry/Dmitriy/Dmitrii, Aleksandr/Alexander, Mikhail/Mihail,
//     Tatyana/Tatiana), compared on a folded key;
//  3. a surname alone, when exactly one known person has it.
//
// The first spelling seen becomes the canonical one, so results depend only
// on the order of the input, never on timing. The package does not extract
// names (package extract does) nor store them (package store does).
package names

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/annals-project/annals"
	"golang.org/x/text/unicode/norm"
)

// Resolver maps name variants to canonical names. The zero value is not
// usable; call New. A Resolver is not safe for concurrent use: ingest calls
// it from its single writer.
type Resolver struct {
	aliases map[string]string          // normalised alias -> canonical name
	byKey   map[string]string          // kind + folded name -> canonical name
	bySur   map[string]map[string]bool // folded surname -> canonical person names
}

// New returns an empty Resolver.
func New() *Resolver {
	return &Resolver{aliases: map[string]string{}, byKey: map[string]string{}, bySur: map[string]map[string]bool{}}
}

// LoadAliases reads an aliases file: one alias per line, the alias and its
// canonical name separated by a tab ("Sergey V. Lavrov<TAB>Sergei Lavrov");
// blank lines and lines starting with # are ignored. It returns a
// *annals.ParseError naming the line for a malformed one.
func (r *Resolver) LoadAliases(rd io.Reader) error {
	sc := bufio.NewScanner(rd)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		alias, canon, ok := strings.Cut(line, "\t")
		alias, canon = strings.TrimSpace(alias), strings.TrimSpace(canon)
		if !ok || alias == "" || canon == "" {
			return &annals.ParseError{Input: line, Msg: fmt.Sprintf("line %d: want ALIAS<TAB>CANONICAL NAME", n)}
		}
		r.aliases[annals.NormalizeName(alias)] = canon
	}
	return sc.Err()
}

// Learn records name as a known actor of kind k (persons and
// organisations), canonical unless a variant of it is known already.
func (r *Resolver) Learn(k annals.NodeKind, name string) {
	r.canonical(k, name, true)
}

// canonical returns the canonical form of name, learning it when learn is
// set and nothing matches.
func (r *Resolver) canonical(k annals.NodeKind, name string, learn bool) string {
	if c, ok := r.aliases[annals.NormalizeName(name)]; ok {
		name = c
	}
	folded := Fold(name)
	if folded == "" {
		folded = annals.NormalizeName(name) // initials only ("U.S."): compare as written
	}
	key := string(k) + ":" + folded
	if c, ok := r.byKey[key]; ok {
		return c
	}
	if k == annals.KindPerson {
		if toks := strings.Fields(folded); len(toks) == 1 {
			if cands := r.bySur[toks[0]]; len(cands) == 1 {
				for c := range cands {
					return c
				}
			}
			return name // a lone surname is never learnt as canonical
		}
	}
	if learn {
		r.byKey[key] = name
		if k == annals.KindPerson {
			toks := strings.Fields(folded)
			sur := toks[len(toks)-1]
			if r.bySur[sur] == nil {
				r.bySur[sur] = map[string]bool{}
			}
			r.bySur[sur][name] = true
		}
	}
	return name
}

// Apply rewrites the person and organisation names of doc, and the actors
// of its events, to their canonical forms, merging persons or
// organisations that turn out to be one, and learns the names that are new.
// The result still passes doc.Validate when doc did.
func (r *Resolver) Apply(doc *annals.Document) {
	rename := map[string]string{}
	// Full names first, so that a surname in the same article can resolve
	// to a full name learnt from it.
	persons := slices.Clone(doc.Persons)
	slices.SortStableFunc(persons, func(a, b annals.Person) int {
		return len(strings.Fields(b.Name)) - len(strings.Fields(a.Name))
	})
	for _, p := range persons {
		rename[p.Name] = r.canonical(annals.KindPerson, p.Name, true)
	}
	for _, o := range doc.Organizations {
		rename[o.Name] = r.canonical(annals.KindOrganization, o.Name, true)
	}
	doc.Persons = mergePersons(doc.Persons, rename)
	doc.Organizations = mergeOrgs(doc.Organizations, rename)
	for i := range doc.Events {
		e := &doc.Events[i]
		var actors []string
		for _, a := range e.Actors {
			if c, ok := rename[a]; ok {
				a = c
			}
			if !slices.Contains(actors, a) {
				actors = append(actors, a)
			}
		}
		if e.Actors != nil {
			e.Actors = actors
			if e.Actors == nil {
				e.Actors = []string{}
			}
		}
	}
}

func mergePersons(ps []annals.Person, rename map[string]string) []annals.Person {
	return merge(ps, rename,
		func(p *annals.Person) (*string, *[]string) { return &p.Name, &p.Mentions },
		func(dst *annals.Person, src annals.Person) {
			if dst.Country == "" {
				dst.Country = src.Country
			}
			if dst.Role == "" {
				dst.Role = src.Role
			}
		})
}

func mergeOrgs(os []annals.Organization, rename map[string]string) []annals.Organization {
	return merge(os, rename,
		func(o *annals.Organization) (*string, *[]string) { return &o.Name, &o.Mentions },
		func(dst *annals.Organization, src annals.Organization) {
			if dst.Country == "" {
				dst.Country = src.Country
			}
			if dst.Kind == "" {
				dst.Kind = src.Kind
			}
		})
}

// merge renames the items of list and folds items that end up with one name
// into the first of them: fields reaches an item's name and mentions, fill
// completes what the first lacks from a later one. The old name becomes a
// mention.
func merge[T any](list []T, rename map[string]string, fields func(*T) (*string, *[]string), fill func(dst *T, src T)) []T {
	out := list[:0:0]
	at := map[string]int{}
	for _, item := range list {
		name, mentions := fields(&item)
		if c := rename[*name]; c != "" && c != *name {
			*mentions = appendNew(*mentions, *name)
			*name = c
		}
		if i, ok := at[*name]; ok {
			fill(&out[i], item)
			_, dm := fields(&out[i])
			for _, m := range *mentions {
				*dm = appendNew(*dm, m)
			}
			continue
		}
		at[*name] = len(out)
		out = append(out, item)
	}
	return out
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// variants rewrite the spellings that differ between transliterations of
// the same Russian, Ukrainian, Arabic or Persian name into one form. They
// are applied to each word in order. Sources: the BGN/PCGN, ALA-LC and
// Library of Congress romanisations of Cyrillic, whose differences (й as y,
// i or ĭ; х as kh or h; кс as ks or x; я as ya or ia; ю as yu or iu; final
// -ий as -iy, -ii, -y or -i; final -ндр as -ndr or English -nder) are
// what news copy mixes.
var variants = []struct{ from, to string }{
	{"ks", "x"},
	{"kh", "h"},
	{"yu", "iu"},
	{"ya", "ia"},
	{"ye", "e"},
	{"yo", "e"},
	{"iy$", "i"},
	{"ii$", "i"},
	{"ey$", "ei"},
	{"y$", "i"},
	{"er$", "r"}, // Aleksandr/Alexander, Pyotr/Peter
	{"ph", "f"},
}

// Fold returns the comparison key of a name: lowercase, accents removed,
// punctuation dropped, each word's transliteration variants unified, and
// single-letter initials removed (so "Sergey V. Lavrov" and "Sergei Lavrov"
// fold alike).
func Fold(name string) string {
	var words []string
	for _, w := range strings.FieldsFunc(stripAccents(strings.ToLower(name)), func(r rune) bool {
		return unicode.IsSpace(r) || r == '-' || r == '.' || r == ','
	}) {
		w = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return r
			}
			return -1
		}, w)
		if len([]rune(w)) <= 1 {
			continue // initials
		}
		for _, v := range variants {
			if strings.HasSuffix(v.from, "$") {
				f := strings.TrimSuffix(v.from, "$")
				if strings.HasSuffix(w, f) && len(w) > len(f)+1 {
					w = strings.TrimSuffix(w, f) + v.to
				}
				continue
			}
			w = strings.ReplaceAll(w, v.from, v.to)
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

func stripAccents(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
