package timex_test

import (
	"os"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/timex"
)

// want is one expected expression: its text, type, value, mod and interval
// ("" when none).
type want struct {
	text, typ, value, mod, interval string
}

func d(s string) annals.Date { return annals.MustParseDate(s) }

// A Friday, like the seed article's date.
var dct = d("2013-11-01")

var tagTests = []struct {
	name string
	in   string
	dct  annals.Date
	want []want
}{
	{"absolute day month year", "The treaty was signed on 3 March 1987 in Rome.", dct,
		[]want{{"3 March 1987", "DATE", "1987-03-03", "", "1987-03-03"}}},
	{"month day comma year", "Shares fell on March 3, 1987, and on Aug. 7, 1998.", dct,
		[]want{{"March 3, 1987", "DATE", "1987-03-03", "", "1987-03-03"}, {"Aug. 7, 1998", "DATE", "1998-08-07", "", "1998-08-07"}}},
	{"slash and ISO dates", "Filed 3/22/2013 and amended 2013-11-01.", dct,
		[]want{{"3/22/2013", "DATE", "2013-03-22", "", "2013-03-22"}, {"2013-11-01", "DATE", "2013-11-01", "", "2013-11-01"}}},
	{"month and year", "Output peaked in July 1997 and again in December, 1990.", dct,
		[]want{{"July 1997", "DATE", "1997-07", "", "1997-07-01..1997-07-31"}, {"December, 1990", "DATE", "1990-12", "", "1990-12-01..1990-12-31"}}},
	{"year fiscal decade", "Sales in fiscal 1987 beat 1986, a record since the 1960s.", dct,
		[]want{{"fiscal 1987", "DATE", "1987", "", "1987-01-01..1987-12-31"}, {"1986", "DATE", "1986", "", "1986-01-01..1986-12-31"}, {"the 1960s", "DATE", "196", "", "1960-01-01..1969-12-31"}}},
	{"amounts are not years", "It paid $1990 for 2000 pct of 1,999 shares.", dct, nil},
	{"a number grouped by thousands is one amount", "The pilots logged 4,250 hours and the archive spans 1,300 years.", dct,
		[]want{{"4,250 hours", "DURATION", "PT4250H", "", ""}, {"1,300 years", "DURATION", "P1300Y", "", ""}}},
	{"the last group of a large number is no amount", "Crews spent 2,000,750 hours, not 12,5 days.", dct,
		[]want{{"2,000,750 hours", "DURATION", "PT2000750H", "", ""}}},
	{"a grouped count before a non-unit is nothing", "The mill employs 7,400 workers and 3,500 more.", dct, nil},
	{"a span of years is its two ends", "The dam was built in 1931-1936, and the 2019–2023 drought followed.", dct,
		[]want{{"1931", "DATE", "1931", "", "1931-01-01..1931-12-31"}, {"1936", "DATE", "1936", "", "1936-01-01..1936-12-31"}, {"2019", "DATE", "2019", "", "2019-01-01..2019-12-31"}, {"2023", "DATE", "2023", "", "2023-01-01..2023-12-31"}}},
	{"a span of years before a season is one date", "Ticket sales fell in the 2019–2020 hockey season and the 2011-2012 school year.", dct,
		[]want{{"2019–2020", "DATE", "2019", "", "2019-01-01..2020-12-31"}, {"2011-2012", "DATE", "2011", "", "2011-01-01..2012-12-31"}}},
	{"a span of years in a name is no date, nor its end", "Partners signed the Horizon 2021-2027 accord and the Reef 2030 plan.", dct, nil},
	{"a backward or odd span leaves no lone end year", "It cost $1990-2000 then, and code 2031-2025 failed.", dct,
		[]want{{"2031", "DATE", "2031", "", "2031-01-01..2031-12-31"}}},
	{"past weekday", "The ministers met on Wednesday in Oslo.", dct,
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"future weekday", "The summit is scheduled for Monday and will end on Tuesday.", dct,
		[]want{{"Monday", "DATE", "2013-11-04", "", "2013-11-04"}, {"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"explicit weekdays", "They met last Friday and meet again next Friday.", dct,
		[]want{{"last Friday", "DATE", "2013-10-25", "", "2013-10-25"}, {"next Friday", "DATE", "2013-11-08", "", "2013-11-08"}}},
	{"deictic days", "Talks ended yesterday; a vote comes tomorrow, not today.", dct,
		[]want{{"yesterday", "DATE", "2013-10-31", "", "2013-10-31"}, {"tomorrow", "DATE", "2013-11-02", "", "2013-11-02"}, {"today", "DATE", "2013-11-01", "", "2013-11-01"}}},
	{"relative units", "Exports rose last month, slowed this week and may fall next year.", dct,
		[]want{{"last month", "DATE", "2013-10", "", "2013-10-01..2013-10-31"}, {"this week", "DATE", "2013-W44", "", "2013-10-28..2013-11-03"}, {"next year", "DATE", "2014", "", "2014-01-01..2014-12-31"}}},
	{"ago is a date, later and earlier are signals", "He left two weeks ago, three years earlier than planned.", dct,
		[]want{{"two weeks ago", "DATE", "2013-W42", "", "2013-10-14..2013-10-20"}, {"three years", "DURATION", "P3Y", "", ""}}},
	{"durations", "The five-year plan took three years and about a decade of work.", dct,
		[]want{{"five-year", "DURATION", "P5Y", "", ""}, {"three years", "DURATION", "P3Y", "", ""}, {"a decade", "DURATION", "P10Y", "APPROX", ""}}},
	{"past n years is a duration", "Prices doubled over the past 20 years.", dct,
		[]want{{"the past 20 years", "DURATION", "P20Y", "", ""}}},
	{"sets", "The paper appears weekly and the board meets every month.", dct,
		[]want{{"weekly", "SET", "P1W", "", ""}, {"every month", "SET", "P1M", "", ""}}},
	{"daily or weekly before a periodical is a kind of paper", "The group owns two daily newspapers and a weekly magazine, and files a monthly report.", dct,
		[]want{{"monthly", "SET", "P1M", "", ""}}},
	{"quarters", "Third-quarter profit rose, as in the second quarter of 1987.", dct,
		[]want{{"Third-quarter", "DATE", "2013-Q3", "", "2013-07-01..2013-09-30"}, {"the second quarter of 1987", "DATE", "1987-Q2", "", "1987-04-01..1987-06-30"}}},
	{"the period before the dates it names is no quarter", "The envoy will stay in Kyiv for the period May 14 through May 16, 2014.", dct,
		[]want{{"May 14", "DATE", "2014-05-14", "", "2014-05-14"}, {"May 16, 2014", "DATE", "2014-05-16", "", "2014-05-16"}}},
	{"the period before the years it names is no quarter", "Peru will sit on the council for the period 2014-2015.", dct,
		[]want{{"2014", "DATE", "2014", "", "2014-01-01..2014-12-31"}, {"2015", "DATE", "2015", "", "2015-01-01..2015-12-31"}}},
	{"the period alone is the quarter of an earnings report", "Profit rose 5% in the period, the company said.", dct,
		[]want{{"the period", "DATE", "2013-Q3", "", "2013-07-01..2013-09-30"}}},
	{"the DCT's month named alone in the past is a year back", "The ministers committed in November to a new fund.", dct,
		[]want{{"November", "DATE", "2012-11", "", "2012-11-01..2012-11-30"}}},
	{"the DCT's month named alone in the past late in that month is the one just lived", "Retail sales jumped in November, the trade group said.", d("2013-11-27"),
		[]want{{"November", "DATE", "2013-11", "", "2013-11-01..2013-11-30"}}},
	{"the DCT's month named alone in the past in mid-month is still a year back", "The ministers committed in November to a new fund.", d("2013-11-15"),
		[]want{{"November", "DATE", "2012-11", "", "2012-11-01..2012-11-30"}}},
	{"the DCT's month with a modifier in the past stays", "The blast came in early November.", dct,
		[]want{{"early November", "DATE", "2013-11", "START", "2013-11-01..2013-11-10"}}},
	{"the DCT's month in the future stays", "The ministers will meet in November.", dct,
		[]want{{"November", "DATE", "2013-11", "", "2013-11-01..2013-11-30"}}},
	{"first half", "Growth slowed in the first half.", dct,
		[]want{{"the first half", "DATE", "2013-H1", "", "2013-01-01..2013-06-30"}}},
	{"modifiers", "Work starts in early 2014 and ends by mid-March or the end of 1990.", dct,
		[]want{{"early 2014", "DATE", "2014", "START", "2014-01-01..2014-04-30"}, {"mid-March", "DATE", "2014-03", "MID", "2014-03-11..2014-03-20"}, {"the end of 1990", "DATE", "1990", "END", "1990-09-01..1990-12-31"}}},
	{"month range", "Talks will resume in late January or February.", dct,
		[]want{{"late January or February", "DATE", "2014-01", "END", "2014-01-21..2014-02-28"}}},
	{"season future and past", "A visit is planned in the spring; sales fell last fall.", dct,
		[]want{{"the spring", "DATE", "2014-SP", "", "2014-03-01..2014-05-31"}, {"last fall", "DATE", "2012-FA", "", "2012-09-01..2012-11-30"}}},
	{"season with year", "The dam opened in the summer of 1998.", dct,
		[]want{{"the summer of 1998", "DATE", "1998-SU", "", "1998-06-01..1998-08-31"}}},
	{"times of day", "The vote starts at 2 p.m. and ends at 10:30 pm EST.", dct,
		[]want{{"2 p.m.", "TIME", "2013-11-01T14:00", "", "2013-11-01"}, {"10:30 pm EST", "TIME", "2013-11-01T22:30", "", "2013-11-01"}}},
	{"video length is not a time", "Length 00:02:14, uploaded 15:46:15.", dct, nil},
	{"vague references", "Now prices are high; recently they fell and soon they may rise. In the past, in the future.", dct,
		[]want{{"Now", "DATE", "PRESENT_REF", "", ""}, {"recently", "DATE", "PAST_REF", "", ""}, {"soon", "DATE", "FUTURE_REF", "", ""}, {"the past", "DATE", "PAST_REF", "", ""}, {"the future", "DATE", "FUTURE_REF", "", ""}}},
	{"soon only when it looks ahead", "The deal will be signed very soon; it will be concluded soon. He was soon released, soon after the trial, and left as soon as he could.", dct,
		[]want{{"very soon", "DATE", "FUTURE_REF", "", ""}, {"soon", "DATE", "FUTURE_REF", "", ""}}},
	{"must looks ahead, must have looks back", "The dispute must be resolved at a meeting of mayors Saturday. The thieves must have entered the vault on Sunday.", dct,
		[]want{{"Saturday", "DATE", "2013-11-02", "", "2013-11-02"}, {"Sunday", "DATE", "2013-10-27", "", "2013-10-27"}}},
	{"a phrase after a comma and after has its own tense", "The budget must be approved at a session Saturday, after talks Thursday collapsed.", dct,
		[]want{{"Saturday", "DATE", "2013-11-02", "", "2013-11-02"}, {"Thursday", "DATE", "2013-10-31", "", "2013-10-31"}}},
	{"died is a past form", "Voters chose a successor to the senator who died in December.", dct,
		[]want{{"December", "DATE", "2012-12", "", "2012-12-01..2012-12-31"}}},
	{"the next year told in the past counts from the reference time", "The canal opened in April of 1914. By the next year, traffic had tripled, and a second lock was built that year. The mill closed on June 2, 1950. The next day, its workers marched.", dct,
		[]want{{"April of 1914", "DATE", "1914-04", "", "1914-04-01..1914-04-30"}, {"the next year", "DATE", "1915", "", "1915-01-01..1915-12-31"}, {"that year", "DATE", "1915", "", "1915-01-01..1915-12-31"}, {"June 2, 1950", "DATE", "1950-06-02", "", "1950-06-02"}, {"The next day", "DATE", "1950-06-03", "", "1950-06-03"}}},
	{"the next year said of what is to come is the DCT's next", "Sales peaked in 1999, and the firm will close the next year.", dct,
		[]want{{"1999", "DATE", "1999", "", "1999-01-01..1999-12-31"}, {"the next year", "DATE", "2014", "", "2014-01-01..2014-12-31"}}},
	{"a short fronted phrase leads into the main clause", "Every Sunday in December, the choir will sing carols. Starting in January, the museum will open every day.", dct,
		[]want{{"Every Sunday", "SET", "XXXX-WXX-7", "", ""}, {"December", "DATE", "2013-12", "", "2013-12-01..2013-12-31"}, {"January", "DATE", "2014-01", "", "2014-01-01..2014-01-31"}, {"every day", "SET", "P1D", "", ""}}},
	{"a bracketed gloss on a fronted day", "On Tuesday (8 p.m. local time), the mayor will address the council.", dct,
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}, {"8 p.m. local time", "TIME", "2013-11-05T20:00", "", "2013-11-05"}}},
	{"a possessive day opening its sentence takes a strong future", "Thursday night's debate will decide the race. Thursday's vote was close.", dct,
		[]want{{"Thursday night", "TIME", "2013-11-07TNI", "", "2013-11-07"}, {"Thursday", "DATE", "2013-10-31", "", "2013-10-31"}}},
	{"vague lengths keep 'to come', 'these' and 'the remaining' in the extent", "The dam will water the valley for months to come. These past few weeks were calm, and the remaining two years of the lease are paid. Nobody is set to come.", dct,
		[]want{{"months to come", "DURATION", "PXM", "", ""}, {"These past few weeks", "DURATION", "PXW", "", ""}, {"the remaining two years", "DURATION", "P2Y", "", ""}}},
	{"quarters and halves told in months of a told year", "Output fell in the first three months of the year, will rise in the last three-month of this year, and rose in the first six months of 2010. The first three months of the strike were hard.", dct,
		[]want{{"the first three months of the year", "DATE", "2013-Q1", "", "2013-01-01..2013-03-31"}, {"the last three-month of this year", "DATE", "2013-Q4", "", "2013-10-01..2013-12-31"}, {"the first six months of 2010", "DATE", "2010-H1", "", "2010-01-01..2010-06-30"}, {"The first three months", "DURATION", "P3M", "", ""}}},
	{"today of a present state is nowadays, today of an act is the day", "The mill closed in 1970. Today the old mill remains a museum, and today, only three of its looms are still working. Today we visit its owner. Today, thousands of tourists arrived. Today the mayor is opening a park.", dct,
		[]want{{"1970", "DATE", "1970", "", "1970-01-01..1970-12-31"}, {"Today", "DATE", "PRESENT_REF", "", ""}, {"today", "DATE", "PRESENT_REF", "", ""}, {"Today", "DATE", "2013-11-01", "", "2013-11-01"}, {"Today", "DATE", "2013-11-01", "", "2013-11-01"}, {"Today", "DATE", "2013-11-01", "", "2013-11-01"}}},
	{"a two-digit year is the one nearest the DCT", "Budgets for fiscal '09 and fiscal '87 were cut in May '12.", dct,
		[]want{{"fiscal '09", "DATE", "2009", "", "2009-01-01..2009-12-31"}, {"fiscal '87", "DATE", "1987", "", "1987-01-01..1987-12-31"}, {"May '12", "DATE", "2012-05", "", "2012-05-01..2012-05-31"}}},
	{"a verb coordinated after ', and' is not governed by a modal before it", "The board had ruled that the mine must be closed, and set Tuesday as the deadline. The mayor will open the bridge, and the parade starts Sunday.", dct,
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}, {"Sunday", "DATE", "2013-11-03", "", "2013-11-03"}}},
	{"month by tense", "Elections will be held in March; a census was taken in December.", dct,
		[]want{{"March", "DATE", "2014-03", "", "2014-03-01..2014-03-31"}, {"December", "DATE", "2012-12", "", "2012-12-01..2012-12-31"}}},
	{"month near the dct takes its year", "The bid was extended to Nov. 16, and a hearing is due in mid-December.", dct,
		[]want{{"Nov. 16", "DATE", "2013-11-16", "", "2013-11-16"}, {"mid-December", "DATE", "2013-12", "MID", "2013-12-11..2013-12-20"}}},
	{"month without tense takes the dct year", "Its shares traded at $30 in June, up from $20 in March.", dct,
		[]want{{"June", "DATE", "2013-06", "", "2013-06-01..2013-06-30"}, {"March", "DATE", "2013-03", "", "2013-03-01..2013-03-31"}}},
	{"month across a near year end", "The credit line runs through January.", dct,
		[]want{{"January", "DATE", "2014-01", "", "2014-01-01..2014-01-31"}}},
	{"irregular past and passive participles", "In April, the firm brought in a new chief. The appeal is heard in May ahead of the vote.", dct,
		[]want{{"April", "DATE", "2013-04", "", "2013-04-01..2013-04-30"}, {"May", "DATE", "2014-05", "", "2014-05-01..2014-05-31"}}},
	{"last of another expression is a weak marker", "The offer, due to expire last Thursday, now runs to Jan. 6.", dct,
		[]want{{"last Thursday", "DATE", "2013-10-31", "", "2013-10-31"}, {"now", "DATE", "PRESENT_REF", "", ""}, {"Jan. 6", "DATE", "2014-01-06", "", "2014-01-06"}}},
	{"may is a verb", "Prices may rise. The march ended.", dct, nil},
	{"in n units", "The court rules in three days; the law expires in two years.", dct,
		[]want{{"three days", "DATE", "2013-11-04", "", "2013-11-04"}, {"two years", "DATE", "2015", "", "2015-01-01..2015-12-31"}}},
	{"in n units in the past is a length", "It was the first rally in 20 years.", dct,
		[]want{{"20 years", "DURATION", "P20Y", "", ""}}},
	{"bare plurals", "Hours after the vote, and minutes later, it ended; it lasted for weeks.", dct,
		[]want{{"Hours", "DURATION", "PTXH", "", ""}, {"minutes", "DURATION", "PTXM", "", ""}, {"weeks", "DURATION", "PXW", "", ""}}},
	{"week of and overnight", "Talks are set for the week of April 15; the attack came overnight.", dct,
		[]want{{"the week of April 15", "DATE", "2014-W16", "", "2014-04-14..2014-04-20"}, {"overnight", "TIME", "2013-10-31TNI", "", "2013-10-31"}}},
	{"until points ahead", "Banks stay closed until Thursday.", dct,
		[]want{{"Thursday", "DATE", "2013-11-07", "", "2013-11-07"}}},
	{"vague phrases", "In the near term, and these days, a ruling comes at a later date, in the weeks ahead, after two more weeks.", dct,
		[]want{{"the near term", "DATE", "FUTURE_REF", "", ""}, {"these days", "DATE", "PRESENT_REF", "", ""}, {"a later date", "DATE", "FUTURE_REF", "", ""}, {"the weeks ahead", "DURATION", "PXW", "", ""}, {"two more weeks", "DURATION", "P2W", "", ""}}},
	{"weekday abbreviations and plurals", "Polls close Thurs. and reopen on Mondays.", dct,
		[]want{{"Thurs.", "DATE", "2013-10-31", "", "2013-10-31"}, {"Mondays", "SET", "XXXX-WXX-1", "", ""}}},
	{"now and o'clock", "Now, he says, the vote is now set for 3 o'clock. Now rebels hold the town, for now.", dct,
		[]want{{"now", "DATE", "PRESENT_REF", "", ""}, {"3 o'clock", "TIME", "2013-11-01T03:00", "", "2013-11-01"}, {"Now", "DATE", "PRESENT_REF", "", ""}, {"now", "DATE", "PRESENT_REF", "", ""}}},
	{"titles and fractions", "He told ABC's This Week that a quarter of the recently hired staff left.", dct,
		[]want{{"recently", "DATE", "PAST_REF", "", ""}}},
	// The headline's present tense ("Resume") is a schedule: the spring ahead.
	{"headline case", "Talks Resume In Spring As Deal Nears This Week", dct,
		[]want{{"Spring", "DATE", "2014-SP", "", "2014-03-01..2014-05-31"}, {"This Week", "DATE", "2013-W44", "", "2013-10-28..2013-11-03"}}},
	{"fractions and reference days", "Talks began Tuesday and lasted 5 1/2 hours. Earlier that day, rebels fled.", dct,
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}, {"5 1/2 hours", "DURATION", "PT5H30M", "", ""}, {"Earlier that day", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"half of a relative year", "Growth should pick up in the second half of next year.", dct,
		[]want{{"the second half of next year", "DATE", "2014-H2", "", "2014-07-01..2014-12-31"}}},
	{"spelled years", "In January nineteen ninety-seven, and by the year two thousand, it grew.", dct,
		[]want{{"January nineteen ninety-seven", "DATE", "1997-01", "", "1997-01-01..1997-01-31"}, {"the year two thousand", "DATE", "2000", "", "2000-01-01..2000-12-31"}}},
	{"amounts in words are not years", "The city has stood for more than two thousand years.", dct,
		[]want{{"more than two thousand years", "DURATION", "P2000Y", "MORE_THAN", ""}}},
	{"a month name that is a first name before a surname is no date", "I'm June Carver, and April Ryan asked about it; in June Carver resigned.", dct,
		[]want{{"June", "DATE", "2013-06", "", "2013-06-01..2013-06-30"}}},
	{"a title-case headline keeps its month", "August Exports Climb", dct,
		[]want{{"August", "DATE", "2013-08", "", "2013-08-01..2013-08-31"}}},
	{"a futures month before a currency keeps its month", "Traders said June Swiss francs, the August Canadian dollar and April U.S. crude held.", dct,
		[]want{{"June", "DATE", "2013-06", "", "2013-06-01..2013-06-30"}, {"August", "DATE", "2013-08", "", "2013-08-01..2013-08-31"}, {"April", "DATE", "2013-04", "", "2013-04-01..2013-04-30"}}},
	{"two thousand before a noun is a count, not the year", "Two thousand fans cheered, and some two thousand troops left in two thousand.", dct,
		[]want{{"two thousand", "DATE", "2000", "", "2000-01-01..2000-12-31"}}},
	{"set forms", "Trains run hourly, the fair opens each July and every summer.", dct,
		[]want{{"hourly", "SET", "PT1H", "", ""}, {"each July", "SET", "XXXX-07", "", ""}, {"every summer", "SET", "XXXX-SU", "", ""}}},
	{"reference parts of day", "Rebels struck on 3 March 1987. That night and the same day, troops moved.", dct,
		[]want{{"3 March 1987", "DATE", "1987-03-03", "", "1987-03-03"}, {"That night", "TIME", "1987-03-03TNI", "", "1987-03-03"}, {"the same day", "DATE", "1987-03-03", "", "1987-03-03"}}},
	{"two-digit decades", "Prices rose in the 80s and the late 90s; she is in her 80s.", dct,
		[]want{{"the 80s", "DATE", "198", "", "1980-01-01..1989-12-31"}, {"the late 90s", "DATE", "199", "END", "1997-01-01..1999-12-31"}}},
	{"as early as, fronted, set", "He could arrive as early as Tuesday. On Thursday, the league will vote. They set Friday as the deadline.", dct,
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}, {"Thursday", "DATE", "2013-11-07", "", "2013-11-07"}, {"Friday", "DATE", "2013-11-01", "", "2013-11-01"}}},
	{"fronted weekday reads a long subject", "On Tuesday, the National Farm Workers and Growers Action League plans to march.", dct,
		[]want{{"Tuesday", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"next to is a place", "A bomb ripped through a building next to the embassy Friday morning.", d("2013-11-02"),
		[]want{{"Friday morning", "TIME", "2013-11-01TMO", "", "2013-11-01"}}},
	{"the year of the dct and reporting years", "Sales for the full year rose; for the year ended June 30, profit fell. For the week, shares slid.", dct,
		[]want{{"the full year", "DATE", "2013", "", "2013-01-01..2013-12-31"}, {"the year", "DURATION", "P1Y", "", ""}, {"June 30", "DATE", "2013-06-30", "", "2013-06-30"}, {"the week", "DATE", "2013-W44", "", "2013-10-28..2013-11-03"}}},
	{"the year of another time", "It was the year before the war, the year he died; Player of the Year.", dct, nil},
	{"pluperfect plans are past", "The offer had been due to expire Friday evening; a vote had been scheduled for Tuesday.", d("2013-11-04"),
		[]want{{"Friday evening", "TIME", "2013-11-01TEV", "", "2013-11-01"}, {"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"later and earlier after a length", "Three days later, rebels fled; a few days later, an hour earlier, and a year later it ended.", dct,
		[]want{{"Three days", "DURATION", "P3D", "", ""}, {"a few days", "DURATION", "PXD", "", ""}, {"an hour", "DURATION", "PT1H", "", ""}, {"a year", "DURATION", "P1Y", "", ""}}},
	{"couple of units", "Rates may rise over the next couple of years.", dct,
		[]want{{"the next couple of years", "DURATION", "P2Y", "", ""}}},
	{"modified parts of day", "By mid afternoon, and mid-afternoon yesterday, late-night talks and a mid-morning break ended.", dct,
		[]want{{"mid afternoon", "TIME", "2013-11-01TAF", "MID", "2013-11-01"}, {"mid-afternoon yesterday", "TIME", "2013-10-31TAF", "MID", "2013-10-31"}}},
	{"last with a month and day", "He was shot last Oct. 23 at his home.", dct,
		[]want{{"last Oct. 23", "DATE", "2012-10-23", "", "2012-10-23"}}},
	{"last month name next to the dct's is a year back", "Two helicopters crashed last February; talks resume next April.", d("2013-03-05"),
		[]want{{"last February", "DATE", "2012-02", "", "2012-02-01..2012-02-29"}, {"next April", "DATE", "2014-04", "", "2014-04-01..2014-04-30"}}},
	{"clock hour in the part of day", "Police came at 4 in the morning and left at 6 in the evening; he scored 3 in the afternoon session.", dct,
		[]want{{"4 in the morning", "TIME", "2013-11-01T04:00", "", "2013-11-01"}, {"6 in the evening", "TIME", "2013-11-01T18:00", "", "2013-11-01"}, {"the afternoon", "TIME", "2013-11-01TAF", "", "2013-11-01"}}},
	{"decades in words", "Rock grew in the sixties and faded in the late seventies; she is in her sixties.", dct,
		[]want{{"the sixties", "DATE", "196", "", "1960-01-01..1969-12-31"}, {"the late seventies", "DATE", "197", "END", "1977-01-01..1979-12-31"}}},
	{"season of a relative year and modified centuries", "The spring of last year was wet, as in the late 19th century.", dct,
		[]want{{"The spring of last year", "DATE", "2012-SP", "", "2012-03-01..2012-05-31"}, {"the late 19th century", "DATE", "18", "END", "1866-09-02..1899-12-31"}}},
	{"quoted programme names", "Baker said on \"This Week,\" and on ``This Week With David Brinkley'' that talks failed.", dct, nil},
	{"weekday ranges run forward", "Stores opened Monday through Friday and Thursday-Saturday.", d("2013-11-06"),
		[]want{{"Monday", "DATE", "2013-11-04", "", "2013-11-04"}, {"Friday", "DATE", "2013-11-08", "", "2013-11-08"}, {"Thursday", "DATE", "2013-10-31", "", "2013-10-31"}, {"Saturday", "DATE", "2013-11-02", "", "2013-11-02"}}},
	{"range end after a date keeps its own resolution", "It bought shares from Sept. 14 to Thursday.", d("2013-10-30"),
		[]want{{"Sept. 14", "DATE", "2013-09-14", "", "2013-09-14"}, {"Thursday", "DATE", "2013-10-24", "", "2013-10-24"}}},
	{"dozens and possessive years", "It took a dozen years, half a dozen months; 2012's results beat the 1990's.", dct,
		[]want{{"a dozen years", "DURATION", "P12Y", "", ""}, {"half a dozen months", "DURATION", "P6M", "", ""}, {"2012", "DATE", "2012", "", "2012-01-01..2012-12-31"}, {"the 1990's", "DATE", "199", "", "1990-01-01..1999-12-31"}}},
	{"days around the reference", "They met on Oct. 3. The next morning they left; the day before yesterday it rained.", dct,
		[]want{{"Oct. 3", "DATE", "2013-10-03", "", "2013-10-03"}, {"The next morning", "TIME", "2013-10-04TMO", "", "2013-10-04"}, {"the day before yesterday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"names with months and years", "He ran Windows 2000 and Orion 1980, joined the March on Washington and the annual March for Life; the March figures were weak.", dct,
		[]want{{"March", "DATE", "2013-03", "", "2013-03-01..2013-03-31"}}},
	{"previous weekday counts from the reference day", "Shares fell on Oct. 25, down 4% from the previous Friday.", dct,
		[]want{{"Oct. 25", "DATE", "2013-10-25", "", "2013-10-25"}, {"the previous Friday", "DATE", "2013-10-18", "", "2013-10-18"}}},
	{"hyphenated halves", "He served three-and-a-half years and a year-and-a-half more.", dct,
		[]want{{"three-and-a-half years", "DURATION", "P3Y6M", "", ""}, {"a year-and-a-half", "DURATION", "P18M", "", ""}}},
	{"sets of vague periods", "Elections come every few years and audits every couple of weeks.", dct,
		[]want{{"every few years", "SET", "PXY", "", ""}, {"every couple of weeks", "SET", "P2W", "", ""}}},
	// The clock in brackets falls on the reference day, the Tuesday just given.
	{"clock dated by a weekday after a parenthesis", "The blast came at 8:30 a.m. (0030 GMT) Tuesday.", d("2013-04-17"),
		[]want{{"8:30 a.m.", "TIME", "2013-04-16T08:30", "", "2013-04-16"}, {"0030 GMT", "TIME", "2013-04-16T00:30", "", "2013-04-16"}, {"Tuesday", "DATE", "2013-04-16", "", "2013-04-16"}}},
	{"a reporting clause after a comma has its own tense", "NATO decided to admit them in early December, an official said.", dct,
		[]want{{"early December", "DATE", "2013-12", "START", "2013-12-01..2013-12-10"}}},
	{"plans as a noun is a weak hint", "In September, the firm announced plans to buy a rival.", dct,
		[]want{{"September", "DATE", "2013-09", "", "2013-09-01..2013-09-30"}}},
	{"weeks and halves of a month", "The fair is in the first week of May, the last week of June 2012 and the second half of July.", d("2013-04-17"),
		[]want{{"the first week of May", "DATE", "2013-W18", "", "2013-04-29..2013-05-05"}, {"the last week of June 2012", "DATE", "2012-W26", "", "2012-06-25..2012-07-01"}, {"the second half of July", "DATE", "2013-07", "END", "2013-07-21..2013-07-31"}}},
	{"quarter codes", "Sales in Q1 rose; 2Q fell; Q4 2012 was flat; the Q10 form and Q&A.", d("2013-08-17"),
		[]want{{"Q1", "DATE", "2013-Q1", "", "2013-01-01..2013-03-31"}, {"2Q", "DATE", "2013-Q2", "", "2013-04-01..2013-06-30"}, {"Q4 2012", "DATE", "2012-Q4", "", "2012-10-01..2012-12-31"}}},
	{"fall after this, last or next with a quantity complement is a decline", "Analysts blamed this fall in oil prices and the next fall of the dollar, after last fall of 20 percent.", dct,
		[]want{}},
	{"fall after this or last with a name or a year stays the autumn", "He campaigned last fall in Iowa, in the fall of last year, and this fall in the Senate race.", dct,
		[]want{{"last fall", "DATE", "2012-FA", "", "2012-09-01..2012-11-30"}, {"the fall of last year", "DATE", "2012-FA", "", "2012-09-01..2012-11-30"}, {"this fall", "DATE", "2013-FA", "", "2013-09-01..2013-11-30"}}},
	{"fall with a complement that is no quantity stays the autumn", "Students enrolled this fall in college and grew this fall by a third.", dct,
		[]want{{"this fall", "DATE", "2013-FA", "", "2013-09-01..2013-11-30"}, {"this fall", "DATE", "2013-FA", "", "2013-09-01..2013-11-30"}}},
	{"at night without a day is a part of any day", "Owls hunt at night. Worry keeps her awake at night.", dct,
		[]want{{"night", "TIME", "XXXX-XX-XXTNI", "", ""}, {"night", "TIME", "XXXX-XX-XXTNI", "", ""}}},
	{"at night after a strong past verb is the reference day's night", "The rebels crossed the river on Oct. 3, 2013. The attack came at night.", dct,
		[]want{{"Oct. 3, 2013", "DATE", "2013-10-03", "", "2013-10-03"}, {"night", "TIME", "2013-10-03TNI", "", "2013-10-03"}}},
	{"at night after a weak past or a perfect is of any night", "Questions ranged from what keeps him up at night to pay. Active at night, the bat has lived here long.", dct,
		[]want{{"night", "TIME", "XXXX-XX-XXTNI", "", ""}, {"night", "TIME", "XXXX-XX-XXTNI", "", ""}}},
	{"at night after a day is that day's night", "On Oct. 3 at night, the gates opened.", dct,
		[]want{{"Oct. 3", "DATE", "2013-10-03", "", "2013-10-03"}, {"night", "TIME", "2013-10-03TNI", "", "2013-10-03"}}},
	{"at night before a day word is left to the day", "The talks ended late at night Monday.", dct,
		[]want{{"Monday", "DATE", "2013-10-28", "", "2013-10-28"}}},
	{"a season after an article and an adjective is a noun", "It was a hard winter. A wetter spring will follow.", dct,
		[]want{{"winter", "DATE", "2012-WI", "", "2012-12-01..2013-02-28"}, {"spring", "DATE", "2014-SP", "", "2014-03-01..2014-05-31"}}},
	{"a season word as a modifier or a decline stays unmarked", "She bought a warm winter coat after a sharp fall.", dct,
		[]want{}},
	{"the fall that is compared or explained is a decline", "The fall compares with a rise in May. Dealers blamed the fall on a strike, saw no reason for the fall, and said tariffs contributed to the fall.", dct,
		[]want{{"May", "DATE", "2013-05", "", "2013-05-01..2013-05-31"}}},
	{"the fall after a time preposition is the autumn", "Prices rose in the fall.", dct,
		[]want{{"the fall", "DATE", "2013-FA", "", "2013-09-01..2013-11-30"}}},
	{"later in the day is the reference day in a past narrative", "The envoy met the king on Tuesday and flew home later in the day.", dct,
		[]want{{"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}, {"the day", "DATE", "2013-10-29", "", "2013-10-29"}}},
	{"throughout the day with no day given is the DCT", "Rain will fall throughout the day.", dct,
		[]want{{"the day", "DATE", "2013-11-01", "", "2013-11-01"}}},
	{"the day of something or the day before names another day", "Early in the day of the vote, queues formed; late in the day before, none had.", dct,
		[]want{}},
	{"a day word after a parenthetical clock dates both clocks", "The shuttle landed at 0557 EDT (0957 UTC) yesterday.", dct,
		[]want{{"0557 EDT", "TIME", "2013-10-31T05:57", "", "2013-10-31"}, {"0957 UTC", "TIME", "2013-10-31T09:57", "", "2013-10-31"}, {"yesterday", "DATE", "2013-10-31", "", "2013-10-31"}}},
	{"a part of day before on and a date takes that date", "The square was empty midmorning on April 2, 2013, as shops shut.", dct,
		[]want{{"midmorning", "TIME", "2013-04-02TMO", "MID", "2013-04-02"}, {"April 2, 2013", "DATE", "2013-04-02", "", "2013-04-02"}}},
	{"the evening before on and a weekday takes that day", "Talks ran into the evening on Tuesday, but not in the morning on the coast.", dct,
		[]want{{"the evening", "TIME", "2013-10-29TEV", "", "2013-10-29"}, {"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}, {"the morning", "TIME", "2013-10-29TMO", "", "2013-10-29"}}},
	{"a discourse now opening a quoted or following sentence is no time", "He said: \"We were ready.\" Now, he says, the door is shut. \"Now, let us begin.\" The rules now change.", dct,
		[]want{{"now", "DATE", "PRESENT_REF", "", ""}}},
	{"fall as a noun", "Since the fall of the Wall and the fall in prices, and in the fall of 1990.", dct,
		[]want{{"the fall of 1990", "DATE", "1990-FA", "", "1990-09-01..1990-11-30"}}},
	{"newspaper names", "The Daily Telegraph and the Sunday Times reported it; on Friday Pope Francis spoke.", dct,
		[]want{{"Friday", "DATE", "2013-11-01", "", "2013-11-01"}}},
	{"month lists and ranges", "Votes were held in March and May, and between June and August.", dct,
		[]want{{"March", "DATE", "2013-03", "", "2013-03-01..2013-03-31"}, {"May", "DATE", "2013-05", "", "2013-05-01..2013-05-31"}, {"June and August", "DATE", "2013-06", "", "2013-06-01..2013-08-31"}}},
	{"holidays", "Stores close on Christmas Day and reopen after Easter 2014 and Thanksgiving.", dct,
		[]want{{"Christmas Day", "DATE", "2013-12-25", "", "2013-12-25"}, {"Easter 2014", "DATE", "2014-04-20", "", "2014-04-20"}, {"Thanksgiving", "DATE", "2013-11-28", "", "2013-11-28"}}},
	{"wire clock with zone", "The blast came at 0735 GMT and the rally at 7:30 p.m. ET.", dct,
		[]want{{"0735 GMT", "TIME", "2013-11-01T07:35", "", "2013-11-01"}, {"7:30 p.m. ET", "TIME", "2013-11-01T19:30", "", "2013-11-01"}}},
	// A date with its clock time right after it is one TIME; after "at"
	// the clock is an expression of its own.
	{"date followed by a clock time", "The page was edited October 30, 2013 08:05 PM, the vote closed Oct. 29, 11:40 pm local time and a 2 November 2013, 06:30 GMT bulletin set talks for Nov. 4 at 9 a.m. on 2013-11-02 18:00 GMT.", dct,
		[]want{{"October 30, 2013 08:05 PM", "TIME", "2013-10-30T20:05", "", "2013-10-30"}, {"Oct. 29, 11:40 pm local time", "TIME", "2013-10-29T23:40", "", "2013-10-29"}, {"2 November 2013, 06:30 GMT", "TIME", "2013-11-02T06:30", "", "2013-11-02"}, {"Nov. 4", "DATE", "2013-11-04", "", "2013-11-04"}, {"9 a.m.", "TIME", "2013-11-04T09:00", "", "2013-11-04"}, {"2013-11-02 18:00 GMT", "TIME", "2013-11-02T18:00", "", "2013-11-02"}}},
	{"a number after a date is not a clock", "Prices rose on March 3, 40 cents a share, and on 5 May, 12 analysts said.", dct,
		[]want{{"March 3", "DATE", "2013-03-03", "", "2013-03-03"}, {"5 May", "DATE", "2013-05-05", "", "2013-05-05"}}},
	// TimeML marks each end of a hyphenated range of days; a score or a
	// count after a date is no day.
	{"hyphenated ranges of days", "The expo runs Nov. 14-16, the forum 20-22 November, after a 5-3 vote on Oct. 9-2 and a Nov. 4-5% rise.", dct,
		[]want{{"Nov. 14", "DATE", "2013-11-14", "", "2013-11-14"}, {"16", "DATE", "2013-11-16", "", "2013-11-16"}, {"20", "DATE", "2013-11-20", "", "2013-11-20"}, {"22 November", "DATE", "2013-11-22", "", "2013-11-22"}, {"Oct. 9", "DATE", "2013-10-09", "", "2013-10-09"}, {"Nov. 4", "DATE", "2013-11-04", "", "2013-11-04"}}},
	// A modifier written into the part of day; a count of consecutive
	// units is one length, an ordinal one is not.
	{"midmorning and consecutive units", "Trading paused by midmorning, midmorning trading was thin and talks resumed midafternoon Thursday after 12 consecutive days and two straight weeks, the second straight week of strikes.", dct,
		[]want{{"midmorning", "TIME", "2013-11-01TMO", "MID", "2013-11-01"}, {"midafternoon Thursday", "TIME", "2013-10-31TAF", "MID", "2013-10-31"}, {"12 consecutive days", "DURATION", "P12D", "", ""}, {"two straight weeks", "DURATION", "P2W", "", ""}}},
	// The governing verb is read within the clause: "will" before "that"
	// governs another clause; a long clause still reaches its verb.
	{"tense read within the clause", "Police will examine the bridge that collapsed in the early hours of Friday.", d("2013-11-06"),
		[]want{{"Friday", "DATE", "2013-11-01", "", "2013-11-01"}}},
	{"tense of a long clause", "The delegation will, according to a statement from the foreign ministry in the capital, arrive Friday.", d("2013-11-06"),
		[]want{{"Friday", "DATE", "2013-11-08", "", "2013-11-08"}}},
	// The year after the second day of a range dates both days.
	{"a range of days with its year after", "The expo ran Sept. 14-16, 2009, and the fair March 3 and 4 2011.", dct,
		[]want{{"Sept. 14", "DATE", "2009-09-14", "", "2009-09-14"}, {"16, 2009", "DATE", "2009-09-16", "", "2009-09-16"}, {"March 3", "DATE", "2011-03-03", "", "2011-03-03"}, {"4 2011", "DATE", "2011-03-04", "", "2011-03-04"}}},
	{"names are not seasons or months", "The Arab Spring began; Jan Kowalski spoke; a second term.", dct, nil},
	{"ranges and or so", "It takes two to three weeks, a year or so, or the next 12 to 18 months.", dct,
		[]want{{"two to three weeks", "DURATION", "P2W", "", ""}, {"a year or so", "DURATION", "P1Y", "", ""}, {"the next 12 to 18 months", "DURATION", "PXM", "", ""}}},
	{"half amounts", "The trial lasted two and a half years; the hearing half an hour.", dct,
		[]want{{"two and a half years", "DURATION", "P2Y6M", "", ""}, {"half an hour", "DURATION", "PT30M", "", ""}}},
	{"halves in the smaller unit", "It took a day and a half, a minute and a half and half a year.", dct,
		[]want{{"a day and a half", "DURATION", "P1DT12H", "", ""}, {"a minute and a half", "DURATION", "PT1M30S", "", ""}, {"half a year", "DURATION", "P6M", "", ""}}},
	{"half a century", "The feud lasted half a century.", dct,
		[]want{{"half a century", "DURATION", "P50Y", "", ""}}},
	{"month of a relative year", "Prices peaked in June last year.", dct,
		[]want{{"June last year", "DATE", "2012-06", "", "2012-06-01..2012-06-30"}}},
	{"reference time", "The war ended on 3 March 1987. That year, and the following year, trade grew.", dct,
		[]want{{"3 March 1987", "DATE", "1987-03-03", "", "1987-03-03"}, {"That year", "DATE", "1987", "", "1987-01-01..1987-12-31"}, {"the following year", "DATE", "1988", "", "1988-01-01..1988-12-31"}}},
	{"centuries and decades", "Since the 20th century, and in the early 1970s, it grew.", dct,
		[]want{{"the 20th century", "DATE", "19", "", "1900-01-01..1999-12-31"}, {"the early 1970s", "DATE", "197", "START", "1970-01-01..1972-12-31"}}},
	{"earnings quarters", "Profit in the third quarter rose; a year earlier it fell. The latest quarter was weak.", dct,
		[]want{{"the third quarter", "DATE", "2013-Q3", "", "2013-07-01..2013-09-30"}, {"a year earlier", "DATE", "2012-Q3", "", "2012-07-01..2012-09-30"}, {"The latest quarter", "DATE", "2013-Q3", "", "2013-07-01..2013-09-30"}}},
	{"rates and ages", "He earns $5 a year, is a 45-year-old, works per week.", dct,
		[]want{{"a year", "SET", "P1Y", "", ""}, {"per week", "SET", "P1W", "", ""}}},
	{"weekday possessive is past", "They will appeal Wednesday's ruling.", dct,
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}}},
	{"weekday with part of day", "The vote was held Tuesday night.", dct,
		[]want{{"Tuesday night", "TIME", "2013-10-29TNI", "", "2013-10-29"}}},
	{"a weekday given with a year-less date picks the year", "The audit was published on Thursday, Aug. 2, and the reply on Thursday, 2 August.", dct,
		[]want{{"Thursday, Aug. 2", "DATE", "2012-08-02", "", "2012-08-02"}, {"Thursday, 2 August", "DATE", "2012-08-02", "", "2012-08-02"}}},
	{"a weekday no nearby year fits leaves the tense's year", "The audit was published on Monday, Aug. 2.", dct,
		[]want{{"Monday, Aug. 2", "DATE", "2013-08-02", "", "2013-08-02"}}},
	{"dotted clock times with am pm or a zone", "The ferry left at 7.45pm and docked at 10.05 a.m. after a stop at 23.10 GMT.", dct,
		[]want{{"7.45pm", "TIME", "2013-11-01T19:45", "", "2013-11-01"}, {"10.05 a.m.", "TIME", "2013-11-01T10:05", "", "2013-11-01"}, {"23.10 GMT", "TIME", "2013-11-01T23:10", "", "2013-11-01"}}},
	{"dotted numbers without am pm are prices", "Shares closed at 7.45 on Friday; release 3.10.15 pm shipped.", dct,
		[]want{{"Friday", "DATE", "2013-11-01", "", "2013-11-01"}}},
	{"day month-abbreviation year with hyphens", "Filed 30-Sep-2013 and amended 01-Oct-13.", dct,
		[]want{{"30-Sep-2013", "DATE", "2013-09-30", "", "2013-09-30"}, {"01-Oct-13", "DATE", "2013-10-01", "", "2013-10-01"}}},
	{"day-first dates with May or an abbreviation without its stop", "The envoy spoke on 14 May and left on 21 Oct after the 2 Sept talks.", dct,
		[]want{{"14 May", "DATE", "2013-05-14", "", "2013-05-14"}, {"21 Oct", "DATE", "2013-10-21", "", "2013-10-21"}, {"2 Sept", "DATE", "2013-09-02", "", "2013-09-02"}}},
	{"a capitalised abbreviation needs its day", "The poet Li Jun wrote that she may leave.", dct, nil},
	{"holidays of other English-speaking news", "Ferries will stop on Boxing Day and Anzac Day, and on Easter Monday, but the Boxing club meets.", dct,
		[]want{{"Boxing Day", "DATE", "2013-12-26", "", "2013-12-26"}, {"Anzac Day", "DATE", "2014-04-25", "", "2014-04-25"}, {"Easter Monday", "DATE", "2014-04-21", "", "2014-04-21"}}},
	{"typographic apostrophes, dashes and no-break spaces", "The gala on New Year\u2019s Eve recalled the \u201990s; doors open at 9 o\u2019clock on 4\u00a0Dec and the fair runs Nov. 3\u20135.", dct,
		[]want{{"New Year\u2019s Eve", "DATE", "2012-12-31", "", "2012-12-31"}, {"the \u201990s", "DATE", "199", "", "1990-01-01..1999-12-31"}, {"9 o\u2019clock", "TIME", "2012-12-31T09:00", "", "2012-12-31"}, {"4\u00a0Dec", "DATE", "2013-12-04", "", "2013-12-04"}, {"Nov. 3", "DATE", "2013-11-03", "", "2013-11-03"}, {"5", "DATE", "2013-11-05", "", "2013-11-05"}}},
	{"a quarter century is 25 years", "The mill ran for a quarter century, then a quarter-century later, after a quarter of a century of neglect, it shut.", dct,
		[]want{{"a quarter century", "DURATION", "P25Y", "", ""}, {"a quarter-century", "DURATION", "P25Y", "", ""}, {"a quarter of a century", "DURATION", "P25Y", "", ""}}},
	{"an article before a plural-long adjective is no count and stays outside", "A weeks-long lockout followed a months-long audit.", dct,
		[]want{{"weeks-long", "DURATION", "PXW", "", ""}, {"months-long", "DURATION", "PXM", "", ""}}},
	{"fiscal-year and half-year codes", "The mill lost money in FY2012 and FY 2013, then gained in H2 2013 and in 1H 2014.", dct,
		[]want{{"FY2012", "DATE", "2012", "", "2012-01-01..2012-12-31"}, {"FY 2013", "DATE", "2013", "", "2013-01-01..2013-12-31"}, {"H2 2013", "DATE", "2013-H2", "", "2013-07-01..2013-12-31"}, {"1H 2014", "DATE", "2014-H1", "", "2014-01-01..2014-06-30"}}},
	{"military clock times", "The convoy left at 0545 hours and returned at 1710 hrs after 1200 hours of drills.", dct,
		[]want{{"0545 hours", "TIME", "2013-11-01T05:45", "", "2013-11-01"}, {"1710 hrs", "TIME", "2013-11-01T17:10", "", "2013-11-01"}}},
	{"a hundred years in the plural is a century", "Mills spread in the 1700s and shut by the late 1800s.", dct,
		[]want{{"the 1700s", "DATE", "17", "", "1700-01-01..1799-12-31"}, {"the late 1800s", "DATE", "18", "END", "1866-09-02..1899-12-31"}}},
	{"fortnightly is a set, but not as an adjective", "The council meets fortnightly; its fortnightly bulletin is free.", dct,
		[]want{{"fortnightly", "SET", "P2W", "", ""}}},
	{"per annum is a yearly rate", "The bond pays 4 percent per annum.", dct,
		[]want{{"per annum", "SET", "P1Y", "", ""}}},
	{"a coarser reference does not anchor a finer anaphor", "The mill opened in 2005 and closed the following year; the previous week had been quiet.", dct,
		[]want{{"2005", "DATE", "2005", "", "2005-01-01..2005-12-31"}, {"the following year", "DATE", "2006", "", "2006-01-01..2006-12-31"}, {"the previous week", "DATE", "2013-W43", "", "2013-10-21..2013-10-27"}}},
	{"month day of year", "The pact of April 2 of 1996 still binds them.", dct,
		[]want{{"April 2 of 1996", "DATE", "1996-04-02", "", "1996-04-02"}}},
	{"zero DCT keeps relative values empty", "They met on Friday and last year, on 1 Nov 2013, and meet again in three days.", annals.Date{},
		[]want{{"Friday", "DATE", "", "", ""}, {"last year", "DATE", "", "", ""}, {"1 Nov 2013", "DATE", "2013-11-01", "", "2013-11-01"}, {"three days", "DATE", "", "", ""}}},
	{"the verb last takes the length, not the word", "The hearings are expected to last several weeks and the strike could last two days; it did not last a few hours.", dct,
		[]want{{"several weeks", "DURATION", "PXW", "", ""}, {"two days", "DURATION", "P2D", "", ""}, {"a few hours", "DURATION", "PTXH", "", ""}}},
	{"the adjective last after to or a modal stays relative", "Compared to last year, exports rose, and will last month's record hold? Farms grew over the last two years.", dct,
		[]want{{"last year", "DATE", "2012", "", "2012-01-01..2012-12-31"}, {"last month", "DATE", "2013-10", "", "2013-10-01..2013-10-31"}, {"the last two years", "DURATION", "P2Y", "", ""}}},
	{"a half or quarter of the year is one expression", "Output fell in the first half of the year and rose in the third quarter of the year-end rush.", dct,
		[]want{{"the first half of the year", "DATE", "2013-H1", "", "2013-01-01..2013-06-30"}, {"the third quarter", "DATE", "2013-Q3", "", "2013-07-01..2013-09-30"}, {"year-end", "DATE", "2013", "END", "2013-09-01..2013-12-31"}}},
	{"the part of day before of and a date is left out", "The guard was attacked on the night of Oct. 12 and again on the morning of Sunday, Oct. 20.", dct,
		[]want{{"Oct. 12", "DATE", "2013-10-12", "", "2013-10-12"}, {"Sunday, Oct. 20", "DATE", "2013-10-20", "", "2013-10-20"}}},
	{"the part of day before of and an event stays", "The morning of the vote was calm.", dct,
		[]want{{"The morning", "TIME", "2013-11-01TMO", "", "2013-11-01"}}},
	{"a quarter or half told by its months", "Exports rose in the April-June quarter and fell in the January-June period.", dct,
		[]want{{"the April-June quarter", "DATE", "2013-Q2", "", "2013-04-01..2013-06-30"}, {"the January-June period", "DATE", "2013-H1", "", "2013-01-01..2013-06-30"}}},
	{"a span of months that is no calendar quarter stays months", "Rains fell in the March-May period.", dct,
		[]want{{"March", "DATE", "2013-03", "", "2013-03-01..2013-05-31"}, {"May", "DATE", "2013-05", "", "2013-05-01..2013-05-31"}}},
	{"a fiscal year named by its label before the noun", "The ministry overspent in the 2012 fiscal year and its 2013 fiscal-year plan; in 2011 fiscal policy was loose.", dct,
		[]want{{"the 2012 fiscal year", "DATE", "2012", "", "2012-01-01..2012-12-31"}, {"2013", "DATE", "2013", "", "2013-01-01..2013-12-31"}, {"2011", "DATE", "2011", "", "2011-01-01..2011-12-31"}}},
	{"a coordinated future does not reach back over a past verb", "The envoy reached Lima Wednesday and will fly to Quito on Monday; the board backed the deal Tuesday and investors will vote Thursday.", dct,
		[]want{{"Wednesday", "DATE", "2013-10-30", "", "2013-10-30"}, {"Monday", "DATE", "2013-11-04", "", "2013-11-04"}, {"Tuesday", "DATE", "2013-10-29", "", "2013-10-29"}, {"Thursday", "DATE", "2013-11-07", "", "2013-11-07"}}},
	{"without a past verb before it the coordinated future still decides", "The envoy will reach Lima Wednesday and will fly on to Quito.", dct,
		[]want{{"Wednesday", "DATE", "2013-11-06", "", "2013-11-06"}}},
	{"a length in nights is counted in days", "Climbers waited three nights at the pass, several nights more in huts, and the past two nights in tents.", dct,
		[]want{{"three nights", "DURATION", "P3D", "", ""}, {"several nights", "DURATION", "PXD", "", ""}, {"the past two nights", "DURATION", "P2D", "", ""}}},
	{"nights without an amount are no length", "The club opens on Friday nights and hosts late nights.", dct,
		[]want{{"Friday nights", "SET", "XXXX-WXX-5TNI", "", ""}}},
	{"this before a full date determines the caption's noun", "In this Aug. 14, 2009 file photo, a ferry docks; in this May 2, 2011 picture, a crane stands.", dct,
		[]want{{"Aug. 14, 2009", "DATE", "2009-08-14", "", "2009-08-14"}, {"May 2, 2011", "DATE", "2011-05-02", "", "2011-05-02"}}},
	{"this before a date without a year stays relative", "The ballot closes this Nov. 20.", dct,
		[]want{{"this Nov. 20", "DATE", "2013-11-20", "", "2013-11-20"}}},
}

func TestTag(t *testing.T) {
	for _, tt := range tagTests {
		t.Run(tt.name, func(t *testing.T) {
			checkTag(t, tt.in, tt.dct, tt.want)
		})
	}
}

// tagCase is one row of a tagging table: a text in and the expressions
// Tag should find in it, in order.
type tagCase struct {
	name, in string
	want     []want
}

// checkTags runs each case through checkTag as a subtest, all against dct.
func checkTags(t *testing.T, dct annals.Date, cases []tagCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkTag(t, c.in, dct, c.want) })
	}
}

// datedTagCase is a tagCase with its own document date (YYYY-MM-DD).
type datedTagCase struct {
	name, in, dct string
	want          []want
}

// checkDatedTags runs each case through checkTag as a subtest, against the
// case's own date.
func checkDatedTags(t *testing.T, cases []datedTagCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkTag(t, c.in, d(c.dct), c.want) })
	}
}

// checkTag tags in against dct and compares every expression with want.
func checkTag(t *testing.T, in string, dct annals.Date, wants []want) {
	t.Helper()
	got := timex.Tag(in, dct)
	if len(got) != len(wants) {
		t.Fatalf("Tag(%q) = %d expressions %v, want %d", in, len(got), texts(got), len(wants))
	}
	for i, g := range got {
		w := wants[i]
		gw := want{g.Text, string(g.Type), string(g.Value), string(g.Mod), g.Interval().String()}
		if gw != w {
			t.Errorf("Tag(%q)[%d] = %+v, want %+v", in, i, gw, w)
		}
		if g.Value != "" {
			if _, _, err := annals.ParseTimeValue(string(g.Value)); err != nil {
				t.Errorf("Tag(%q)[%d]: ParseTimeValue(%q) = %v, want nil", in, i, g.Value, err)
			}
		}
		if in[g.Span[0]:g.Span[1]] != g.Text {
			t.Errorf("Tag(%q)[%d]: span %v holds %q, want %q", in, i, g.Span, in[g.Span[0]:g.Span[1]], g.Text)
		}
	}
}

func texts(ts []annals.TimeExpr) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Text+"="+string(t.Value))
	}
	return out
}

