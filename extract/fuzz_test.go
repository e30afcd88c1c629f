package extract_test

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract"
)

func FuzzDocument(f *testing.F) {
	// The seed article: a story inside Russian page chrome.
	f.Add(readSeed(f))
	// Nothing at all.
	f.Add("")
	// Cyrillic page chrome only.
	f.Add("Загрузка страницы\nКомментарии отсутствуют\nВведите заголовок:\n31 июля 2015 г. 15:46:15\nЯндекс.Метрика")
	// "Show more" noise around a story line.
	f.Add("Show more\nShow more\nJapan and Russia agreed on Friday to hold talks in Tokyo.\nShow more")
	// One very long line.
	f.Add(strings.Repeat("Foreign Minister Sergei Lavrov met Japanese counterpart Fumio Kishida in Tokyo on Friday, ", 200))
	// Mentions at sentence edges: a title without a name first, "they",
	// hyphenated and one-word names, a capital opening the sentence.
	f.Add("Indian foreign minister. The defence secretary met them, Ki-moon al-\nThey met. Kyiv\nBy X\n'Hold Last Talks")
	// Invalid UTF-8 inside names, numbers and quotes.
	f.Add("Foreign Minister \xffSergei\xfe Lavrov said \"33 billion\xc3 US dollars\" (1 Nov 2013)\x80.")
	// Clause and phrase rules at the edges of sentences: captions, a
	// relative "that" or "who" last, "and" before nothing, departures,
	// presence, phone calls, fire and "since" with nothing after them.
	f.Add("Wang Yi, right, and Park Jin, left,\nparties that\nleaders who\nmet and\nleaving Chile for\nwas in Peru for\nby phone\nexchanged fire\nfired\nsince\nthe first visit in\nWASHINGTON, Oct 20 -\nBy\ncut ties")
	f.Add("ATHENS, March 3 - Greece accused Turkey, and blamed\nthe summit of the G7 leaders, summit leaders will discuss such issues as")
	// Short news-like texts: the fuzzer mutates a few hundred bytes far
	// faster than the 18 KB seed article, and these reach the rules'
	// patterns (datelines, titles, money, meetings, times) at once.
	f.Add("GENEVA, June 3 (AP) - Foreign Minister Ana Ruiz of Peru met her Chilean counterpart on Tuesday and said the two countries would sign a trade deal worth $1.2bn next month.")
	f.Add("Rebels fired rockets Sunday at a base near Goma, the army said. Kenya's president will visit Addis Ababa early next week for talks with the African Union.")
	f.Add("Exports rose 5.6 billion dlrs in the first quarter of fiscal 1987, up from a year earlier, the ministry said on Friday.")
	r := rand.New(rand.NewPCG(11, 27))
	for range 12 {
		f.Add(saladText(r))
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc, err := extract.Document(text, extract.Options{Source: "fuzz"})
		if err != nil {
			t.Fatalf("Document error = %v", err)
		}
		if err := doc.Validate(); err != nil {
			t.Fatalf("Validate() = %v", err)
		}
		for _, c := range doc.Countries {
			if !c.Valid() {
				t.Errorf("unknown country %q", c)
			}
		}
		for _, e := range doc.Events {
			if !strings.Contains(text, e.Evidence) {
				t.Errorf("evidence %q is not a substring of the input", e.Evidence)
			}
			if e.Span[0] < 0 || e.Span[1] > len(text) || text[e.Span[0]:e.Span[1]] != e.Evidence {
				t.Errorf("event span %v out of bounds or not its evidence", e.Span)
			}
			for _, c := range e.Countries {
				if !c.Valid() {
					t.Errorf("event country %q unknown", c)
				}
			}
		}
		for _, tm := range doc.Times {
			if tm.Span[0] < 0 || tm.Span[1] > len(text) || tm.Span[0] > tm.Span[1] {
				t.Errorf("time span %v out of bounds", tm.Span)
			}
		}
		var _ annals.Document = *doc
	})
}

func BenchmarkDocument(b *testing.B) {
	text := readSeed(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.Document(text, extract.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
