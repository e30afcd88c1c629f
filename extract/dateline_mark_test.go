package extract_test

import "testing"

// A dateline's place closes with a comma, a dash, a colon or a wire
// agency's short name in parentheses before one; the state it lies in
// then gives an office holder the story names no state for. A capital
// that opens an ordinary sentence is no dateline.
func TestDatelineMarks(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"OSLO: Foreign Minister Tove Aasland said on Monday the talks would resume.", "Tove Aasland/NOR/Foreign Minister"},
		{"Oslo (NTB) – Foreign Minister Tove Aasland said on Monday the talks would resume.", "Tove Aasland/NOR/Foreign Minister"},
		{"OSLO (AP) — Prime Minister Tove Aasland said on Monday the talks would resume.", "Tove Aasland/NOR/Prime Minister"},
		{"Oslo is cold. Foreign Minister Tove Aasland said on Monday the talks would resume.", "Tove Aasland//Foreign Minister"},
	} {
		doc := extractText(t, tt.in)
		if got := personString(doc.Persons); got != tt.want {
			t.Errorf("persons of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}
