package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// Dates of other languages and digits for LocateDCT: the byline or stamp of
// a story written in Tamil, Hindi, Arabic, Chinese or Russian ("ஜூலை 11,2021",
// "१२ मार्च २०१८", "٥ أكتوبر ٢٠٢٠", "2019年9月26日"), and dates written in
// non-Latin digits (Devanagari, Arabic-Indic, Tibetan, Bengali, Thai...).
// The value rules of this package read English only; these forms matter
// only for the article date, so LocateDCT reads them here, and only when
// they are in the script most of the text is written in: a Russian upload
// date on an English story's page stays page chrome. Dates with month names
// of other Latin-script languages (French, Spanish, German...) count only
// when the text has no English date at all.

// digitZeros are the code points of zero of the decimal digit blocks.
var digitZeros = []rune{
	'0', 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
	0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0xFF10,
}

// digitOf returns the value of a decimal digit of any script.
func digitOf(r rune) (int, bool) {
	if r < 0x80 {
		if r >= '0' && r <= '9' {
			return int(r - '0'), true
		}
		return 0, false
	}
	for _, z := range digitZeros {
		if r >= z && r <= z+9 {
			return int(r - z), true
		}
	}
	return 0, false
}

// foreignMonths maps lower-case month names of other languages to months.
// Sources: the month names of the CLDR calendars (unicode.org/cldr, Unicode
// licence) for these languages, in the forms news pages write in bylines.
var foreignMonths = map[string]int{}

// latinMonths marks the entries of foreignMonths written in Latin letters.
var latinMonths = map[string]bool{}

func init() {
	for _, row := range []struct {
		latin bool
		names string // twelve |-separated groups of ,-separated spellings
	}{
		{false, "जनवरी|फ़रवरी,फरवरी|मार्च|अप्रैल,अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर,सितम्बर|अक्टूबर,अक्तूबर|नवंबर,नवम्बर|दिसंबर,दिसम्बर"},
		{false, "जानेवारी|फेब्रुवारी|मार्च|एप्रिल|मे|जून|जुलै|ऑगस्ट|सप्टेंबर|ऑक्टोबर|नोव्हेंबर|डिसेंबर"},
		{false, "ஜனவரி|பிப்ரவரி|மார்ச்|ஏப்ரல்|மே|ஜூன்|ஜூலை|ஆகஸ்ட்,ஆகஸ்டு|செப்டம்பர்|அக்டோபர்|நவம்பர்|டிசம்பர்"},
		{false, "জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর"},
		{false, "جنوری|فروری|مارچ|اپریل|مئی|جون|جولائی|اگست|ستمبر|اکتوبر|نومبر|دسمبر"},
		{false, "يناير|فبراير|مارس|أبريل,ابريل,إبريل|مايو|يونيو,يونيه|يوليو,يوليه|أغسطس,اغسطس|سبتمبر|أكتوبر,اكتوبر|نوفمبر|ديسمبر"},
		{false, "|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|||"},
		{false, "ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر"},
		{false, "января,январь|февраля,февраль|марта,март|апреля,апрель|мая,май|июня,июнь|июля,июль|августа,август|сентября,сентябрь|октября,октябрь|ноября,ноябрь|декабря,декабрь"},
		{false, "січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня"},
		{false, "ιανουαρίου|φεβρουαρίου|μαρτίου|απριλίου|μαΐου|ιουνίου|ιουλίου|αυγούστου|σεπτεμβρίου|οκτωβρίου|νοεμβρίου|δεκεμβρίου"},
		{false, "มกราคม|กุมภาพันธ์|มีนาคม|เมษายน|พฤษภาคม|มิถุนายน|กรกฎาคม|สิงหาคม|กันยายน|ตุลาคม|พฤศจิกายน|ธันวาคม"},
		{true, "janvier|février,fevrier|mars|avril|mai|juin|juillet|août,aout|septembre|octobre|novembre|décembre,decembre"},
		{true, "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre,setiembre|octubre|noviembre|diciembre"},
		{true, "janeiro|fevereiro|março,marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro"},
		{true, "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"},
		{true, "januar,jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember"},
		{true, "januari|februari|maart,maret|april|mei|juni|juli|augustus,agustus|september|oktober|november|december,desember"},
		{true, "ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık"},
		{true, "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia"},
	} {
		for m, group := range strings.Split(row.names, "|") {
			for _, name := range strings.Split(group, ",") {
				if name == "" {
					continue
				}
				foreignMonths[name] = m + 1
				if row.latin {
					latinMonths[name] = true
				}
			}
		}
	}
}

