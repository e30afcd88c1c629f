package timex

import (
	"fmt"
	"strconv"
)

// The TIMEX values below are printed as fmt's "%04d-%02d" and the like
// would print them, digits by hand into a buffer on the stack: the tagger
// prints a value for every expression it finds, and fmt costs more than
// the rest of resolving one.

// appendNum appends n as fmt's %0*d does with the given width (0: as %d).
func appendNum(b []byte, n, width int) []byte {
	if n < 0 {
		return fmt.Appendf(b, "%0*d", width, n)
	}
	var d [20]byte
	s := strconv.AppendInt(d[:0], int64(n), 10)
	for k := len(s); k < width; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// yearOf returns y as "%04d".
func yearOf(y int) string {
	var a [24]byte
	return string(appendNum(a[:0], y, 4))
}

// ym returns y and m as "%04d-%02d" ("2013-11").
func ym(y, m int) string {
	var a [32]byte
	b := append(appendNum(a[:0], y, 4), '-')
	return string(appendNum(b, m, 2))
}

// ymd returns "%04d-%02d-%02d" ("2013-11-01").
func ymd(y, m, d int) string {
	var a [48]byte
	b := append(appendNum(a[:0], y, 4), '-')
	b = append(appendNum(b, m, 2), '-')
	return string(appendNum(b, d, 2))
}

// yearNum returns "%04d" of y, then sep, then "%d" of n ("2014-Q1" from
// yearNum(2014, "-Q", 1)).
func yearNum(y int, sep string, n int) string {
	var a [48]byte
	b := append(appendNum(a[:0], y, 4), sep...)
	return string(appendNum(b, n, 0))
}

// yearText returns "%04d" of y followed by s ("2014-SP" from
// yearText(2014, "-SP")).
func yearText(y int, s string) string {
	var a [48]byte
	if len(s) > len(a)-24 {
		return fmt.Sprintf("%04d%s", y, s)
	}
	return string(append(appendNum(a[:0], y, 4), s...))
}

// yearText2 is yearText of s1 and s2 joined, without joining them first.
func yearText2(y int, s1, s2 string) string {
	var a [48]byte
	if len(s1)+len(s2) > len(a)-24 {
		return fmt.Sprintf("%04d%s%s", y, s1, s2)
	}
	return string(append(append(appendNum(a[:0], y, 4), s1...), s2...))
}
