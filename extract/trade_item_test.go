package extract_test

import "testing"

// TestTradeItemAmount covers the worth of a listed good given in brackets
// ("exports include copper ($210 million)", issue #4): a part of a
// figure, not a trade figure between the states; the figure itself, and
// a bracketed amount after a measure noun, still make events. Article
// date Wednesday 2021-03-03.
func TestTradeItemAmount(t *testing.T) {
	checkEvents(t, []eventCase{
		{"goods listed after include make no events",
			"Bolivia's main exports to Paraguay include soybeans (US$41.3 million) and natural gas (US$12.8 million).",
			""},
		{"goods listed after such as make no events",
			"Paraguay imports goods such as cement (US$9.5 million) from Bolivia.",
			""},
		{"near miss: the figure keeps its event, the listed good does not",
			"Bolivia's exports to Paraguay reached US$310 million in 2020, including soybeans (US$41.3 million).",
			"trade occurred 2020-01-01..2020-12-31 [] [BOL PRY] 310000000 USD exports"},
		{"near miss: a bracketed amount after the measure noun is the figure",
			"Bolivia and Paraguay said bilateral trade (US$310 million in 2020), including soybeans, grew.",
			"trade occurred 2020-01-01..2020-12-31 [] [BOL PRY] 310000000 USD trade volume"},
	})
}
