package extract_test

import "testing"

// TestPrecisionClasses covers event words that report no event of their
// own kind: a fight against a disease or an ill, attacks to be halted
// under a truce, a crowd of protesters gathering (a protest, not a
// meeting), travel advice and an exchange of visits proposed as a
// programme. Each class has a case where the event is real. Article date
// Wednesday 2021-03-03.
func TestPrecisionClasses(t *testing.T) {
	checkEvents(t, []eventCase{
		{"fighting a disease is no conflict",
			"Chilean Foreign Minister Antonia Urrejola said Chile is ready to share its experience in fighting malaria with Peru.", ""},
		{"fighting a fire is no conflict",
			"Kenyan rangers were fighting a forest fire near the Ugandan border on Monday.", ""},
		{"fighting between armed parties is a conflict",
			"Heavy fighting broke out between Ethiopian and Eritrean troops on Monday.",
			"conflict occurred 2021-03-01 [] [ETH ERI]"},
		{"attacks to be halted under a truce are no attacks",
			"Under the proposed ceasefire, Armenian forces would halt rocket and mortar attacks on Azerbaijani towns.", ""},
		{"violence someone fears is no event",
			"Kenya was reluctant to back the pause, fearing the Ugandan militia will use it to rearm for another round of violence.", ""},
		{"clashes that could follow are no event",
			"Analysts said the border dispute between Ethiopia and Eritrea could lead to clashes.", ""},
		{"people feared killed in an attack",
			"Three Kenyan soldiers were feared killed on Monday when Somali militants attacked their base.",
			"conflict occurred 2021-03-01 [] [KEN]\nconflict occurred 2021-03-01 [] [SOM]"},
		{"accords a state has signed are described, not signed",
			"Kenya urged Somalia to respect the maritime accords Nairobi has signed.", ""},
		{"a signing reported is an agreement",
			"Kenya and Somalia signed a maritime accord on Monday.",
			"agree occurred 2021-03-01 [] [KEN SOM]"},
		{"protesters gathering outside an embassy protest",
			"Angry protesters gathered outside the French Embassy in Tunis on Sunday.",
			"conflict occurred 2021-02-28 [] [FRA] @Tunis"},
		{"delegates gathering meet",
			"Kenyan and Ugandan delegates gathered in Kampala on Monday for talks.",
			"meet occurred 2021-03-01 [] [KEN UGA] @Kampala"},
		{"travel advice is no visit",
			"Chilean citizens were warned against all but essential travel to Peru.", ""},
		{"a travel warning is no visit",
			"Japan issued a travel warning for Kenya on Monday.", ""},
		{"an exchange of visits is no planned visit",
			"Chile and Peru proposed giving priority to the exchange of high-level visits.", ""},
	})
}
