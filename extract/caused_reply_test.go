package extract_test

import "testing"

// A second predicate of one subject with no time of its own ("accused X
// of spying last month and expelled him") is told at the first one's
// time, and a reply the first act caused ("..., prompting Chile to expel
// a Peruvian diplomat") is an act of its own at that time, not merged into
// the act that caused it (issue 4). A restatement of one day's expulsion
// between the same states, sentences apart, is that expulsion. Plans,
// appeals and modal replies keep no borrowed time. Article date Wednesday
// 2021-03-03.
func TestCausedReply(t *testing.T) {
	checkEvents(t, []eventCase{
		{
			name: "second predicate takes the first one's time",
			in:   "Peru last month accused Chile of spying and expelled two of its diplomats.",
			want: "conflict occurred 2021-02-01..2021-02-28 [] [PER CHL]\nconflict occurred 2021-02-01..2021-02-28 [] [PER]",
		},
		{
			name: "condemned and recalled",
			in:   "Bolivia on Monday condemned the raid and recalled its ambassador from Peru.",
			want: "conflict occurred 2021-03-01 [] [BOL]\nconflict occurred 2021-03-01 [] [BOL PER]",
		},
		{
			name: "the reply caused is a second act",
			in:   "Peru expelled a Chilean consul on Monday, prompting Chile to expel a Peruvian diplomat.",
			want: "conflict occurred 2021-03-01 [] [PER CHL]\nconflict occurred 2021-03-01 [] [CHL PER]",
		},
		{
			name: "the reply to a second predicate",
			in:   "Last week Peru accused Chile of spying and expelled its consul, prompting Chile to expel two Peruvian diplomats.",
			want: "conflict occurred 2021-02-22..2021-02-28 [] [PER CHL]\nconflict occurred 2021-02-22..2021-02-28 [] [PER]\nconflict occurred 2021-02-22..2021-02-28 [] [CHL PER]",
		},
		{
			name: "one day's expulsion told again",
			in:   "Peru expelled two Chilean diplomats on Tuesday, widening a row over fishing rights. Lima has long accused its neighbour of spying. On Tuesday, Peru's foreign ministry said it was expelling two Chilean diplomats.",
			want: "conflict occurred 2021-03-02 [] [PER CHL]",
		},
		// negative: the same day's expulsion from another state is another
		{
			name: "expulsions between other states stay apart",
			in:   "Peru expelled two Chilean diplomats on Tuesday. Lima has long accused its neighbour of spying. On Tuesday, Peru also expelled two Bolivian diplomats.",
			want: "conflict occurred 2021-03-02 [] [PER CHL]\nconflict occurred 2021-03-02 [] [PER BOL]",
		},
		// negatives: what is still to come borrows no time
		{
			name: "said it would expel stays planned",
			in:   "Peru accused Chile of spying last month and said it would expel its consul.",
			want: "conflict occurred 2021-02-01..2021-02-28 [] [PER CHL]\nconflict planned  [] [PER]",
		},
		{
			name: "expected to expel stays planned",
			in:   "Peru on Monday accused Chile of spying and is expected to expel two diplomats.",
			want: "conflict occurred 2021-03-01 [] [PER CHL]\nconflict planned  [] [PER]",
		},
		{
			name: "urging is no causing",
			in:   "Peru expelled a Chilean consul on Monday, urging Chile to expel no one in return.",
			want: "conflict occurred 2021-03-01 [] [PER CHL]\nconflict planned  [] [CHL]",
		},
		{
			name: "a modal reply stays planned",
			in:   "Peru expelled a Chilean consul on Monday, and Chile may expel a Peruvian diplomat.",
			want: "conflict occurred 2021-03-01 [] [PER CHL]\nconflict planned  [] [CHL PER]",
		},
	})
}
