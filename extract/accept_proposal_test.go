package extract_test

import "testing"

// Accepting another party's proposal, plan, offer or ceasefire is
// agreeing to it (CAMEO 03, as "agreed to"; issue 4). Accepting an award,
// an invitation or a resignation is not, nor is a denial ("did not
// accept", "refused to accept"). Article date Wednesday 2021-03-03.
func TestAcceptProposal(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "accepted a proposal",
			in:   "Kenya accepted the African Union proposal on Monday.",
			want: "agree occurred 2021-03-01 [African Union] [KEN]",
		},
		{
			name: "accepted a ceasefire offered",
			in:   "Somalia on Monday accepted a ceasefire offered by Kenya.",
			want: "agree occurred 2021-03-01 [] [SOM KEN]",
		},
		{
			name: "a future acceptance is planned",
			in:   "Kenya will accept the proposal if Somalia withdraws.",
			want: "agree planned  [] [KEN]",
		},
		// negatives
		{
			name: "an award",
			in:   "Kenya accepted the award on Monday.",
			want: "",
		},
		{
			name: "an invitation is the visit's",
			in:   "Kenya's president accepted an invitation to visit Somalia.",
			want: "visit planned  [] [KEN SOM]",
		},
		{
			name: "did not accept",
			in:   "Kenya did not accept the plan on Monday.",
			want: "",
		},
		{
			name: "refused to accept",
			in:   "Kenya refused to accept the offer from Somalia on Monday.",
			want: "",
		},
	})
}
