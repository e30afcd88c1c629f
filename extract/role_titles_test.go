package extract_test

import "testing"

// TestTitleRoles checks that titles of the church, the bench, the
// prosecution, the police and military ranks written before a name give
// the person a role, and that the same words elsewhere give no one.
func TestTitleRoles(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Cardinal Marco Bellini led the mass.", "Marco Bellini//Cardinal"},
		{"Justice Helen Ward wrote the ruling.", "Helen Ward//Justice"},
		{"Chief Justice Samuel Oduya swore in the cabinet.", "Samuel Oduya//Chief Justice"},
		{"Attorney-General Priya Raman said the law stood.", "Priya Raman//Attorney General"},
		{"Attorney General Priya Raman said the law stood.", "Priya Raman/USA/Attorney General"},
		{"Police Chief Daniel Okoro said two men were held.", "Daniel Okoro//Police Chief"},
		{"Prosecutor Lena Marsh said the case would go on.", "Lena Marsh//Prosecutor"},
		{"Chief Prosecutor Lena Marsh said the case would go on.", "Lena Marsh//Chief Prosecutor"},
		{"Gen. Paul Brenner inspected the troops.", "Paul Brenner//General"},
		{"Lt. Gen. Paul Brenner inspected the troops.", "Paul Brenner//Lieutenant General"},
		{"Maj. Gen. Paul Brenner inspected the troops.", "Paul Brenner//Major General"},
		{"Brig. Gen. Paul Brenner inspected the troops.", "Paul Brenner//Brigadier General"},
		{"Col. Ruth Adeyemi and Capt. Ivan Soler briefed reporters.", "Ruth Adeyemi//Colonel; Ivan Soler//Captain"},
		{"Adm. Karl Brandt and Maj. Ines Rocha spoke.", "Karl Brandt//Admiral; Ines Rocha//Major"},
		{"Defense spokesman Maj. Gen. Paul Brenner spoke.", "Paul Brenner//Spokesperson"},
		// negatives: the words alone, or not before a name
		{"The families sought justice for the victims.", ""},
		{"The Justice Department said the case was closed.", ""},
		{"The prosecutor said the police chief would testify.", ""},
		{"A cardinal rule of the talks was silence.", ""},
	}
	for _, tt := range tests {
		doc := extractText(t, tt.in)
		if got := personString(doc.Persons); got != tt.want {
			t.Errorf("persons of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}
