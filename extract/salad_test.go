package extract_test

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
	"github.com/annals-project/annals/extract/timex"
)

// saladWords is news vocabulary for TestWordSalad: words of the rules'
// classes (times, parts of day, titles, verbs of meeting, giving and
// saying, money, places, organisations), punctuation and quotes, capitals
// and non-ASCII letters whose lower case is longer or shorter in bytes.
var saladWords = strings.Fields(`the The night of morning evening that early late mid Oct. 23 , 2030 2031
Friday Sunday last week this past next following year fiscal quarter half first April-June July-December
Jan. 5 2013 file photo FILE - overnight shelling said told announced that it was imposing sanctions on
met will meet visit visited arrived landed in for talks with meeting Secretary of State Ana Ruiz She he
Foreign Minister minister President Paris Lima Kenya Africa Horn West the Korean Peninsula Europe U.S.
Agency International Development USAID UN OCHA MINUSMA $ 5 million billion € 30 pledged released
disbursed humanitarian emergency funding appeal relief aid to help cash and supplies pre-agreed jointly-signed
HELD A MEETING WITH PRESIDENT RUIZ PoliticsKenya InternationalGreece " “ ” ' 's ( ) . ; : / 14 / 03 ago minutes
now future the same period formerly 2030-31 21st century 30 years nights two spent expected to last
İstanbul ÉTATS-UNIS ẞ Ⅻ ǅ ﬁ Straße KELVIN K Σ ς 8 – 9 – 2019 Tuesday, September 26, 2000 19/11/2001
LIMA, May 4 (Reuters) -- -`)

// saladPhrases are the openings of the rules' longer patterns, drawn as
// one piece so that a text often stops inside one.
var saladPhrases = []string{
	"the night of", "early morning of", "the first half of the", "the April-June", "in this Jan. 5,",
	"arrived in Lima on Tuesday for", "said it was imposing", "the Secretary", "expected to last",
	"spent two", "the 2014 fiscal", "October 27-", "Daily Bulletin 14 /", "\"We will meet,\" the",
	"$5 million in", "released $40 million for", "Secretary of State Ana Ruiz", "U.S. Agency for",
	"a 21st", "for more than a year", "on his first day", "in the", "LIMA, May 4 (Reuters) -",
}

// TestWordSalad runs the extractor and the time tagger over thousands of
// short texts drawn at random (with a fixed seed, so every run reads the
// same texts) from saladWords, cut off anywhere: a text may end right
// after "the night of" or inside a quotation. Nothing may panic, every
// span must lie inside the text on rune boundaries and hold the text it
// names, and the document must be valid.
func TestWordSalad(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 300
	}
	r := rand.New(rand.NewPCG(2026, 1127))
	dct := annals.MustParseDate("2031-08-20")
	for i := range n {
		text := saladText(r)
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("text %d %q: panic: %v", i, text, p)
				}
			}()
			for _, e := range timex.Tag(text, dct) {
				checkSpan(t, text, e.Span, e.Text)
			}
			doc, err := extract.Document(text, extract.Options{Published: dct})
			if err != nil {
				return // a clear error is fine
			}
			if err := doc.Validate(); err != nil {
				t.Errorf("text %d %q: invalid document: %v", i, text, err)
			}
			for _, e := range doc.Times {
				checkSpan(t, text, e.Span, e.Text)
			}
			for _, e := range doc.Events {
				checkSpan(t, text, e.Span, e.Evidence)
			}
		}()
	}
}

// saladText draws one text of 1 to 40 pieces from saladWords and
// saladPhrases, joined by spaces, line breaks, full stops or nothing.
func saladText(r *rand.Rand) string {
	k := 1 + r.IntN(40)
	var b strings.Builder
	for j := range k {
		if j > 0 {
			switch r.IntN(12) {
			case 0:
				b.WriteString("\n")
			case 1:
				b.WriteString(". ")
			case 2:
				// glued to the word before
			default:
				b.WriteString(" ")
			}
		}
		if r.IntN(4) == 0 {
			b.WriteString(saladPhrases[r.IntN(len(saladPhrases))])
		} else {
			b.WriteString(saladWords[r.IntN(len(saladWords))])
		}
	}
	return b.String()
}

func checkSpan(t *testing.T, text string, sp annals.Span, want string) {
	t.Helper()
	if sp[0] < 0 || sp[1] > len(text) || sp[0] > sp[1] {
		t.Errorf("%q: span %v outside the text", text, sp)
		return
	}
	if got := text[sp[0]:sp[1]]; got != want {
		t.Errorf("%q: span %v holds %q, not %q", text, sp, got, fmt.Sprint(want))
	}
}
