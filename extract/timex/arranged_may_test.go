package timex_test

import "testing"

// TestArrangedForMay checks that "May" after "for" that follows a verb of
// arranging ("scheduled for May", "set the vote for May") is the month,
// dated by the clause's tense, and that "slated" looks ahead as
// "scheduled" does (the time a verb of arranging sets lies ahead of the
// arranging, see arrangedFor); "for" after other words ("voted for May", "called for
// May to resign", a demand) leaves "May" a name. The document date is 20
// July 2011.
func TestArrangedForMay(t *testing.T) {
	checkTags(t, d("2011-07-20"), []tagCase{
		{"a past plan, since called off", "The envoy's trip had been scheduled for May but was called off after the row.",
			[]want{{"May", "DATE", "2011-05", "", "2011-05-01..2011-05-31"}}},
		{"a plan ahead", "The next round of talks is scheduled for May.",
			[]want{{"May", "DATE", "2012-05", "", "2012-05-01..2012-05-31"}}},
		{"slated looks ahead", "The donor conference is slated for May.",
			[]want{{"May", "DATE", "2012-05", "", "2012-05-01..2012-05-31"}}},
		{"slated looks ahead for other months too", "The donor conference is slated for March.",
			[]want{{"March", "DATE", "2012-03", "", "2012-03-01..2012-03-31"}}},
		{"a verb of arranging and its object", "The council set the vote for May.",
			[]want{{"May", "DATE", "2012-05", "", "2012-05-01..2012-05-31"}}},
		// Near misses: "May" a name.
		{"voted for a person", "Most delegates voted for May in the leadership race.", nil},
		{"called for a person to resign", "The opposition called for May to resign.", nil},
		{"support for a person", "Support for May grew among the backbenchers.", nil},
	})
}
