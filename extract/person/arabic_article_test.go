package person_test

import "testing"

// The Arabic article before a family name is written al, el, Al- or El-
// as the writer pleases: "Al Hakimi" and "el-Hakimi" are the "Nabil
// Fathi al-Hakimi" the text names in full. Another man of the family,
// named in full, stays apart.
func TestArabicArticleVariants(t *testing.T) {
	checkFind(t, []struct{ in, want string }{
		{"President Nabil Fathi el-Hakimi arrived in Tunis. Al Hakimi said the talks went well.",
			"Nabil Fathi el-Hakimi: Nabil Fathi el-Hakimi,Al Hakimi (2)"},
		{"Minister Nabil Fathi Al-Hakimi arrived in Tunis. Later El Hakimi said the talks went well.",
			"Nabil Fathi Al-Hakimi: Nabil Fathi Al-Hakimi,El Hakimi (2)"},
		// Near miss: two men of one family.
		{"Minister Nabil al-Hakimi met Governor Omar al Hakimi in Tunis.",
			"Nabil al-Hakimi: Nabil al-Hakimi (1); Omar al Hakimi: Omar al Hakimi (1)"},
	}, personCount)
}
