// Package money finds monetary amounts in tokenized news text and parses
// them into a value and an ISO 4217 currency code: "33 billion (b) US
// dollars" is 33000000000 USD, "5.6 billion dlrs" 5600000000 USD, "$1.2bn"
// 1200000000 USD, "1.5 trillion yen" 1.5e12 JPY, "500 mln francs"
// 500000000 FRF, "€500m" 500000000 EUR.
//
// The scale words and currency names follow wire-service style (Reuters
// writes "mln", "billion", "dlrs", "stg"; AP writes "$1.2 billion"). A
// currency is required: a bare "33 billion" is not money. Historical
// currencies keep their own codes (FRF, DEM, ITL), since a 1987 figure in
// francs is not a figure in euros.
package money

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/annals-project/annals/extract/token"
)

// Amount is one monetary amount. First and Last are the indexes of its
// first and last token in the slice given to [Find].
type Amount struct {
	Value    float64
	Currency string // ISO 4217 code
	First    int
	Last     int
}

// scales maps scale words to powers of ten.
var scales = map[string]int{
	"thousand": 3, "k": 3,
	"million": 6, "millions": 6, "mln": 6, "m": 6, "mn": 6, "mil": 6,
	"billion": 9, "billions": 9, "bln": 9, "bn": 9, "b": 9, "billn": 9,
	"lakh": 5, "lakhs": 5, "crore": 7, "crores": 7, // Indian English
	"trillion": 12, "trillions": 12, "tn": 12, "trln": 12, "tln": 12,
}

// scalesFilter turns away most words before a lookup in scales.
var scalesFilter = token.NewFilter(scales)

// scaleOf returns the power of ten of the scale word w (lower case).
func scaleOf(w string) (int, bool) {
	if !scalesFilter.May(w) {
		return 0, false
	}
	e, ok := scales[w]
	return e, ok
}

// words maps currency words (lower case) to codes; adjectives below refine
// dollars, francs, pounds and rupees.
var words = map[string]string{
	"dollar": "USD", "dollars": "USD", "dlr": "USD", "dlrs": "USD", "usd": "USD",
	"yen": "JPY", "jpy": "JPY", "euro": "EUR", "euros": "EUR", "eur": "EUR",
	"pound": "GBP", "pounds": "GBP", "sterling": "GBP", "stg": "GBP", "gbp": "GBP",
	"franc": "FRF", "francs": "FRF", "mark": "DEM", "marks": "DEM", "deutschemarks": "DEM",
	"lire": "ITL", "lira": "ITL", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
	"yuan": "CNY", "renminbi": "CNY", "rmb": "CNY", "cny": "CNY", "rupee": "INR", "rupees": "INR",
	"won": "KRW", "riyal": "SAR", "riyals": "SAR", "guilder": "NLG", "guilders": "NLG",
	"peseta": "ESP", "pesetas": "ESP", "rand": "ZAR", "real": "BRL", "reais": "BRL",
	"shekel": "ILS", "shekels": "ILS", "rial": "IRR", "rials": "IRR", "dinar": "IQD", "dinars": "IQD",
	"hryvnia": "UAH", "hryvnias": "UAH", "zloty": "PLN", "zlotys": "PLN", "baht": "THB",
	"ringgit": "MYR", "rupiah": "IDR", "pesos": "MXN", "peso": "MXN", "lari": "GEL",
	// Currencies of wire copy from Africa and Asia. "dong" is also a
	// name ("Dong"), so it counts only in lower case (see currencyAfter).
	"dong": "VND", "vnd": "VND", "riel": "KHR", "riels": "KHR", "khr": "KHR",
	"naira": "NGN", "ngn": "NGN", "shilling": "KES", "shillings": "KES", "kes": "KES",
	"kwacha": "ZMW", "zmw": "ZMW", "cedi": "GHS", "cedis": "GHS", "birr": "ETB", "taka": "BDT",
	"zar": "ZAR", "inr": "INR", "brl": "BRL", "mxn": "MXN", "thb": "THB", "myr": "MYR", "idr": "IDR",
	"kronor": "SEK", "krona": "SEK", "krone": "DKK", "kroner": "DKK", "dirham": "AED", "dirhams": "AED",
	"tenge": "KZT", "forint": "HUF", "forints": "HUF",
	// ISO 4217 codes written before the figure in Gulf and Central
	// Asian wire copy ("QAR 7.79 billion", "AED 2 billion").
	"qar": "QAR", "sar": "SAR", "aed": "AED", "kwd": "KWD", "omr": "OMR", "bhd": "BHD",
	"egp": "EGP", "pkr": "PKR", "kzt": "KZT", "uzs": "UZS",
}

