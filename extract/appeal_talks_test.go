package extract_test

import (
	"testing"

	"github.com/annals-project/annals"
)

// TestAppealToNegotiate checks that a third party's appeal to others to
// meet or negotiate is a statement with CAMEO 026 (appeal to others to
// meet or negotiate): the caller, the party urged and the side named
// after "with", dated by the call and not by the meeting asked for. A
// party's own call for talks stays a planned meeting and gives no
// appeal, and a call for no meeting gives none. Article date Wednesday
// 2021-03-03.
func TestAppealToNegotiate(t *testing.T) {
	checkEvents(t, []eventCase{
		{"appeal dated by the call",
			"Norway on Tuesday urged Ghana to resume negotiations with Togo.",
			"statement occurred 2021-03-02 [] [NOR GHA TGO]"},
		{"time of the asked talks does not date the call",
			"Norway urged Ghana and Togo to hold talks next week.",
			"statement occurred 2021-03-03 [] [NOR GHA TGO]"},
		{"own call stays a planned meeting",
			"Ghana urged Togo to resume negotiations on the border.",
			"meet planned  [] [GHA TGO]"},
		{"call for no meeting gives no appeal",
			"Norway urged Ghana and Togo to respect the border.", ""},
		{"refusal to call gives no appeal",
			"Norway refused to hold talks with Ghana.", ""},
	})
	for _, in := range []string{
		"Norway on Tuesday urged Ghana to resume negotiations with Togo.",
		"The Norwegian envoy called for a dialogue between Ghana and Togo.",
	} {
		doc := extractText(t, in)
		if len(doc.Events) != 1 || doc.Events[0].Type != annals.EventStatement || doc.Events[0].CAMEO != "026" {
			t.Errorf("Document(%q).Events = %+v, want one statement with CAMEO 026", in, doc.Events)
		}
	}
}
