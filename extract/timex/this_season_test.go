package timex_test

import "testing"

// TestThisSeason: "this season", "last season" and "next season" in
// sports and farming copy are DATEs valued the year they are counted in,
// from the DCT. With an article ("the upcoming season", "the last season
// of the show") or a noun between ("this flu season") they stay untagged.
func TestThisSeason(t *testing.T) {
	day := d("2016-11-20")
	checkTags(t, day, []tagCase{
		{"this season", "The striker has scored nine goals this season.",
			[]want{{"this season", "DATE", "2016", "", "2016-01-01..2016-12-31"}}},
		{"last season", "The club finished third last season.",
			[]want{{"last season", "DATE", "2015", "", "2015-01-01..2015-12-31"}}},
		{"next season", "Growers expect a smaller harvest next season.",
			[]want{{"next season", "DATE", "2017", "", "2017-01-01..2017-12-31"}}},
		// Near misses.
		{"a noun between", "Clinics saw more patients this flu season.", nil},
		{"with an article", "The last season of the drama aired.", nil},
		{"a compound", "The coach praised this season-high effort.", nil},
	})
}
