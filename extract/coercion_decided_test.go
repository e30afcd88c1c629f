package extract_test

import "testing"

// TestSanctionsDecided covers sanctions put in force by an agreement
// ("agreed to impose sanctions"), which is the sanctions' act as well as
// an agreement, and the list of what they include, which is no further
// act. Article date Wednesday 2021-03-03.
func TestSanctionsDecided(t *testing.T) {
	checkEvents(t, []eventCase{
		{"agreed on a day to impose sanctions",
			"The Canadian government on Monday agreed to impose sanctions against Belarus.",
			"agree occurred 2021-03-01 [] [CAN BLR]\nconflict occurred 2021-03-01 [] [CAN BLR]"},
		{"the time between the verb and its complement",
			"Canadian ministers agreed on Monday to impose new sanctions on Belarus, the ministry said.",
			"agree occurred 2021-03-01 [] [CAN BLR]\nconflict occurred 2021-03-01 [] [CAN BLR]"},
		{"a future agreement plans the sanctions",
			"Canada and Peru will agree on Monday to impose sanctions against Belarus.",
			"agree planned 2021-03-08 [] [CAN PER BLR]\nconflict planned 2021-03-08 [] [CAN PER BLR]"},
		{"lifting sanctions imposes none",
			"Canada on Monday agreed to lift sanctions against Belarus.",
			"agree occurred 2021-03-01 [] [CAN BLR]"},
		{"the list of what the sanctions include is no second act",
			"Ottawa, March 3 : Canadian ministers Monday agreed to adopt sanctions against Belarus, including asset freezes, visa bans and a ban on exporting arms, the minister said.",
			"agree occurred 2021-03-01 [] [CAN BLR]\nconflict occurred 2021-03-01 [] [CAN BLR]"},
	})
}

// TestAssaultAndRepression covers killings by assault ("hacked to
// death"), a crackdown with riot weapons, bans on standing for office and
// broken commitments, and the senses of the same words that report no
// conflict. Article date Wednesday 2021-03-03.
func TestAssaultAndRepression(t *testing.T) {
	checkEvents(t, []eventCase{
		{"hacked to death by an armed party",
			"Militiamen hacked eight farmers to death near a village in Mali, residents said on Monday.",
			"conflict occurred 2021-03-01 [] [MLI]"},
		{"beaten to death",
			"A shopkeeper was beaten to death by soldiers in Lima on Monday.",
			"conflict occurred 2021-03-01 [] [PER] @Lima"},
		{"hacking servers is a cyber attack",
			"Chinese hackers hacked the servers of a ministry in Lima on Monday.",
			"conflict occurred 2021-03-01 [] [CHN] @Lima"},
		{"beating a team is no assault",
			"Peru beat Chile 2-0 on Monday.", ""},
		{"tear gas and rubber bullets are weapons, whoever fires them",
			"LA PAZ, Bolivia - Bolivia's government fired tear gas and rubber bullets at some of the thousands of opponents of President Juan Perez who poured into the streets of La Paz.",
			"conflict occurred 2021-03-03 [Juan Perez] [BOL]"},
		{"a gas plant is no weapon",
			"LA PAZ, Bolivia - The government tore down the old stadium and built a gas plant in La Paz.", ""},
		{"barred from running for office",
			"The court barred opposition leader Juan Perez from running for office in Peru on Monday.",
			"conflict occurred 2021-03-01 [Juan Perez] [PER]"},
		{"barred from an unlisted activity",
			"The court barred the striker from playing in Peru on Monday.", ""},
		{"a broken commitment",
			"Washington said on Monday that Moscow had violated its commitments in eastern Ukraine.",
			"conflict occurred 2021-03-03 [] [RUS UKR]"},
		{"broken rules are no conflict",
			"Washington said on Monday that Moscow had violated the rules of the tender.", ""},
	})
}

// TestBanBesideForce covers a ban by a state's government, told with its
// owner ("Bolivia's government barred"), dated by the length that puts it
// before the day told last ("a day after"), and kept apart from an act of
// force of the next days. Article date Wednesday 2021-03-03.
func TestBanBesideForce(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a government owned by a named state",
			"LA PAZ, Bolivia - Bolivia's government barred opposition leader Juan Lopez from running for office.",
			"conflict occurred 2021-03-03 [Juan Lopez] [BOL]"},
		{"a day after the day told last; a ban is no shooting",
			"Police fired tear gas at marchers in La Paz on Monday. The protests came a day after Bolivia's government barred opposition leader Juan Lopez from running for office.",
			"conflict occurred 2021-02-28 [Juan Lopez] [BOL]\nconflict occurred 2021-03-01 [] [BOL] @La Paz"},
		{"a ban on a habit is no coercion of a party",
			"LA PAZ, Bolivia - Bolivia's government barred smoking in bars.", ""},
	})
}
