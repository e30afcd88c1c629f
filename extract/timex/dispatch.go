package timex

// Dispatch: most tokens where the longest match is tried start nothing.
// An article ("the", "a", "an") is the commonest time word of running text,
// and every pattern that starts with one reads the word after it as a
// lexicon word, a number, punctuation or a word compared by spelling (lit);
// before any other word ("the company", "a statement") no pattern can
// match, which startsNothing tells with one look at the next token instead
// of trying some fifteen patterns. So does a number of up to three digits
// before a plain word ("15 mln dlrs", "3 tonnes"), the commonest number of
// wire copy.

// litWords are the words the patterns compare by spelling (the string
// arguments of lit, and the word lists absolute.go and decadeWord read
// through a variable). TestLitWordsComplete keeps the list whole: it reads
// the package's source and fails on a lit word missing here.
var litWords = func() map[string]bool {
	s := map[string]bool{}
	for _, w := range []string{
		"a", "about", "account", "accounts", "additional", "affairs", "after", "aftermath", "afternoons", "attack", "attacks",
		"afterward", "afterwards", "against", "age", "ago", "ahead", "already", "also", "am", "an",
		"annual", "annum", "approximately", "are", "around", "arrest", "as", "assets", "been", "before",
		"beginning", "between", "billion", "building", "builds", "built", "but", "by", "cents", "centuries",
		"century", "clock", "close", "come", "coming", "consecutive", "contest", "current", "date",
		"day", "daylight", "days", "decade", "delivery", "distant", "dlrs", "dollars", "door", "dozen", "due", "during",
		"earlier", "early", "effective", "end", "ended", "ending", "ends", "entire", "eve", "evenings",
		"events", "extra", "fall", "far", "fewer", "final", "first", "flow", "flows", "following",
		"forest", "fortnightly", "friday", "from", "full", "further", "future", "had", "half", "handful",
		"harvest", "has", "have", "having", "head", "her", "hijackings", "his", "hours", "hrs", "hundred", "in", "initially", "interest",
		"invest", "is", "its", "just", "last", "late", "later", "latter", "law", "least", "less",
		"liabilities", "ll", "local", "long", "m", "many", "mid", "middle", "million", "monday", "month",
		"months", "more", "mornings", "most", "nd", "near", "never", "next", "night", "nights", "no",
		"not", "now", "number", "o", "of", "old", "on", "once", "one", "only", "originally", "other",
		"over", "p", "past", "pct", "percent", "period", "plan", "plans", "pm", "post", "pre", "preceding",
		"present", "previous", "previously", "prior", "protest", "quarter", "rd", "recent", "recently", "lately", "remaining",
		"request", "right", "roughly", "s", "said", "same", "says", "second", "set", "shall", "short",
		"since", "six", "so", "some", "soon", "st", "standard", "start", "steadily", "straight",
		"successive", "suggest", "sunday", "take", "taken", "takes", "taking", "term", "th", "that",
		"terror", "terrorist", "the", "their", "them", "there", "thereafter", "these", "this", "thousand", "three", "thrice",
		"through", "throughout", "till", "time", "times", "to", "today", "tomorrow", "tonight", "took",
		"twice", "two", "under", "until", "up", "v", "ve", "very", "vs", "wake", "week", "weekday", "weekdays", "weekend", "weekends",
		"weeks", "when", "which", "while", "who", "whole", "will", "year", "yearly", "years", "medium", "longer", "it", "go",
		"yesterday", "would", "was", "were", "closing", "waning", "dying", "opening", "few", "funds", "new", "season", "shipment",
		"hour", "saint", "patrick", "quarters", "halves", "thursday", "saturday", "worst", "best", "may", "upon",
		"left", "play", "usually", "typically", "normally", "generally", "often", "always", "opening", "session", "sessions",
	} {
		s[w] = true
	}
	for _, w := range dayFollowers {
		s[w] = true
	}
	for _, w := range teenthDays {
		s[w] = true
	}
	for w := range decadeNames {
		s[w] = true
	}
	return s
}()

// plainWord reports whether token k is a word that no pattern reads by
// itself: outside the lexicon and not among litWords.
func (m *matcher) plainWord(k int) bool {
	if k < 0 || k >= len(m.toks) {
		return false
	}
	t := &m.toks[k]
	if t.kind != kWord || t.w != nil {
		return false
	}
	// inSet is false for words longer than any litWord, so they are plain.
	return !m.inSet(k, litWords)
}

// startsNothing reports whether no pattern can match at token i, without
// trying them: an article or a short number before a plain word.
func (m *matcher) startsNothing(i int) bool {
	if t := &m.toks[i]; t.kind == kNum {
		// "15 mln", "3 tonnes": a number of one to three digits stands
		// alone in no pattern (four are a year or a clock time), and
		// each reads the word after it as a unit, a month, an ordinal
		// suffix ("th"), "a.m." or another lexicon or lit word.
		return t.ndig <= 3 && m.plainWord(i+1)
	}
	w := m.toks[i].w
	if w == nil || m.toks[i].kind != kWord {
		return false
	}
	if !(w.misc == "the" || w.cls == cNum && w.num == 1 && m.toks[i].e-m.toks[i].b <= 2 && (m.lit(i, "a") || m.lit(i, "an"))) {
		return false
	}
	return m.plainWord(i + 1)
}
