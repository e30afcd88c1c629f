package timex_test

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestTagForeignDate checks that a date of another language in page chrome
// ("(AGENCY) – mar 5 maggio 2015", "Publié le 3 février 2017") is tagged
// whole, not as its bare year, while a year in an English line, or after a
// word of another language that is no month, stays a year.
func TestTagForeignDate(t *testing.T) {
	dct := annals.Date{Year: 2015, Month: 5, Day: 5}
	checkTag(t, "(WIRE) – mar 5 maggio 2015 The ministers met.", dct, []want{
		{"5 maggio 2015", "DATE", "2015-05-05", "", "2015-05-05"},
	})
	checkTag(t, "Publié le 3 février 2017\nThe minister spoke.", dct, []want{
		{"3 février 2017", "DATE", "2017-02-03", "", "2017-02-03"},
	})
	checkTag(t, "Café owners – 12 shops in 2014 – complained.", dct, []want{
		{"2014", "DATE", "2014", "", "2014-01-01..2014-12-31"},
	})
	checkTag(t, "Exports grew in 2014.", dct, []want{
		{"2014", "DATE", "2014", "", "2014-01-01..2014-12-31"},
	})
}
