package timex_test

import "testing"

// TestWeekendsWeekdaysRecur: the plural "weekends" or "weekdays", neither
// counted nor picked out by a determiner, says an event recurs. "weekends"
// is itself a SET (TimeML XXXX-WXX-WE, as "every weekend"), and both make a
// clock time of their clause recurring (XXXX-XX-XXThh:mm) rather than a time
// of the document date, as "daily" or "on Sundays" do. "every weekday" does
// the same.
func TestWeekendsWeekdaysRecur(t *testing.T) {
	day := d("2026-03-10") // a Tuesday
	checkTags(t, day, []tagCase{
		{"on weekends with clock", "The ferry leaves on weekends at 7 a.m.",
			[]want{{"weekends", "SET", "XXXX-WXX-WE", "", ""}, {"7 a.m.", "TIME", "XXXX-XX-XXT07:00", "", ""}}},
		{"bare weekends", "Her brother tends the orchard weekends.",
			[]want{{"weekends", "SET", "XXXX-WXX-WE", "", ""}}},
		{"at weekends", "The border post is shut at weekends.",
			[]want{{"weekends", "SET", "XXXX-WXX-WE", "", ""}}},
		{"weekdays after clock", "The clinic closes at 4 p.m. on weekdays.",
			[]want{{"4 p.m.", "TIME", "XXXX-XX-XXT16:00", "", ""}}},
		{"weekdays before clock", "The library is open weekdays from 10 a.m.",
			[]want{{"10 a.m.", "TIME", "XXXX-XX-XXT10:00", "", ""}}},
		{"every weekday", "Every weekday at 6 a.m. the siren sounds.",
			[]want{{"6 a.m.", "TIME", "XXXX-XX-XXT06:00", "", ""}}},
		// Negatives: weekends counted or picked out are particular ones,
		// and a clock of their clause keeps its date.
		{"counted weekends", "The strike lasted two weekends.",
			[]want{{"two weekends", "DURATION", "P4D", "", ""}}},
		{"those weekends", "Shelling began on those weekends at 9 p.m.",
			[]want{{"9 p.m.", "TIME", "2026-03-10T21:00", "", "2026-03-10"}}},
		{"singular weekend", "The market reopened over the weekend.",
			[]want{{"the weekend", "DATE", "2026-W10-WE", "", "2026-03-07..2026-03-08"}}},
	})
}
