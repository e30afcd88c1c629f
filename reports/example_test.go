package reports_test

import (
	"fmt"
	"os"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/reports"
	"github.com/annals-project/annals/timeline"
)

func ExampleTimeline() {
	events := []annals.Event{
		{Type: annals.EventVisit, Status: annals.StatusPlanned, Actors: []string{"Shinzo Abe"}, Countries: []annals.Country{"RUS"},
			Start: annals.MustParseDate("2014-03-01"), End: annals.MustParseDate("2014-05-31"), Time: "2014-SP",
			Evidence: "Abe is expected to visit Russia in the spring."},
		{Type: annals.EventMeet, Status: annals.StatusOccurred, Actors: []string{"Sergei Lavrov", "Fumio Kishida"}, Place: "Tokyo",
			Start: annals.MustParseDate("2013-11-01"), End: annals.MustParseDate("2013-11-01"), Time: "2013-11-01",
			Evidence: "Lavrov met Kishida in Tokyo."},
	}
	tl := timeline.Build(events, timeline.Options{})
	if err := reports.Timeline(os.Stdout, reports.FormatText, tl); err != nil {
		fmt.Println(err)
	}
	// Output:
	// DATE        TYPE   STATUS     PARTICIPANTS                  PLACE  SOURCE
	// 2013-11-01  meet   occurred   Sergei Lavrov, Fumio Kishida  Tokyo  "Lavrov met Kishida in Tokyo."
	// 2014-SP     visit  [planned]  Shinzo Abe; RUS                      "Abe is expected to visit Russia in the spring."
}
