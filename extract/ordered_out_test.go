package extract_test

import "testing"

// An expulsion told in the passive of a modal future ("will be
// expelled", "would be expelled") is ordered by the telling: it occurred,
// and adds no planned expulsion beside the act told with it (issue 4).
// The active future stays a plan. Article date Wednesday 2021-03-03.
func TestOrderedOut(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "declared unwelcome and will be expelled is one act",
			in:   "Two Bolivian embassy staff members have been declared persona non grata and will be expelled from Peru.",
			want: "conflict occurred 2021-03-03 [] [BOL]",
		},
		{
			name: "reported would be expelled",
			in:   "On Monday the Peruvian foreign ministry said ten Bolivian diplomats would be expelled.",
			want: "conflict occurred 2021-03-01 [] [PER BOL]",
		},
		// negative: the active future of a state is its plan
		{
			name: "active future stays planned",
			in:   "It is likely Bolivia will now expel Peruvian diplomats in return.",
			want: "conflict planned  [] [BOL PER]",
		},
		// negative: a passive future of another conflict verb is no order
		{
			name: "other passive future",
			in:   "Officials said Bolivian troops would be attacked if they crossed into Peru.",
			want: "conflict planned  [] [BOL]",
		},
	})
}
