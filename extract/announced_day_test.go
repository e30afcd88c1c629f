package extract_test

import "testing"

// TestAnnouncedDay checks that an event told as done in what was
// announced on a named day, with no time of its own, is dated by that
// day, while a verb of saying or a time of the event's own still rule.
// Article date Wednesday 2021-03-03 for every case.
func TestAnnouncedDay(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an agreement announced on a weekday is dated by it",
			"After two years of talks, Chile and Peru announced Saturday that they had finally reached a fisheries agreement.",
			"agree occurred 2021-02-27 [] [CHL PER]"},
		{"on before the day changes nothing",
			"Chile and Peru confirmed on Monday that they had reached a fisheries agreement.",
			"agree occurred 2021-03-01 [] [CHL PER]"},
		{"a verb of saying dates the telling, not the agreement",
			"Chile and Peru said Saturday that they had finally reached a fisheries agreement.",
			"agree occurred 2021-03-03 [] [CHL PER]"},
		{"a time of the event's own still dates it",
			"Chile and Peru announced Saturday that they had reached a fisheries agreement in January.",
			"agree occurred 2021-01-01..2021-01-31 [] [CHL PER]"},
	})
}

// TestPeriodRange checks that a visit "for the period X through Y" is
// dated by the range, not by the day of the announcement nor by the noun
// "period" read as a quarter. Article date Wednesday 2021-03-03.
func TestPeriodRange(t *testing.T) {
	checkEvents(t, []eventCase{
		{"for the period X through Y dates the visit",
			"Peru's foreign ministry today announced that Chilean President Luis Mora will visit Lima for the period March 14 through March 16, 2021.",
			"visit planned 2021-03-14..2021-03-16 [Luis Mora] [CHL PER] @Lima"},
		{"a visit announced today with no time of its own has none",
			"Peru's foreign ministry today announced that Chilean President Luis Mora will visit Lima.",
			"visit planned  [Luis Mora] [CHL PER] @Lima"},
	})
}

// TestNameYear checks that a year or year range ending a name ("the
// Baltic Fisheries Mechanism 2021-2028") does not date the clause's
// event, while a year after a preposition or at a sentence's start does.
// Article date Wednesday 2021-03-03.
func TestNameYear(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a year range ending a name is no time of the signing",
			"The EU and Norway have signed the agreement on the Baltic Fisheries Mechanism 2021-2028.",
			"agree occurred 2021-03-03 [European Union] [NOR]"},
		{"a year after a preposition dates it",
			"The EU and Norway signed the Baltic Fisheries Agreement in 2019.",
			"agree occurred 2019-01-01..2019-12-31 [European Union] [NOR]"},
		{"a year after a sentence's capitalised first word dates it",
			"In 2019, the EU and Norway signed a fisheries agreement.",
			"agree occurred 2019-01-01..2019-12-31 [European Union] [NOR]"},
	})
}
