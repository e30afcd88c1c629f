package timex

import (
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/annals-project/annals"
)

// DCT is an article's own date (its document creation time) as found in the
// text, with the evidence.
type DCT struct {
	// Date is the article date. When YearKnown is false only its Month and
	// Day are set (a Reuters dateline "TOKYO, March 3 -" with no year
	// anywhere in the text).
	Date      annals.Date
	YearKnown bool
	// YearByWeekday is set when the year of a dateline without one was
	// inferred from the weekday its lead names (see yearByWeekday): a
	// page's own metadata date, when there is one, is the better guide.
	YearByWeekday bool
	// Span is the byte range of the date expression that gave Date.
	Span annals.Span
	// From says how the date was found: "dateline" (an agency dateline:
	// "(1 Nov 2013)" at the start of a line, or "CITY, March 3 -"),
	// "metadata" (a "Date:", "Published:" or "Updated" line), "line" (a
	// line holding only a date) or "text" (the first full date near the top).
	From string
}

// Ranks of the kinds of evidence, strongest first. An agency dateline at the
// start of a line is the story's own date; "Published" and "Updated" lines
// may belong to the page that carries the story (an upload date), so they
// rank below a "Date:" line and the dateline. An "Updated" or "Last
// modified" stamp dates a revision of the story, so it ranks below the
// "Published" or "First published" stamp of the same page. A photo
// caption's date is the pictured event's (often the day before the story,
// or years before for a file photo): evidence when nothing else dates the
// story, below any other date of the text.
const (
	rankCaption = iota + 1
	rankText
	rankLine
	rankUpdated
	rankPublished
	rankPlaceLine
	rankMetadata
	rankDateline
)

// dctWindow is how far into the text FindDCT looks: datelines and bylines
// sit at the top, page chrome and comments further down.
const dctWindow = 16000

// FindDCT returns the article's own date from its datelines and bylines, as
// [LocateDCT] finds it, and false when the text gives no date with a year.
func FindDCT(text string) (annals.Date, bool) {
	d, ok := LocateDCT(text)
	if !ok || !d.YearKnown {
		return annals.Date{}, false
	}
	return d.Date, true
}

// LocateDCT finds the article's own date and says where it came from. It
// looks at the top of the text (the first 16,000 bytes) for, in order of
// strength: an agency dateline ("(1 Nov 2013)" opening a line, or "TOKYO,
// March 3 (Reuters) -" whose year comes from a full date with the same
// month and day, or else from a date line or metadata line; without one
// the result has YearKnown false), a "Date:" line, a
// "Published:"/"Posted:"/"Updated" line, a line holding only a date, and
// finally the first full date. Ties go to the earliest. Dates of other
// languages and digits count when written in the text's own script (see
// foreignDates), so that another language's page chrome around a story
// does not date it; dates after "uploaded", "copyright" or "comment", and
// in a block of related stories, are skipped. It returns false when no
// candidate is found.
func LocateDCT(text string) (DCT, bool) {
	top := text
	if len(top) > dctWindow {
		top = top[:dctWindow]
		for len(top) > 0 && top[len(top)-1] >= 0x80 {
			top = top[:len(top)-1] // do not cut a rune
		}
	}
	d, ok := locateDCT(top)
	if ok && d.YearKnown {
		d.Date = glossedToday(top, d)
	}
	return d, ok
}

// glossedToday returns the day the story speaks from when its text glosses
// "today" or "tonight" with a weekday in brackets, as wire and broadcast
// copy filed the day before does ("travels to Prague today (Sunday)",
// filed on the Saturday): the date of that weekday nearest to the date d
// found (within three days either side, one date only), else d's date. The
// gloss counts after the date's evidence, within the story's opening
// (maxGlossLead bytes).
func glossedToday(top string, d DCT) annals.Date {
	from := min(max(d.Span[1], 0), len(top))
	lead := top[from:min(len(top), from+maxGlossLead)]
	for k := 0; k < len(lead); {
		i := strings.Index(lead[k:], "(")
		if i < 0 {
			break
		}
		i += k
		k = i + 1
		w, ok := glossWeekday(lead, i)
		if !ok {
			continue
		}
		if int(d.Date.Weekday()) == w {
			return d.Date
		}
		shift := (w - int(d.Date.Weekday()) + 7) % 7 // 1..6 days on
		if shift > 3 {
			shift -= 7
		}
		return d.Date.AddDays(shift)
	}
	return d.Date
}

// maxGlossLead is how far after the date's evidence glossedToday looks.
const maxGlossLead = 1500

// glossWeekday reads the weekday of a gloss "today (Sunday)" whose
// bracket opens at lead[i]: "today" or "tonight" right before it (one
// space between), a weekday inside and the closing bracket after it.
func glossWeekday(lead string, i int) (int, bool) {
	before := strings.TrimRight(lead[:i], " ")
	if len(before) != i-1 {
		return 0, false
	}
	switch strings.ToLower(before[strings.LastIndexAny(before, " \n\t(\"'")+1:]) {
	case "today", "tonight":
	default:
		return 0, false
	}
	end := strings.IndexByte(lead[i:min(len(lead), i+12)], ')')
	if end < 0 {
		return 0, false
	}
	name := strings.TrimSpace(lead[i+1 : i+end])
	for w := time.Sunday; w <= time.Saturday; w++ {
		if strings.EqualFold(name, w.String()) {
			return int(w), true
		}
	}
	return 0, false
}

