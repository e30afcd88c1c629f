package extract_test

import "testing"

// TestAnnouncedVisitDates checks that an announced visit takes the dates
// set off after its noun phrase at the end of the sentence, that the one
// whose visit it is comes first (not the announcer), that what the
// visitor will do next takes the visit's dates, and that "the purpose of
// the visit" is that visit, not another. Article date Wednesday
// 2021-03-03 for every case.
func TestAnnouncedVisitDates(t *testing.T) {
	checkEvents(t, []eventCase{
		{"dates set off after the announced visit are its own",
			"The Foreign Ministry of Ghana is pleased to announce the visit to Ghana of Kenyan Foreign Minister Alice Wanjiru, March 15 through March 17, 2021.",
			"visit planned 2021-03-15..2021-03-17 [Alice Wanjiru Foreign Ministry] [GHA KEN]"},
		{"the visitor's meeting takes the visit's dates",
			"The Foreign Ministry of Ghana is pleased to announce the visit to Ghana of Kenyan Foreign Minister Alice Wanjiru, March 15 through March 17, 2021. Foreign Minister Wanjiru will meet with Foreign Minister Kofi Mensah and others in Accra.",
			"meet planned 2021-03-15..2021-03-17 [Alice Wanjiru Kofi Mensah] [KEN] @Accra\n" +
				"visit planned 2021-03-15..2021-03-17 [Alice Wanjiru Foreign Ministry] [GHA KEN]"},
		{"a trailing clause that is more than a date leaves the visit undated",
			"The Foreign Ministry of Ghana is pleased to announce the visit to Ghana of Kenyan Foreign Minister Alice Wanjiru, who was last in Accra on March 15, 2019.",
			"visit planned  [Foreign Ministry Alice Wanjiru] [GHA KEN]"},
		{"the purpose of the visit is the visit told before",
			"The Foreign Ministry of Ghana is pleased to announce the visit to Ghana of Kenyan Foreign Minister Alice Wanjiru, March 15 through March 17, 2021. The purpose of the visit is to deepen the ties between the two countries.",
			"visit planned 2021-03-15..2021-03-17 [Alice Wanjiru Foreign Ministry] [GHA KEN]"},
		{"a purpose of a visit with no visit told before is a visit",
			"The purpose of the visit to Accra on March 15 of Kenyan Foreign Minister Alice Wanjiru is to deepen ties.",
			"visit planned 2021-03-15 [Alice Wanjiru] [KEN GHA] @Accra"},
	})
}
