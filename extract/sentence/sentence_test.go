package sentence_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/sentence"
)

func split(text string) []string {
	var out []string
	for _, s := range sentence.Split(text, annals.Span{0, len(text)}) {
		out = append(out, text[s[0]:s[1]])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// Copy hard-wrapped with a deep indent: a short line that ends
		// in an article or preposition, or in a month before its day,
		// runs on; a short line ending in a full word is a unit.
		{"Press Advisory\n          On March 9, the\n          Minister visits Doha for talks.",
			[]string{"Press Advisory", "On March 9, the\n          Minister visits Doha for talks."}},
		{"        Later on March\n          10, the Minister flies to Muscat.",
			[]string{"Later on March\n          10, the Minister flies to Muscat."}},
		{"         On March 11, after\n          talks in Oman, she flies home.",
			[]string{"On March 11, after\n          talks in Oman, she flies home."}},
		{"Ministers meet in March\nThe talks open in Doha.",
			[]string{"Ministers meet in March", "The talks open in Doha."}},
		{"Trade talks resume\nthe ministers met in Doha.",
			[]string{"Trade talks resume", "the ministers met in Doha."}},
		{"March\n10 people died.",
			[]string{"March", "10 people died."}},
		{"Mr. Smith went to Washington. He met the U.S. envoy there.",
			[]string{"Mr. Smith went to Washington.", "He met the U.S. envoy there."}},
		// A space after a decimal point before a scale word (some Asian
		// wire copy) is no sentence end; a year or a figure with no scale
		// word still ends one.
		{"Exports rose to 4. 35 billion dollars in 2008, officials said.",
			[]string{"Exports rose to 4. 35 billion dollars in 2008, officials said."}},
		{"The deal was signed in 2006. 12 billion dollars followed.",
			[]string{"The deal was signed in 2006.", "12 billion dollars followed."}},
		{"The score was 3. 12 players were injured.",
			[]string{"The score was 3.", "12 players were injured."}},
		{"Talks ended on Nov. 5 in Geneva. Both sides left.",
			[]string{"Talks ended on Nov. 5 in Geneva.", "Both sides left."}},
		{"The deal was signed in the U.S. The ministers then left.",
			[]string{"The deal was signed in the U.S.", "The ministers then left."}},
		// After an abbreviation that may end a sentence, a one-word
		// subject and its verb open a new one; a title, an institution
		// or initials before a name run on.
		{"The smuggler was flown to the U.S. Ortega pleaded not guilty.",
			[]string{"The smuggler was flown to the U.S.", "Ortega pleaded not guilty."}},
		{"The firm was bought by Brandt Foods Inc. Halvorsen said jobs would go.",
			[]string{"The firm was bought by Brandt Foods Inc.", "Halvorsen said jobs would go."}},
		{"The award went to Tom Reed Jr. He thanked his staff.",
			[]string{"The award went to Tom Reed Jr.", "He thanked his staff."}},
		{"Talks will move to the U.K. Officials expect a deal.",
			[]string{"Talks will move to the U.K.", "Officials expect a deal."}},
		{"Trade fell, the U.S. Treasury said on Monday.",
			[]string{"Trade fell, the U.S. Treasury said on Monday."}},
		{"U.S. President Harlan Reeve met the envoy.",
			[]string{"U.S. President Harlan Reeve met the envoy."}},
		{"The U.S. Congress passed the bill.",
			[]string{"The U.S. Congress passed the bill."}},
		{"J.D. Harmon said the talks failed.",
			[]string{"J.D. Harmon said the talks failed."}},
		{"Brandt Foods Inc. Chairman Ole Sand resigned.",
			[]string{"Brandt Foods Inc. Chairman Ole Sand resigned."}},
		{"He spoke of U.S. Army soldiers stationed abroad.",
			[]string{"He spoke of U.S. Army soldiers stationed abroad."}},
		{"Sr. Ruiz said the vote was fair.",
			[]string{"Sr. Ruiz said the vote was fair."}},
		// Opening its sentence, the abbreviation is no sentence of its
		// own; a plural head runs on as the singular does.
		{"U.S. Marshals arrested the pilot in Tulsa.",
			[]string{"U.S. Marshals arrested the pilot in Tulsa."}},
		{"\"U.K. Inspectors seized the cargo,\" he said.",
			[]string{"\"U.K. Inspectors seized the cargo,\" he said."}},
		{"Then U.S. Senators voted on the bill.",
			[]string{"Then U.S. Senators voted on the bill."}},
		{"The crates went back to the U.K. Inspectors said they were empty.",
			[]string{"The crates went back to the U.K.", "Inspectors said they were empty."}},
		// copy in capitals: an honorific's stop ends nothing; "NO." does
		{"THE FARMERS MET MRS. DALE. SHE SAID NO. THEY LEFT.",
			[]string{"THE FARMERS MET MRS. DALE.", "SHE SAID NO.", "THEY LEFT."}},
		{"George W. Bush met Gen. Petraeus. They talked.",
			[]string{"George W. Bush met Gen. Petraeus.", "They talked."}},
		{`"We agreed," she said. "It is done."`,
			[]string{`"We agreed," she said.`, `"It is done."`}},
		{`He said: "It is over." Then he left.`,
			[]string{`He said: "It is over."`, "Then he left."}},
		{"Prices rose 1.5 percent. Exports fell!  Why? Nobody knows.",
			[]string{"Prices rose 1.5 percent.", "Exports fell!", "Why?", "Nobody knows."}},
		// A long headline in title case with no full stop is a sentence
		// of its own; a wrapped line of names is not.
		{"Kenya Presses Ahead With Plans for a New Railway to Uganda\nThe two presidents met in Nairobi on Friday.",
			[]string{"Kenya Presses Ahead With Plans for a New Railway to Uganda", "The two presidents met in Nairobi on Friday."}},
		{"Deputy Finance Minister and Chief Trade Negotiator Carlos Alberto\nMendoza said on Friday the talks would go on.",
			[]string{"Deputy Finance Minister and Chief Trade Negotiator Carlos Alberto\nMendoza said on Friday the talks would go on."}},
		{"President Ronald Reagan and Japanese Prime Minister Yasuhiro Nakasone\nagreed on Friday to meet again.",
			[]string{"President Ronald Reagan and Japanese Prime Minister Yasuhiro Nakasone\nagreed on Friday to meet again."}},
		{"The talks ended.\nPresident Ronald Reagan and Japanese Prime Minister Yasuhiro Nakasone\nThen Agreed To Meet Again.",
			[]string{"The talks ended.", "President Ronald Reagan and Japanese Prime Minister Yasuhiro Nakasone\nThen Agreed To Meet Again."}},
		// A wire dateline opens the first sentence, not a headline: the
		// title and name wrapped after it run on.
		{"Trade Talks Resume\n\nGENEVA, May 3 - Deputy Trade and Industry Minister Ana\nRuiz said the talks would resume.",
			[]string{"Trade Talks Resume", "GENEVA, May 3 - Deputy Trade and Industry Minister Ana\nRuiz said the talks would resume."}},
		{"Merkel meets Macron\n\nThe two leaders met in Paris.",
			[]string{"Merkel meets Macron", "The two leaders met in Paris."}},
		{"1. Wide of the leaders shaking hands at the presidential palace in the capital\n2. Close of flags",
			[]string{"1. Wide of the leaders shaking hands at the presidential palace in the capital", "2. Close of flags"}},
		{"NAIROBI, June 2 - A Ugandan goodwill mission led by the minister\nwill visit Kenya tomorrow for talks, officials said.\n    Relations improved.",
			[]string{"NAIROBI, June 2 - A Ugandan goodwill mission led by the minister\nwill visit Kenya tomorrow for talks, officials said.", "Relations improved."}},
		{"Colombo\n31 July 2008\nThe ministers met.", []string{"Colombo", "31 July 2008", "The ministers met."}},
		// A line break after a title abbreviation or a given name's
		// initial is a soft wrap: the name runs on.
		{"Sens. Dale Forder and Lena Morrow objected. Reps. Ann Tovey and Carl Benn agreed.",
			[]string{"Sens. Dale Forder and Lena Morrow objected.", "Reps. Ann Tovey and Carl Benn agreed."}},
		{"The award went to the late Rhode Island Rep. Walter Kincaid's widow, and former Ohio Sen.\nMaria Delgado spoke at the dinner.",
			[]string{"The award went to the late Rhode Island Rep. Walter Kincaid's widow, and former Ohio Sen.\nMaria Delgado spoke at the dinner."}},
		{"The committee heard Dr.\nPeter Lund on Tuesday.", []string{"The committee heard Dr.\nPeter Lund on Tuesday."}},
		{"Among the speakers at the conference was the economist Robert J.\nHalvorsen, who said prices would fall.",
			[]string{"Among the speakers at the conference was the economist Robert J.\nHalvorsen, who said prices would fall."}},
		{"The talks ended without a deal with Acme Inc.\nHalvorsen said prices would fall.",
			[]string{"The talks ended without a deal with Acme Inc.", "Halvorsen said prices would fall."}},
		{"The governors chose to go ahead with plan B.\nThe ministers then left.",
			[]string{"The governors chose to go ahead with plan B.", "The ministers then left."}},
		// A headline in sentence case over an unwrapped paragraph ends
		// there: the paragraph's line runs past any wire column, and its
		// first word would have fitted on the headline's line.
		{"Norway expels two Belarusian envoys over smuggling claims\nNorway expelled two Belarusian diplomats on Thursday, accusing them of running a cigarette smuggling ring out of the embassy in Oslo.",
			[]string{"Norway expels two Belarusian envoys over smuggling claims", "Norway expelled two Belarusian diplomats on Thursday, accusing them of running a cigarette smuggling ring out of the embassy in Oslo."}},
		// Near misses: wire copy wrapped at its column runs on before a
		// capitalised name; a line ending in a comma or a preposition
		// runs on even before a long line.
		{"OSLO, May 4 - The talks were chaired by the deputy minister for trade\nKari Lindqvist, who said the two sides had settled most points.",
			[]string{"OSLO, May 4 - The talks were chaired by the deputy minister for trade\nKari Lindqvist, who said the two sides had settled most points."}},
		{"The talks were chaired by the deputy minister of\nForeign Trade Kari Lindqvist, who said the two sides had settled most of the points that were still open on Monday.",
			[]string{"The talks were chaired by the deputy minister of\nForeign Trade Kari Lindqvist, who said the two sides had settled most of the points that were still open on Monday."}},
		{"After long talks in the capital on the fishing quota dispute,\nNorway and Iceland agreed to extend the current deal by a year while experts study the stocks in the disputed waters.",
			[]string{"After long talks in the capital on the fishing quota dispute,\nNorway and Iceland agreed to extend the current deal by a year while experts study the stocks in the disputed waters."}},
		{"", nil},
		{"   \n  ", nil},
	}
	for _, tt := range tests {
		got := split(tt.in)
		if strings.Join(got, "‖") != strings.Join(tt.want, "‖") {
			t.Errorf("Split(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSplitRegion(t *testing.T) {
	text := "chrome. Story one. Story two. chrome"
	got := sentence.Split(text, annals.Span{8, 29})
	if len(got) != 2 || text[got[0][0]:got[0][1]] != "Story one." || text[got[1][0]:got[1][1]] != "Story two." {
		t.Errorf("Split(region) = %v, want the two story sentences", got)
	}
	if got := sentence.Split(text, annals.Span{-5, 1000}); len(got) == 0 {
		t.Errorf("Split(out-of-bounds region) = none, want clipped sentences")
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"", "Mr. A. B. said. Then.", "U.S.\n\n\"x.\" Y", "\xff. \xfe.", strings.Repeat("a. ", 100)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sp := range sentence.Split(s, annals.Span{0, len(s)}) {
			if sp[0] < prev || sp[1] <= sp[0] || sp[1] > len(s) {
				t.Fatalf("Split(%q): span %v after %d out of order or bounds", s, sp, prev)
			}
			prev = sp[1]
		}
	})
}

func TestSplitCapsLongRuns(t *testing.T) {
	clause := "the minister met his counterpart in the capital, "
	for _, tc := range []struct {
		name, text string
	}{
		{"clauses", strings.Repeat(clause, 3000)},
		{"words", strings.Repeat("talks ", 20000)},
		{"no spaces", strings.Repeat("é,a;", 30000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spans := sentence.Split(tc.text, annals.Span{0, len(tc.text)})
			if len(spans) < 2 {
				t.Fatalf("%d bytes without a sentence end gave %d sentence(s)", len(tc.text), len(spans))
			}
			prev := 0
			for _, s := range spans {
				if s[1]-s[0] > 2*sentence.MaxLen+4 {
					t.Errorf("sentence %v is %d bytes, over the cap", s, s[1]-s[0])
				}
				if s[0] < prev || !utf8.ValidString(tc.text[s[0]:s[1]]) {
					t.Errorf("sentence %v out of order or cut inside a character", s)
				}
				prev = s[1]
			}
		})
	}
	// A real sentence is never cut.
	one := "Foreign Minister Sergei Lavrov met his Japanese counterpart in Tokyo on Friday."
	if got := sentence.Split(one, annals.Span{0, len(one)}); len(got) != 1 {
		t.Errorf("one sentence split into %d", len(got))
	}
}

// TestSplitBlankWrapped covers copy hard-wrapped with a blank line after
// every line: a long line ending in a preposition, article or
// conjunction, or before a line opening in lower case, runs on across the
// blank line. A blank line after a finished sentence, a headline or a
// short line still ends it.
func TestSplitBlankWrapped(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The foreign minister of Kenya held a long call this morning with\n\n her counterparts from Uganda, Tanzania, Rwanda, Burundi, and\n\n the Congo about the border. They agreed to meet.",
			[]string{"The foreign minister of Kenya held a long call this morning with\n\n her counterparts from Uganda, Tanzania, Rwanda, Burundi, and\n\n the Congo about the border.", "They agreed to meet."}},
		{"Ministers of the region will meet again next month in Nairobi, Omamo\n\n said on Tuesday.",
			[]string{"Ministers of the region will meet again next month in Nairobi, Omamo\n\n said on Tuesday."}},
		// negative: finished sentences, a headline and a short menu line
		{"Ministers of the region will meet again next month in Nairobi.\n\n the talks open on Monday.",
			[]string{"Ministers of the region will meet again next month in Nairobi.", "the talks open on Monday."}},
		{"Kenya and Uganda ministers hold talks on the border with\n\nTanzania said on Tuesday.",
			[]string{"Kenya and Uganda ministers hold talks on the border with\n\nTanzania said on Tuesday."}},
		{"Kenya and Uganda sign a border pact\n\nThe ministers met in Nairobi.",
			[]string{"Kenya and Uganda sign a border pact", "The ministers met in Nairobi."}},
		{"Terms and\n\nthe talks open on Monday.",
			[]string{"Terms and", "the talks open on Monday."}},
	}
	for _, tt := range tests {
		if got := split(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("split(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
