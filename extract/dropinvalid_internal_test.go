package extract

import (
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

// One event that breaks an invariant costs that event, not the article's
// other events.
func TestDropInvalidEvents(t *testing.T) {
	good := annals.Event{Type: annals.EventMeet, Status: annals.StatusOccurred, Countries: []annals.Country{"JPN", "RUS"}, Evidence: "They met."}
	none := annals.Event{Type: annals.EventMeet, Status: annals.StatusOccurred, Evidence: "Talks were held."}
	stranger := annals.Event{Type: annals.EventVisit, Status: annals.StatusPlanned, Actors: []string{"Nobody Known"}, Evidence: "He will visit."}
	doc := &annals.Document{Source: "t", Events: []annals.Event{good, none, stranger}}
	err := doc.Validate()
	if err == nil {
		t.Fatal("the test document should be invalid")
	}
	dropInvalidEvents(doc, err)
	if len(doc.Events) != 1 || doc.Events[0].Evidence != "They met." {
		t.Fatalf("events = %+v, want only the valid meeting", doc.Events)
	}
	if len(doc.Warnings) != 2 || !strings.Contains(doc.Warnings[0], "no participants") || !strings.Contains(doc.Warnings[1], "Nobody Known") {
		t.Errorf("warnings = %q, want one per dropped event", doc.Warnings)
	}
	if err := doc.Validate(); err != nil {
		t.Errorf("document still invalid: %v", err)
	}
}
