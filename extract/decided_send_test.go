package extract_test

import "testing"

// Sending envoys that a party agreed or decided to send is a planned
// visit, as "agreed to hold talks" is a planned meeting (issue 4): the
// decision's time is not the mission's. Article date Wednesday
// 2021-03-03.
func TestDecidedSend(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "agreed to send emissaries, undated",
			in:   "The leaders also agreed to send senior emissaries to Zimbabwe to press for reforms.",
			want: "visit planned  [] [ZWE]",
		},
		{
			name: "decided on Monday to send a delegation",
			in:   "Ghana decided on Monday to send a delegation to Nigeria.",
			want: "visit planned  [] [GHA NGA]",
		},
		{
			name: "the mission's own time",
			in:   "Ghana agreed to send a delegation to Nigeria next week.",
			want: "visit planned 2021-03-08..2021-03-14 [] [GHA NGA]",
		},
		{
			name: "agreed on a day: the agreement is dated too",
			in:   "Ghana agreed on Monday to send a delegation to Nigeria.",
			want: "agree occurred 2021-03-01 [] [GHA NGA]\nvisit planned  [] [GHA NGA]",
		},
		// near misses: a sending done, a thing sent
		{
			name: "sent on Monday stays a visit under way",
			in:   "Ghana sent a delegation to Nigeria on Monday.",
			want: "visit occurred 2021-03-01 [] [GHA NGA]",
		},
		{
			name: "agreed to send aid is no visit",
			in:   "Ghana agreed to send aid to Nigeria.",
			want: "agree occurred 2021-03-03 [] [GHA NGA]",
		},
	})
}