// wordsFilter spares currencyAfter the words lookup for most tokens.
var wordsFilter = token.NewFilter(words)

// adjectives refine a currency word: "Swiss francs", "Hong Kong dollars".
var adjectives = map[string]map[string]string{
	"dollar": {"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "hong kong": "HKD", "singapore": "SGD", "new zealand": "NZD", "taiwan": "TWD",
		"fijian": "FJD", "jamaican": "JMD", "namibian": "NAD", "liberian": "LRD", "bahamian": "BSD", "guyanese": "GYD", "brunei": "BND", "east caribbean": "XCD"},
	"franc":    {"french": "FRF", "swiss": "CHF", "belgian": "BEF"},
	"pound":    {"egyptian": "EGP", "british": "GBP", "irish": "IEP", "lebanese": "LBP", "syrian": "SYP", "sudanese": "SDG"},
	"rupee":    {"indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR", "nepali": "NPR", "mauritian": "MUR"},
	"mark":     {"german": "DEM", "deutsche": "DEM", "west german": "DEM"},
	"peso":     {"mexican": "MXN", "argentine": "ARS", "philippine": "PHP", "chilean": "CLP", "colombian": "COP", "cuban": "CUP", "dominican": "DOP", "uruguayan": "UYU"},
	"dinar":    {"iraqi": "IQD", "kuwaiti": "KWD", "jordanian": "JOD", "libyan": "LYD", "tunisian": "TND", "algerian": "DZD", "bahraini": "BHD", "serbian": "RSD"},
	"won":      {"south korean": "KRW", "korean": "KRW"},
	"krone":    {"danish": "DKK", "norwegian": "NOK"},
	"kronor":   {"swedish": "SEK"},
	"riyal":    {"saudi": "SAR", "qatari": "QAR"},
	"lira":     {"turkish": "TRY", "italian": "ITL"},
	"yuan":     {"chinese": "CNY"},
	"yen":      {"japanese": "JPY"},
	"shilling": {"kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS", "somali": "SOS"},
	"kwacha":   {"zambian": "ZMW", "malawian": "MWK", "malawi": "MWK"},
	"dirham":   {"uae": "AED", "emirati": "AED", "moroccan": "MAD"},
}

// stems maps plural and abbreviated currency words to their adjective key.
var stems = map[string]string{
	"dollar": "dollar", "dollars": "dollar", "dlr": "dollar", "dlrs": "dollar",
	"franc": "franc", "francs": "franc", "pound": "pound", "pounds": "pound",
	"rupee": "rupee", "rupees": "rupee", "mark": "mark", "marks": "mark",
	"peso": "peso", "pesos": "peso", "dinar": "dinar", "dinars": "dinar", "won": "won",
	"krone": "krone", "kroner": "krone", "kronor": "kronor", "riyal": "riyal", "riyals": "riyal",
	"lira": "lira", "lire": "lira", "yuan": "yuan", "yen": "yen",
	"shilling": "shilling", "shillings": "shilling", "kwacha": "kwacha",
	"dirham": "dirham", "dirhams": "dirham",
}

// symbols are currency signs, with the letters that may precede them
// ("US$", "HK$", "A$").
var symbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW"}
var dollarPrefix = map[string]string{"US": "USD", "U.S.": "USD", "A": "AUD", "C": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD", "NT": "TWD",
	// An ISO code before the sign, as Pacific and Caribbean copy writes
	// it: "FJD$38,000", "FJ$2 million".
	"USD": "USD", "AUD": "AUD", "CAD": "CAD", "HKD": "HKD", "NZD": "NZD", "SGD": "SGD", "TWD": "TWD",
	"FJD": "FJD", "FJ": "FJD", "JMD": "JMD", "NAD": "NAD", "LRD": "LRD", "BSD": "BSD", "BND": "BND", "XCD": "XCD", "EC": "XCD"}

