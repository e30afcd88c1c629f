package extract_test

import "testing"

// TestBackgroundClause covers a participle clause set off by commas that
// dates an old fact ("a pact, signed in 1994,", "ties, broken off by Togo
// in 1972,"): background history, which tells no event of the story's
// own and lends its old time to none. Article date Wednesday 2021-03-03.
func TestBackgroundClause(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a pact signed long ago",
			"Peru's border treaty with Chile, signed in 1929, remains in force.", ""},
		{"ties broken off long ago date no meeting",
			"Ghana has made restoration of Ghanaian-Togolese ties, broken off by Togo in 1972, a condition.", ""},
		// near misses: a participle clause of this year's news, a
		// figure's comparison, a sentence with no commas around it
		{"a pact signed this year is news",
			"The fisheries accord between Peru and Chile, signed in Lima on Monday, takes effect in May.",
			"agree occurred 2021-03-01 [] [PER CHL] @Lima"},
		{"a trade figure compared with an old year stays",
			"Kenya exported $2 billion worth of tea to Egypt in 2020, compared with $1.5 billion in 2019.",
			"trade occurred 2019-01-01..2019-12-31 [] [KEN EGY] 1500000000 USD exports\ntrade occurred 2020-01-01..2020-12-31 [] [KEN EGY] 2000000000 USD exports"},
		{"a signing told as the main clause",
			"Peru and Chile signed a border treaty in 1929.",
			"agree occurred 1929-01-01..1929-12-31 [] [PER CHL]"},
	})
}
