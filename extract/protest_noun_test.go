package extract_test

import "testing"

// TestProtestNoun checks that protests told as a noun are a protest
// (conflict, CAMEO 141) when held, staged or announced ("there will be
// demonstrations"), while protests only talked about are not. Article
// date Wednesday 2021-03-03.
func TestProtestNoun(t *testing.T) {
	checkEvents(t, []eventCase{
		{"planned demonstrations",
			"Union leaders said there will be nationwide demonstrations in Kenya on Friday.",
			"conflict planned 2021-03-05 [] [KEN]"},
		{"staged demonstrations",
			"Thousands of Kenyans staged demonstrations in Nairobi on Tuesday.",
			"conflict occurred 2021-03-02 [] [KEN] @Nairobi"},
		{"protests talked about",
			"The Kenyan minister spoke about the protests on Tuesday.",
			""},
	})
}