// Find returns the amounts in toks in text order. Tokens of one amount are
// never part of another.
func Find(toks []token.Token) []Amount {
	var out []Amount
	for i := 0; i < len(toks); i++ {
		if toks[i].Kind == token.Word {
			// Only a number word starts a spelled amount: the filter spares
			// most words the call (Find reads every word, often many times
			// a sentence).
			if numberWordsFilter.May(toks[i].Lower) {
				if a, ok := spelled(toks, i); ok {
					out = append(out, a)
					i = a.Last
					continue
				}
			}
			// "RM3.27 billion", "Rs500 crore": a currency code written
			// solid with its number is one word to the tokenizer. Every
			// gluedPrefixes code starts with R or T, so most words are
			// passed over here, without a call.
			if w := toks[i].Text; len(w) < 2 || (w[0] != 'R' && w[0] != 'T' && !gluedCodeShape(w)) {
				continue
			}
			if code, num, last, ok := gluedNumber(toks, i); ok {
				// A bare "RM3" may be a model or a road; a scale word or
				// decimals make it money. The rand's lone "R" ("R4",
				// "R23,3") needs a scale word: "R4-billion", "R23,3 bn".
				if a, ok := scaled(toks, last, num, Amount{Currency: code, First: i, Last: last}); ok && (a.Last > last || (last > i && code != "ZAR")) {
					out = append(out, a)
					i = a.Last
				}
			}
			continue
		}
		if toks[i].Kind != token.Number {
			continue
		}
		a, ok := at(toks, i)
		if ok {
			out = append(out, a)
			i = a.Last
		}
	}
	return out
}

// at parses an amount around the number at toks[i].
func at(toks []token.Token, i int) (Amount, bool) {
	a := Amount{First: i, Last: i}
	// A currency sign or code before the number: "$5", "US$ 5", "€500m", "USD 5".
	if i > 0 {
		p := toks[i-1]
		// Every sign of symbols opens with '$' or a non-ASCII byte: most
		// numbers follow a word and skip the lookup.
		code, ok := "", false
		if t := p.Text; t != "" && (t[0] == '$' || t[0] >= utf8.RuneSelf) {
			code, ok = symbols[t]
		}
		if ok {
			a.Currency, a.First = code, i-1
			if code == "USD" && i > 1 && toks[i-2].End == p.Begin {
				if c2, ok := dollarPrefix[toks[i-2].Text]; ok {
					a.Currency, a.First = c2, i-2
				}
			}
		} else if p.IsAllCaps() && len(p.Text) == 3 && words[p.Lower] != "" {
			a.Currency, a.First = words[p.Lower], i-1
		} else if p.Text == "Rs" {
			a.Currency, a.First = "INR", i-1 // "Rs 500 crore"
		} else if p.Text == "." && i > 1 && toks[i-2].Text == "Rs" && toks[i-2].End == p.Begin {
			a.Currency, a.First = "INR", i-2 // "Rs. 500 crore"
		}
	}
	if num, k, ok := spacedDecimal(toks, i); ok {
		if b, ok := scaled(toks, k, num, a); ok {
			return b, true
		}
	}
	return scaled(toks, i, toks[i].Text, a)
}

// spacedDecimal reads a decimal number that some Asian wire copy writes
// with a space after its point, "1. 92 billion", "80. 92 million": an
// integer of one to three digits, a point written solid after it, a space,
// one or two digits and a scale word. It returns the number as "1.92" and
// the index of its fractional part.
func spacedDecimal(toks []token.Token, i int) (string, int, bool) {
	if i+3 >= len(toks) || toks[i+1].Text != "." || toks[i+1].Begin != toks[i].End || toks[i+2].Kind != token.Number || toks[i+2].Begin != toks[i+1].End+1 {
		return "", 0, false
	}
	n, f := toks[i].Text, toks[i+2].Text
	if len(n) > 3 || len(f) > 2 || !digits(n) || !digits(f) {
		return "", 0, false
	}
	if e, ok := scales[toks[i+3].Lower]; !ok || e < 6 || len(toks[i+3].Text) < 3 {
		return "", 0, false
	}
	return n + "." + f, i + 2, true
}

// digits reports whether s is made of ASCII digits only.
func digits(s string) bool {
	for k := 0; k < len(s); k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return s != ""
}