// TestTagSeed checks the expressions issue 3 lists for the seed article.
func TestTagSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, e := range timex.Tag(string(b), dct) {
		got[e.Text] = append(got[e.Text], string(e.Value)+" "+e.Interval().String())
	}
	for text, w := range map[string][]string{
		"1 Nov 2013":               {"2013-11-01 2013-11-01"},
		"Friday":                   {"2013-11-01 2013-11-01", "2013-11-01 2013-11-01"},
		"late January or February": {"2014-01 2014-01-21..2014-02-28"},
		"the spring":               {"2014-SP 2014-03-01..2014-05-31"},
		"Saturday":                 {"2013-11-02 2013-11-02"},
		"last year":                {"2012 2012-01-01..2012-12-31"},
		"this year":                {"2013 2013-01-01..2013-12-31"},
	} {
		if g := got[text]; len(g) != len(w) || g[0] != w[0] || g[len(g)-1] != w[len(w)-1] {
			t.Errorf("Tag(seed)[%q] = %v, want %v", text, g, w)
		}
	}
	for text := range got {
		if text == "00:02:14" || text == "15:46:15" {
			t.Errorf("Tag(seed) tagged page chrome %q", text)
		}
	}
}

// TestTagConcurrent runs Tag from several goroutines (the lexicon is shared
// and token slices are pooled) and checks that every result is the same.
func TestTagConcurrent(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	want := texts(timex.Tag(string(b), dct))
	errs := make(chan string, 8)
	for g := 0; g < 8; g++ {
		go func() {
			for k := 0; k < 20; k++ {
				if got := texts(timex.Tag(string(b), dct)); strings.Join(got, "|") != strings.Join(want, "|") {
					errs <- strings.Join(got, "|")
					return
				}
			}
			errs <- ""
		}()
	}
	for g := 0; g < 8; g++ {
		if e := <-errs; e != "" {
			t.Errorf("Tag(seed) in a goroutine = %s, want %s", e, strings.Join(want, "|"))
		}
	}
}
