package extract_test

import "testing"

// TestSanctionProgressive checks that a party that announces it is
// imposing sanctions (the progressive of the announcement's report)
// imposes them on the day it announces it, as "announced it imposed"
// does, while sanctions a report only says someone is weighing make no
// act. Article date Wednesday 2021-03-03.
func TestSanctionProgressive(t *testing.T) {
	checkEvents(t, []eventCase{
		{"announced it was imposing sanctions",
			"The Kenyan government announced Tuesday it was imposing new sanctions on three Ugandan officials.",
			"conflict occurred 2021-03-02 [] [KEN UGA]"},
		{"announced that it imposed sanctions",
			"The Kenyan government announced on Tuesday that it imposed new sanctions on three Ugandan officials.",
			"conflict occurred 2021-03-02 [] [KEN UGA]"},
		{"said they were imposing sanctions",
			"Canada and Norway said that they were imposing financial sanctions on two Sudanese generals.",
			"conflict occurred 2021-03-03 [] [CAN NOR SDN]"},
		{"weighing sanctions is no act",
			"The Kenyan government said on Tuesday it was weighing new sanctions on three Ugandan officials.",
			""},
	})
}
