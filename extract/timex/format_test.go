package timex

import (
	"fmt"
	"testing"
)

// TestFormat checks the hand-made value printers against the fmt formats
// they stand for, in the common range and outside it (negative and
// five-digit years, one- and three-digit months).
func TestFormat(t *testing.T) {
	for _, y := range []int{2013, 1987, 999, 42, 0, 9999, 10000, 123456, -1, -2013} {
		for _, n := range []int{1, 4, 9, 10, 12, 31, 100, 0, -3} {
			checks := []struct{ got, want string }{
				{yearOf(y), fmt.Sprintf("%04d", y)},
				{ym(y, n), fmt.Sprintf("%04d-%02d", y, n)},
				{ymd(y, n, n+1), fmt.Sprintf("%04d-%02d-%02d", y, n, n+1)},
				{yearNum(y, "-Q", n), fmt.Sprintf("%04d-Q%d", y, n)},
				{yearNum(y, "-H", n), fmt.Sprintf("%04d-H%d", y, n)},
				{yearText(y, "-Q3"), fmt.Sprintf("%04d%s", y, "-Q3")},
				{yearText2(y, "-", "SU"), fmt.Sprintf("%04d-%s", y, "SU")},
				{yearText2(y, "-", "a long suffix that does not fit the buffer"), fmt.Sprintf("%04d-%s", y, "a long suffix that does not fit the buffer")},
			}
			for k, c := range checks {
				if c.got != c.want {
					t.Errorf("printer %d of (%d, %d) = %q, want %q", k, y, n, c.got, c.want)
				}
			}
		}
	}
}
