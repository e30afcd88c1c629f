package timex_test

import "testing"

// TestYearAbbreviation: "yr" and "yrs", the abbreviations of "year" that
// headlines, briefs and tables use, count a length as the full word does;
// a capitalised "Yr" in a name is no time.
func TestYearAbbreviation(t *testing.T) {
	day := d("2026-03-10")
	checkTags(t, day, []tagCase{
		{"number yr", "Both officers received 4 yr terms.",
			[]want{{"4 yr", "DURATION", "P4Y", "", ""}}},
		{"word yrs", "The firm spent seven yrs on the design.",
			[]want{{"seven yrs", "DURATION", "P7Y", "", ""}}},
		{"hyphenated", "The treasury auctioned 30-yr bonds.",
			[]want{{"30-yr", "DURATION", "P30Y", "", ""}}},
		{"yrs ago", "The quarry closed 3 yrs ago.",
			[]want{{"3 yrs ago", "DATE", "2023", "", "2023-01-01..2023-12-31"}}},
		// Negative: no amount, no length.
		{"name", "Yr Wyddfa was covered in snow.", nil},
	})
}
