package timex_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/extract/timex"
)

var dctTests = []struct {
	name, in, want, from string
	yearKnown            bool
}{
	{"agency dateline", "Title\n\n(1 Nov 2013) Japan and Russia agreed to talk.", "2013-11-01", "dateline", true},
	{"date line", "HEADLINE\nDate: 3 March 1987\n\nTOKYO, March 3 - Text.", "1987-03-03", "dateline", true},
	{"reuters dateline takes the year from a full date", "TOKYO, March 3 (Reuters) - Talks began. The pact of March 3, 1987 holds.", "1987-03-03", "dateline", true},
	{"dateline without a year", "SALVADOR, Feb 26 - Showers continued.", "0000-02-26", "dateline", false},
	{"published line", "Some site\nPublished: 12 May 2010\nStory text on 1 June 2009.", "2010-05-12", "metadata", true},
	{"date line under a place line", "Colombo\n31 July 2008\nThe ministers met.", "2008-07-31", "dateline", true},
	{"story date beats upload date", "Uploaded on Jul 31, 2015\n(17 Nov 2024)\nLima, Peru – 16 November 2024", "2024-11-17", "dateline", true},
	{"ISO date", "Updated 2019-04-05 10:00\nBody.", "2019-04-05", "metadata", true},
	{"day-first slash date", "Posted 22/03/2013\nBody text.", "2013-03-22", "metadata", true},
	{"dotted European date", "Nicosia\n22.03.2013\nBody text.", "2013-03-22", "dateline", true},
	{"RFC 1123 header", "Date: Fri, 22 Mar 2013 17:42:00 GMT\nBody.", "2013-03-22", "metadata", true},
	{"lower-case dateline month", "Caracas, feb 26 - Venezuela is seeking talks.", "0000-02-26", "dateline", false},
	{"dateline comma before the dash", "CHICAGO, March 4, - South Korea's surplus grew.", "0000-03-04", "dateline", false},
	{"dateline below long page chrome", strings.Repeat("Menu Home News Sport Weather Video\n", 230) + "(5 May 2011) The talks began.", "2011-05-05", "dateline", true},
	{"foreign page chrome is ignored", "31 июля 2015 г. 15:46:15\n00:02:14\nThe ministers met in the capital to discuss trade and energy.", "", "", false},
	{"Russian story dates itself", "31 июля 2015 г. 15:46:15\nМинистры встретились в столице и обсудили торговлю.", "2015-07-31", "text", true},
	{"Tamil stamp with a month name", "செய்தி ஜூலை 14,2022 | 09:30 IST\nமுதல்வர் இன்று கூட்டத்தில் பேசினார்.", "2022-07-14", "line", true},
	{"Devanagari digits and month", "नई दिल्ली, १२ मार्च २०१८\nप्रधानमंत्री ने आज विदेश मंत्री से मुलाकात की।", "2018-03-12", "line", true},
	{"Arabic-Indic digits and month", "القاهرة في ٥ أكتوبر ٢٠٢٠\nاستقبل وزير الخارجية نظيره اليوم.", "2020-10-05", "line", true},
	{"Tibetan digits", "༢༠༡༩-༠༤-༡༧\nབོད་ཀྱི་སྲིད་སྐྱོང་གིས་ཉིན་འདིར་གསུང་བཤད་གནང་།", "2019-04-17", "line", true},
	{"Chinese date", "2019年9月26日 10:30\n外交部长今天会见了来访的客人。", "2019-09-26", "line", true},
	{"Thai Buddhist-era year", "15 มกราคม 2562\nนายกรัฐมนตรีพบกับรัฐมนตรีต่างประเทศ", "2019-01-15", "line", true},
	{"French month when no English date", "Publié le 3 février 2017\nLe ministre a rencontré son homologue à Paris.", "2017-02-03", "line", true},
	{"French chrome loses to the English date", "Publié le 3 février 2017\nPosted 5 February 2017\nThe minister met his counterpart.", "2017-02-05", "metadata", true},
	{"Hindi date in a Hindi page's chrome around an English story", "१२ मार्च २०१८\nThe foreign ministers met in the capital to discuss trade and energy and water.", "", "", false},
	{"nothing", "No date here at all.", "", "", false},
	{"place line and date line beat a repost's date line", "Ministers talk water\nSHARE\nMarch 9, 2016\n\nNairobi\nMarch 7, 2016\n\nThe ministers met on Monday.", "2016-03-07", "dateline", true},
	{"a commenter's place and date are no dateline", "Ministers talk water\nPosted by Site Staff\nMarch 9, 2016\nThe ministers met on Monday in the capital and agreed to share the water of the river basin.\nComments\nJane D.\nOhio, USA\nMarch 10, 2016", "2016-03-09", "line", true},
	{"section name above a date line is no place", "Home\nMarch 9, 2016\n\nNews\nMarch 7, 2016\n\nThe ministers met on Monday.", "2016-03-09", "line", true},
	{"repost date loses to an em-dash dateline", "Posted on 3 June 2014\nNAIROBI, June 2, 2014 — The talks opened in the capital.", "2014-06-02", "dateline", true},
	{"repost stamp loses to a date and dash opening the story", "WORLD WIRE\n\nAgency Sends Envoy To Region\n\nPublished: Mon 14 Mar 2011 10:02 AM\nEnvoy sent to region\n11 March 2011 – A senior envoy of the agency will next week travel to the region to meet the leaders of the two parties to the dispute.", "2011-03-11", "dateline", true},
	{"a date and dash in a later paragraph do not outrank the stamp", "Published: Mon 14 Mar 2011 10:02 AM\nThe envoy of the agency will next week travel to the region to meet the leaders of the two parties.\n11 March 2011 – The agency said the envoy would also visit the capital and the port.", "2011-03-14", "metadata", true},
	{"a date and a dashed clock are no dateline", "Published: Mon 14 Mar 2011 10:02 AM\n11 March 2011 - 09:15 GMT\nThe envoy of the agency will next week travel to the region to meet the leaders of the two parties.", "2011-03-14", "metadata", true},
	{"repost date loses to a colon dateline", "Posted by admin on 9 Oct 2016\nGENEVA, 7 October 2016: Delegates met behind closed doors.", "2016-10-07", "dateline", true},
	{"repost date gives a year-less dateline its year", "Monday, 18 May 2015\nOSLO, May 17 (NTB) -- The two ministers met.", "2015-05-17", "dateline", true},
	{"day-first dashed stamp with a clock time", "14-02-2018 11:20 AM\nThe port reopened after the strike.", "2018-02-14", "line", true},
	{"dashed stamp that can only be month-first", "05-23-2017\nThe port reopened.", "2017-05-23", "line", true},
	{"dashed numbers that are no date", "Scores 31-13-2017 and 12-40-1999 were read out.", "", "", false},
	{"a date line under the headline beats the page's date line above it", "Saturday, March 12, 2011\n\nStatement by the Minister of Trade on the Opening of the Port\n\n March 10, 2011\n\nThe minister opened the port today and said it would handle grain and coal for the whole region.", "2011-03-10", "line", true},
	{"a two-digit-year stamp closing the headline beats the page's date line", "Thursday, 3 May 2018\n  Latest News\n  Archives\nUSIS - Text: Minister Briefs Reporters on Trade, 96-04-11\n\nThe minister told reporters on April 11 that the trade talks would resume in the autumn.", "1996-04-11", "line", true},
	{"a two-digit-year stamp alone on a line", "Port reopens\n08-27-11\nThe port reopened.", "2011-08-27", "line", true},
	{"a two-digit-year stamp read three ways is no date", "In Brief 03-04-05\nThe port reopened.", "", "", false},
	{"a two-digit-year stamp in prose is no date", "The tallies of 45-12-30 were read out at the meeting.", "", "", false},
	{"a date line under a byline stays second", "March 9, 2016\nBy Staff\nMarch 7, 2016\nThe ministers met on Monday.", "2016-03-09", "line", true},
	{"a page stamp the day after gives a year-less dateline its year", "Grain exports climb\nNews desk, 03 15, 2021\nHARARE, March 14 (Agency) -- Grain exports rose in the first two months.", "2021-03-14", "dateline", true},
	{"a stamp of month and day as spaced numbers", "Port reopens\n11 02, 2019\nThe port reopened.", "2019-11-02", "line", true},
	{"a date label run into a report's header line outranks the page's date line", "Monday, 4 March 2024 | ||\nFarm Desk\n[02] GRAIN CROP OUTLOOK (L) BY A WRITER (KIEV)DATE=9/14/98TYPE=REPORT\nThe grain crop is expected to fall short of the plan this autumn, officials said.", "1998-09-14", "metadata", true},
	{"update: is no date label", "Saturday, 9 March 2024\nThe line read update: 9/14/98 in the margin of the old ledger at the port office.", "2024-03-09", "line", true},
	{"a two-digit-year stamp closing a headline with the next line run into it", "Monday, 4 March 2024 | ||\nAgency News Desk Report, 98-09-14Agency Desk: Daily Notes\nThe grain crop is expected to fall short of the plan this autumn, officials said.", "1998-09-14", "line", true},
	{"a bracketed two-digit-year stamp closing a mirror's headline beats the page's date line", "Friday, 7 June 2024 | ||\nFarm Desk Daily Grain Report (98-09-14)Farm Desk Directory - Previous Article - Next Article\nThe grain crop is expected to fall short of the plan this autumn, officials said.", "1998-09-14", "line", true},
	{"a bracketed two-digit-year stamp at the end of a headline line", "Friday, 7 June 2024\nWeekly Port And Shipping Notes (97-11-21)\nThe port handled more grain than in any week of the year, the harbour master said.", "1997-11-21", "line", true},
	{"a bracketed number triple in prose is no date", "Friday, 7 June 2024\nThe three teams scored (98-09-14) in the final round of the regional league, officials said.", "2024-06-07", "line", true},
	{"a date label before a two-digit-year stamp outranks the page's date line", "Friday, 7 June 2024\nFrom: News Distribution Desk\nDate: 98-09-14\nThe grain crop is expected to fall short of the plan this autumn, officials said.", "1998-09-14", "metadata", true},
	{"a date label before a compact eight-digit stamp", "Friday, 7 June 2024\nDATE=19980914TYPE=REPORT\nThe grain crop is expected to fall short of the plan this autumn, officials said.", "1998-09-14", "metadata", true},
	{"a date label before a compact six-digit stamp read one way only", "Friday, 7 June 2024\nDate: 980914\nThe grain crop is expected to fall short of the plan this autumn, officials said.", "1998-09-14", "metadata", true},
	{"a compact six-digit stamp read several ways is no date", "Friday, 7 June 2024\nDate: 050607\nThe grain crop is expected to fall short of the plan this autumn, officials said.", "2024-06-07", "line", true},
	{"an eight-digit number without a date label is no date", "Friday, 7 June 2024\nOrder 19980914 was filed at the port office, officials said in a statement.", "2024-06-07", "line", true},
	{"a copyright line's compact stamp is no date", "Friday, 7 June 2024\nCopyright date: 19980914\nThe grain crop is expected to fall short of the plan this autumn, officials said.", "2024-06-07", "line", true},
	{"a last-updated stamp above the first-published one loses to it", "Ferry service resumes\nLast updated: 10:32, 14 October 2021\nFirst published: 12 October 2021\nThe ferry to the islands sailed again after a week of storms, the operator said.", "2021-10-12", "metadata", true},
	{"of two labels on one line the one nearest the date names it", "Ferry service resumes\nUpdated 14 October 2021, first published 12 October 2021\nThe ferry to the islands sailed again after a week of storms, the operator said.", "2021-10-12", "metadata", true},
	{"an updated stamp still beats a date in the story", "Ferry service resumes\nUpdated 14 October 2021\nThe ferry to the islands sailed again on 2 October 2021 after a week of storms, the operator said.", "2021-10-14", "metadata", true},
	{"a relative published stamp leaves the date line below it", "Ferry service resumes\nPublished: 5 hours ago\nOctober 12, 2021\nThe ferry to the islands sailed again after a week of storms, the operator said.", "2021-10-12", "line", true},
	{"an Indian time zone reads a two-way slash stamp day first", "Ferry service resumes\n05/07/2019 | 09:15 IST\nThe ferry to the islands sailed again after a week of storms, the operator said.", "2019-07-05", "line", true},
	{"a European time zone reads a two-way slash stamp day first", "Ferry service resumes\nPosted on 05/07/2019 14:30 BST\nThe ferry to the islands sailed again after a week of storms, the operator said.", "2019-07-05", "metadata", true},
	{"a 24-hour clock alone gives no order", "Ferry service resumes\n06/01/1999 | Press note | Filed at 16:00\nThe ferry to the islands sailed again after a week of storms, the operator said.", "1999-06-01", "text", true},
	{"an American time zone keeps a two-way slash stamp month first", "Ferry service resumes\nPosted on 05/07/2019 2:30 PM EDT\nThe ferry to the islands sailed again after a week of storms, the operator said.", "2019-05-07", "metadata", true},
	{"a clock with pm keeps a two-way slash stamp month first", "Ferry service resumes\nPosted on 05/07/2019 10:30 pm\nThe ferry to the islands sailed again after a week of storms, the operator said.", "2019-05-07", "metadata", true},
	{"a morning clock gives no order", "Ferry service resumes\nPosted on 05/07/2019 09:30\nThe ferry to the islands sailed again after a week of storms, the operator said.", "2019-05-07", "metadata", true},
	{"a year-first slash stamp", "Ferry service resumes\nPublished 2021/10/12 09:30\nThe ferry to the islands sailed again after a week of storms, the operator said.", "2021-10-12", "metadata", true},
	{"a news site's archive path dates a page that gives no other date", "Ferry service resumes\nhttps://news.example.org/2021/10/12/ferry-resumes.html\nThe ferry to the islands sailed again after a week of storms, the operator said.", "2021-10-12", "text", true},
	{"a year-first slash run of four numbers is no date", "Ferry service resumes\nCase 2021/10/12/4 was heard by the port court after a week of storms, the operator said.", "", "", false},
	{"a year-first slash stamp with no such month is no date", "Ferry service resumes\nPublished 2021/13/12\nThe ferry to the islands sailed again after a week of storms, the operator said.", "", "", false},
	{"a crawl date is not the story's", "Accessed on 9 March 2020\nFerry service resumes\nThe ferry to the islands sailed again on 7 March 2015 after a week of storms, the operator said.", "2015-03-07", "text", true},
	{"a capture told in prose is no crawl label", "Rebels take town\nRebels captured the town of Kidal on 12 March 2020, officials said. The army fled north.", "2020-03-12", "text", true},
	{"a passive capture told in prose is no crawl label", "Rebels take town\nThe town was captured on 12 March 2020, officials said. The army fled north.", "2020-03-12", "text", true},
	{"a print run told in prose is no crawl label", "Leaflets dropped\nPolice printed leaflets on 12 March 2020, officials said. The crowd left.", "2020-03-12", "text", true},
	{"a last-accessed label is a crawl date", "Last accessed: 9 March 2020\nFerry service resumes\nThe ferry to the islands sailed again on 7 March 2015 after a week of storms, the operator said.", "2015-03-07", "text", true},
	{"a page-last-accessed label is a crawl date", "Page last accessed on 9 March 2020\nFerry service resumes\nThe ferry to the islands sailed again on 7 March 2015 after a week of storms, the operator said.", "2015-03-07", "text", true},
	{"an archive label is a crawl date", "Ferry service resumes\nArchived from the original on 9 March 2020\nThe ferry to the islands sailed again on 7 March 2015 after a week of storms, the operator said.", "2015-03-07", "text", true},
	{"a print date is not the story's", "Printed on: 9 March 2020\nFerry service resumes\nPublished 7 March 2015\nThe ferry to the islands sailed again after a week of storms, the operator said.", "2015-03-07", "metadata", true},
	{"a mirror's file named by a two-digit-year code", "Ferry service resumes\nSource: mirror/news/98-09-14.desk.html\nThe ferry to the islands sailed again after a week of storms, the operator said.", "1998-09-14", "text", true},
	{"a file named by a compact code after a label", "Ferry service resumes\nFile: 980914.txt\nThe ferry to the islands sailed again after a week of storms, the operator said.", "1998-09-14", "text", true},
	{"a compact code before a full stop in prose is no file", "Ferry service resumes\nThe operator logged 980914.The ferry to the islands sailed again after a week of storms, the operator said.", "", "", false},
	{"a two-digit-year stamp with a glued word in prose is no date", "Monday, 4 March 2024\nThe plates marked 98-09-14A and 98-09-15B were found at the port office.", "2024-03-04", "line", true},
	{"a related-links head above the headline leaves the story's date line its own", "Related topics\n\nFerry Sinks Off The Coast; Dozens Rescued\n\nMay 6, 2004\n\nPORT LOUIS, Mauritius (AP) _ A ferry carrying more than eighty passengers sank off the coast on Thursday, officials said.", "2004-05-06", "line", true},
	{"a related block under the story's prose still hides its dates", "Ferry Sinks Off The Coast\n\nA ferry carrying more than eighty passengers sank off the coast on Thursday, officials said on the radio.\n\nRelated stories\nMay 6, 2004\nStorm closes the port", "", "", false},
	{"the lead's weekday and the latest year named give a year-less dateline its year", "FREETOWN, March 3 (Agency) -- The two ministers signed a fishing accord, an official said Thursday.\nIn 2009, the catch fell by a fifth.", "2011-03-03", "dateline", true},
	{"a year-less dateline whose lead names no weekday keeps no year", "FREETOWN, March 3 (Agency) -- The two ministers signed a fishing accord.\nIn 2009, the catch fell by a fifth.", "0000-03-03", "dateline", false},
	{"a year-less dateline whose lead names two weekdays keeps no year", "FREETOWN, March 3 (Agency) -- The talks that opened Monday ended Thursday.\nIn 2009, the catch fell by a fifth.", "0000-03-03", "dateline", false},
	{"a year-less dateline in a text naming no year keeps no year", "FREETOWN, March 3 (Agency) -- The two ministers signed a fishing accord, an official said Thursday.", "0000-03-03", "dateline", false},
	{"a full date three days after is not the dateline's stamp", "OSLO, May 17 (NTB) -- The vote of 20 May 2015 was set.", "0000-05-17", "dateline", false},
	{"a full date in the text bounds the year of a year-less dateline", "FREETOWN, March 3 (Agency) -- The two ministers signed a fishing accord, an official said Thursday.\nThe ceasefire has held since June 4, 2009.", "2011-03-03", "dateline", true},
	{"the weekday the story names reads a slash date day first", "Floods close mountain roads\n07/04/2014| River News\nRescuers pulled three fishermen from the swollen river on Monday after a night of heavy rain in the hills.", "2014-04-07", "text", true},
	{"a slash date neither of whose readings fits the weekday stays month first", "Floods close mountain roads\n07/04/2014| River News\nRescuers pulled three fishermen from the swollen river on Wednesday after a night of heavy rain in the hills.", "2014-07-04", "text", true},
	{"the weekday the story names reads an ambiguous stamp", "World Briefs 04-06-09\n\nFarmers in the north blocked a highway on Monday to protest against the price of seed and the fuel tax.", "2009-04-06", "line", true},
	{"an ambiguous stamp with two weekdays named stays unread", "World Briefs 04-06-09\n\nFarmers blocked a highway on Monday and again on Friday to protest against the price of seed and the fuel tax.", "", "", false},
	{"a US slash date with a two-digit year is read in prose", "The pact was signed on 11/02/89 in the capital.", "1989-11-02", "text", true},
	{"a page listing story leads has no date of its own", "Ministers to tour the north\nLusaka: The minister will leave for a five-day tour of the north from 3 May 2018 to meet farmers and chiefs.\nFloods close the border\nLusaka: Heavy rain closed the border crossing for the third time this month and traders waited.", "", "", false},
	{"a listing of excerpts cut short has no date of its own", "News\nThe exchange showed how the talks of 12 June 2020 could add fresh strain to the ...\nFarmers in the valley said the rains came late this year and the harvest would be ...", "", "", false},
	{"a transcript's speakers are no story leads", "MR. SMITH: We met the minister on 3 May 2018 and talked about the trade deal.\nMR. JONES: We will meet again next week to talk about the trade deal and more.", "2018-05-03", "text", true},
	{"Arabic dateline closed by a date of spaced dashes", "وزير الخارجية يزور عمان\nعمان – مراسل الوكالة – أحمد محمود علي – 14 – 3 – 2021\nوصل وزير الخارجية إلى العاصمة اليوم في زيارة رسمية.", "2021-03-14", "text", true},
	{"a dateline closed by a date of spaced dashes", "Amman – 14 – 3 – 2021\nThe minister arrived.", "2021-03-14", "dateline", true},
	{"a bulletin heading closed by a date of spaced slashes", "Weekly Bulletin 14 / 03 / 2021\n\nPort reopens after the strike\n\nThe port reopened today.", "2021-03-14", "line", true},
	{"a date of spaced slashes alone on a line", "Port reopens\n03 / 11 / 2019\nThe port reopened.", "2019-11-03", "line", true},
	{"spaced slashes in prose are no date", "The committee split 5 / 3 / 2021 on the plan, and the talks went on.", "", "", false},
	{"spaced slashes after a lower-case label are no date", "totals were 14 / 03 / 2021\nThe port reopened.", "", "", false},
	{"spaced dashes in prose are no date", "The vote went 5 – 3 – 2021 delegates abstaining, and the talks went on.", "", "", false},
	{"a breadcrumb's path date beats a comment's date line", "You are here: HomeNews2011 04 19Article 5521\n\nPort strike ends\n\nComment: They should have paid the men\n\n2011-04-20 08:15:02\nThe dockers went back to work.", "2011-04-19", "metadata", true},
	{"a date line under a comment heading is the comment's", "Port strike ends\n\nComment: They should have paid the men\n\n2011-04-20 08:15:02\nThe dockers went back to work.", "", "", false},
	{"spaced year, month and day outside a breadcrumb are no date", "Totals 2011 04 19 were read out at the meeting.", "", "", false},
	{"dates of related stories are not the story's", "Ministers meet in Lusaka\nThe ministers met on Tuesday to talk trade.\nRelated\nMarch 3, 2019\nFloods close the border", "", "", false},
	{"a site's place and clock date line above the headline loses to the story's under it", "Porto Alegre, March 2nd 2025 - 10:15 UTC\n\nFerry crews end strike in the north\n\nTuesday, May 4th 2010 - 18:30 UTC\nFull story\n\nThe ferry crews went back to work on Tuesday after a week-long strike over pay and hours at the port.", "2010-05-04", "line", true},
	{"a place and clock date line with no headline under it stays the date", "Porto Alegre, May 4th 2010 - 18:30 UTC\n\nThe ferry crews went back to work on Tuesday after a week-long strike over pay and hours at the port.", "2010-05-04", "line", true},
	{"a dateline whose dash opens the story is still a dateline", "Posted on 3 June 2014\nPORTO ALEGRE, June 2, 2014 - Ferry crews went back to work.", "2014-06-02", "dateline", true},
	{"a full month name with a stray full stop in a posted line", "Ferry strike ends\n\nPosted March. 9, 2011 08:15,\n\nThe ferry crews went back to work.", "2011-03-09", "metadata", true},
	{"a month closing a sentence before a number is no date", "Ferry strike ends\n\nThe strike began in March. 9, 14 and 20 were the worst days.", "", "", false},
	{"a month and day on one line, the clock and year on the next", "Minister to visit Lima\n\nTrade Office\n\nJune 7\n14:05 2019\n\nA spokesman said the minister had accepted an invitation to visit Lima next month for talks on trade.", "2019-06-07", "line", true},
	{"a month and day on one line, the year alone on the next", "Port reopens\nOctober 12\n2015\nThe port reopened.", "2015-10-12", "line", true},
	{"a month and day over a line of prose naming a year is no stamp", "Port reopens\nOctober 12\nThe port, shut since 2015\nThe port reopened.", "", "", false},
	{"a month and day inside the prose takes no year from the line below", "The port reopened after a strike that lasted for weeks and cost the traders dearly, officials said.\nOctober 12\n09:31 2015\n", "", "", false},
	{"you might also like block", "Farm talks end\nTalks ended on Friday.\nYou might also like\n12 January 2021 Another story ran here.", "", "", false},
}

