package page_test

import (
	"strings"
	"testing"
	"unicode"

	"github.com/annals-project/annals/extract/page"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		line string
		want page.Class
	}{
		{"", page.Blank},
		{"   ", page.Blank},
		{"Germany and France agreed on Tuesday to expand rail links, officials said.", page.Content},
		{"Merkel meets Macron in Paris", page.Content},
		{"Twitter: https://twitter.com/example", page.Chrome},
		{"Find out more about Example News: http://example.com/about", page.Chrome},
		{"You can license this story through Example Archive", page.Chrome},
		{"Show more", page.Chrome},
		{"00:02:14", page.Chrome},
		{"Загрузка страницы", page.Chrome},
		{"Видео Merkel meets Macron канала Example", page.Chrome},
		{"Pakistani Foreign Minister talks to Indian counterpart, 31 Jul 2008 |", page.Chrome},
		{"He declined to leave a comment on the sanctions imposed last year by the European Union.", page.Content},
		{"Subscribe to our newsletter", page.Chrome},
		{"  • Trending Japan", page.Chrome},
		{"• Ukraine", page.Chrome},
		{"  • December 28, 2017", page.Content},
		{"An official website of the United States Government", page.Chrome},
		{"• The ministers agreed on Monday to expand trade and investment links between the two countries.", page.Content},
		{"WORLD > Asia & Pacific", page.Chrome},
		{"News / Americas", page.Chrome},
		{"Print PRINT", page.Chrome},
		{"Breaking News", page.Chrome},
		{"Skip to main content", page.Chrome},
		{"No media source currently available", page.Chrome},
		{"Chile to visit Peru", page.Content},
		{"Trade grew 5 pct to 2 billion dlrs / year, officials said.", page.Content},
		{"Home news for Chile: more talks", page.Content},
	}
	for _, tt := range tests {
		if got := page.Classify(tt.line, unicode.Latin); got != tt.want {
			t.Errorf("Classify(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

const scraped = `Главная страница

Merkel meets Macron to discuss energy

(3 Mar 2021) German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Wednesday.
The two leaders agreed to expand cooperation on energy.

Find out more about Example Archive: http://example.com/how
Facebook: https://www.facebook.com/example
Видео Merkel meets Macron канала Example Archive
Показать
3 марта 2021 г. 10:15:00
`

func TestStory(t *testing.T) {
	spans := page.Story(scraped)
	if len(spans) != 1 {
		t.Fatalf("Story() = %v, want one region", spans)
	}
	got := scraped[spans[0][0]:spans[0][1]]
	if !strings.HasPrefix(got, "Merkel meets Macron to discuss energy") || !strings.HasSuffix(got, "cooperation on energy.") {
		t.Errorf("Story() = %q, want the headline to the last story line", got)
	}
	title, ok := page.Title(scraped)
	if !ok || scraped[title[0]:title[1]] != "Merkel meets Macron to discuss energy" {
		t.Errorf("Title() = %q, %v, want the headline", scraped[title[0]:title[1]], ok)
	}
}

func TestTitleProseFirst(t *testing.T) {
	text := "Russia and China signed a trade deal on Monday, officials in Beijing said.\nMore text follows here."
	if s, ok := page.Title(text); ok {
		t.Errorf("Title(prose) = %q, want none", text[s[0]:s[1]])
	}
}

func TestLinesSpans(t *testing.T) {
	text := "a\r\nb\n\nc"
	ls := page.Lines(text)
	want := []string{"a", "b", "", "c"}
	if len(ls) != len(want) {
		t.Fatalf("Lines(%q) = %v", text, ls)
	}
	for i, l := range ls {
		if got := text[l.Span[0]:l.Span[1]]; got != want[i] {
			t.Errorf("Lines(%q)[%d] = %q, want %q", text, i, got, want[i])
		}
	}
}

// TestTitleOpensWithCount covers headlines that open with a count ("3
// police officers killed ..."), while date and time lines ("2019-08-27
// 15:13", "27 August 2019 ...") stay no title.
func TestTitleOpensWithCount(t *testing.T) {
	text := "3 police officers killed in attack in northern Mali\nGAO, Mali, March 3 -- Three police officers were killed in an attack on a checkpoint near Gao on Tuesday."
	if s, ok := page.Title(text); !ok || text[s[0]:s[1]] != "3 police officers killed in attack in northern Mali" {
		t.Errorf("Title(%q) = %v, %v, want the count headline", text, s, ok)
	}
	for _, text := range []string{
		"2021-03-03 10:00:00 Xinhua news agency report\nGunmen attacked a checkpoint near Gao on Tuesday night, killing three police officers.",
		"3 March 2021 Gao Mali Xinhua report\nGunmen attacked a checkpoint near Gao on Tuesday night, killing three police officers.",
	} {
		if s, ok := page.Title(text); ok {
			t.Errorf("Title(%q) = %q, want none", text, text[s[0]:s[1]])
		}
	}
}

// TestClassifyScripts covers the letter counts against the main script
// and the case-blind boilerplate prefixes: ASCII letters are foreign on a
// Cyrillic page and native on a Latin one, and a prefix matches in any case
// or after a non-ASCII symbol.
func TestClassifyScripts(t *testing.T) {
	tests := []struct {
		line string
		main *unicode.RangeTable
		want page.Class
	}{
		{"Ministers from Oslo and Riga met on Friday to discuss fishing quotas.", unicode.Cyrillic, page.Chrome},
		{"Ministers from Oslo and Riga met on Friday to discuss fishing quotas.", unicode.Latin, page.Content},
		{"Ministers from Oslo and Riga met on Friday to discuss fishing quotas.", nil, page.Content},
		{"Министры встретились в Осло в пятницу, сообщили официальные лица.", unicode.Cyrillic, page.Content},
		{"Министры встретились в Осло в пятницу, сообщили официальные лица.", unicode.Latin, page.Chrome},
		{"Ministers met in Tromsø and Ålesund on Friday, officials said.", unicode.Latin, page.Content},
		{"SUBSCRIBE TO the weekly digest of fishing news", unicode.Latin, page.Chrome},
		{"sHaRe ThIs article with the fishing crews of Riga", unicode.Latin, page.Chrome},
		{"© 2031 Example Fisheries Gazette", unicode.Latin, page.Chrome},
		{"Subscribers to the fishing digest met in Riga on Friday.", unicode.Latin, page.Content},
	}
	for _, tt := range tests {
		if got := page.Classify(tt.line, tt.main); got != tt.want {
			t.Errorf("Classify(%q, %v) = %d, want %d", tt.line, tt.main != nil, got, tt.want)
		}
	}
}
