package timex_test

import "testing"

// TestObjectImplicative checks that the past of a verb of causing with an
// object and an infinitive ("forced the tournament to keep fans out
// Saturday") dates an event that happened, so the weekday is the past
// one, as after "failed to"; a future or a request ("asked ... to") still
// looks ahead. DCT 2012-07-04, a Wednesday.
func TestObjectImplicative(t *testing.T) {
	day := d("2012-07-04")
	checkTags(t, day, []tagCase{
		{"forced with a singular object", "A hailstorm forced the festival to shut its gates Saturday.",
			[]want{{"Saturday", "DATE", "2012-06-30", "", "2012-06-30"}}},
		{"prompted with a longer object", "The leak prompted the city water board to cut supplies on Monday.",
			[]want{{"Monday", "DATE", "2012-07-02", "", "2012-07-02"}}},
		{"near miss: a future verb of causing", "The ruling will force the league to replay the match on Saturday.",
			[]want{{"Saturday", "DATE", "2012-07-07", "", "2012-07-07"}}},
		{"near miss: a request is no implicative", "Police asked the festival to shut its gates Saturday.",
			[]want{{"Saturday", "DATE", "2012-07-07", "", "2012-07-07"}}},
	})
}
