package extract_test

import "testing"

// TestRally checks that a crowd rallying or demonstrating is a protest
// (conflict, CAMEO 141) in the state of the place named, or of the
// dateline when the place is not known, while markets that rally and
// supporters who rally behind a leader are not. Article date Wednesday
// 2021-03-03.
func TestRally(t *testing.T) {
	checkEvents(t, []eventCase{
		{"supporters rallied in a city",
			"Up to 20,000 opposition supporters also rallied Tuesday in Kisumu, Kenya's third largest city.",
			"conflict occurred 2021-03-02 [] [KEN] @Kisumu"},
		{"students demonstrated",
			"Thousands of students demonstrated on Monday in Nairobi against the new fees.",
			"conflict occurred 2021-03-01 [] [KEN] @Nairobi"},
		{"an unknown town takes the dateline's state",
			"NAIROBI, Kenya (AP) - Police said three officers were hurt.\n\nUp to 2,000 opposition supporters rallied Tuesday in Foo and Bar.",
			"conflict occurred 2021-03-02 [] [KEN]"},
		{"markets rally without protest",
			"Kenyan shares rallied on Tuesday after the election.",
			""},
		{"rallying behind a leader is support",
			"Opposition supporters rallied behind the president on Tuesday.",
			""},
	})
}
