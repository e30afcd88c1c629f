package timex_test

import "testing"

// TestMovableFeasts: the feasts the Western churches date from Easter
// Sunday (Gregorian computus) are named days as Easter is: Palm Sunday a
// week before it, Ash Wednesday 46 days before, Holy Thursday and Holy
// Saturday, Ascension Day 39 days after, Pentecost 49. Holy Week and Easter
// week are the ISO week of Easter Sunday (AQUAINT marks "Easter week" so),
// begun by Palm Sunday.
func TestMovableFeasts(t *testing.T) {
	checkDatedTags(t, []datedTagCase{
		{"holy week, past", "Pilgrims arrived for Holy Week.", "2013-11-01",
			[]want{{"Holy Week", "DATE", "2013-W13", "", "2013-03-25..2013-03-31"}}},
		{"holy thursday, future", "The pope will wash feet on Holy Thursday.", "2013-11-01",
			[]want{{"Holy Thursday", "DATE", "2014-04-17", "", "2014-04-17"}}},
		{"holy saturday", "The vigil will fall on Holy Saturday.", "2013-11-01",
			[]want{{"Holy Saturday", "DATE", "2014-04-19", "", "2014-04-19"}}},
		{"palm sunday", "Crowds waved fronds on Palm Sunday.", "2013-11-01",
			[]want{{"Palm Sunday", "DATE", "2013-03-24", "", "2013-03-24"}}},
		{"ash wednesday", "Lent will begin on Ash Wednesday.", "2013-11-01",
			[]want{{"Ash Wednesday", "DATE", "2014-03-05", "", "2014-03-05"}}},
		{"pentecost", "The parish will mark Pentecost with a procession.", "2013-11-01",
			[]want{{"Pentecost", "DATE", "2014-06-08", "", "2014-06-08"}}},
		{"ascension day", "Banks closed on Ascension Day.", "2013-11-01",
			[]want{{"Ascension Day", "DATE", "2013-05-09", "", "2013-05-09"}}},
		{"with a year", "Palm Sunday 2010 was sunny.", "2013-11-01",
			[]want{{"Palm Sunday 2010", "DATE", "2010-03-28", "", "2010-03-28"}}},
		{"easter week with a year", "Crowds gathered during Easter Week 2012.", "2013-11-01",
			[]want{{"Easter Week 2012", "DATE", "2012-W14", "", "2012-04-02..2012-04-08"}}},
		{"easter week begun on palm sunday", "Pilgrims filled the square as Easter week began.", "2019-04-14",
			[]want{{"Easter week", "DATE", "2019-W16", "", "2019-04-15..2019-04-21"}}},
		// Near misses: the first word without its second is no feast.
		{"a palm", "He bought a palm in Sunday's market.", "2013-11-01",
			[]want{{"Sunday", "DATE", "2013-10-27", "", "2013-10-27"}}},
		{"ash alone", "Ash fell on Wednesday.", "2013-11-01",
			[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
		{"holy alone", "The Holy City was calm.", "2013-11-01", nil},
	})
}