// locateDCT is LocateDCT on the top of the text.
func locateDCT(top string) (DCT, bool) {
	tp := tokPool.Get().(*[]token)
	toks := tokenize(top, *tp)
	defer func() {
		if cap(toks) <= maxPooledTokens {
			*tp = toks[:0]
			tokPool.Put(tp)
		}
	}()
	m := &matcher{text: top, toks: toks}
	var best DCT
	bestRank, bestLine := 0, 0
	var item annals.Date // the newest later item of a page of several (see below)
	var itemSpan annals.Span
	var partial []DCT // datelines without a year
	var stampDCT DCT  // the first unlabelled date line with a clock
	stampLine := -1
	var years []annals.Date
	prose, story := proseStart(top), storyStart(top)
	lead := leadStart(top)
	related := relatedStart(top, prose)
	for i := 0; i < len(toks); i++ {
		var mm match
		var ok bool
		if mm, ok = m.numericDate(i); !ok {
			if mm, ok = m.dayMonth(i); !ok {
				if mm, ok = m.monthFirst(i); !ok {
					if mm, ok = m.dashedStamp(i); !ok {
						if mm, ok = m.shortStamp(i); !ok {
							if mm, ok = m.spacedStamp(i); !ok {
								if mm, ok = m.spacedDashStamp(i); !ok {
									if mm, ok = m.pathStamp(i); !ok {
										if mm, ok = m.compactStamp(i); !ok {
											mm, ok = m.yearSlash(i)
										}
									}
								}
							}
						}
					}
				}
			}
		}
		if ok && story < len(top) {
			if vs := m.slashReadings(i); len(vs) > 1 {
				// "10/08/2003" is October 8 in US order and 10 August
				// day first: the weekday the story names tells which,
				// else the clock the stamp gives.
				if d, found := byWeekday(top, story, vs); found {
					mm = match{i + 5, valueSem(annals.TimeDate, d.String())}
				} else if dayFirstClock(top[toks[i+4].e:min(len(top), toks[i+4].e+80)]) {
					mm = match{i + 5, valueSem(annals.TimeDate, vs[1])}
				} else if d, found := byStoryDays(top, toks, i+5, vs); found {
					// Else the days the story gives: "arrived on
					// Tuesday (9)".
					mm = match{i + 5, valueSem(annals.TimeDate, d.String())}
				}
			}
		}
		if !ok {
			if vs := m.shortReadings(i); len(vs) > 1 && story < len(top) {
				// A stamp read several ways: the weekday the story names
				// tells which.
				if d, found := byWeekday(top, story, vs); found {
					mm, ok = match{i + 5, valueSem(annals.TimeDate, d.String())}, true
				}
			}
		}
		if !ok {
			continue
		}
		b, e := toks[i].b, toks[mm.end-1].e
		lineStart := strings.LastIndexByte(top[:b], '\n') + 1
		lineEnd := len(top)
		if k := strings.IndexByte(top[e:], '\n'); k >= 0 {
			lineEnd = e + k
		}
		before := strings.TrimSpace(top[lineStart:b])
		after := strings.TrimSpace(top[e:lineEnd])
		s := mm.s
		if s.anchor == aMonthDay && s.day > 0 && s.month2 == 0 && before == "" && after == "" && lineStart < prose {
			// "March 4" alone on a line above the story, its year on the
			// next line, alone or after a clock ("09:31 2017"): a page's
			// date stamp set on two lines.
			if y, ok := yearLineBelow(top, lineEnd); ok {
				if v := dayValue(y, s.month, s.day); v != "" {
					s = valueSem(annals.TimeDate, v)
				}
			}
		}
		if s.anchor == aMonthDay && s.day > 0 && s.month2 == 0 {
			// "CITY, March 3 -" or "CITY, March 3 (Reuters) -": a dateline
			// without a year.
			if (isDatelinePrefix(before) || (before == "" && lineStart <= prose && agencyDash(after))) && datelineEnd(after) {
				partial = append(partial, DCT{Date: annals.Date{Month: monthOf(s.month), Day: s.day}, Span: annals.Span{b, e}, From: "dateline"})
			}
			i = mm.end - 1
			continue
		}
		if s.anchor != aValue || len(s.val) != 10 {
			i = mm.end - 1
			continue
		}
		d, err := annals.ParseDate(s.val)
		if err != nil {
			continue
		}
		compact := mm.end-i == 1
		short := compact || (mm.end-i == 5 && toks[i].ndig == 2 && toks[i+4].ndig == 2 && m.punct(i+1, '-'))
		if short && strings.HasSuffix(before, "(") && e < len(top) && top[e] == ')' {
			// "Noon Briefing Report (96-07-05)": a stamp in brackets
			// closing the headline, as a mirror or an archive files it.
			before, after = strings.TrimSpace(strings.TrimSuffix(before, "(")), strings.TrimSpace(after[1:])
			if before != "" {
				before += ","
			}
			e++
		}
		if short && gluedWord(top, e) {
			// "Agency Report, 97-05-01U.S. Department...": a word glued
			// to the stamp's last digit starts what was the next line of
			// a page whose line breaks were lost.
			after = ""
		}
		lbs := strings.ToLower(before)
		labelled := short && dateLabel(lbs) && !containsAny(lbs, "upload", "copyright", "©", "comment", "joined", "member since")
		filed := short && fileStamp(before, after)
		if short && !filed && !(after == "" && (labelled || (!compact && (before == "" || isPlaceOnly(before) || headlineStamp(before))))) {
			// A two-digit-year or compact stamp counts only where a page
			// stamps its story: after a date label ("Date: 96-07-05",
			// "DATE=19960705"), or, hyphenated, alone on a line, after a
			// label ("In The News") or closing the headline.
			i = mm.end - 1
			continue
		}
		if m.spacedDash(i) && !(after == "" && (before == "" || dashedByline(before) || isPlaceOnly(before))) {
			// "8 – 9 – 2019" and "8 / 9 / 2019" are a date only where
			// they close a dateline or a short heading of capitalised
			// words ("Daily Bulletin"); in prose they are as likely a
			// score, a range or a ratio.
			i = mm.end - 1
			continue
		}
		lb := strings.ToLower(before)
		path := mm.end-i == 3 && toks[i].ndig == 4
		if path && !strings.HasPrefix(lb, "you are here") {
			// "2007 08 29" is a date only in a breadcrumb, which
			// spells the page's archive path.
			i = mm.end - 1
			continue
		}
		years = append(years, d)
		rank := rankText
		stamp := clockTail(after) || dashedClock(after)
		switch {
		case path:
			rank = rankPublished
		case before == "" && commentAbove(top, lineStart):
			rank = 0
		case labelled:
			rank = rankMetadata
		case filed:
			// "usia/96-07-05.usia.html": a mirror's or an archive's file
			// named by the story's day, a weak sign like a date in the
			// text.
			rank = rankText
		case short:
			rank = rankLine
		case containsAny(lb, "upload", "copyright", "©", "comment", "joined", "member since"):
			rank = 0
		case crawlLabel(lb):
			// "Retrieved 9 March 2020", "Printed on: ...": the day a
			// reader, a crawler or an archive took the page, not the
			// story's.
			rank = 0
		case lineStart > related:
			rank = 0
		case (lineStart > prose && commentStamp(after) && !containsAny(lb, "posted", "published", "updated", "filed", "by ")) || relatedLine(lb) || printedLabel(lb):
			// "Vika Saturday, 11 June 2016 15:39 Comment Link" under the
			// story: a reader's comment stamped by the page (above the
			// story, "Jane Doe March 8, 2013 Leave a comment" is the
			// story's by-line); "Related: Truce
			// collapses (March 20, 2013)": another
			// story's date; "This article was printed from example.com
			// on 12 March 2013": the day a reader printed the page.
			rank = 0
		case lineStart > prose && posterLabel(lb):
			// "John posted on March 9, 2013" under the story: a reader's
			// post.
			rank = 0
		case before == "" && after != "" && !stamp && calendarAbove(top, lineStart):
			// "Upcoming events" over "12 March 2013: Donor conference":
			// the dates of a calendar's events, not the story's. A date
			// alone on its line (or with its clock) under a section
			// named "Events" is the story's date line.
			rank = 0
		case captionAround(top, lineStart, lineEnd, b, e):
			rank = rankCaption
		case strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")") && strings.TrimSuffix(before, "(") == "":
			rank = rankDateline
		case strings.HasPrefix(lb, "date") || strings.HasPrefix(lb, "dated") || dateLabel(lb):
			rank = rankMetadata
		case containsAny(lb, "published", "posted", "updated", "last modified"):
			rank = rankPublished
			if revisionLabel(lb) {
				rank = rankUpdated
			}
		case isDatelinePrefix(before) && datelineEnd(after) && !dashedClock(after):
			rank = rankDateline
		case before == "" && lineStart <= prose && agencyDash(after):
			// "March 3, 2013 (Reuters) - The bank ...": an agency's
			// dateline without a place.
			rank = rankDateline
		case before == "" && (lineStart == prose || lineStart == lead) && (dashLead(after) || (stopLead(after) && !(bestRank >= rankLine && best.Date.After(d.AddDays(maxDigestDays))))):
			// "19 February 2008 – A senior official will ..." or "10
			// June, 2016. The prime minister ...": a full date and a dash
			// or a full stop opening the story's first paragraph (the
			// first line of prose that is no photo caption) are the
			// story's own dateline (an agency's or a news centre's,
			// without a place), above a mirror's "Published:" stamp and
			// a caption's date. A date and a full stop more than a week
			// older than a page stamp above it open a feature ("11
			// September 2001. The towers ..."), not a dateline.
			rank = rankDateline
		case lineStart < prose && isDatelinePrefix(before) && !chromeWords(before) && !namesWeekday(before) && placeLineEnd(top, e, after):
			// "BC, Riga, 20.11.2014." or "Brussels, 12 March 2021": a
			// place and a full date closing a line above the story are
			// the story's dateline, above a site's clock in its masthead
			// ("news & analytics Friday, 29.03.2024, 12:26") and a page's
			// "Updated" stamp.
			rank = rankPlaceLine
		case stamp && before == "" && lineStart < prose && placeAbove(top, lineStart):
			rank = rankPlaceLine
		case stamp && (before == "" || isPlaceOnly(before)):
			// "Montevideo, November 23rd 2024 - 07:38 UTC": a place or a
			// weekday, the date and its clock make a date line, not a
			// dateline that opens a story; of two such lines, the one
			// under the headline is the story's (below).
			rank = rankLine
		}
		// Of two date lines at the top, the one under (or closing) a
		// headline is the story's: a date line above the headline is the
		// page's (the day a mirror or a blog carried the story).
		if rank == rankLine && bestRank == rankLine && lineStart > story && d.After(best.Date) && !d.After(best.Date.AddDays(maxDigestDays)) &&
			(item.IsZero() || d.After(item)) && headlineAbove(top, bestLine) && headlineAbove(top, lineStart) && proseBelow(top, lineEnd) {
			// A page of several items, each a headline, a date line and
			// its text (a day's readouts, a blog's posts): the page is
			// as new as its newest item.
			item, itemSpan = d, annals.Span{b, e}
		}
		if rank == rankLine && stamp && stampLine < 0 {
			stampDCT, stampLine = DCT{Date: d, YearKnown: true, Span: annals.Span{b, e}, From: fromOf(rank)}, lineStart
		}
		if rank > bestRank || (rank == rankLine && bestRank == rankLine && lineStart < story && headlineBetween(top, bestLine, lineStart, before)) {
			best, bestRank, bestLine = DCT{Date: d, YearKnown: true, Span: annals.Span{b, e}, From: fromOf(rank)}, rank, lineStart
		}
		i = mm.end - 1
	}
	if bestRank == rankUpdated && stampLine >= 0 && !stampDCT.Date.After(best.Date) && adjacentLines(top, stampLine, bestLine) {
		// "Last modified on Tue 4 Feb 2014 09.00 GMT" next to "Mon 3 Feb
		// 2014 10.44 GMT": the unlabelled stamp beside a revision's is
		// the first publication's.
		best, bestRank = stampDCT, rankLine
	}
	if !item.IsZero() && bestRank == rankLine && item.After(best.Date) {
		best.Date, best.Span = item, itemSpan
	}
	// Dates of other languages and digits (see foreignDates): in the
	// text's own script, or in Latin letters when no English date is found.
	englishRank, mainScript := bestRank, -1
	for _, f := range foreignDates(top) {
		if mainScript < 0 {
			mainScript = mainScriptOf(top)
		}
		if f.span[0] > related || (f.latin && (englishRank > 0 || mainScript != 0)) || (!f.latin && f.script != mainScript) {
			continue
		}
		years = append(years, f.date)
		rank := rankText
		if f.alone {
			rank = rankLine
		}
		if rank > bestRank || (rank == bestRank && f.span[0] < best.Span[0]) {
			best, bestRank = DCT{Date: f.date, YearKnown: true, Span: f.span, From: fromOf(rank)}, rank
		}
	}
	if len(partial) == 0 {
		if p, ok := lowerDateline(top, toks); ok {
			partial = append(partial, p)
		}
	}
	for _, p := range partial {
		if bestRank >= rankDateline {
			break
		}
		// The year: a full date with the same month and day, or one or two
		// days later (the page's stamp of a story filed the evening
		// before) or earlier (a photo caption's of the eve), else that of a date standing on its own line or in a
		// metadata line; a full date elsewhere in the text is too often
		// another event's (a maturity, a deadline).
		y := 0
	lag:
		for _, k := range []int{0, 1, 2, -1, -2} {
			for _, d := range years {
				if e := d.AddDays(-k); e.Month == p.Date.Month && e.Day == p.Date.Day {
					y = e.Year
					break lag
				}
			}
		}
		if y == 0 && bestRank >= rankLine {
			y = best.Date.Year
		}
		if y == 0 {
			if bestRank < rankLine {
				if d, ok := yearByWeekday(top, toks, years, p); ok {
					p.Date, p.YearKnown, p.YearByWeekday = d, true, true
				}
				return p, true // month and day only unless the weekday tells
			}
			break
		}
		if p.Date.Day > annals.DaysIn(y, p.Date.Month) {
			continue
		}
		p.Date.Year, p.YearKnown = y, true
		return p, true
	}
	if bestRank == rankText && storyLeads(top) >= 2 {
		// A page listing stories (the leads of several, each under its
		// own dateline or cut short): a date in one lead is that story's,
		// not the page's.
		return DCT{}, false
	}
	return best, bestRank > 0
}