func TestLocateDCT(t *testing.T) {
	for _, tt := range dctTests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := timex.LocateDCT(tt.in)
			gs := ""
			if ok {
				gs = got.Date.String()
				if got.Date.Year == 0 {
					gs = "0000-" + twoDigits(int(got.Date.Month)) + "-" + twoDigits(got.Date.Day)
				}
			}
			if gs != tt.want || (ok && (got.From != tt.from || got.YearKnown != tt.yearKnown)) {
				t.Errorf("LocateDCT(%q) = %s %q yearKnown=%v, want %s %q yearKnown=%v", tt.in, gs, got.From, got.YearKnown, tt.want, tt.from, tt.yearKnown)
			}
			if ok && tt.in[got.Span[0]:got.Span[1]] == "" {
				t.Errorf("LocateDCT(%q): empty evidence span %v", tt.in, got.Span)
			}
		})
	}
}

func twoDigits(n int) string { return string([]byte{byte('0' + n/10), byte('0' + n%10)}) }

func TestFindDCTSeed(t *testing.T) {
	b, err := os.ReadFile("testdata/seed.txt")
	if err != nil {
		t.Fatal(err)
	}
	got, ok := timex.FindDCT(string(b))
	if !ok || got.String() != "2013-11-01" {
		t.Errorf("FindDCT(seed) = %s, %v, want 2013-11-01, true", got, ok)
	}
	if _, ok := timex.FindDCT("SALVADOR, Feb 26 - Showers."); ok {
		t.Errorf("FindDCT(year-less dateline) = _, true, want false")
	}
}

