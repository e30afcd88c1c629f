package timex_test

import (
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/timex"
)

// TestDayNotAcrossParagraph checks that a number closing one page line (a
// poster's name "ByEditor7", a page count) and a month opening the next
// paragraph make no "7 Jun" date: the full date on the next line dates the
// article. Within a line "7 Jun 2019" stays one date.
func TestDayNotAcrossParagraph(t *testing.T) {
	text := "World\n\nMinister's Call with His Peruvian Counterpart\n\nByEditor7\n\nJun 4, 2019 , ,\n\nThe minister spoke today with his Peruvian counterpart about trade and fishing rights in the Pacific.\n"
	d, ok := timex.LocateDCT(text)
	if !ok || !d.YearKnown || d.Date.String() != "2019-06-04" {
		t.Errorf("LocateDCT = %+v, %v; want 2019-06-04", d, ok)
	}
	dct := annals.MustParseDate("2019-06-10")
	checkTag(t, "Page 3\n\nJun 4, 2019 was a calm day.", dct,
		[]want{{"Jun 4, 2019", "DATE", "2019-06-04", "", "2019-06-04"}, {"day", "DATE", "2019-06-04", "", "2019-06-04"}})
	checkTag(t, "The talks opened on 7 Jun 2019 in Lima.", dct,
		[]want{{"7 Jun 2019", "DATE", "2019-06-07", "", "2019-06-07"}})
}
