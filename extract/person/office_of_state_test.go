package person_test

import "testing"

// What the text says of an office holder's state: "of the" and a
// state's formal name after the name ("President Adi Santoso of the
// Republic of Indonesia", "of the Philippines"); an apposition naming the
// office of a state ("Tomas Rojas, the fourth president of Peru"), but
// not the title of the next name in a list; a word of order between the
// state and the title ("Iran's First Vice President"); and the host met
// as "his counterpart" in the state visited.
func TestOfficeOfState(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"He will meet President Adi Santoso of the Republic of Indonesia on Monday.", "Adi Santoso/President/IDN"},
		{"He met King Sione Tupou of the Kingdom of Tonga.", "Sione Tupou/King/TON"},
		{"Presidents Ana Obi of the Philippines and Tom Berg of Norway met.", "Ana Obi/President/PHL; Tom Berg/President/NOR"},
		{"President Rojas, the fourth president of Peru since independence, attended.", "Rojas/President/PER"},
		{"Ana Obi, the first female president of Ghana, opened the session.", "Ana Obi//GHA"},
		{"He spoke with Iran's First Vice President Ali Karimi in Tehran.", "Ali Karimi/Vice President/IRN"},
		{"He met Singapore's Senior Minister Tan Wei Ming on Monday.", "Tan Wei Ming/Senior Minister/SGP"},
		{"Obi will today visit Malawi where he is expected to meet his counterpart, President Peter Banda, and others.", "Peter Banda/President/MWI"},
		// near misses
		{"The Minister for Foreign Affairs of Chile, Ana Obi, the Minister for Foreign Affairs of the Republic of Korea, Kim Min-jun, met in Lima.", "Ana Obi/Foreign Minister/CHL; Kim Min-jun/Foreign Minister/KOR"},
		{"He met President Adi Santoso of the Philippine Airlines.", "Adi Santoso/President/"},
		{"Tom Berg, the president of the Norwegian Red Cross, said so.", "Tom Berg/President/"},
		{"The President met his counterpart President Manuel Banda on Friday.", "Manuel Banda/President/"},
	}, personRoleCountry)
}