// TestFindDCTDev checks every annotated dev article when the shared
// evaluation data is present: their "published" field is the truth.
func TestFindDCTDev(t *testing.T) {
	dir := filepath.Join(sharedDir(), "eval", "dev")
	files, _ := filepathGlob(dir + "/*.txt")
	if len(files) == 0 {
		t.Skip("shared evaluation data not present")
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		want, err := publishedOf(f[:len(f)-4] + ".json")
		if err != nil {
			t.Fatal(err)
		}
		got, ok := timex.FindDCT(string(b))
		if !ok || got.String() != want {
			t.Errorf("FindDCT(%s) = %s, %v, want %s", f, got, ok, want)
		}
	}
}

// FuzzLocateDCT checks that LocateDCT never panics and that its evidence
// span lies inside the text, on dates of every script and digit form.
func FuzzLocateDCT(f *testing.F) {
	for _, tt := range dctTests {
		f.Add(tt.in)
	}
	for _, s := range []string{
		"٥ أكتوبر", "2019年9月", "2019年9月26", "༢༠༡༩-༠༤-", "१२ मार्च", "ஜூலை 11,", "Related", "14-02-",
		"\xe0\xa5\xa8\xe0\xa5", "12 мая 20\xff19", "2019년 9월 26일 ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, ok := timex.LocateDCT(text)
		if !ok {
			return
		}
		if d.Span[0] < 0 || d.Span[1] > len(text) || d.Span[0] >= d.Span[1] {
			t.Fatalf("LocateDCT(%q): span %v outside the text", text, d.Span)
		}
		if d.YearKnown {
			if _, err := annals.ParseDate(d.Date.String()); err != nil {
				t.Fatalf("LocateDCT(%q): date %v: %v", text, d.Date, err)
			}
		}
	})
}