// scripts are the scripts mainScriptOf tells apart; Han, Hiragana and
// Katakana count as one (Chinese and Japanese pages).
var scripts = []*unicode.RangeTable{
	unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Arabic, unicode.Hebrew,
	unicode.Devanagari, unicode.Bengali, unicode.Gurmukhi, unicode.Gujarati, unicode.Oriya,
	unicode.Tamil, unicode.Telugu, unicode.Kannada, unicode.Malayalam, unicode.Sinhala,
	unicode.Thai, unicode.Lao, unicode.Tibetan, unicode.Myanmar, unicode.Khmer,
	unicode.Georgian, unicode.Armenian, unicode.Ethiopic, unicode.Hangul, unicode.Han,
}

// scriptOf returns the index in scripts of r's script, -1 when none.
func scriptOf(r rune) int {
	if r < 0x80 {
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') {
			return 0
		}
		return -1
	}
	if unicode.In(r, unicode.Hiragana, unicode.Katakana) {
		return len(scripts) - 1
	}
	for i, t := range scripts {
		if unicode.Is(t, r) {
			return i
		}
	}
	// Digits carry no script property: a digit block belongs to the
	// script of its letters.
	if _, ok := digitOf(r); ok {
		return scriptOf(r + 0x10) // the letters right after the digits (works for the Brahmic, Tibetan and Arabic blocks)
	}
	return -1
}

// mainScriptOf returns the script holding most letters of text.
func mainScriptOf(text string) int {
	var n [32]int
	for _, r := range text {
		if unicode.IsLetter(r) {
			if s := scriptOf(r); s >= 0 {
				n[s]++
			}
		}
	}
	best := 0
	for i := range scripts {
		if n[i] > n[best] {
			best = i
		}
	}
	return best
}

// fitem is a number, a word or a punctuation mark of a line.
type fitem struct {
	b, e   int
	kind   byte // 'n' number, 'w' word, 'p' punctuation
	num    int
	ndig   int
	ascii  bool // a number in ASCII digits
	word   string
	script int
}

func lineItems(line string, off int) []fitem {
	var out []fitem
	for i := 0; i < len(line); {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isDigitRune(r):
			it := fitem{b: off + i, kind: 'n', ascii: true, script: -1}
			for i < len(line) {
				r, size = utf8.DecodeRuneInString(line[i:])
				d, ok := digitOf(r)
				if !ok {
					break
				}
				if r >= 0x80 {
					it.ascii = false
					it.script = scriptOf(r)
				}
				if it.ndig < 9 {
					it.num = it.num*10 + d
				}
				it.ndig++
				i += size
			}
			it.e = off + i
			out = append(out, it)
		case unicode.IsLetter(r) || unicode.IsMark(r):
			it := fitem{b: off + i, kind: 'w', script: scriptOf(r)}
			for i < len(line) {
				r, size = utf8.DecodeRuneInString(line[i:])
				if !(unicode.IsLetter(r) || unicode.IsMark(r)) || isDigitRune(r) {
					break
				}
				// 年, 月, 日 and 년, 월, 일 are words of their own:
				// "2019年9月26日".
				if strings.ContainsRune("年月日년월일", r) {
					if i == it.b-off {
						i += size
					}
					break
				}
				i += size
			}
			it.e = off + i
			it.word = strings.ToLower(line[it.b-off : it.e-off])
			out = append(out, it)
		default:
			out = append(out, fitem{b: off + i, e: off + i + size, kind: 'p', word: line[i : i+size], script: -1})
			i += size
		}
	}
	return out
}

func isDigitRune(r rune) bool {
	_, ok := digitOf(r)
	return ok
}

// foreignDate is one date of another language or digits found by
// foreignDates, with the script it is written in.
type foreignDate struct {
	date   annals.Date
	span   annals.Span
	script int
	latin  bool // a Latin-script month name of another language
	alone  bool // the date stands on its line, with at most a clock time
}

