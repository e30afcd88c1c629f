package extract_test

import "testing"

// TestAidAnnouncedWeekday checks that a day set between the subject and
// a verb announcing an amount of aid as its object dates the aid ("The
// United States on Tuesday announced a $150 million aid package"), as it
// dates any other act told that way, while a day before a verb that
// reports a whole clause ("announced that ...") dates only the telling.
// Article date Wednesday 2021-03-03.
func TestAidAnnouncedWeekday(t *testing.T) {
	checkEvents(t, []eventCase{
		{"announced an aid package",
			"Canada on Monday announced a $40 million aid package for Haiti.",
			"cooperate occurred 2021-03-01 [] [CAN HTI] 40000000 USD aid"},
		{"unveiled an amount of aid",
			"Norway on Tuesday unveiled $12 million in humanitarian aid for Yemen.",
			"cooperate occurred 2021-03-02 [] [NOR YEM] 12000000 USD aid"},
		{"announced that stays the telling",
			"The ministry on Monday announced that exports to Peru rose to $40 million.",
			"trade occurred  [] [PER] 40000000 USD exports"},
		{"announced plans to give: the pledge of the day",
			"Canada on Monday announced plans to send $40 million in aid to Haiti.",
			"cooperate occurred 2021-03-01 [] [CAN HTI] 40000000 USD aid"},
		{"a past receipt announced",
			"Canada on Monday announced that Haiti had received $40 million in aid.",
			"cooperate occurred  [] [HTI CAN] 40000000 USD aid"},
		{"said is no giving",
			"Canada on Monday said Haiti received $40 million in aid.",
			"cooperate occurred  [] [CAN HTI] 40000000 USD aid"},
	})
}