// TestTagStrayDot checks that a full month name with a stray full stop
// reads as a month when a day, a comma and a year follow, and only then.
func TestTagStrayDot(t *testing.T) {
	dct := annals.MustParseDate("2013-11-01")
	checkTag(t, "The ferry treaty was signed on October. 12, 1998 in the port.", dct,
		[]want{{"October. 12, 1998", "DATE", "1998-10-12", "", "1998-10-12"}})
	checkTag(t, "The harvest ended in October. 12 farmers left the valley.", dct,
		[]want{{"October", "DATE", "2013-10", "", "2013-10-01..2013-10-31"}})
}

func TestSlashByDCT(t *testing.T) {
	dct := annals.Date{Year: 2014, Month: 4, Day: 7}
	mk := func(text, v string) annals.TimeExpr {
		d, _ := annals.ParseDate(v)
		return annals.TimeExpr{Text: text, Type: annals.TimeDate, Value: annals.TimeValue(v), Start: d, End: d}
	}
	ts := []annals.TimeExpr{
		mk("07/04/2014", "2014-07-04"), // day first, the article's day
		mk("06/04/2014", "2014-06-04"), // day first would be the day before: left alone
		mk("2014-04-07", "2014-04-07"),
	}
	got := timex.SlashByDCT(dct, ts)
	want := []string{"2014-04-07", "2014-06-04", "2014-04-07"}
	for i, w := range want {
		if string(got[i].Value) != w || (got[i].Start.String() != w) {
			t.Errorf("SlashByDCT: %q = %s (start %s), want %s", got[i].Text, got[i].Value, got[i].Start, w)
		}
	}
	if got := timex.SlashByDCT(annals.Date{}, []annals.TimeExpr{mk("07/04/2014", "2014-07-04")}); got[0].Value != "2014-07-04" {
		t.Errorf("SlashByDCT without a date changed %q to %s", got[0].Text, got[0].Value)
	}
}
