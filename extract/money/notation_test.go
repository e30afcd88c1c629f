package money_test

import (
	"testing"

	"github.com/annals-project/annals/extract/money"
	"github.com/annals-project/annals/extract/token"
)

// TestFindNotations covers amounts written in the notations of wire copy
// outside the US and UK: a decimal comma, the rand's glued "R", a space
// after the decimal point, and currencies of Africa and Asia.
func TestFindNotations(t *testing.T) {
	tests := []struct {
		in       string
		value    float64
		currency string
	}{
		// Decimal comma before a scale word.
		{"exports reached $2,45-billion last year", 2.45e9, "USD"},
		{"a fund of EUR 3,5 billion for roads", 3.5e9, "EUR"},
		{"loans of €1,2 million", 1.2e6, "EUR"},
		{"a 7,8 billion rand deal", 7.8e9, "ZAR"},
		// Three digits after the comma: a thousands separator.
		{"debt of 2,340 million dollars", 2.34e9, "USD"},
		// The rand's "R" glued to the number.
		{"sales rose to R15,6-billion in 2001", 15.6e9, "ZAR"},
		{"a plant worth R7-billion", 7e9, "ZAR"},
		{"a R450 million upgrade", 4.5e8, "ZAR"},
		{"a R2.5bn loan", 2.5e9, "ZAR"},
		// A space after the decimal point.
		{"turnover reached 3. 47 billion US dollars in 2009", 3.47e9, "USD"},
		{"aid of 60. 5 million dollars", 6.05e7, "USD"},
		// Currencies.
		{"rice exports of 12 trillion dong", 1.2e13, "VND"},
		{"a grant of 40 billion riels", 4e10, "KHR"},
		{"a budget of 9 trillion naira", 9e12, "NGN"},
		{"tax receipts of 2 trillion Ugandan shillings", 2e12, "UGX"},
		{"loans of 300 million kwacha", 3e8, "ZMW"},
		{"a deal worth 5 billion Moroccan dirhams", 5e9, "MAD"},
		{"works worth Rs 500 crore", 5e9, "INR"},
		{"a grant of Rs. 20 lakh", 2e6, "INR"},
		{"sales of 3 billion Swedish kronor", 3e9, "SEK"},
		{"a VND 20 billion grant", 2e10, "VND"},
		// An ISO code written solid with the number.
		{"Canada pledged another CAD75 million in relief", 7.5e7, "CAD"},
		{"a loan of EUR2.4bn for railways", 2.4e9, "EUR"},
		{"grants of GBP12,500 each", 12500, "GBP"},
		// An ISO code or its short form before the dollar sign.
		{"a gift of FJD$52,000 for schools", 52000, "FJD"},
		{"roads worth FJ$3.5 million", 3.5e6, "FJD"},
		{"a NZD$4 million package", 4e6, "NZD"},
		// The East African shilling mark "/-".
		{"exports rose to 14.6bn/- last year", 14.6e9, "KES"},
		{"a grant of 250,000/- for the clinic", 250000, "KES"},
	}
	for _, tt := range tests {
		got := money.Find(token.Tokenize(tt.in, 0))
		if len(got) != 1 || got[0].Value != tt.value || got[0].Currency != tt.currency {
			t.Errorf("Find(%q) = %+v, want %v %s", tt.in, got, tt.value, tt.currency)
		}
	}
}

func TestFindNotationsNone(t *testing.T) {
	for _, in := range []string{
		"a rise of $1,67 on the day", // decimal comma without a scale word
		"the R4 road to Pretoria",    // no scale word after the rand's R
		"the R2-D2 robot",
		"He met Dong 5 billion times", // "Dong" is a name
		"in 2003. 45 billion",         // no currency
		"the vote was 51,3 in favour", // no currency
		"the USD100 index",            // a glued code needs a scale word or separators
		"flight ABC400 million",       // not a currency code
		"the score was 3/1 at half-time",
		"the 2019/- season", // the shilling mark needs a scale word or thousands
	} {
		if got := money.Find(token.Tokenize(in, 0)); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want none", in, got)
		}
	}
}

func TestFindScaledNotations(t *testing.T) {
	tests := []struct {
		in    string
		value float64 // 0: none
	}{
		{"trade rose to 1,67 billion in May", 1.67e9},
		{"exports reached 4. 25 billion in 2010", 4.25e9},
		{"the total reached 1,670 million in May", 1.67e9},
		{"sales of R23,3 billion in May", 0},        // money, read by Find; never "3 billion"
		{"it was signed in 2003. 45 billion", 45e9}, // four digits before the point: no decimal
	}
	for _, tt := range tests {
		got := money.FindScaled(token.Tokenize(tt.in, 0))
		if tt.value == 0 {
			if len(got) != 0 {
				t.Errorf("FindScaled(%q) = %+v, want none", tt.in, got)
			}
			continue
		}
		if len(got) != 1 || got[0].Value != tt.value {
			t.Errorf("FindScaled(%q) = %+v, want %v", tt.in, got, tt.value)
		}
	}
}
