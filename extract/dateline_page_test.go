package extract_test

import (
	"slices"
	"testing"

	"github.com/annals-project/annals/extract"
)

// TestPageDateLine checks that a page's date line, a whole date written
// with its year in the chrome above the story, is listed among the
// times although it lies outside the story, while a date inside a web
// address in the chrome is not.
func TestPageDateLine(t *testing.T) {
	page := "Home | World | Business | Sport | Archive | Contact us |\n" +
		"Wednesday, March 14, 2029, updated at 09:12 | |||||\n" +
		"World | |||||\n\n" +
		"Norway Signs Fisheries Pact With Chile\n\n" +
		"OSLO, March 14 -- Norway and Chile signed a fisheries agreement in Oslo on Tuesday, the Norwegian foreign ministry said. " +
		"The two governments had negotiated the pact for three years, and officials said it would take effect in June.\n\n" +
		"The agreement sets quotas for salmon exports and opens both markets to small fishing firms, a ministry spokeswoman said.\n\n" +
		"Related: www.example.com/story.asp?Da=3/13/2029&Cat=2\n"
	doc, err := extract.Document(page, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, x := range doc.Times {
		if x.Type == "DATE" {
			got = append(got, x.Text+"="+string(x.Value))
		}
	}
	for _, want := range []string{"Wednesday, March 14, 2029=2029-03-14", "Tuesday=2029-03-13"} {
		if !slices.Contains(got, want) {
			t.Errorf("times %q lack %q", got, want)
		}
	}
	for _, x := range got {
		if x == "3/13/2029=2029-03-13" {
			t.Errorf("times %q list the date in a web address", got)
		}
	}
}
