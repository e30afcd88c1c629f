package extract_test

import "testing"

// TestDuringTime checks that the time of a "during" phrase right after
// the act ("had suffered a cyber attack during the previous week") dates
// it ahead of a fronted time that dates the saying ("On Feb. 22, the bank
// said ..."); a "during" phrase with no time leaves the fronted one.
// Article date Wednesday 2021-03-03.
func TestDuringTime(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the previous week of the fronted day",
			"On Feb. 22, the Danish central bank said it had suffered a cyber attack during the previous week.",
			"conflict occurred 2021-02-15..2021-02-21 [] [DNK]"},
		{"and a second complement",
			"On Feb. 22, the Danish central bank said it had suffered a cyber attack during the previous week and that the accounts of several clerks had been hacked.",
			"conflict occurred 2021-02-15..2021-02-21 [] [DNK]"},
		// Near miss: no time in the "during" phrase.
		{"an occasion with no time",
			"On Monday, Ghana accused Togo of spying during a televised speech.",
			"conflict occurred 2021-03-01 [] [GHA TGO]"},
	})
}
