package htmlreport_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/graph"
	"github.com/annals-project/annals/reports/htmlreport"
	"github.com/annals-project/annals/timeline"
)

// Render a one-event document as a page. A real caller writes to a file
// (annals report -o report.html does); here we only look at the page.
func ExampleRender() {
	doc := &annals.Document{
		Persons: []annals.Person{{Name: "Anna Berg"}, {Name: "Jan Novak"}},
		Events: []annals.Event{{
			Type: annals.EventVisit, Status: annals.StatusPlanned, Actors: []string{"Anna Berg", "Jan Novak"},
			Start: annals.MustParseDate("2022-03-01"), End: annals.MustParseDate("2022-05-31"), Time: "2022-SP",
			Evidence: "Berg will visit Prague next spring, Novak said.",
		}},
	}
	var page strings.Builder
	err := htmlreport.Render(&page, timeline.Build(doc.Events, timeline.Options{}), graph.FromDocument(doc), htmlreport.Options{Title: "Example"})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	fmt.Println(strings.Contains(page.String(), `<rect class="mark planned"`)) // the spring visit is a dashed bar
	fmt.Println(strings.Count(page.String(), `<g class="actor"`))              // two actors in the network
	// Output:
	// true
	// 2
}