// foreignDates finds the dates of top that the English patterns do not
// read: day, month name and year ("11 ஜூலை 2021", "5 de marzo de 2019"),
// month name, day and year ("ஜூலை 11,2021"), numeric dates in non-Latin
// digits (day first, or year first), and Chinese, Japanese and Korean
// dates ("2019年9月26日", "2019년 9월 26일").
func foreignDates(top string) []foreignDate {
	var out []foreignDate
	offset := 0
	for rest := top; ; {
		k := strings.IndexByte(rest, '\n')
		line := rest
		if k >= 0 {
			line = rest[:k+1]
		}
		if !isASCII(line) {
			out = append(out, lineDates(strings.TrimSuffix(line, "\n"), offset)...)
		}
		offset += len(line)
		if k < 0 {
			return out
		}
		rest = rest[k+1:]
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func lineDates(line string, off int) []foreignDate {
	its := lineItems(line, off)
	var out []foreignDate
	month := func(k int) (int, bool) {
		if k < 0 || k >= len(its) || its[k].kind != 'w' {
			return 0, false
		}
		m, ok := foreignMonths[its[k].word]
		return m, ok
	}
	num := func(k int) (fitem, bool) {
		if k < 0 || k >= len(its) || its[k].kind != 'n' {
			return fitem{}, false
		}
		return its[k], true
	}
	// skip passes a comma, full stop or the words "de", "del", "di" between
	// the parts of a date.
	skip := func(k int) int {
		for k < len(its) && ((its[k].kind == 'p' && (its[k].word == "," || its[k].word == ".")) || (its[k].kind == 'w' && (its[k].word == "de" || its[k].word == "del" || its[k].word == "di"))) {
			k++
		}
		return k
	}
	add := func(y, m, d int, b, e, script int, latin bool) {
		if y > 2400 && script == thaiScript {
			y -= 543 // the Buddhist era of Thai dates
		}
		if y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > annals.DaysIn(y, monthOf(m)) {
			return
		}
		rest := strings.TrimSpace(line[e-off:])
		before := strings.TrimSpace(line[:b-off])
		alone := clockTail(rest) && countFields(before) <= 3
		out = append(out, foreignDate{date: annals.Date{Year: y, Month: monthOf(m), Day: d}, span: annals.Span{b, e}, script: script, latin: latin, alone: alone})
	}
	for k := 0; k < len(its); k++ {
		it := its[k]
		if it.kind == 'n' {
			// day, month name, year
			if it.ndig <= 2 {
				k2 := skip(k + 1)
				if m, ok := month(k2); ok {
					if y, ok := num(skip(k2 + 1)); ok && y.ndig == 4 {
						add(y.num, m, it.num, it.b, y.e, its[k2].script, latinMonths[its[k2].word])
						continue
					}
				}
			}
			// year 年 month 月 day 日
			if it.ndig == 4 && k+5 < len(its) && its[k+1].word == "年" && its[k+3].word == "月" && its[k+5].word == "日" {
				if m, ok := num(k + 2); ok {
					if d, ok := num(k + 4); ok {
						add(it.num, m.num, d.num, it.b, its[k+5].b+len("日"), len(scripts)-1, false)
						continue
					}
				}
			}
			if it.ndig == 4 && k+5 < len(its) && its[k+1].word == "년" && its[k+3].word == "월" && its[k+5].word == "일" {
				if m, ok := num(k + 2); ok {
					if d, ok := num(k + 4); ok {
						add(it.num, m.num, d.num, it.b, its[k+5].b+len("일"), hangulScript, false)
						continue
					}
				}
			}
			// numeric dates in non-Latin digits: Y-M-D or D-M-Y
			if !it.ascii && k+4 < len(its) && its[k+1].kind == 'p' && its[k+3].kind == 'p' && its[k+1].word == its[k+3].word && strings.Contains("-/.", its[k+1].word) {
				b, okb := num(k + 2)
				c, okc := num(k + 4)
				if okb && okc && its[k+1].e == b.b && b.e == its[k+3].b && its[k+3].e == c.b && its[k].e == its[k+1].b {
					if it.ndig == 4 {
						add(it.num, b.num, c.num, it.b, c.e, it.script, false)
					} else if c.ndig == 4 {
						add(c.num, b.num, it.num, it.b, c.e, it.script, false)
					}
					continue
				}
			}
		}
		if it.kind == 'w' {
			// month name, day, year
			if m, ok := month(k); ok {
				if d, ok := num(k + 1); ok && d.ndig <= 2 {
					if y, ok := num(skip(k + 2)); ok && y.ndig == 4 {
						add(y.num, m, d.num, it.b, y.e, it.script, latinMonths[it.word])
					}
				}
			}
		}
	}
	return out
}

var thaiScript, hangulScript = scriptIndex(unicode.Thai), scriptIndex(unicode.Hangul)

func scriptIndex(t *unicode.RangeTable) int {
	for i, s := range scripts {
		if s == t {
			return i
		}
	}
	return -1
}
