package timex_test

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/timex"
)

// TestTextEndsInsideARule feeds texts that stop right where a tense rule
// looks one token further or back: a "Today, X is" opening with nothing
// after the verb, and a plural noun opening the text before "to" and a
// verb. Both once indexed past the token list and panicked.
func TestTextEndsInsideARule(t *testing.T) {
	dct := annals.MustParseDate("2013-11-01")
	for _, tc := range []struct {
		in   string
		want string // the value of the one expression expected
	}{
		{"Today, Kenya is", "PRESENT_REF"},
		{"today called is ", "PRESENT_REF"},
		{"countries to benefit this year.", "2013"},
	} {
		got := timex.Tag(tc.in, dct)
		if len(got) != 1 || string(got[0].Value) != tc.want {
			t.Errorf("Tag(%q) = %+v, want one expression valued %s", tc.in, got, tc.want)
		}
	}
}
