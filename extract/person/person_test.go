package person_test

import (
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/gazetteer"
	"github.com/annals-project/annals/extract/mention"
	"github.com/annals-project/annals/extract/person"
	"github.com/annals-project/annals/extract/sentence"
	"github.com/annals-project/annals/extract/token"
)

func find(text string) ([]*person.Person, []*mention.Sentence) {
	var sents []*mention.Sentence
	for _, sp := range sentence.Split(text, annals.Span{0, len(text)}) {
		s := &mention.Sentence{Span: sp, Toks: token.Tokenize(text[sp[0]:sp[1]], sp[0])}
		mention.MarkQuotes(s, false)
		mention.Scan(gazetteer.Default(), s)
		mention.FindGroups(s)
		sents = append(sents, s)
	}
	return person.Find(text, sents, nil), sents
}

func TestFind(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Russian FM Sergei Lavrov met Japanese counterpart Fumio Kishida. Lavrov said the talks went well.",
			"Sergei Lavrov/RUS/Foreign Minister/Sergei Lavrov,Lavrov; Fumio Kishida/JPN/Foreign Minister/Fumio Kishida"},
		{"Obama spoke first. Later, President Barack Obama said he was pleased.",
			"Barack Obama//President/Barack Obama,Obama"},
		{"Chancellor of the Exchequer Nigel Lawson spoke.", "Nigel Lawson/GBR/Chancellor of the Exchequer/Nigel Lawson"},
		{"The Heritage Foundation said the plan would fail.", ""},
	}
	for _, tt := range tests {
		ps, _ := find(tt.in)
		var b []string
		for _, p := range ps {
			if p != nil {
				b = append(b, p.Name+"/"+string(p.Country)+"/"+p.Role+"/"+strings.Join(p.Mentions, ","))
			}
		}
		if got := strings.Join(b, "; "); got != tt.want {
			t.Errorf("Find(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPronouns(t *testing.T) {
	ps, sents := find("Kenyan President William Ruto arrived on Monday. He met officials.")
	if len(ps) != 1 {
		t.Fatalf("Find() = %d persons, want 1", len(ps))
	}
	found := false
	for _, m := range sents[1].Ments {
		if m.Kind == mention.Person && m.Pronoun && ps[m.PersonIndex].Name == "William Ruto" {
			found = true
		}
	}
	if !found {
		t.Errorf("Find(): %q is not linked to William Ruto", "He")
	}
	if ps[0].Count != 1 {
		t.Errorf("Count = %d, want 1 (pronouns do not count)", ps[0].Count)
	}
}

func TestWordLists(t *testing.T) {
	if !person.IsSpeechVerb("said") || person.IsSpeechVerb("walked") {
		t.Errorf("IsSpeechVerb(said, walked) wrong")
	}
	if !person.NotName("the") || person.NotName("sergei") {
		t.Errorf("NotName(the, sergei) wrong")
	}
	if !person.OrgHead("ministry") || person.OrgHead("lavrov") {
		t.Errorf("OrgHead(ministry, lavrov) wrong")
	}
}
