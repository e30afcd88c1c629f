package timex_test

import (
	"fmt"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/timex"
)

func ExampleTag() {
	text := "The ministers met on Friday and agreed to hold talks in late January or February."
	for _, e := range timex.Tag(text, annals.MustParseDate("2013-11-01")) {
		fmt.Printf("%s | %s %s | %s\n", e.Text, e.Type, e.Value, e.Interval())
	}
	// Output:
	// Friday | DATE 2013-11-01 | 2013-11-01
	// late January or February | DATE 2014-01 | 2014-01-21..2014-02-28
}

func ExampleFindDCT() {
	text := "Page header\n\n(1 Nov 2013) Japan and Russia agreed to deepen trust."
	d, ok := timex.FindDCT(text)
	fmt.Println(d, ok)
	// Output:
	// 2013-11-01 true
}