func fromOf(rank int) string {
	switch rank {
	case rankDateline, rankPlaceLine:
		return "dateline"
	case rankMetadata, rankPublished, rankUpdated:
		return "metadata"
	case rankLine:
		return "line"
	}
	return "text"
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// isDatelinePrefix reports whether s looks like the place part of a wire
// dateline: "TOKYO,", "NOVATO, Calif.,", "Lima, Peru –": a few capitalised
// words ending in a comma or dash, at most 60 bytes.
func isDatelinePrefix(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	s = strings.TrimRight(s, " \t")
	if !strings.HasSuffix(s, ",") && !strings.HasSuffix(s, "–") && !strings.HasSuffix(s, "-") {
		return false
	}
	return isPlaceOnly(strings.TrimRight(s, ",–- "))
}

// isPlaceOnly reports whether s is a short run of capitalised words (a
// place name) with commas and full stops.
func isPlaceOnly(s string) bool {
	if s == "" || len(s) > 60 {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '–' })
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		c := w[0]
		if !(c >= 'A' && c <= 'Z') && c < 0x80 {
			return false
		}
	}
	return true
}

// placeLineEnd reports whether after, the rest of the line after a date
// that follows a place, closes a date line: nothing, a full stop, or a full
// stop glued to a capitalised word ("20.11.2014.Print version"), the next
// line of a page whose line break was lost. A full stop and a space before
// more words ("Riga, 19.11.2014. Photo: ...") is a caption's sentence.
func placeLineEnd(top string, e int, after string) bool {
	if after == "" || after == "." {
		return true
	}
	return len(after) > 1 && after[0] == '.' && e+1 < len(top) && top[e] == '.' && top[e+1] >= 'A' && top[e+1] <= 'Z'
}

// lowerDateline reads a wire dateline whose month is not capitalised
// ("Caracas, feb 26 -", "NEW YORK, march 2 -"): the first line of the text
// that starts with a place, a comma, a month name in any case and a day,
// then a dash or parenthesis. Tag needs capitals to tell "march" from the
// verb; at the head of a dateline the position says it is a date.
func lowerDateline(top string, toks []token) (DCT, bool) {
	for i := 0; i+2 < len(toks) && i < 40; i++ {
		t := toks[i]
		if t.kind != kPunct || t.punct != ',' {
			continue
		}
		w := toks[i+1].w
		if toks[i+1].kind != kWord || !w.is(cMonth) {
			continue
		}
		k := i + 2
		if k < len(toks) && toks[k].kind == kPunct && toks[k].punct == '.' {
			k++
		}
		if k >= len(toks) || toks[k].kind != kNum || toks[k].num < 1 || toks[k].num > 31 {
			continue
		}
		lineStart := strings.LastIndexByte(top[:t.b], '\n') + 1
		if !isPlaceOnly(strings.TrimSpace(top[lineStart:t.b])) {
			continue
		}
		rest := strings.TrimSpace(top[toks[k].e:])
		rest = strings.TrimPrefix(rest, ",")
		rest = strings.TrimSpace(rest)
		if !strings.HasPrefix(rest, "-") && !strings.HasPrefix(rest, "(") && !strings.HasPrefix(rest, "–") {
			continue
		}
		mon := monthOf(w.month)
		if toks[k].num > annals.DaysIn(2000, mon) {
			continue
		}
		return DCT{Date: annals.Date{Month: mon, Day: toks[k].num}, Span: annals.Span{toks[i+1].b, toks[k].e}, From: "dateline"}, true
	}
	return DCT{}, false
}