// decimalComma reads a comma followed by one or two digits, "1,67" or
// "23,3", as the decimal comma of South African and European style: it
// returns "1.67". A thousands separator has three digits after it
// ("1,670"), so a number with one is no decimal.
func decimalComma(num string) (string, bool) {
	c := strings.IndexByte(num, ',')
	if c <= 0 || strings.IndexByte(num[c+1:], ',') >= 0 || strings.IndexByte(num, '.') >= 0 {
		return "", false
	}
	if f := len(num) - c - 1; f < 1 || f > 2 {
		return "", false
	}
	return num[:c] + "." + num[c+1:], true
}

// gluedPrefixes are currency codes written solid with the number, with no
// currency sign: "RM3.27 billion" (ringgit), "Rs500" (rupees), "Rp2
// trillion" (rupiah), "Tk50 crore" (taka).
var gluedPrefixes = map[string]string{"RM": "MYR", "Rs": "INR", "Rp": "IDR", "Tk": "BDT"}

// gluedNumber reads a currency code glued to a number at toks[i], which
// the tokenizer makes one word ("RM3"), with the decimal or thousands part
// that follows it solid (".27", ",500"). It returns the currency, the
// number's text and the index of its last token.
func gluedNumber(toks []token.Token, i int) (string, string, int, bool) {
	w := toks[i].Text
	if len(w) < 2 || (w[0] != 'R' && w[0] != 'T' && !gluedCodeShape(w)) {
		return "", "", 0, false
	}
	var code, num string
	if w[0] == 'R' && w[1] >= '0' && w[1] <= '9' {
		// South African style: "R4-billion", "R23,3-billion" (rand).
		code, num = "ZAR", w[1:]
	} else if len(w) < 3 {
		return "", "", 0, false
	} else if c, ok := gluedPrefixes[w[:2]]; ok {
		code, num = c, w[2:]
	} else if c := isoCode(w[:3]); gluedCodeShape(w) && c != "" {
		// An ISO 4217 code written solid with the number: "USD100
		// million", "EUR5.2bn".
		code, num = c, w[3:]
	} else {
		return "", "", 0, false
	}
	for k := 0; k < len(num); k++ {
		if num[k] < '0' || num[k] > '9' {
			return "", "", 0, false
		}
	}
	last := i
	if i+2 < len(toks) && toks[i+2].Kind == token.Number && toks[i+1].Begin == toks[i].End && toks[i+2].Begin == toks[i+1].End {
		switch sep, frac := toks[i+1].Text, toks[i+2].Text; {
		case sep == ".":
			num, last = num+"."+frac, i+2
		case sep == "," && len(frac) >= 3 && (len(frac) == 3 || frac[3] == '.' || frac[3] == ','):
			num, last = num+","+frac, i+2
		case sep == "," && len(frac) <= 2:
			// A decimal comma ("R23,3-billion"), which scaled reads
			// only before a scale word.
			num, last = num+","+frac, i+2
		}
	}
	return code, num, last, true
}

// isoCode returns the currency of an upper-case ISO 4217 code that words
// or dollarPrefix know ("EUR", "CAD"), or "".
func isoCode(w string) string {
	if len(w) != 3 {
		return ""
	}
	if c := dollarPrefix[w]; c != "" {
		return c
	}
	return words[strings.ToLower(w)]
}

// gluedCodeShape reports whether w starts with three capital letters and a
// digit, the shape of an ISO 4217 code glued to its number ("USD100").
func gluedCodeShape(w string) bool {
	if len(w) < 4 || w[3] < '0' || w[3] > '9' {
		return false
	}
	for k := 0; k < 3; k++ {
		if w[k] < 'A' || w[k] > 'Z' {
			return false
		}
	}
	return true
}

