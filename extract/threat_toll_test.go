package extract_test

import "testing"

// TestWarningThreat checks that a warning that the speaker will act
// against the addressee is a threat (conflict, CAMEO 13x), while a
// warning of a danger is not. Article date Wednesday 2021-03-03.
func TestWarningThreat(t *testing.T) {
	checkEvents(t, []eventCase{
		{"would act unless",
			"Iran warned on Tuesday that it would close its border crossings unless Turkey released the trucks.",
			"conflict occurred 2021-03-02 [] [IRN]"},
		{"or face",
			"Japan warned Malaysia on Tuesday to release the fishing boat or face sanctions.",
			"conflict occurred 2021-03-02 [] [JPN MYS]"},
		{"would not hesitate",
			"China warned on Tuesday that it would not hesitate to respond to Vietnamese provocations.",
			"conflict occurred 2021-03-02 [] [CHN]"},
		{"a danger, not a threat",
			"Kenyan monitors warned on Tuesday that drought may soon reach Somalia.",
			""},
		{"a state, not an act",
			"Kenyan officials warned on Tuesday that it would be a mistake to close the Somali border.",
			""},
	})
}

// TestRunningToll checks that casualties counted over a stretch of
// time ("have been killed since ...", "this month alone") are background,
// not an attack, while a toll of one happening still is.
func TestRunningToll(t *testing.T) {
	checkEvents(t, []eventCase{
		{"since an anchor",
			"At least 40 Nigerian aid workers have been killed since the peace mission began in 2014.",
			""},
		{"this month alone, in clashes",
			"At least 83 Afghan civilians have been killed this month alone in clashes linked to the insurgency.",
			""},
		{"the past year",
			"Some 300 Malian soldiers have been wounded over the past year, the army said on Tuesday.",
			""},
		{"one day's toll",
			"Three Afghan civilians were killed on Tuesday in clashes near Kabul.",
			"conflict occurred 2021-03-02 [] [AFG]"},
		{"a perfect with a date is one happening",
			"Five Turkish policemen had been wounded last week in an ambush near the border.",
			"conflict occurred 2021-02-22..2021-02-28 [] [TUR]"},
	})
}

// TestFiredHyphenWeapon checks that "fired" takes a hyphenated weapon
// ("anti-aircraft shells") with the day between object and target.
func TestFiredHyphenWeapon(t *testing.T) {
	checkEvents(t, []eventCase{
		{"anti-aircraft shells",
			"Syrian gunners fired anti-aircraft shells Tuesday at Turkish drones over Idlib.",
			"conflict occurred 2021-03-02 [] [SYR TUR]"},
		{"fired an official on a day",
			"The Syrian president fired his finance minister on Tuesday.",
			""},
		{"fired on a target",
			"Syrian troops fired on Turkish positions near Idlib on Tuesday.",
			"conflict occurred 2021-03-02 [] [SYR TUR]"},
	})
}

// TestFilteredTriggerLinksTime checks that a word the event filters drop
// ("the launch of a programme" is no missile launch) does not count as
// an event of a "during" clause either, so the clause's time dates the
// act, while a live event word there keeps its time to itself.
func TestFilteredTriggerLinksTime(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a filtered launch",
			"Uganda accused Kenya of spying during a speech at the launch of a new farm programme on Monday.",
			"conflict occurred 2021-03-01 [] [UGA KEN]"},
		{"a live visit",
			"Uganda accused Kenya of spying during a visit to Kampala by Kenyan officials on Monday.",
			"visit occurred 2021-03-01 [] [UGA KEN] @Kampala\nconflict occurred 2021-03-03 [] [UGA KEN]"},
		{"a named summit keeps its month",
			"Italian and French ministers have begun talks in Rome, aimed at settling their positions ahead of next month's G20 Summit in Bali.",
			"meet occurred 2021-03-03 [] [ITA FRA] @Rome"},
	})
}

// TestAnnouncedCoercion checks that sanctions or expulsions a government
// announces on a day that it "would" or "will" impose are the day's act
// (occurred), while ones told with their own future time, or only as a
// possibility, stay planned. Article date Wednesday 2021-03-03.
func TestAnnouncedCoercion(t *testing.T) {
	checkEvents(t, []eventCase{
		{"said on a day it will expel",
			"Britain said on Tuesday it will expel two Russian diplomats.",
			"conflict occurred 2021-03-02 [] [GBR RUS]"},
		{"a future time of its own",
			"Britain will expel two Russian diplomats next week, officials said.",
			"conflict planned 2021-03-08..2021-03-14 [] [GBR RUS]"},
		{"a possibility, no announcement day",
			"Britain could expel Russian diplomats if the inquiry finds a link.",
			"conflict planned  [] [GBR RUS]"},
	})
}

// TestDoubtedPast checks that a modal before "have" and a participle
// tells a past act with doubt ("may have been killed"), which took
// place, while a modal before a plain verb still plans. Article date
// Wednesday 2021-03-03.
func TestDoubtedPast(t *testing.T) {
	checkEvents(t, []eventCase{
		{"may have been killed",
			"He said that as many as 20 Malian soldiers may have been killed near Gao.",
			"conflict occurred 2021-03-03 [] [MLI]"},
		{"may expel, a plan",
			"Britain may expel two Russian diplomats next week.",
			"conflict planned 2021-03-08..2021-03-14 [] [GBR RUS]"},
	})
}