// datelineEnd reports whether after, the rest of the line after a date that
// follows a place, closes a dateline: a dash of any width, an opening
// parenthesis ("(Reuters)") or a colon ("GENEVA, 5 May 2011: The talks").
func datelineEnd(after string) bool {
	for _, p := range []string{"-", "(", "–", "—", ":"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// agencyDash reports whether after, the rest of a line after a date that
// opens it, is an agency's name in brackets and a dash ("(Reuters) -",
// "(AP) --"): a wire dateline without a place.
func agencyDash(after string) bool {
	if !strings.HasPrefix(after, "(") {
		return false
	}
	k := strings.IndexByte(after, ')')
	if k < 2 || k > 40 || !isPlaceOnly(after[1:k]) {
		return false
	}
	rest := strings.TrimLeft(after[k+1:], " \t")
	return strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—")
}

// maxDigestDays is how much newer than the first item's date a later
// item's may be on a page of several items.
const maxDigestDays = 7

// headlineAbove reports whether the nearest non-blank line above the one
// starting at lineStart reads as a headline.
func headlineAbove(top string, lineStart int) bool {
	for end := lineStart - 1; end > 0; {
		start := strings.LastIndexByte(top[:end], '\n') + 1
		if l := strings.TrimSpace(top[start:end]); l != "" {
			return isHeadline(l)
		}
		end = start - 1
	}
	return false
}

// proseBelow reports whether running prose (a line of 15 words or more)
// follows the line ending at lineEnd within two lines: the text of an
// item, not a link to it.
func proseBelow(top string, lineEnd int) bool {
	rest := top[min(lineEnd+1, len(top)):]
	for n := 0; n < 3 && rest != ""; n++ {
		l := rest
		if k := strings.IndexByte(rest, '\n'); k >= 0 {
			l, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		if countFields(l) >= 15 {
			return true
		}
	}
	return false
}

// relatedHeads open the blocks of links to other stories that pages set
// after (or beside) the story: the dates in them are those stories' dates.
var relatedHeads = []string{
	"related", "episodes", "more from", "more stories", "more news", "read more",
	"read also", "also read", "see also", "you might also like", "you may also like",
	"recommended", "most read", "most popular", "trending",
}

// relatedStart returns the offset of the first short line opening with
// one of relatedHeads ("Related", "More from Reuters", "You might also
// like"), or len(top) when there is none. A head above prose (the offset
// of the first line of running prose, see proseStart) is passed over: it
// opens a block of links in the page's chrome ("Related topics" over the
// headline), and the headline, date and story under it are the page's
// own.
func relatedStart(top string, prose int) int {
	seen := 0
	return firstLine(top, func(l string) bool {
		at := seen
		seen += len(l) + 1
		if at < prose && prose < len(top) {
			return false
		}
		l = strings.ToLower(strings.TrimSpace(l))
		if l == "" || countFields(l) > 5 {
			return false
		}
		for _, h := range relatedHeads {
			if strings.HasPrefix(l, h) {
				return true
			}
		}
		return false
	})
}

// dashedStamp reads a day-first date joined by hyphens, as web pages and
// bylines outside the United States stamp them ("26-09-2019 03:06 PM"):
// two digits, two digits and a four-digit year. The day comes first unless
// only the other order is a date; the value rules leave this form alone
// because in prose "10-12-2019" is as often a range as a date, so only
// LocateDCT reads it.
func (m *matcher) dashedStamp(i int) (match, bool) {
	a, ok := m.isNum(i)
	if !ok || a.ndig > 2 || !m.punct(i+1, '-') || !m.adj(i+1) || !m.adj(i+2) {
		return match{}, false
	}
	b, ok := m.isNum(i + 2)
	if !ok || b.ndig > 2 || !m.punct(i+3, '-') || !m.adj(i+3) || !m.adj(i+4) {
		return match{}, false
	}
	c, ok := m.isNum(i + 4)
	if !ok || c.ndig != 4 || (m.punct(i+5, '-') && m.adj(i+5)) {
		return match{}, false
	}
	day, mon := a.num, b.num
	if mon > 12 && day <= 12 {
		day, mon = mon, day
	}
	if mon < 1 || mon > 12 {
		return match{}, false
	}
	if v := dayValue(c.num, mon, day); v != "" {
		return match{i + 5, valueSem(annals.TimeDate, v)}, true
	}
	return match{}, false
}

// clockTail reports whether after, the rest of a line after a date, holds
// nothing but a clock time and its zone ("", "03:06 PM", "| 18:15 IST",
// "14:40 PM EDT", "; 4:40 p.m. EST" as wire copy on the web of the 1990s
// stamps it): a date stamp standing on its own line.
func clockTail(after string) bool {
	f := strings.FieldsFunc(after, func(r rune) bool {
		return r == ' ' || r == '|' || r == ',' || r == ';' || r == '(' || r == ')' || r == '\t'
	})
	if len(f) > 4 {
		return false
	}
	clock, dotted, zone := false, false, false
	for _, w := range f {
		switch strings.ToLower(w) {
		case "am", "pm", "a.m.", "p.m.", "local":
			continue
		case "gmt", "utc", "ist", "edt", "est", "cet", "cest", "bst", "kst", "jst", "pst", "pdt":
			zone = true
			continue
		}
		if !clock && len(w) >= 4 && len(w) <= 8 && strings.Count(w, ":") >= 1 && strings.Trim(w, "0123456789:") == "" {
			clock = true
			continue
		}
		if !clock && dottedClock(w) {
			clock, dotted = true, true
			continue
		}
		return false
	}
	return !dotted || zone
}

// dottedClock reports whether w is a clock written with a full stop, as
// British papers print it ("10.44"): one or two digits, a stop and two
// digits of minutes. clockTail takes it only before a time zone ("10.44
// GMT"), since alone it reads as well as a number.
func dottedClock(w string) bool {
	h, m, ok := strings.Cut(w, ".")
	if len(h) == 1 {
		h = "0" + h
	}
	return ok && len(h) == 2 && len(m) == 2 && strings.Trim(h+m, "0123456789") == "" && h < "24" && m < "60"
}

// dashLead reports whether after, the rest of a line after a date, is a
// dash and the words of a story ("– A senior official ..."), not a clock
// time ("- 07:38 UTC").
func dashLead(after string) bool {
	for _, p := range []string{"-", "–", "—"} {
		if rest, ok := strings.CutPrefix(after, p); ok {
			rest = strings.TrimLeft(rest, "-–— ")
			return countFields(rest) >= 8 && !clockTail(rest)
		}
	}
	return false
}

// relatedLine reports whether lb, the lower-cased text before a date on
// its line, opens with one of relatedHeads and a colon ("related: truce
// collapses (", "read more: envoys named,"): a run-in list of other
// stories.
func relatedLine(lb string) bool {
	for _, h := range relatedHeads {
		if rest, ok := strings.CutPrefix(lb, h); ok {
			k := strings.IndexByte(rest, ':')
			return k >= 0 && countFields(rest[:k]) <= 2
		}
	}
	return false
}

// printedLabel reports whether lb, the lower-cased text before a date on
// its line, says when the page was printed ("this article was printed
// from example.com on", "printed from example news,"), which crawlLabel's
// short labels do not cover.
func printedLabel(lb string) bool {
	return containsAny(lb, "printed from", "was printed")
}

// posterLabel reports whether lb, the lower-cased text before a date on
// its line, is a name and "posted", "wrote" or "said" ("john posted on",
// "mary wrote on"): the stamp of a reader's post. A page's own by-line
// opens with the label ("posted by jane doe on").
func posterLabel(lb string) bool {
	f := strings.Fields(lb)
	for i, w := range f {
		switch w {
		case "posted", "wrote", "said", "says", "replied":
			return i >= 1 && i <= 3 && (i+1 == len(f) || f[i+1] == "on" || f[i+1] == "at")
		}
	}
	return false
}

// calendarHeads open a calendar of events in a page's chrome.
var calendarHeads = []string{"upcoming events", "events calendar", "calendar", "events", "what's on", "whats on", "agenda", "upcoming", "diary"}

// calendarAbove reports whether the line starting at lineStart stands in
// a calendar of events: the lines above it, back to a line that is one of
// calendarHeads, each open with a date (see opensDate) or are blank.
func calendarAbove(top string, lineStart int) bool {
	for end := lineStart - 1; end > 0; {
		start := strings.LastIndexByte(top[:end], '\n') + 1
		l := strings.ToLower(strings.TrimSpace(top[start:end]))
		end = start - 1
		if l == "" {
			continue
		}
		if slices.Contains(calendarHeads, strings.TrimRight(l, ":")) {
			return true
		}
		if !opensDate(l) {
			return false
		}
	}
	return false
}

// opensDate reports whether the lower-cased line l opens with a number, a
// month's or a weekday's name: a date's first word.
func opensDate(l string) bool {
	w, _, _ := strings.Cut(l, " ")
	w = strings.TrimRight(w, ",.:")
	if w == "" {
		return false
	}
	if strings.Trim(w, "0123456789./-") == "" {
		return true
	}
	if len(w) < 3 {
		return false
	}
	for m := time.January; m <= time.December; m++ {
		if n := strings.ToLower(m.String()); strings.HasPrefix(n, w) {
			return true
		}
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if n := strings.ToLower(d.String()); strings.HasPrefix(n, w) {
			return true
		}
	}
	return false
}

// stopLead reports whether after, the rest of a line after a date that
// opens it, is a full stop or a colon and the words of a story ("10 June,
// 2016. The prime minister ..."): at least eight words, the first
// capitalised.
func stopLead(after string) bool {
	rest, ok := strings.CutPrefix(after, ".")
	if !ok {
		if rest, ok = strings.CutPrefix(after, ":"); !ok {
			return false
		}
	}
	if len(rest) == 0 || rest[0] != ' ' {
		return false
	}
	f := strings.Fields(rest)
	return len(f) >= 8 && f[0][0] >= 'A' && f[0][0] <= 'Z'
}

// leadStart returns the offset of the story's first paragraph: the first
// line of running prose (15 words or more, as proseStart) that is no photo
// caption (see captionLine); len(top) when there is none.
func leadStart(top string) int {
	return firstLine(top, func(l string) bool { return countFields(l) >= 15 && !captionLine(l) })
}

// commentStamp reports whether after, the rest of a line after a date, is
// a short tail naming a reader's comment ("15:39 Comment Link", "at 9:14
// pm Reply"): at most six words, one of them "comment", "reply" or
// "permalink".
func commentStamp(after string) bool {
	f := strings.Fields(strings.ToLower(after))
	if len(f) > 6 {
		return false
	}
	for _, w := range f {
		switch strings.Trim(w, ".,:|()[]") {
		case "comment", "reply", "permalink":
			return true
		}
	}
	return false
}

// captionAround reports whether the date at top[b:e], on the line
// top[lineStart:lineEnd], sits in a photo caption: its sentence (from
// the last full stop before it to the next line break, within 300 bytes
// either side) holds a photo credit (see captionCredit).
func captionAround(top string, lineStart, lineEnd, b, e int) bool {
	from := max(lineStart, b-300)
	if k := strings.LastIndex(top[from:b], ". "); k >= 0 {
		from += k + 2
	}
	to := min(lineEnd, e+300)
	return captionCredit(top[from:b]) || captionCredit(top[e:to])
}

// captionLine reports whether a line of text is (or opens with) a photo
// caption: it holds a photo credit within its first 600 bytes.
func captionLine(l string) bool {
	return captionCredit(l[:min(len(l), 600)])
}

// captionMarks are the words that credit a photo in a caption: "Photo by
// Jane Doe", "Photo: Reuters", "Picture: AP", "(AFP Photo)", "Getty
// Images".
var captionMarks = []string{"Photo by ", "Photo:", "Photos:", "Photo credit", "PHOTO:", "Photograph:", "Photograph by ",
	"Picture:", "Pictures:", "Picture by ", "Image:", "Image credit", "Credit:", "(Photo", "AFP PHOTO", "AFP Photo", "AP Photo",
	"Getty Images", "File photo", "file photo", "Photo taken", "photo taken", "picture taken", "In this photo", "In this picture"}

// captionAgencies are the photo agencies whose credit a slash joins to a
// photographer's name ("REUTERS/Jane Doe", "(Xinhua/Li Wei)", "EPA/John
// Smith") or whose name in brackets closes a caption ("(AFP)").
var captionAgencies = []string{"REUTERS", "Reuters", "AFP", "AP", "EPA", "Xinhua", "XINHUA", "ANADOLU", "Anadolu", "TASS", "Sputnik", "Pool", "POOL"}

// captionCredit reports whether s holds a photo credit: one of
// captionMarks, an agency and a slash before a capitalised name
// ("REUTERS/Jane Doe"), or an agency in brackets ending s ("(AFP)") with
// no dash after it (which would make it a wire dateline: "GENEVA, 3 March
// 2014 (AFP) - The talks") and words before it (a dateline's line closes
// with the date and the agency: "ROME, March 8, 2013 (AP)"). A pollster
// after the slash ("Reuters/Ipsos poll") is no photographer.
func captionCredit(s string) bool {
	for _, m := range captionMarks {
		if strings.Contains(s, m) {
			return true
		}
	}
	for _, a := range captionAgencies {
		for k := 0; k < len(s); {
			i := strings.Index(s[k:], a)
			if i < 0 {
				break
			}
			i += k
			k = i + len(a)
			if i > 0 && (unicode.IsLetter(rune(s[i-1])) || s[i-1] == '/') {
				continue
			}
			if k+1 < len(s) && s[k] == '/' && s[k+1] >= 'A' && s[k+1] <= 'Z' && !pollAfter(s[k+1:]) {
				return true
			}
			if i > 0 && s[i-1] == '(' && k < len(s) && s[k] == ')' && strings.Trim(s[k+1:], " .\t") == "" && strings.TrimSpace(s[:i-1]) != "" {
				return true
			}
		}
	}
	return false
}

// pollAfter reports whether s, the text after an agency's slash, names a
// poll or a survey within its first three words ("Ipsos poll", "NORC
// survey"): a pollster joined to the agency, not a photographer.
func pollAfter(s string) bool {
	f := strings.Fields(s[:min(len(s), 40)])
	for _, w := range f[:min(len(f), 3)] {
		switch strings.ToLower(strings.Trim(w, ".,;:")) {
		case "poll", "polls", "survey":
			return true
		}
	}
	return false
}

// dashedClock reports whether after, the rest of a line after a date, is a
// dash and a clock time ("- 07:38 UTC", "– 21:00"): the stamp of a page or
// a story set on a line of its own, not a dateline, which a dash
// closes before the story's first words.
func dashedClock(after string) bool {
	for _, p := range []string{"-", "–", "—"} {
		if rest, ok := strings.CutPrefix(after, p); ok {
			rest = strings.TrimSpace(rest)
			return rest != "" && clockTail(rest)
		}
	}
	return false
}

// yearLineBelow returns the year on the line after the one ending at
// lineEnd when that line holds a four-digit year (1900-2099) and nothing
// else but a clock time and its zone ("2017", "09:31 2017").
func yearLineBelow(top string, lineEnd int) (int, bool) {
	if lineEnd >= len(top) {
		return 0, false
	}
	next := top[lineEnd+1:]
	if k := strings.IndexByte(next, '\n'); k >= 0 {
		next = next[:k]
	}
	f := strings.Fields(next)
	if len(f) == 0 || len(f) > 4 {
		return 0, false
	}
	y := f[len(f)-1]
	if len(y) != 4 || strings.Trim(y, "0123456789") != "" || (y[:2] != "19" && y[:2] != "20") {
		return 0, false
	}
	if len(f) > 1 && !clockTail(strings.Join(f[:len(f)-1], " ")) {
		return 0, false
	}
	n := 0
	for _, c := range y {
		n = n*10 + int(c-'0')
	}
	return n, true
}

// proseStart returns the offset of the first line of running prose (15
// words or more), len(top) when there is none. A dateline stands above the
// story's prose; a place and a date further down sign a comment or a
// letter.
func proseStart(top string) int {
	return firstLine(top, func(l string) bool { return countFields(l) >= 15 })
}

// firstLine returns the offset of the first line of top that keep accepts,
// len(top) when there is none.
func firstLine(top string, keep func(line string) bool) int {
	for start := 0; start < len(top); {
		end := strings.IndexByte(top[start:], '\n')
		if end < 0 {
			end = len(top)
		} else {
			end += start
		}
		if keep(top[start:end]) {
			return start
		}
		start = end + 1
	}
	return len(top)
}

// placeAbove reports whether the line right above the one starting at
// lineStart names only a place ("Washington", "Colombo"): with a date line
// under it, the two lines are the story's dateline, set on two lines as
// press offices and broadcasters do. It outranks a date line standing
// alone, which on a page that reposts a story is the repost's.
func placeAbove(top string, lineStart int) bool {
	if lineStart < 2 {
		return false
	}
	prev := top[strings.LastIndexByte(top[:lineStart-1], '\n')+1 : lineStart-1]
	prev = strings.TrimSpace(prev)
	if !isPlaceOnly(prev) || countFields(prev) > 3 {
		return false
	}
	return !chromeWords(prev)
}

// adjacentLines reports whether the lines of top starting at a and b are
// next to each other.
func adjacentLines(top string, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	return a != b && strings.Count(top[a:b], "\n") == 1
}

// namesWeekday reports whether s holds a weekday's name, full or cut
// ("Saturday,", "Sat,"): a date line's weekday, not a place.
func namesWeekday(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ",.-–")
		for d := time.Sunday; d <= time.Saturday; d++ {
			n := strings.ToLower(d.String())
			if w == n || w == n[:3] {
				return true
			}
		}
	}
	return false
}

// chromeWords reports whether s holds a word of a page's chrome (a menu, a
// share bar, a label) rather than of a place's name.
func chromeWords(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch strings.Trim(w, ",.-–") {
		case "home", "news", "menu", "share", "print", "email", "read", "video", "photo", "photos",
			"advertisement", "updated", "published", "posted", "by", "top", "latest", "world", "search",
			"login", "sign", "more", "related", "minute", "min":
			return true
		}
	}
	return false
}

