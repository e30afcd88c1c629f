package reports_test

import (
	"github.com/annals-project/annals"
)

// exportEvents is a small timeline for the TimelineJS and iCalendar
// exports, with our own sentences: a meeting that happened, a planned
// summit over an uncertain range, a planned visit next spring with
// punctuation that iCalendar must escape, a planned event without ID, a
// yearly trade figure and an undated statement with markup in it.
func exportEvents() []annals.Event {
	amount := 2.5e9
	src := []annals.Source{{Document: "d1", Source: "https://news.example/2021/03/ministers", Title: "Ministers meet; summit, visit planned", Published: day("2021-03-04")}}
	return []annals.Event{
		{ID: "ev-meet", Type: annals.EventMeet, CAMEO: "040", Status: annals.StatusOccurred,
			Actors: []string{"Anna Berg", "Jan Novak"}, Countries: []annals.Country{"NOR", "CZE"}, Place: "Oslo",
			Start: day("2021-03-04"), End: day("2021-03-04"), Time: "2021-03-04",
			Evidence: "Anna Berg met Jan Novak in Oslo on Thursday.", Sources: src},
		{ID: "ev-summit", Type: annals.EventMeet, CAMEO: "040", Status: annals.StatusPlanned,
			Actors: []string{"Anna Berg", "Jan Novak"}, Countries: []annals.Country{"NOR", "CZE"},
			Start: day("2021-04-21"), End: day("2021-05-31"),
			Evidence: "They agreed to hold a summit in late April or May.", Sources: src},
		{ID: "ev-visit", Type: annals.EventVisit, CAMEO: "042", Status: annals.StatusPlanned,
			Actors: []string{"Jan Novak"}, Countries: []annals.Country{"SWE"}, Place: "Stockholm; Gothenburg",
			Start: day("2022-03-01"), End: day("2022-05-31"), Time: "2022-SP",
			Evidence: "Novak will visit Sweden next spring, his office said; the dates, it added, are open. Officials in both capitals described the trip as an overdue step after years of strained relations (and a long row over fishing quotas).",
			Sources:  src},
		{Type: annals.EventCooperate, Status: annals.StatusPlanned, Countries: []annals.Country{"NOR", "SWE"},
			Start: day("2021-09-01"), End: day("2021-09-01"), Evidence: "Norway and Sweden will sign a rail accord on Sept. 1."},
		{ID: "ev-trade", Type: annals.EventTrade, Status: annals.StatusOccurred, Countries: []annals.Country{"NOR", "CZE"},
			Start: day("2020-01-01"), End: day("2020-12-31"), Time: "2020", Amount: &amount, Currency: "EUR", Measure: "trade",
			Evidence: "Trade reached 2.5 billion euros last year."},
		{ID: "ev-said", Type: annals.EventStatement, Status: annals.StatusOccurred, Actors: []string{"Eva Lind"},
			Evidence: `Lind called the talks "<b>useful</b>" & <script>alert(1)</script>.`},
	}
}
