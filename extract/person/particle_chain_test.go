package person_test

import (
	"strings"
	"testing"

	"github.com/annals-project/annals/extract/person"
)

// An Arabic name with a chain of patronymics ("Al Fahad Al Nasser Al
// Sabah", "bin Khalid bin Saud bin Faisal Al Thani") runs past six
// tokens: its particles do not count against a name's length, and it
// ends on the family name, not on a particle. The given name and the
// family name alone ("Salem Al Sabah"), or the given name after a rank
// of birth ("Sheikh Salem"), are the same person.
func TestParticleChain(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"The Omani envoy, Sheikh Salem Al Fahad Al Nasser Al Sabah, arrived on Tuesday. Sheikh Salem met officials.", "Salem Al Fahad Al Nasser Al Sabah/Salem Al Fahad Al Nasser Al Sabah,Salem"},
		{"Emir Sheikh Hamad bin Khalid bin Saud bin Faisal Al Thani spoke in Doha.", "Hamad bin Khalid bin Saud bin Faisal Al Thani/Hamad bin Khalid bin Saud bin Faisal Al Thani"},
		{"Sheikh Salem Al Sabah’s trip was short. Sheikh Salem Al Fahad Al Nasser Al Sabah arrived on Tuesday.", "Salem Al Fahad Al Nasser Al Sabah/Salem Al Fahad Al Nasser Al Sabah,Salem Al Sabah"},
		{"Sheikh Hamad bin Saif Al Said met Sheikh Hamad Al Thani in Muscat.", "Hamad bin Saif Al Said/Hamad bin Saif Al Said; Hamad Al Thani/Hamad Al Thani"},
		// near misses: the same
		// given name with another family name is another person, and a
		// Western name has no patronymic to drop
		{"Ana Maria Obi met Ana Obi in Lagos.", "Ana Maria Obi/Ana Maria Obi; Ana Obi/Ana Obi"},
	}, personMentions)
}

func personMentions(p *person.Person) string { return p.Name + "/" + strings.Join(p.Mentions, ",") }

// The initial "A." inside a name whose given name the lexicon does not
// know is an initial when a title or an honorific opens the name
// ("President Tadeusz A. Wrobczak"); the article "A" ending a sentence
// ("Group A.") stays out of any name.
func TestTitledInitialA(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"Council President Tadeusz A. Wrobczak said the statement was issued.", "Tadeusz A. Wrobczak/President"},
		{"The letter from Dr Ilkka A. Vainamo reached the board.", "Ilkka A. Vainamo/"},
		// near misses
		{"The team finished top of Group A. Ana Obi scored twice.", "Ana Obi/"},
		{"They lost to Tadeusz in Group A. Wrobczak played.", ""},
	}, personRole)
}

// China's State Councilor is a title, of China's State Council: the
// name after it ("State Councilor Li Bo") is a person of China, and a
// Chinese name of two syllables is a whole name there.
func TestStateCouncilor(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"State Councilor Li Bo met with visiting Ghanaian President Ama Owusu on Tuesday.", "Li Bo/State Councilor/CHN; Ama Owusu/President/GHA"},
		{"State Councillor Zhou Han attended the banquet.", "Zhou Han/State Councilor/CHN"},
		// near miss: a council's name is no title
		{"The State Council met on Tuesday.", ""},
	}, personRoleCountry)
}

// "Chamber" and "Assembly" end the names of bodies: after "the chairman
// of the Oman" the word is no one-word person's name.
func TestChamberNoName(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"On Monday, the chairman of the Oman Chamber, Sheikh Hamad bin Saif Al Said, noted that trade had grown.", "Hamad bin Saif Al Said/Chairman/OMN"},
		{"The speaker of the Kenya Assembly, Moses Wetangula, opened the session.", "Moses Wetangula/Speaker/KEN"},
	}, personRoleCountry)
}
