package extract_test

import "testing"

// TestNewsPhrasingBreadth covers the ways wire news commonly tells each
// event type (issue #4), one invented sentence per phrasing, and near
// misses: the same verbs in an everyday sense, which tell no event.
// Article date Wednesday 2021-03-03.
func TestNewsPhrasingBreadth(t *testing.T) {
	checkEvents(t, []eventCase{
		// meet
		{"held talks with", "Bolivian President Marta Quispe held talks with Ecuadorian President Jorge Salas in Quito on Monday.",
			"meet occurred 2021-03-01 [Marta Quispe Jorge Salas] [BOL ECU] @Quito"},
		{"conferred with", "Bolivian President Marta Quispe conferred with Ecuadorian President Jorge Salas in Quito on Monday.",
			"meet occurred 2021-03-01 [Marta Quispe Jorge Salas] [BOL ECU] @Quito"},
		{"sat down with", "Bolivian President Marta Quispe sat down with Ecuadorian President Jorge Salas in Quito on Monday.",
			"meet occurred 2021-03-01 [Marta Quispe Jorge Salas] [BOL ECU] @Quito"},
		{"huddled with", "Bolivian President Marta Quispe huddled with Ecuadorian President Jorge Salas on Monday.",
			"meet occurred 2021-03-01 [Marta Quispe Jorge Salas] [BOL ECU]"},
		{"paid a courtesy call on", "Bolivian President Marta Quispe paid a courtesy call on Ecuadorian President Jorge Salas in Quito on Monday.",
			"meet occurred 2021-03-01 [Marta Quispe Jorge Salas] [BOL ECU] @Quito"},
		{"spoke by phone with", "Bolivian President Marta Quispe spoke by phone with Ecuadorian President Jorge Salas on Monday.",
			"meet occurred 2021-03-01 [Marta Quispe Jorge Salas] [BOL ECU]"},
		{"sat without a party is no meeting", "Bolivian President Marta Quispe sat in the front row in Quito on Monday.", ""},
		{"huddled for warmth is no meeting", "Bolivian farmers huddled around fires in Quito on Monday.", ""},
		// visit
		{"jetted into", "Bolivian President Marta Quispe jetted into Ecuador on Monday.",
			"visit occurred 2021-03-01 [Marta Quispe] [BOL ECU]"},
		{"flew to", "Bolivian President Marta Quispe flew to Quito on Monday.",
			"visit occurred 2021-03-01 [Marta Quispe] [BOL ECU] @Quito"},
		{"wrapped up a visit", "Bolivian President Marta Quispe wrapped up a visit to Ecuador on Monday.",
			"visit occurred 2021-03-01 [Marta Quispe] [BOL ECU]"},
		{"jetted in a sentence without a place", "The Bolivian actor jetted around the world in 2019.", ""},
		// agree
		{"inked a deal", "Bolivia and Ecuador inked a gas deal on Monday.", "agree occurred 2021-03-01 [] [BOL ECU]"},
		{"clinched a deal", "Bolivia and Ecuador clinched a gas deal on Monday.", "agree occurred 2021-03-01 [] [BOL ECU]"},
		{"struck an accord", "Bolivia and Ecuador struck an accord on gas on Monday.", "agree occurred 2021-03-01 [] [BOL ECU]"},
		{"initialled a pact", "Bolivia and Ecuador initialled a gas pact on Monday.", "agree occurred 2021-03-01 [] [BOL ECU]"},
		{"sealed a pact", "Bolivia and Ecuador sealed a border pact on Monday.", "agree occurred 2021-03-01 [] [BOL ECU]"},
		// statement of disapproval
		{"slammed", "Bolivia slammed Ecuador on Monday over the closure of the border.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"slams in a headline", "Bolivia slams Ecuador over border closure.", "conflict occurred 2021-03-03 [] [BOL ECU]"},
		{"lashed out at", "Bolivia lashed out at Ecuador on Monday over the closure of the border.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"blasted", "Bolivia blasted Ecuador on Monday over the closure of the border.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"rapped", "Bolivia rapped Ecuador on Monday over the closure of the border.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"censured", "Bolivia censured Ecuador on Monday over the closure of the border.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"castigated", "Bolivia castigated Ecuador on Monday over the closure of the border.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"decried", "Bolivia decried Ecuador's closure of the border on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"lambasted", "Bolivia lambasted Ecuador on Monday over the closure of the border.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"rebuked", "Bolivia rebuked Ecuador on Monday over the closure of the border.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"a storm slammed into the coast", "A storm slammed into the coast of Ecuador on Monday.", ""},
		{"slammed the door", "The Bolivian minister slammed the door in Quito on Monday.", ""},
		{"a rocket blasted off", "An Ecuadorian rocket blasted off from Bolivia on Monday.", ""},
		{"waves lashed the coast", "Waves lashed the coast of Ecuador on Monday.", ""},
		// attack
		{"pounded by artillery", "Bolivian artillery pounded the Ecuadorian town of Macara on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"overran a town", "Bolivian troops overran the Ecuadorian town of Macara on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"ambushed a patrol", "Bolivian rebels ambushed an Ecuadorian patrol on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"storms pounded the coast", "Heavy rains pounded the coast of Ecuador on Monday.", ""},
		{"prices were pounded", "Ecuadorian bond prices were pounded on Monday.", ""},
		{"the project overran its budget", "The Ecuadorian bridge project overran its budget in 2019.", ""},
		// arrest
		{"apprehended", "Bolivian police apprehended two Ecuadorian smugglers on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"rounded up", "Bolivian police rounded up two Ecuadorian smugglers on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"rounded off is no arrest", "Ecuador rounded off its tour of Bolivia with a win on Monday.", ""},
		// sanctions and reduced relations
		{"imposed an embargo", "Bolivia imposed an embargo on Ecuador on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"froze assets", "Bolivia froze the assets of Ecuadorian officials on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"broke off relations", "Bolivia broke off relations with Ecuador on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"suspended ties", "Bolivia suspended diplomatic ties with Ecuador on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"downgraded relations", "Bolivia downgraded relations with Ecuador on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"froze prices", "Bolivia froze fuel prices on Monday.", ""},
		{"suspended a minister", "Ecuador suspended its health minister on Monday.", ""},
		{"broke a record", "The Ecuadorian runner broke the world record in Bolivia on Monday.", ""},
		{"expelled diplomats", "Bolivia expelled two Ecuadorian diplomats on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"slapped sanctions on", "Bolivia slapped sanctions on Ecuador on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		// aid
		{"earmarked aid", "Bolivia earmarked $20 million in aid for Ecuador on Monday.", "cooperate occurred 2021-03-01 [] [BOL ECU] 20000000 USD aid"},
		{"received an award", "The Bolivian writer received an award in Quito on Monday.", ""},
		{"the hotel hosted a conference", "The hotel hosted a conference on tourism in Quito on Monday.", ""},
		// more of each class
		{"exchanged views with", "Bolivian President Marta Quispe exchanged views with Ecuadorian President Jorge Salas on Monday.",
			"meet occurred 2021-03-01 [Marta Quispe Jorge Salas] [BOL ECU]"},
		{"exchanged prisoners is no meeting", "Bolivia and Ecuador exchanged prisoners in 2019.", ""},
		{"set off for", "Bolivian President Marta Quispe set off for Quito on Monday.",
			"visit occurred 2021-03-01 [Marta Quispe] [BOL ECU] @Quito"},
		{"set for a day is no departure", "The Bolivian vote is set for Monday.", ""},
		{"reprimanded", "Bolivia reprimanded Ecuador on Monday over the closure of the border.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"rallied outside", "Thousands of Bolivian students rallied outside the Ecuadorian embassy in La Paz on Monday.",
			"conflict occurred 2021-03-01 [] [BOL ECU] @La Paz"},
		{"marched on", "Thousands of Bolivian protesters marched on the Ecuadorian embassy in La Paz on Monday.",
			"conflict occurred 2021-03-01 [] [BOL ECU] @La Paz"},
		{"demonstrated against", "Thousands of Bolivian workers demonstrated against Ecuador in La Paz on Monday.",
			"conflict occurred 2021-03-01 [] [BOL ECU] @La Paz"},
		{"picketed", "Hundreds of Bolivian workers picketed the Ecuadorian embassy in La Paz on Monday.",
			"conflict occurred 2021-03-01 [] [BOL ECU] @La Paz"},
		{"marched on a day is no protest", "Bolivian troops marched on Monday in a parade in La Paz.", ""},
		{"stocks rallied", "Bolivian stocks rallied on Monday after Ecuador cut interest rates.", ""},
		{"demonstrated its resolve", "Bolivia demonstrated its resolve on Monday.", ""},
		{"jets hit", "Bolivian jets hit targets in Ecuador on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"the crisis hit exports", "The crisis hit Ecuadorian exports to Bolivia in 2019.", ""},
		{"captured a town", "Bolivian forces captured the Ecuadorian town of Macara on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"captured a market share", "Bolivian gas captured a third of the Ecuadorian market in 2019.", ""},
		{"launched an offensive", "Bolivian forces launched an offensive in Ecuador on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"a raid", "Bolivian commandos carried out a raid on an Ecuadorian border post on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"recalls an envoy in a headline", "Bolivia recalls its ambassador from Ecuador on Monday.", "conflict occurred 2021-03-01 [] [BOL ECU]"},
		{"recalls a memory", "The Bolivian minister recalls his years in Ecuador.", ""},
	})
}
