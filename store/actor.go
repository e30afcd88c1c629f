package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// FindActor returns the person, organisation or country that name denotes,
// matched forgivingly, in this order of precedence:
//
//  1. a three-letter ISO 3166-1 alpha-3 code of a stored country ("rus");
//  2. the full name, compared after folding case, accents and punctuation
//     ("sergei lavrov", "Jean Marc Ayrault" for "Jean-Marc Ayrault");
//  3. a person's surname alone, an organisation's initials, or a
//     country's name before any comma or parenthesis ("Lavrov", "EU" for
//     "European Union", "Congo");
//  4. the start of a country's name, for four letters or more ("Russia"
//     for "Russian Federation": ISO short names often append the form of
//     state to the name people use).
//
// The first step that matches anything decides. It returns an error wrapping
// annals.ErrNotFound when nothing matches, and a *annals.AmbiguousError
// listing the candidates' labels (in key order) when several do.
func (db *DB) FindActor(ctx context.Context, name string) (annals.Node, error) {
	var n annals.Node
	err := db.readTx(ctx, func(tx *sql.Tx) error {
		var err error
		n, _, err = findActor(ctx, tx, name)
		return err
	})
	if err != nil {
		return annals.Node{}, fmt.Errorf("store: find actor %q: %w", name, err)
	}
	return n, nil
}

// findActor implements FindActor and also returns the node's row id.
func findActor(ctx context.Context, q querier, name string) (annals.Node, int64, error) {
	f := strings.TrimPrefix(fold(name), "the ")
	if f == "" {
		return annals.Node{}, 0, annals.ErrNotFound
	}
	var steps []func() ([]actorRow, error)
	if len(f) == 3 && isASCIILetters(f) {
		steps = append(steps, func() ([]actorRow, error) {
			return queryActors(ctx, q, `WHERE key = ?`, annals.ActorKey(annals.KindCountry, f))
		})
	}
	steps = append(steps,
		func() ([]actorRow, error) { return queryActors(ctx, q, `WHERE fold = ?`, f) },
		func() ([]actorRow, error) { return queryActors(ctx, q, `WHERE short = ?`, f) },
	)
	if utf8.RuneCountInString(f) >= 4 {
		// A range on the folded name is a prefix match that uses the
		// index; U+10FFFF sorts after every character that can follow.
		steps = append(steps, func() ([]actorRow, error) {
			return queryActors(ctx, q, `WHERE fold >= ? AND fold < ? AND kind = 'country'`, f, f+"\U0010FFFF")
		})
	}
	for _, step := range steps {
		rows, err := step()
		if err != nil {
			return annals.Node{}, 0, err
		}
		switch len(rows) {
		case 0:
			continue
		case 1:
			return rows[0].node, rows[0].id, nil
		}
		amb := &annals.AmbiguousError{Name: name}
		for _, r := range rows {
			amb.Candidates = append(amb.Candidates, r.node.Label)
		}
		return annals.Node{}, 0, amb
	}
	return annals.Node{}, 0, annals.ErrNotFound
}

type actorRow struct {
	id   int64
	node annals.Node
}

// queryActors returns the actor nodes (persons, organisations, countries)
// that where selects, ordered by key. where is one of findActor's constant
// clauses; the name itself is always an argument.
func queryActors(ctx context.Context, q querier, where string, args ...any) ([]actorRow, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, `+nodeColumns+` FROM nodes `+where+
		` AND kind IN ('person', 'organization', 'country') ORDER BY key`, args...)
	if err != nil {
		return nil, formatError(err)
	}
	defer rows.Close()
	var out []actorRow
	for rows.Next() {
		var r actorRow
		if err := scanNode(rows, &r.node, &r.id); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, formatError(rows.Err())
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// fold normalises a name for forgiving comparison: lower case, Latin
// accents and ligatures reduced to ASCII ("Sergeï" -> "sergei", "Straße"
// -> "strasse"), combining marks dropped, apostrophes and full stops
// removed ("O'Neill" -> "oneill", "U.N." -> "un"), any other punctuation
// or space run turned into one space ("Jean-Marc" -> "jean marc"). Letters
// of other scripts are kept, lower-cased.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		r = unicode.ToLower(r)
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’', r == 'ʼ', r == '.', r == utf8.RuneError:
			continue
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
		case accentFolds[r] != "":
		case unicode.IsLetter(r) || unicode.IsDigit(r):
		default:
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if a := accentFolds[r]; a != "" {
			b.WriteString(a)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// accentFolds maps lower-case Latin letters with diacritics, and the
// ligatures and special letters of European languages, to ASCII. Without
// golang.org/x/text there is no Unicode decomposition to lean on, so the
// Latin-1 Supplement and Latin Extended-A letters, which cover the names in
// Western news, are listed by hand.
var accentFolds = func() map[rune]string {
	m := map[rune]string{'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th", 'ð': "d", 'ĳ': "ij"}
	for base, letters := range map[string]string{
		"a": "àáâãäåāăąǎ", "c": "çćĉċč", "d": "ďđ", "e": "èéêëēĕėęě",
		"g": "ĝğġģ", "h": "ĥħ", "i": "ìíîïĩīĭįı", "j": "ĵ", "k": "ķ",
		"l": "ĺļľŀł", "n": "ñńņňŉ", "o": "òóôõöøōŏőǒ", "r": "ŕŗř",
		"s": "śŝşšș", "t": "ţťŧț", "u": "ùúûüũūŭůűųǔ", "w": "ŵ",
		"y": "ýÿŷ", "z": "źżž",
	} {
		for _, r := range letters {
			m[r] = base
		}
	}
	return m
}()

// surname returns the last word of a folded person name, or nil (SQL NULL)
// for an empty name.
func surname(folded string) any {
	if folded == "" {
		return nil
	}
	return folded[strings.LastIndexByte(folded, ' ')+1:]
}

// countryShort returns the folded part of an ISO short name before a comma
// or parenthesis ("Congo, The Democratic Republic of the" -> "congo"), or
// nil when there is no such part.
func countryShort(name string) any {
	i := strings.IndexAny(name, ",(")
	if i <= 0 {
		return nil
	}
	if f := fold(name[:i]); f != "" {
		return f
	}
	return nil
}

// initialStopWords are the short words that acronyms skip ("IMF" for
// "International Monetary Fund", "OPEC" for "Organization of the Petroleum
// Exporting Countries").
var initialStopWords = map[string]bool{
	"of": true, "the": true, "and": true, "for": true, "on": true, "in": true,
	"a": true, "an": true, "de": true, "des": true, "du": true, "la": true, "le": true, "et": true,
}

// initials returns the acronym of a folded organisation name made of two
// or more words ("european union" -> "eu"), or nil (SQL NULL) for a single
// word, whose acronym would be only its first letter.
func initials(folded string) any {
	var b strings.Builder
	words := 0
	for _, w := range strings.Fields(folded) {
		if initialStopWords[w] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
		words++
	}
	if words < 2 {
		return nil
	}
	return b.String()
}