// shortStamp reads a date stamp with a two-digit year joined by hyphens
// ("97-01-24", "11-30-08"): three pairs of digits, read year first, month
// first or day first, and taken only when exactly one of those readings is
// a date (see shortReadings).
func (m *matcher) shortStamp(i int) (match, bool) {
	if v := m.shortReadings(i); len(v) == 1 {
		return match{i + 5, valueSem(annals.TimeDate, v[0])}, true
	}
	return match{}, false
}

// fileStamp reports whether a date code stands as a file's name: after a
// path's slash, an underscore or a label ("File:", "Source:"), and before
// an extension ("96-07-05.usia.html", "19960705.txt").
func fileStamp(before, after string) bool {
	if len(after) < 2 || after[0] != '.' || !unicode.IsLetter(rune(after[1])) {
		return false
	}
	return strings.HasSuffix(before, "/") || strings.HasSuffix(before, "_") || (strings.HasSuffix(before, ":") && !strings.Contains(before, " "))
}

// compactStamp matches a date written as one run of digits, year first:
// "19960705" (YYYYMMDD, a year from 1970 to 2099) or "960705" (YYMMDD) when
// no other reading (MMDDYY, DDMMYY) is a date. LocateDCT takes it only
// after a date label.
func (m *matcher) compactStamp(i int) (match, bool) {
	t, ok := m.isNum(i)
	if !ok || (t.ndig != 8 && t.ndig != 6) || m.adj(i+1) && (m.punct(i+1, '-') || m.punct(i+1, '/')) {
		return match{}, false
	}
	n := t.num
	if t.ndig == 8 {
		y, mo, d := n/10000, n/100%100, n%100
		if y < 1970 || y > 2099 {
			return match{}, false
		}
		if mo < 1 || mo > 12 || d < 1 {
			return match{}, false
		}
		if v := dayValue(y, mo, d); v != "" {
			return match{i + 1, valueSem(annals.TimeDate, v)}, true
		}
		return match{}, false
	}
	a, b, c := n/10000, n/100%100, n%100
	var vs []string
	for _, r := range [][3]int{{a, b, c}, {c, a, b}, {c, b, a}} { // y-m-d, m-d-y, d-m-y
		if r[1] < 1 || r[1] > 12 || r[2] < 1 {
			continue
		}
		y := 2000 + r[0]
		if r[0] >= 70 {
			y = 1900 + r[0]
		}
		if x := dayValue(y, r[1], r[2]); x != "" && !slices.Contains(vs, x) {
			vs = append(vs, x)
		}
	}
	if len(vs) != 1 {
		return match{}, false
	}
	return match{i + 1, valueSem(annals.TimeDate, vs[0])}, true
}

