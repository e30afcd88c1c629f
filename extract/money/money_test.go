package money_test

import (
	"testing"

	"github.com/annals-project/annals/extract/money"
	"github.com/annals-project/annals/extract/token"
)

func TestFind(t *testing.T) {
	tests := []struct {
		in       string
		value    float64
		currency string
	}{
		{"trade totalled a record 33 billion (b) US dollars last year", 33e9, "USD"},
		{"a deficit of 5.6 billion dlrs in March", 5.6e9, "USD"},
		{"investment of $1.2bn", 1.2e9, "USD"},
		{"a surplus of 1.5 trillion yen", 1.5e12, "JPY"},
		{"loans of 500 mln francs", 5e8, "FRF"},
		{"aid worth €500m", 5e8, "EUR"},
		{"exports of 720 mln Swiss francs", 7.2e8, "CHF"},
		{"sales of 40 million Fijian dollars", 4e7, "FJD"},
		{"a loan of 900 mln Jordanian dinars", 9e8, "JOD"},
		{"a grant of 20 million Nepalese rupees", 2e7, "NPR"},
		{"a fund of 40 million dollars", 4e7, "USD"},
		{"a 250 mln stg loan", 2.5e8, "GBP"},
		{"HK$ 3 billion", 3e9, "HKD"},
		{"debt of 1,200 million Canadian dollars", 1.2e9, "CAD"},
		{"it paid 40 pounds", 40, "GBP"},
		{"900 billion roubles", 9e11, "RUB"},
		{"USD 5 million", 5e6, "USD"},
		{"a $40-billion loan package", 4e10, "USD"},
		{"a 12-million-euro grant", 1.2e7, "EUR"},
		{"grants worth $48 millionThe ministry said", 4.8e7, "USD"},
		{"loans of €2.5 billionOfficials", 2.5e9, "EUR"},
		{"fees of $5 mThe", 5, "USD"},
		// A currency code written solid with its number.
		{"palm oil sales of RM4.85 billion last year", 4.85e9, "MYR"},
		{"a grant of RM600 million", 6e8, "MYR"},
		{"a road costing Rs1,250 million", 1.25e9, "INR"},
		{"exports worth Rp12.5 trillion", 1.25e13, "IDR"},
		// Spelled-out numbers before a full scale word and a currency.
		{"two-way trade came to seven billion U.S. dollars in 2019", 7e9, "USD"},
		{"a grant of three million euros", 3e6, "EUR"},
		// ISO codes of Gulf currencies before the figure.
		{"trade reached QAR 4.2 billion", 4.2e9, "QAR"},
		{"investments of AED 800 million", 8e8, "AED"},
	}
	for _, tt := range tests {
		got := money.Find(token.Tokenize(tt.in, 0))
		if len(got) != 1 || got[0].Value != tt.value || got[0].Currency != tt.currency {
			t.Errorf("Find(%q) = %+v, want %v %s", tt.in, got, tt.value, tt.currency)
		}
	}
}

func TestFindNone(t *testing.T) {
	for _, in := range []string{
		"33 billion people",
		"he ran 5 m",
		"a 1.5 percent rise",
		"in 2013 the talks",
		"won 3 games",
		"some 40 millionThe",
		"the RM3 engine",
		"Route RT5.2 billion",
		// A spelled number needs a full scale word and a currency.
		"nine billion people",
		"two dollars",
		"four m dollars",
		"",
	} {
		if got := money.Find(token.Tokenize(in, 0)); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want none", in, got)
		}
	}
}

func TestFindSpan(t *testing.T) {
	toks := token.Tokenize("rose to 5.6 billion dlrs from", 0)
	got := money.Find(toks)
	if len(got) != 1 || toks[got[0].First].Text != "5.6" || toks[got[0].Last].Text != "dlrs" {
		t.Errorf("Find span = %+v, want 5.6..dlrs", got)
	}
}

func TestFindScaled(t *testing.T) {
	tests := []struct {
		in    string
		value float64 // 0: none
	}{
		{"imports climbed 4% to 96.2 billion in May", 96.2e9},
		{"the gap widened to 12.4billion.", 12.4e9},
		{"exports reached 310 million, officials said", 3.1e8},
		{"a market of 1.4 billion people", 0},
		{"exports rose to $5 billion", 0}, // money, read by Find
		{"growth of 5.2 percent", 0},
		{"4 m from the shore", 0},
		{"sales of RM4.85 billion in May", 0}, // money, read by Find; never "85 billion"
		{"version F16.25 billion", 0},
	}
	for _, tt := range tests {
		got := money.FindScaled(token.Tokenize(tt.in, 0))
		if tt.value == 0 {
			if len(got) != 0 {
				t.Errorf("FindScaled(%q) = %+v, want none", tt.in, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Value != tt.value || got[0].Currency != "" {
			t.Errorf("FindScaled(%q) = %+v, want %v", tt.in, got, tt.value)
		}
	}
}
