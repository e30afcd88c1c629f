package mention_test

import (
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/token"
)

func scan(text string) *mention.Sentence {
	s := &mention.Sentence{Span: annals.Span{0, len(text)}, Toks: token.Tokenize(text, 0)}
	mention.MarkQuotes(s, false)
	mention.Scan(gazetteer.Default(), s)
	mention.FindGroups(s)
	return s
}

// describe renders the mentions as kind:text:country.
func describe(text string, s *mention.Sentence) string {
	names := map[mention.Kind]string{mention.Country: "C", mention.Place: "P", mention.Org: "O", mention.Role: "R", mention.Group: "G", mention.Person: "N"}
	var b []string
	for _, m := range s.Ments {
		b = append(b, names[m.Kind]+":"+text[s.Toks[m.I].Begin:s.Toks[m.J-1].End]+":"+string(m.Country))
	}
	return strings.Join(b, " ")
}

func TestScan(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tokyo and Moscow agreed to talk.", "C:Tokyo:JPN C:Moscow:RUS"},
		// A demonym opening a room's name is no reference to the state.
		{"Envoys signed it in the Egyptian Reception Room with Peruvian aides.", "C:Peruvian:PER"},
		// The name of a war is no reference to the state.
		{"He served in the Korean War and met Laotian officials.", "C:Laotian:LAO"},
		// Headline abbreviations of a compass point name the whole state.
		{"S. Sudan and N. Korea sign pact", "C:S. Sudan:SSD C:N. Korea:PRK"},
		{"The talks in Tokyo ended.", "P:Tokyo:JPN"},
		{"Beijing said the visit to Paris went well.", "C:Beijing:CHN P:Paris:FRA"},
		{"Moscow's position hardened.", "C:Moscow:RUS"},
		{"Trade totalled 33 billion US dollars.", ""},
		{"Russian FM Sergei Lavrov", "C:Russian:RUS R:FM:"},
		{"the two countries and both men", "G:two countries: G:both men:"},
		{"the two foreign ministers met", "G:two foreign ministers:"},
		{"The leaders held talks.", "G:The leaders:"},
		{"The leaders of Asia met.", "R:leaders: P:Asia:"},
		{"NATO and the EU", "O:NATO: O:EU:"},
		{"Riyadh and Tehran cut ties in 2016.", "C:Riyadh:SAU C:Tehran:IRN"},
		{"Beijing summoned the envoy.", "C:Beijing:CHN R:envoy:"},
		{"The envoy flew from Beijing.", "R:envoy: P:Beijing:CHN"},
	}
	for _, tt := range tests {
		if got := describe(tt.in, scan(tt.in)); got != tt.want {
			t.Errorf("Scan(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestQuotes(t *testing.T) {
	text := `"We agreed," Lavrov said, "and we will meet`
	s := scan(text)
	open := mention.MarkQuotes(s, false)
	if !open {
		t.Errorf("MarkQuotes(%q) = closed, want an open quotation at the end", text)
	}
	for k, tk := range s.Toks {
		want := tk.Text == "We" || tk.Text == "agreed" || tk.Text == "and" || tk.Text == "we" || tk.Text == "will" || tk.Text == "meet" || (tk.Text == "," && k == 3)
		if s.Quoted[k] != want {
			t.Errorf("MarkQuotes(%q): token %d %q quoted = %v, want %v", text, k, tk.Text, s.Quoted[k], want)
		}
	}
}

func TestClauses(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Japan and Russia agreed to hold talks in January ahead of Kishida's visit in the spring.",
			"Japan and Russia agreed to hold talks in January|ahead of Kishida's visit in the spring."},
		{"Japan, China and Russia met, officials said.", "Japan, China and Russia met|, officials said."},
		{"If talks go well, the leaders will meet.", "If talks go well|, the leaders will meet."},
		{"Voters rejected parties that agreed to cuts.", "Voters rejected parties|that agreed to cuts."},
		{"Officials said that talks would resume at that time.", "Officials said|that talks would resume at that time."},
		{"Japan and Russia agreed that talks would resume.", "Japan and Russia agreed that talks would resume."},
		{"Debt rose in the fiscal year that ended in September.", "Debt rose in the fiscal year that ended in September."},
		{"They met in Vienna and are set to meet again.", "They met in Vienna|and are set to meet again."},
		{"Japan and Russia met.", "Japan and Russia met."},
		{"Japan will send aid to Ukraine, Prime Minister Kishida said.", "Japan will send aid to Ukraine|, Prime Minister Kishida said."},
		{"Wang Yi, right, and Park Jin, left, pose.", "Wang Yi, right, and Park Jin, left, pose."},
		// "and" before a subject of its own and its verb opens a clause;
		// without a verb before it, it joins names.
		{"Chile's minister visited Peru in May and the two ministers also met in Quito.",
			"Chile's minister visited Peru in May|and the two ministers also met in Quito."},
		{"Talks between Chile and the two neighbours were held in Quito.",
			"Talks between Chile and the two neighbours were held in Quito."},
	}
	for _, tt := range tests {
		s := scan(tt.in)
		var parts []string
		for _, c := range s.Clauses() {
			parts = append(parts, tt.in[s.Toks[c.I].Begin:s.Toks[c.J-1].End])
		}
		if got := strings.Join(parts, "|"); got != tt.want {
			t.Errorf("Clauses(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestLookups(t *testing.T) {
	s := &mention.Sentence{Toks: token.Tokenize("a b c d e f g h", 0)}
	s.Add(mention.Mention{Kind: mention.Place, I: 5, J: 7})
	s.Add(mention.Mention{Kind: mention.Org, I: 1, J: 3})
	s.Flush()
	for k, want := range []bool{false, true, true, false, false, true, true, false} {
		if got := s.Covered(k); got != want {
			t.Errorf("Covered(%d) = %v, want %v", k, got, want)
		}
	}
	if s.At(1) != 0 || s.At(5) != 1 || s.At(2) != -1 {
		t.Errorf("At(1), At(5), At(2) = %d, %d, %d, want 0, 1, -1", s.At(1), s.At(5), s.At(2))
	}
	if s.Ending(3) != 0 || s.Ending(7) != 1 || s.Ending(6) != -1 {
		t.Errorf("Ending(3), Ending(7), Ending(6) = %d, %d, %d, want 0, 1, -1", s.Ending(3), s.Ending(7), s.Ending(6))
	}
	s.Drop(0)
	s.Flush()
	if len(s.Ments) != 1 || s.Covered(1) {
		t.Errorf("after Drop(0): %d mentions, Covered(1) = %v, want 1, false", len(s.Ments), s.Covered(1))
	}
}

// TestText covers the surface form of a token range: as written when its
// words are joined by nothing or one space, else white space collapsed to
// one space and invalid bytes dropped.
func TestText(t *testing.T) {
	text := "Envoy Benjamin\n   Ashworth of Riga-Vilnius Ferries met Tallinn\xffPort and  Oslo  Ltd."
	toks := token.Tokenize(text, 0)
	at := func(w string) int {
		for i, tk := range toks {
			if tk.Text == w {
				return i
			}
		}
		t.Fatalf("no token %q", w)
		return -1
	}
	tests := []struct {
		i, j int
		want string
	}{
		{at("Benjamin"), at("of"), "Benjamin Ashworth"},
		{at("Ashworth"), at("met"), "Ashworth of Riga-Vilnius Ferries"},
		{at("Tallinn"), at("and"), "TallinnPort"},
		{at("and"), at("Ltd") + 1, "and Oslo Ltd"},
		{at("Riga"), at("Riga"), ""},
	}
	for _, tt := range tests {
		if got := mention.Text(text, toks, tt.i, tt.j); got != tt.want {
			t.Errorf("Text(%d, %d) = %q, want %q", tt.i, tt.j, got, tt.want)
		}
	}
}