// shortReadings returns the dates that three hyphenated pairs of digits
// at token i may be, read year first, month first and day first; none when
// the tokens are no such stamp. A two-digit year from 70 on is of the
// 1900s.
func (m *matcher) shortReadings(i int) []string {
	var n [3]int
	for k := 0; k < 3; k++ {
		t, ok := m.isNum(i + 2*k)
		if !ok || t.ndig != 2 {
			return nil
		}
		n[k] = t.num
		if k < 2 && (!m.punct(i+2*k+1, '-') || !m.adj(i+2*k+1) || !m.adj(i+2*k+2)) {
			return nil
		}
	}
	if m.punct(i+5, '-') && m.adj(i+5) {
		return nil
	}
	year := func(y int) int {
		if y >= 70 {
			return 1900 + y
		}
		return 2000 + y
	}
	var vs []string
	for _, r := range [][3]int{{n[0], n[1], n[2]}, {n[2], n[0], n[1]}, {n[2], n[1], n[0]}} { // y-m-d, m-d-y, d-m-y
		if r[1] < 1 || r[1] > 12 || r[2] < 1 {
			continue
		}
		if x := dayValue(year(r[0]), r[1], r[2]); x != "" && !slices.Contains(vs, x) {
			vs = append(vs, x)
		}
	}
	return vs
}

// byWeekday picks, of the dates a stamp may be, the one falling on the
// weekday the story's first sentence names ("police broke up a protest
// on Tuesday"), when it names one weekday and one date fits.
func byWeekday(top string, story int, vs []string) (annals.Date, bool) {
	named := lineWeekday(top, story)
	if named < 0 {
		return annals.Date{}, false
	}
	var got []annals.Date
	for _, v := range vs {
		if d, err := annals.ParseDate(v); err == nil && int(d.Weekday()) == named {
			got = append(got, d)
		}
	}
	if len(got) != 1 {
		return annals.Date{}, false
	}
	return got[0], true
}

// lineWeekday returns the one weekday (0 for Sunday) that the line of top
// starting at from names, -1 when it names none or several.
func lineWeekday(top string, from int) int {
	end := strings.IndexByte(top[from:], '\n')
	if end < 0 {
		end = len(top) - from
	}
	named := -1
	for _, w := range strings.FieldsFunc(top[from:from+end], func(r rune) bool { return !unicode.IsLetter(r) }) {
		for d := time.Sunday; d <= time.Saturday; d++ {
			if w == d.String() {
				if named >= 0 && named != int(d) {
					return -1
				}
				named = int(d)
			}
		}
	}
	return named
}

// yearByWeekday gives a dateline without a year ("CITY, Sept. 2 (Agency)
// -- ... an official said Friday.") its year when nothing else in the text
// does: the weekday its lead names fixes the year up to the calendar's
// cycle (the same day falls on the same weekday every 5, 6 or 11 years),
// and a story is not older than the latest year it names by its digits
// ("In 2015, trade reached...") or in a full date (full, the full dates
// LocateDCT found). It takes the first year from that one on whose month
// and day fall on the named weekday, within the 11 years of a cycle; false
// when the lead names no weekday (or several) or the text no year.
func yearByWeekday(top string, toks []token, full []annals.Date, p DCT) (annals.Date, bool) {
	named := lineWeekday(top, p.Span[1])
	if named < 0 {
		return annals.Date{}, false
	}
	latest := 0
	for _, d := range full {
		// A full date in the text ("since February 23, 2002") names its
		// year too.
		latest = max(latest, d.Year)
	}
	for i := 1; i < len(toks); i++ {
		t, prev := toks[i], toks[i-1]
		if t.kind != kNum || t.ndig != 4 || t.num < 1900 || t.num > 2099 || prev.kind != kWord {
			continue
		}
		// "in 2015", "since 1998", "of 2009", "March 2010": a year by its
		// digits, not a count ("2000 tonnes" has no such word before it).
		if pw := strings.ToLower(top[prev.b:prev.e]); pw == "in" || pw == "since" || pw == "of" || pw == "during" || pw == "from" || (prev.w != nil && prev.w.is(cMonth)) {
			latest = max(latest, t.num)
		}
	}
	if latest == 0 {
		return annals.Date{}, false
	}
	for y := latest; y <= latest+11; y++ {
		if p.Date.Day > annals.DaysIn(y, p.Date.Month) {
			continue
		}
		d := annals.Date{Year: y, Month: p.Date.Month, Day: p.Date.Day}
		if int(d.Weekday()) == named {
			return d, true
		}
	}
	return annals.Date{}, false
}

// isHeadline reports whether line reads as a headline: four to 30 words,
// the first capitalised, not closed as a sentence is.
func isHeadline(line string) bool {
	line = strings.TrimSpace(line)
	f := strings.Fields(line)
	if len(f) < 4 || len(f) > 30 {
		return false
	}
	if c := line[0]; !(c >= 'A' && c <= 'Z') && c < 0x80 {
		return false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ':', ';', ',':
		return false
	}
	return true
}

// headlineStamp reports whether before, the start of a line that a date
// closes, is a headline and a comma ("Secretary Albright News
// Conference, 97-01-24").
func headlineStamp(before string) bool {
	h, ok := strings.CutSuffix(strings.TrimSpace(before), ",")
	return ok && isHeadline(h)
}

// headlineBetween reports whether a headline stands between the line
// starting at from and the line starting at to, or opens that line itself
// (before, the text ahead of the date on it).
func headlineBetween(top string, from, to int, before string) bool {
	if headlineStamp(before) {
		return true
	}
	if from >= to {
		return false
	}
	for _, l := range strings.Split(top[from:to], "\n")[1:] {
		if isHeadline(l) {
			return true
		}
	}
	return false
}

// storyStart returns the offset of the first sentence of the story: a line
// of 15 words or more ending as a sentence ends; len(top) when there is
// none. Unlike proseStart it passes over a long headline.
func storyStart(top string) int {
	return firstLine(top, func(l string) bool {
		l = strings.TrimSpace(l)
		r, _ := utf8.DecodeLastRuneInString(l)
		return countFields(l) >= 15 && strings.ContainsRune(".!?\"'\u201d\u2019", r)
	})
}

// spacedStamp reads a month-first date stamp whose month and day are
// numbers set apart by a space ("07 26, 2018", as some news portals stamp
// their copy): a month of two digits, a day, a comma and a four-digit
// year.
func (m *matcher) spacedStamp(i int) (match, bool) {
	a, ok := m.isNum(i)
	if !ok || a.ndig != 2 || a.num < 1 || a.num > 12 || m.adj(i+1) {
		return match{}, false
	}
	b, ok := m.isNum(i + 1)
	if !ok || b.ndig > 2 || !m.punct(i+2, ',') || !m.adj(i+2) {
		return match{}, false
	}
	c, ok := m.isNum(i + 3)
	if !ok || c.ndig != 4 || m.adj(i+3) {
		return match{}, false
	}
	if v := dayValue(c.num, a.num, b.num); v != "" && b.num >= 1 {
		return match{i + 4, valueSem(annals.TimeDate, v)}, true
	}
	return match{}, false
}

// storyLeads counts the lines of top that open a story under a dateline
// ("Dharamshala: The president will leave...", "NAIROBI, Kenya — The
// talks...") or that a listing cuts short ("...the talks would resume
// in the ..."), eight words or more. A dateline ending in a colon must not
// be all capitals: "MR. SMITH:" is a speaker in a transcript, nor a field
// of a message's header ("To: John Roe who wrote (212) ...", "From: Mary
// Major Read Replies (3) of 980", as message boards head a post).
func storyLeads(top string) int {
	n := 0
	for _, l := range strings.Split(top, "\n") {
		l = strings.TrimSpace(l)
		if countFields(l) < 8 {
			continue
		}
		if strings.HasSuffix(l, "…") || strings.HasSuffix(l, "...") {
			n++
			continue
		}
		k := strings.IndexAny(l, ":—–")
		if k <= 0 || k > 40 {
			continue
		}
		place := strings.TrimSpace(l[:k])
		if l[k] == ':' && (strings.ToUpper(place) == place || headerField(place)) {
			continue
		}
		if isPlaceOnly(strings.TrimRight(place, ", ")) {
			n++
		}
	}
	return n
}