// scaled reads the scale word and currency after the number at toks[i],
// whose text is num, completing a, and parses the value.
func scaled(toks []token.Token, i int, num string, a Amount) (Amount, bool) {
	exp := 0
	j := i + 1
	if j+1 < len(toks) && toks[j].Text == "-" && toks[j].Begin == toks[i].End && toks[j+1].Begin == toks[j].End && toks[j+1].Kind == token.Word {
		// A compound modifier written solid with a hyphen: "a
		// $375-million deal" (AP style for an amount before its noun).
		if _, ok := scales[toks[j+1].Lower]; ok && len(toks[j+1].Text) > 2 {
			j++
		}
	}
	if j < len(toks) && toks[j].Kind == token.Word {
		if e, ok := gluedScale(toks[j].Text); ok && a.Currency != "" {
			// "$675 millionThis": a scale word run into the next
			// sentence by a lost space or line break still scales the
			// amount; only with a sign before the number, since the
			// currency after it is gone.
			exp = e
			a.Last = j
			j++
		} else if e, ok := scaleOf(toks[j].Lower); ok && scaleFits(toks[j], toks[i]) {
			exp = e
			a.Last = j
			j++
			// An echoed abbreviation in brackets: "33 billion (b)".
			if j+2 < len(toks) && toks[j].Text == "(" && toks[j+2].Text == ")" {
				if _, ok := scales[toks[j+1].Lower]; ok {
					a.Last = j + 2
					j += 3
				}
			}
		}
	}
	if a.Currency == "" && j+1 < len(toks) && toks[j].Text == "-" && toks[j].Begin == toks[j-1].End && toks[j+1].Begin == toks[j].End {
		if _, ok := words[toks[j+1].Lower]; ok {
			j++ // "a 12-million-euro grant"
		}
	}
	if a.Currency == "" && j+1 < len(toks) && toks[j].Text == "/" && toks[j+1].Text == "-" && toks[j].Begin == toks[j-1].End && toks[j+1].Begin == toks[j].End {
		// "8.4bn/-", "500,000/-": the shilling mark of East African
		// copy (Kenya, Tanzania, Uganda), which names no country; like a
		// bare "shillings" it is read as KES.
		if exp == 0 && !strings.Contains(num, ",") {
			return Amount{}, false // "in 2019/-": a bare number is no amount
		}
		a.Currency, a.Last = "KES", j+1
	}
	if a.Currency == "" {
		code, last, ok := currencyAfter(toks, j)
		if !ok {
			return Amount{}, false
		}
		a.Currency, a.Last = code, last
	}
	if d, ok := decimalComma(num); ok {
		// "$1,67-billion" is 1.67 billion; with no scale word, "$1,67"
		// may be a list or a price in cents, and is not read.
		if exp < 6 {
			return Amount{}, false
		}
		num = d
	}
	v, ok := value(num, exp)
	if !ok {
		return Amount{}, false
	}
	a.Value = v
	return a, true
}

// gluedScale reads a whole scale word glued to a capitalised word that
// follows it, "millionThis" or "billionThe" (text that lost the space or
// line break between two sentences), and returns its power of ten.
// Only spelt-out words of four letters or more count: "mThe" is not read.
func gluedScale(w string) (int, bool) {
	if len(w) <= len("million") {
		return 0, false // no room for a scale word and a letter after it
	}
	for _, sc := range []string{"thousand", "million", "billion", "trillion"} {
		if len(w) > len(sc) && strings.EqualFold(w[:len(sc)], sc) && w[:1] == strings.ToLower(w[:1]) {
			if r := w[len(sc)]; r >= 'A' && r <= 'Z' {
				return scales[sc], true
			}
		}
	}
	return 0, false
}

// scaleFits rejects one-letter scales separated from the number ("5 m"
// is five metres more often than five million) unless written solid
// ("500m").
func scaleFits(scale, num token.Token) bool {
	if len(scale.Text) <= 2 && scale.Lower != "bn" && scale.Lower != "mn" && scale.Lower != "tn" {
		return scale.Begin == num.End
	}
	return true
}

// currencyAfter reads a currency name starting at toks[j]: an optional
// adjective of one or two words, then a currency word.
func currencyAfter(toks []token.Token, j int) (string, int, bool) {
	for n := 0; n <= 2; n++ { // adjective length
		k := j + n
		if k >= len(toks) {
			break
		}
		w := toks[k].Lower
		if !wordsFilter.May(w) {
			continue
		}
		code, ok := words[w]
		if !ok {
			continue
		}
		if n == 0 {
			if w == "dong" && toks[k].Text != "dong" {
				return "", 0, false // "Dong", a name
			}
			if w == "mark" || w == "marks" || w == "won" || w == "real" {
				// Common English words; only with a capital or an adjective.
				if !toks[k].IsCap() && w != "marks" {
					return "", 0, false
				}
			}
			return code, k, true
		}
		adj := make([]string, 0, n)
		for _, t := range toks[j:k] {
			if t.Kind != token.Word {
				return "", 0, false
			}
			adj = append(adj, t.Lower)
		}
		if c, ok := adjectives[stems[w]][strings.Join(adj, " ")]; ok {
			return c, k, true
		}
	}
	return "", 0, false
}

