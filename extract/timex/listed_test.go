package timex

import (
	"reflect"
	"slices"
	"testing"

	"github.com/annals-project/annals"
)

// TestListed checks that Listed, which reuses one array, gives what the
// chain of the single steps gives, and leaves its argument alone.
func TestListed(t *testing.T) {
	dct := annals.Date{Year: 2029, Month: 3, Day: 15}
	for _, text := range []string{
		"Posted 03/14/2029 7:15 PM\nThe fair runs August 3-9 and again from October 27-November 2.",
		"Sales in the first half of 2027 beat the same period a year earlier; the current plan covers 2019-2023.",
		"In the past year the firm, formerly a mill, grew; output for January-June rose, and in the future it may double.",
		"He arrived on 12 May 2028, 14:05 GMT, and left the following week, some 20 minutes ago by his account.",
		"",
		"No time at all here.",
	} {
		ts := Tag(text, dct)
		keep := slices.Clone(ts)
		want := AsListed(HalvesAsYears(DropUnlisted(text, DropRangeEnds(text, SplitDateClock(text, dct, ts)))))
		got := Listed(text, dct, ts)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%q:\n got %+v\nwant %+v", text, got, want)
		}
		if got == nil {
			t.Errorf("%q: Listed returned nil, want an empty list", text)
		}
		if !reflect.DeepEqual(ts, keep) {
			t.Errorf("%q: Listed modified its argument", text)
		}
	}
}