// headerField reports whether s, the text before a colon opening a line,
// names a field of a message's header ("To", "From", "Subject", "Re").
func headerField(s string) bool {
	switch strings.ToLower(s) {
	case "to", "from", "subject", "re", "cc", "sent", "reply", "author", "posted by", "sender":
		return true
	}
	return false
}

// spacedDash reports whether token i opens a number, a dash and a number
// set apart by spaces ("8 – 9").
func (m *matcher) spacedDash(i int) bool {
	return m.spacedSep(i, '-') || m.spacedSep(i, '/')
}

// spacedSep reports whether token i is a number followed by the separator
// sep set apart by spaces on both sides ("14 – 3", "28 / 06").
func (m *matcher) spacedSep(i int, sep byte) bool {
	_, ok := m.isNum(i)
	return ok && m.punct(i+1, sep) && !m.adj(i+1) && !m.adj(i+2)
}

// spacedDashStamp reads a day-first numeric date whose parts are set apart
// by spaced dashes, as Arabic-language pages close a dateline with Latin
// digits ("القاهرة – 8 – 9 – 2019"), or by spaced slashes, as European
// bulletins head their issue ("Daily Bulletin 14 / 03 / 2021"): a day, a
// month and a four-digit year, with the same separator twice. The day comes
// first unless only the other order is a date: spaced separators are not a
// US style.
func (m *matcher) spacedDashStamp(i int) (match, bool) {
	sep := byte('-')
	if !m.spacedSep(i, sep) {
		sep = '/'
	}
	if !m.spacedSep(i, sep) || !m.spacedSep(i+2, sep) {
		return match{}, false
	}
	a, _ := m.isNum(i)
	b, _ := m.isNum(i + 2)
	c, ok := m.isNum(i + 4)
	if !ok || a.ndig > 2 || b.ndig > 2 || c.ndig != 4 || m.punct(i+5, '-') || m.punct(i+5, '/') {
		return match{}, false
	}
	day, mon := a.num, b.num
	if mon > 12 && day <= 12 {
		day, mon = mon, day
	}
	if mon < 1 || mon > 12 || day < 1 {
		return match{}, false
	}
	if v := dayValue(c.num, mon, day); v != "" {
		return match{i + 5, valueSem(annals.TimeDate, v)}, true
	}
	return match{}, false
}

// dashSpacer turns dashes into spaces for dashedByline; built once, as a
// Replacer builds its tables on first use.
var dashSpacer = strings.NewReplacer("-", " ", "–", " ", "—", " ")

// dashedByline reports whether before, the start of a line that a date
// closes, is a short dateline or byline of names set apart by dashes
// ("الغربية – القاهرة – ابراهيم محمد شريف –"): at most eight words,
// ending in a dash, with no sentence punctuation.
func dashedByline(before string) bool {
	b := strings.TrimSpace(before)
	if !strings.HasSuffix(b, "-") && !strings.HasSuffix(b, "–") && !strings.HasSuffix(b, "—") {
		return false
	}
	return countFields(dashSpacer.Replace(b)) <= 8 && !strings.ContainsAny(b, ".!?;:")
}

// pathStamp reads a year, a month and a day of two digits each, set apart
// by spaces ("2007 08 29"): a breadcrumb's spelling of the archive path of
// the page. LocateDCT takes it only in a breadcrumb line.
func (m *matcher) pathStamp(i int) (match, bool) {
	a, ok := m.isNum(i)
	if !ok || a.ndig != 4 || a.num < 1900 || a.num > 2099 {
		return match{}, false
	}
	j := i + 1
	b, ok := m.isNum(j)
	if !ok || b.ndig != 2 {
		return match{}, false
	}
	c, ok := m.isNum(j + 1)
	if !ok || c.ndig != 2 || b.num < 1 || b.num > 12 || c.num < 1 {
		return match{}, false
	}
	if v := dayValue(a.num, b.num, c.num); v != "" {
		return match{j + 2, valueSem(annals.TimeDate, v)}, true
	}
	return match{}, false
}

// yearSlash reads a date written year first with slashes ("2019/03/03",
// "2019/3/3"), as East Asian sites stamp a story and as a news site's
// archive path spells its day ("/news/2019/03/03/talks.html"); it is read
// one way only.
func (m *matcher) yearSlash(i int) (match, bool) {
	a, ok := m.isNum(i)
	if !ok || a.ndig != 4 || a.num < 1900 || a.num > 2099 || !m.punct(i+1, '/') || !m.adj(i+1) || !m.adj(i+2) {
		return match{}, false
	}
	b, ok := m.isNum(i + 2)
	if !ok || b.ndig > 2 || b.num < 1 || b.num > 12 || !m.punct(i+3, '/') || !m.adj(i+3) || !m.adj(i+4) {
		return match{}, false
	}
	c, ok := m.isNum(i + 4)
	if !ok || c.ndig > 2 || c.num < 1 {
		return match{}, false
	}
	if _, more := m.isNum(i + 6); more && m.punct(i+5, '/') && m.adj(i+5) && m.adj(i+6) {
		return match{}, false // "2019/03/03/1" is no date
	}
	if v := dayValue(a.num, b.num, c.num); v != "" {
		return match{i + 5, valueSem(annals.TimeDate, v)}, true
	}
	return match{}, false
}

// commentAbove reports whether the line above the one starting at
// lineStart, blank lines passed over, opens with "Comment": a date line
// under it stamps a reader's comment.
func commentAbove(top string, lineStart int) bool {
	for end := lineStart - 1; end > 0; {
		start := strings.LastIndexByte(top[:end], '\n') + 1
		l := strings.TrimSpace(top[start:end])
		if l != "" {
			return strings.HasPrefix(strings.ToLower(l), "comment")
		}
		end = start - 1
	}
	return false
}

// gluedWord reports whether a letter follows the byte offset e directly,
// with no space between: a word run into the digits before it.
func gluedWord(top string, e int) bool {
	if e >= len(top) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(top[e:])
	return unicode.IsLetter(r)
}

// dateLabel reports whether lb, the lower-cased text before a date on its
// line, ends in a "date" label ("... (denver)date=", "filed date:"): a
// field of a report's header run into the line, not only at its start.
// "update:" is no such label.
func dateLabel(lb string) bool {
	lb = strings.TrimSpace(lb)
	for _, suf := range []string{"date=", "date:"} {
		if k := len(lb) - len(suf); k >= 0 && lb[k:] == suf {
			if k == 0 {
				return true
			}
			r, _ := utf8.DecodeLastRuneInString(lb[:k])
			return !unicode.IsLetter(r)
		}
	}
	return false
}

// crawlLabel reports whether lb, the lower-cased text before a date on
// its line, is a label that gives the day a reader, a crawler or an
// archive took the page: "Retrieved", "Accessed on", "Printed on:", "Last
// accessed", "Page last accessed on", "Archived from the original on". The
// verb opens the label (after at most two words such as "page" and
// "last") and only "on", "at" or "from the original" follow it, so that
// prose telling of a capture or a print ("Rebels captured the town on 12 March 2020", "the town was
// captured on") is no label.
func crawlLabel(lb string) bool {
	ws := strings.FieldsFunc(lb, func(r rune) bool { return r == ' ' || r == '\t' || r == ':' || r == ',' || r == '|' || r == '-' })
	for i, w := range ws {
		if !crawlVerbs[w] {
			if i >= 2 || !crawlLead[w] {
				return false
			}
			continue
		}
		for _, a := range ws[i+1:] {
			if !crawlTail[a] {
				return false
			}
		}
		return true
	}
	return false
}

// crawlVerbs, crawlLead and crawlTail make the labels crawlLabel reads.
var (
	crawlVerbs = map[string]bool{"retrieved": true, "accessed": true, "crawled": true, "fetched": true,
		"downloaded": true, "archived": true, "printed": true, "captured": true}
	crawlLead = map[string]bool{"last": true, "page": true, "date": true, "first": true}
	crawlTail = map[string]bool{"on": true, "at": true, "from": true, "the": true, "original": true}
)

// revisionLabel reports whether lb, the lower-cased text before a date on
// its line, labels the date a revision's ("Last updated:", "First
// published 3 May | Updated"), not the story's first publication: the
// label nearest the date decides.
func revisionLabel(lb string) bool {
	rev := max(strings.LastIndex(lb, "updated"), strings.LastIndex(lb, "modified"))
	pub := max(strings.LastIndex(lb, "published"), strings.LastIndex(lb, "posted"))
	return rev > pub
}

