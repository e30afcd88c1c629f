package extract_test

import "testing"

// TestConflictActsAndReferences covers conflict told by diplomatic acts
// (a summons, sanctions prolonged, a condemnation of an attack) kept
// apart from the acts they answer, and later mentions of an attack by
// its toll or a claim, which add no attack. Article date Wednesday
// 2021-03-03.
func TestConflictActsAndReferences(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a summons and the seizure it protests are two events",
			"Peru summoned the Chilean ambassador in Lima on Monday over the seizure of a Peruvian trawler. Chilean coast guards seized the trawler on Monday.",
			"conflict occurred 2021-03-01 [] [PER CHL] @Lima\nconflict occurred 2021-03-01 [] [CHL]"},
		{"sanctions prolonged until a later date",
			"The EU Council today decided to prolong until 31 March 2022 the restrictive measures against officials in Nicaragua.",
			"conflict occurred 2021-03-03 [European Union] [NIC]"},
		{"sanctions extended on a day",
			"Canada on Monday extended its sanctions on Myanmar until June.",
			"conflict occurred 2021-03-01 [] [CAN MMR]"},
		{"an extended invitation is no sanction",
			"Canada on Monday extended an invitation to Myanmar's foreign minister.", ""},
		{"an attack condemned with its own day",
			"The members of the African Union (AU) on Tuesday condemned the attack on Monday against a police post in Niger.",
			"conflict occurred 2021-03-01 [] [NER]\nconflict occurred 2021-03-02 [African Union] [NER]"},
		{"a condemned attack told before lends its state",
			"Militants stormed a hotel in Peshawar on Monday, killing nine guests. The Arab League condemned the hotel attack.",
			"conflict occurred 2021-03-01 [] [PAK] @Peshawar\nconflict occurred 2021-03-01 [Arab League] [PAK]"},
		{"the victims and the claim add no attack",
			"Gunmen stormed a market in Peshawar on Monday, killing nine people. Among those killed was Colonel Ahmed Farah Ali. The group's spokesman Sheikh Omar Jama claimed responsibility for the attack in a statement on Monday.",
			"conflict occurred 2021-03-01 [] [PAK] @Peshawar"},
		{"militants set off a bomb",
			"Militants set off a car bomb outside a police station in Peshawar on Monday.",
			"conflict occurred 2021-03-01 [] [PAK] @Peshawar"},
		{"setting off on a trip is no bombing but a visit",
			"The Pakistani minister set off for Kabul on Monday.",
			"visit occurred 2021-03-01 [] [PAK AFG] @Kabul"},
		{"a war's toll in a relative clause is the war's",
			"Serbian forces seized the town from Croatia in a war in the 1990s that killed thousands of people.",
			"conflict occurred 1990-01-01..1999-12-31 [] [SRB HRV]"},
	})
}

// TestSinceFounding covers a time in a "since" phrase that names a
// founding ("since the establishment of diplomatic relations in 1873"):
// it dates the relations, not the talks of the sentence, which keep the
// article's day. Article date Wednesday 2021-03-03.
func TestSinceFounding(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a founding year after since dates no meeting",
			"Peruvian Foreign Minister Ana Cecilia Gervasi discussed trade with Japanese Foreign Minister Yoshimasa Hayashi, and the growth of ties between Peru and Japan since the establishment of diplomatic relations in 1873.",
			"meet occurred 2021-03-03 [Ana Cecilia Gervasi Yoshimasa Hayashi] [PER JPN]"},
		{"a year of its own still dates the meeting",
			"Peruvian Foreign Minister Ana Cecilia Gervasi met Japanese Foreign Minister Yoshimasa Hayashi in Tokyo in 1998.",
			"meet occurred 1998-01-01..1998-12-31 [Ana Cecilia Gervasi Yoshimasa Hayashi] [PER JPN] @Tokyo"},
	})
}

// TestRunningTotals covers counts of agreements over the years ("As of
// July 2016, ... had signed 245 agreements"): a tally, not an agreement;
// a count of one day's signing stays. Article date Wednesday 2021-03-03.
func TestRunningTotals(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a running total of agreements is no agreement",
			"As of May 2019, Brazil and Angola had signed 87 cooperation agreements worth a total of 3 billion dollars.", ""},
		{"so far with a counted noun",
			"So far, Peru and Chile have signed 14 agreements.", ""},
		{"one day's count stays",
			"Brazil and Angola signed three agreements on Monday.",
			"agree occurred 2021-03-01 [] [BRA AGO]"},
	})
}