// value computes digits × 10^exp from the decimal text, through
// strconv.ParseFloat of "digits e exp" so that "5.6" billion is exactly
// 5600000000 rather than 5.6*1e9 with a rounding error.
func value(num string, exp int) (float64, bool) {
	s := strings.ReplaceAll(num, ",", "")
	if strings.Count(s, ".") > 1 {
		return 0, false
	}
	v, err := strconv.ParseFloat(s+"e"+strconv.Itoa(exp), 64)
	if err != nil || v <= 0 {
		return 0, false
	}
	return v, true
}

// FindScaled returns the amounts of toks written with a scale word but
// no currency ("rose to 182.9 billion", "to 17.9billion"), which a
// report of figures leaves to be read from the figures before; their
// Currency is "". A number followed by a noun ("1.3 billion people") or a
// percentage is no amount, nor is one Find reads as money.
func FindScaled(toks []token.Token) []Amount {
	var out []Amount
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].Kind != token.Number {
			continue
		}
		if _, ok := at(toks, i); ok {
			continue
		}
		if i > 0 && symbols[toks[i-1].Text] != "" {
			continue
		}
		if i > 1 && (toks[i-1].Text == "." || toks[i-1].Text == ",") && toks[i-1].Begin == toks[i-2].End && toks[i].Begin == toks[i-1].End {
			continue // "RM3.27 billion": the decimals of a number glued to a word
		}
		first, num := i, toks[i].Text
		if n, k, ok := spacedDecimal(toks, i); ok {
			num, i = n, k // "1. 92 billion"
		}
		e, ok := scaleOf(toks[i+1].Lower)
		if !ok || e < 6 || !scaleFits(toks[i+1], toks[i]) {
			continue
		}
		if j := i + 2; j < len(toks) && toks[j].Kind != token.Punct && !afterScaled[toks[j].Lower] {
			continue // "1.3 billion people"
		}
		if d, ok := decimalComma(num); ok {
			num = d // "1,67 billion"
		}
		v, ok := value(num, e)
		if !ok {
			continue
		}
		out = append(out, Amount{Value: v, First: first, Last: i + 1})
		i++
	}
	return out
}

// afterScaled are the words that may follow a bare scaled amount: a
// preposition or conjunction that ends its phrase ("182.9 billion in
// January", "17.9 billion and").
var afterScaled = map[string]bool{
	"in": true, "of": true, "for": true, "from": true, "to": true, "at": true, "and": true,
	"or": true, "last": true, "this": true, "a": true, "the": true, "while": true, "but": true,
	"compared": true, "up": true, "down": true, "on": true, "during": true, "against": true,
	// A month right after ("to 2.5 billion January") dates the amount.
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
}

// numberWords are the spelled-out numbers wire copy writes before a scale
// word ("nine billion U.S. dollars", AP and Xinhua style for numbers under
// ten).
var numberWords = map[string]string{
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "fifteen": "15",
	"twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
}

// numberWordsFilter spares Find the call to spelled for most words.
var numberWordsFilter = token.NewFilter(numberWords)

// spelled parses an amount whose number is spelled out at toks[i]: a
// number word, a scale word of a million or more written in full, and a
// currency after it ("nine billion U.S. dollars", "two million euros").
// Without a full scale word ("nine dollars", "two m") or a currency
// ("two million people") it is no amount.
func spelled(toks []token.Token, i int) (Amount, bool) {
	n, ok := numberWords[toks[i].Lower]
	if !ok || i+1 >= len(toks) {
		return Amount{}, false
	}
	if e, ok := scaleOf(toks[i+1].Lower); !ok || e < 6 || len(toks[i+1].Text) < 7 {
		return Amount{}, false
	}
	a, ok := scaled(toks, i, n, Amount{First: i, Last: i})
	if !ok || a.Currency == "" || a.Last <= i+1 {
		return Amount{}, false
	}
	return a, true
}