// dayFirstClock reports whether after, the text following a slash date
// that reads two ways ("05/07/2019"), stamps it with a time zone of a
// region that writes the day first (Europe, Africa, Asia, Oceania: "14:30
// BST", "9:15 IST") and none of the Americas nor "am" or "pm". A 24-hour
// clock alone is no guide: American wire distributors print one too. It
// reads the rest of the line only.
func dayFirstClock(after string) bool {
	if k := strings.IndexByte(after, '\n'); k >= 0 {
		after = after[:k]
	}
	dayFirst := false
	for _, w := range strings.FieldsFunc(after, func(r rune) bool { return r == ' ' || r == ',' || r == '|' || r == '(' || r == ')' || r == '\t' }) {
		switch strings.ToLower(strings.TrimSuffix(w, ".")) {
		case "bst", "gmt", "cet", "cest", "eet", "eest", "wet", "west", "ist", "msk", "eat", "wat", "cat", "sast", "pkt", "hkt", "sgt", "aest", "aedt", "acst", "awst", "nzst", "nzdt":
			dayFirst = true
		case "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "et", "pt", "am", "pm", "a.m", "p.m":
			return false
		}
	}
	return dayFirst
}

// slashReadings returns the dates that a numeric date set apart by
// slashes at token i ("10/08/2003") may be, month first and day first,
// when both readings are dates; none otherwise (one reading, or no such
// date).
func (m *matcher) slashReadings(i int) []string {
	a, ok := m.isNum(i)
	if !ok || a.ndig > 2 || !m.punct(i+1, '/') || !m.adj(i+1) || !m.adj(i+2) {
		return nil
	}
	b, ok := m.isNum(i + 2)
	if !ok || b.ndig > 2 || !m.punct(i+3, '/') || !m.adj(i+3) || !m.adj(i+4) {
		return nil
	}
	c, ok := m.isNum(i + 4)
	if !ok || c.ndig != 4 || a.num == b.num || a.num < 1 || b.num < 1 || a.num > 12 || b.num > 12 {
		return nil
	}
	us, eu := dayValue(c.num, a.num, b.num), dayValue(c.num, b.num, a.num)
	if us == "" || eu == "" {
		return nil
	}
	return []string{us, eu}
}

// SlashByDCT returns ts with a slash date that reads two ways
// ("10/08/2003": October 8 month first, 10 August day first) given the
// day-first reading when that one is the article's date dct and the
// month-first one is not: a page stamping its story writes the story's
// day, in whichever order its country uses. ts is modified in place and
// returned.
func SlashByDCT(dct annals.Date, ts []annals.TimeExpr) []annals.TimeExpr {
	if dct.IsZero() {
		return ts
	}
	for i, t := range ts {
		if t.Type != annals.TimeDate {
			continue
		}
		f := strings.Split(t.Text, "/")
		if len(f) != 3 || len(f[0]) > 2 || len(f[1]) > 2 || len(f[2]) != 4 {
			continue
		}
		a, err1 := strconv.Atoi(f[0])
		b, err2 := strconv.Atoi(f[1])
		y, err3 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || err3 != nil || a > 12 || b > 12 || a < 1 || b < 1 {
			continue
		}
		if eu := (annals.Date{Year: y, Month: time.Month(b), Day: a}); eu == dct && string(t.Value) != eu.String() {
			ts[i].Value, ts[i].Start, ts[i].End = annals.TimeValue(eu.String()), eu, eu
		}
	}
	return ts
}

// storyDayWindow is how far after a stamp read two ways byStoryDays looks
// for the story's own days.
const storyDayWindow = 3000

// byStoryDays picks, of the two dates vs (month first, day first) that the
// slash stamp ending at toks[end-1] may be, the one the story's own days
// agree with: a weekday with its day number ("Tuesday (9)", "Tuesday, 9
// April", "on Tuesday the 9th", "Wednesday (Apr. 10)") or a month with a
// day ("on April 9", "9 April"), within the storyDayWindow bytes after the
// stamp, that falls within two weeks before the stamp or a week after it on
// one reading only. With no such day, a weekday with its day number in
// brackets, the style of Portuguese and Spanish news copy, tells day first.
// False when the days point both ways, or none does and no bracket does.
func byStoryDays(top string, toks []token, end int, vs []string) (annals.Date, bool) {
	if len(vs) != 2 {
		return annals.Date{}, false
	}
	var rs [2]annals.Date
	for k, v := range vs {
		d, err := annals.ParseDate(v)
		if err != nil {
			return annals.Date{}, false
		}
		rs[k] = d
	}
	m := &matcher{text: top, toks: toks}
	var votes [2]int
	bracket := false
	limit := toks[end-1].e + storyDayWindow
	for k := end; k < len(toks) && toks[k].b < limit; k++ {
		wd, day, month, ok := -1, 0, 0, false
		t := toks[k]
		switch {
		case t.kind == kWord && t.upper && t.w.is(cWeekday) && !strings.HasSuffix(strings.ToLower(top[t.b:t.e]), "days"):
			wd = t.w.wd
			day, month, ok = m.dayAfterWeekday(k + 1)
			if ok && month == 0 && m.punct(k+1, '(') {
				bracket = true
			}
		case t.kind == kWord && t.upper && t.w.is(cMonth):
			// "April 9", not "April 9, 2018" of another year.
			month = t.w.month
			j := k + 1
			if m.punct(j, '.') && m.adj(j) {
				j++
			}
			if n, isNum := m.isNum(j); isNum && n.ndig <= 2 && !(m.punct(j+1, ',') && m.yearAt(j+2)) && !m.yearAt(j+1) {
				day, ok = n.num, true
			}
		case t.kind == kNum && t.ndig <= 2:
			// "9 April".
			if w := m.wordAt(k + 1); w != nil && toks[k+1].upper && w.is(cMonth) && !m.yearAt(k+2) {
				day, month, ok = t.num, w.month, true
			}
		}
		if !ok || day < 1 || day > 31 {
			continue
		}
		fits := [2]bool{dayNear(rs[0], wd, day, month), dayNear(rs[1], wd, day, month)}
		if fits[0] != fits[1] {
			if fits[0] {
				votes[0]++
			} else {
				votes[1]++
			}
		}
	}
	switch {
	case votes[0] > 0 && votes[1] == 0:
		return rs[0], true
	case votes[1] > 0 && votes[0] == 0:
		return rs[1], true
	case votes[0] == 0 && votes[1] == 0 && bracket:
		return rs[1], true
	}
	return annals.Date{}, false
}

// dayAfterWeekday reads the day number after a weekday, from token k on:
// in brackets, alone ("(9)") or after a month ("(Apr. 10)"); or after an
// optional comma and "the", with an ordinal ending ("the 9th") or a month
// before or after it ("9 April", "April 9"). A bare number ("Tuesday 3
// soldiers") is no day. month is 0 when none is given.
func (m *matcher) dayAfterWeekday(k int) (day, month int, ok bool) {
	if m.punct(k, '(') {
		k++
		if w := m.wordAt(k); w != nil && w.is(cMonth) {
			month = w.month
			k++
			if m.punct(k, '.') {
				k++
			}
		}
		if n, isNum := m.isNum(k); isNum && n.ndig <= 2 && m.punct(k+1, ')') {
			return n.num, month, true
		}
		return 0, 0, false
	}
	if m.punct(k, ',') {
		k++
	}
	if k < len(m.toks) && strings.EqualFold(m.text[m.toks[k].b:m.toks[k].e], "the") {
		k++
	}
	if w := m.wordAt(k); w != nil && w.is(cMonth) {
		month = w.month
		k++
		if m.punct(k, '.') {
			k++
		}
	}
	n, isNum := m.isNum(k)
	if !isNum || n.ndig > 2 {
		return 0, 0, false
	}
	if month > 0 {
		return n.num, month, true
	}
	if w := m.wordAt(k + 1); w != nil && w.is(cMonth) {
		return n.num, w.month, true
	}
	if k+1 < len(m.toks) && m.adj(k+1) {
		switch strings.ToLower(m.text[m.toks[k+1].b:m.toks[k+1].e]) {
		case "st", "nd", "rd", "th":
			return n.num, 0, true
		}
	}
	return 0, 0, false
}

// wordAt returns the lexicon entry of token k when it is a word, nil
// otherwise.
func (m *matcher) wordAt(k int) *word {
	if k < 0 || k >= len(m.toks) || m.toks[k].kind != kWord {
		return nil
	}
	return m.toks[k].w
}

// yearAt reports whether token k is a year of four digits.
func (m *matcher) yearAt(k int) bool {
	n, ok := m.isNum(k)
	return ok && n.ndig == 4
}

// dayNear reports whether a day numbered day (of month, when not 0; on
// weekday wd, when not -1) falls within two weeks before r or a week after.
func dayNear(r annals.Date, wd, day, month int) bool {
	for s := -14; s <= 7; s++ {
		d := r.AddDays(s)
		if d.Day == day && (month == 0 || int(d.Month) == month) && (wd < 0 || int(d.Weekday()) == wd) {
			return true
		}
	}
	return false
}
