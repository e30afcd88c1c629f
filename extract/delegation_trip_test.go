package extract_test

import "testing"

// TestDelegationOnTrip covers an undated plan of no named party told
// right after a dated planned trip between the same states: it is done
// on the trip. Near misses: a plan between other states, and one told
// after an unrelated sentence in between. Article date Wednesday
// 2021-03-03.
func TestDelegationOnTrip(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the delegation's meeting on the trip",
			"Austrian Foreign Minister Karl Huber will visit Kenya on March 10-12. The Austrian delegation will also take part in a meeting of the Austrian-Kenyan business council.",
			"meet planned 2021-03-10..2021-03-12 [] [AUT KEN]\nvisit planned 2021-03-10..2021-03-12 [Karl Huber] [AUT KEN]"},
		{"a meeting of other states stays undated",
			"Austrian Foreign Minister Karl Huber will visit Kenya on March 10-12. Chile and Peru will also hold a meeting of their joint commission.",
			"visit planned 2021-03-10..2021-03-12 [Karl Huber] [AUT KEN]\nmeet planned  [] [CHL PER]"},
	})
}
