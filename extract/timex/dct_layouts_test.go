package timex_test

import (
	"testing"

	"github.com/annals-project/annals/extract/timex"
)

// dctLayouts are invented page texts, a few lines each as the ingest step
// delivers a scraped page or as plain text arrives, in the date layouts
// news pages and wires use, each with the article date it must get ("" for
// none: no date found means no date, never the clock).
var dctLayouts = []struct{ name, in, want string }{
	// Wire datelines.
	{"wire dateline with the year in a stamp above", "Posted 4 March 2013\nNAIROBI, Kenya (AP) - Ministers of the two states met on Monday to talk about the border.", "2013-03-04"},
	{"wire dateline with month and day, year from the page stamp", "Tuesday, 4 October 2016\nBEIJING, Oct. 3 (Xinhua) -- China and Nepal signed a trade pact on Monday.", "2016-10-03"},
	{"wire dateline without a place", "Updated March 4, 2013\nMarch 3 (Reuters) - The central bank held its rate on Sunday.", "2013-03-03"},
	{"agency dateline without a place, with the year", "March 3, 2013 (Reuters) - The central bank held its rate on Sunday.\nPublished 4 March 2013", "2013-03-03"},
	{"a month-day and an agency in a later paragraph are no dateline", "Published 4 March 2013\nThe central bank held its rate on Sunday and said it would watch the markets closely in the weeks ahead.\nMarch 1 (Reuters) - The bank had cut its rate the week before.", "2013-03-04"},
	{"wire dateline with the year", "ACCRA, March 5, 2013 (Reuters) - Ghana's president named a new cabinet.", "2013-03-05"},
	{"year-less dateline alone has no year", "LIMA, March 5 (Reuters) - Peru's president named a new cabinet.", ""},
	// By-lines.
	{"by-line with a clock and a weekday", "Talks resume in Geneva\nBy Jane Doe | Published 3:45 PM EST, Tue March 5, 2013\nThe envoys met again on Tuesday.", "2013-03-05"},
	{"posted on a slash date by an author", "Talks resume\nPosted on 03/05/2013 by admin\nThe envoys met again on Tuesday.", "2013-03-05"},
	{"first published outranks updated", "Talks resume\nUpdated: March 7, 2013 10:02 GMT\nFirst published: March 5, 2013 08:15 GMT\nThe envoys met again.", "2013-03-05"},
	{"last modified loses to published", "Talks resume\nPublished 5 March 2013\nLast modified 9 March 2013\nThe envoys met again.", "2013-03-05"},
	// ISO and slash stamps.
	{"ISO stamp", "2013-03-05T14:30:00Z\nThe envoys met again in the capital.", "2013-03-05"},
	{"day-first slash stamp that reads one way", "Published 25/03/2013\nThe envoys met again.", "2013-03-25"},
	{"month-first slash stamp that reads one way", "Published 03/25/2013\nThe envoys met again.", "2013-03-25"},
	{"ambiguous slash stamp read by a day-first zone", "Posted 05/03/2013 14:30 GMT\nThe envoys of the two states met again in the capital to talk about the border and the river.", "2013-03-05"},
	{"ambiguous slash stamp read by a month-first zone", "Posted 05/03/2013 2:30 PM EST\nThe envoys of the two states met again in the capital to talk about the border and the river.", "2013-05-03"},
	// Press releases and readouts.
	{"press release header", "FOR IMMEDIATE RELEASE\nMarch 5, 2013\nMinistry announces new aid for flood victims\nThe ministry said it would send food and tents.", "2013-03-05"},
	{"numbered release", "Release No. 13-042, March 5, 2013\nThe agency fined two banks for breaking sanctions.", "2013-03-05"},
	{"government readout", "Secretary's Call with the Foreign Minister of Ruritania\nReadout\nOffice of the Spokesperson\nMarch 5, 2013\nThe Secretary spoke today with the Foreign Minister.", "2013-03-05"},
	{"readout signed below the text", "Secretary's Call with the Foreign Minister\nThe Secretary spoke today with the Foreign Minister of Ruritania about trade and the border.\nOffice of the Spokesperson, Washington, March 5, 2013", "2013-03-05"},
	// Reposts.
	{"blog repost then the original dateline", "My News Blog\nSaturday, March 9, 2013\nEnvoys meet in Rome\nROME, March 8, 2013 (AP) - The envoys met on Friday.", "2013-03-08"},
	{"blog repost then a year-less dateline", "My News Blog\nSaturday, March 9, 2013\nEnvoys meet in Rome\nROME, March 8 (AP) - The envoys met on Friday.", "2013-03-08"},
	// Site stamps.
	{"feed-style stamp", "Tue, 05 Mar 2013 14:32:00 +0000\nThe envoys of the two states met again in the capital to talk about the border and the river.", "2013-03-05"},
	{"ordinal day before the month", "Published on 5th March 2013\nThe envoys met again.", "2013-03-05"},
	{"ordinal day after the month", "Posted March 5th, 2013\nThe envoys met again.", "2013-03-05"},
	{"abbreviated month with a full stop", "Envoys meet again\n5 Mar. 2013\nThe envoys of the two states met again in the capital to talk about the border and the river.", "2013-03-05"},
	{"date published label with an ISO date", "Date Published: 2013-03-05\nThe envoys met again.", "2013-03-05"},
	{"story filed stamp", "Story filed: Tuesday, March 5, 2013 at 10:21 AM\nThe envoys met again.", "2013-03-05"},
	{"first published with a dotted clock under a revision", "Envoys meet again\nLast modified on Wed 6 Mar 2013 10.00 GMT\nFirst published on Tue 5 Mar 2013 14.30 GMT\nThe envoys of the two states met again in the capital to talk about the border and the river.", "2013-03-05"},
	{"date and last updated on one line", "Envoys meet again\n5 March 2013 Last updated at 14:32 GMT\nThe envoys of the two states met again in the capital to talk about the border and the river.", "2013-03-05"},
	{"clock before the date in a by-line", "By Jane Doe\nPublished 5:32 PM EST Mar 5, 2013\nThe envoys met again.", "2013-03-05"},
	{"posted and updated on one line", "Posted: Mar 05, 2013 10:15 AM EST | Updated: Mar 06, 2013 9:00 AM EST\nThe envoys met again.", "2013-03-05"},
	{"capitals date line of a readout", "Readout of the President's Call with the Prime Minister of Ruritania\nMARCH 05, 2013\nStatements and Releases\nThe President spoke today with the Prime Minister of Ruritania about trade and the border.", "2013-03-05"},
	{"dotted year-first stamp", "2013.03.05 14:30\nThe envoys of the two states met again in the capital to talk about the border and the river.", "2013-03-05"},
	{"dateline label", "Dateline: March 5, 2013\nThe envoys met again.", "2013-03-05"},
	{"date and dash opening the story", "Envoys meet again\nMarch 5, 2013 — The envoys of the two states met again in the capital to talk about the border and the river.", "2013-03-05"},
	{"year-less dateline whose year is in a later full date of the same day", "KABUL, March 5 (AP) — The envoys met again on Tuesday, and a statement issued on March 5, 2013 said they would meet again.", "2013-03-05"},
	// Pages of several items.
	{"a page of two readouts is as new as the later one", "Ministry of Foreign Affairs\nMinister's Call with the Foreign Minister of Ruritania\n03/08/2022 08:01 PM EST\nThe Minister spoke today with the Foreign Minister of Ruritania about the border, trade and the river that the two states share.\nDeputy Minister's Meeting with the Trade Minister of Freedonia\n03/09/2022 04:17 PM EST\nThe Deputy Minister met the Trade Minister of Freedonia today in Geneva to talk about tariffs, grain and the new port.", "2022-03-09"},
	{"a later headline and date without a text of its own is a link", "Ministry of Foreign Affairs\nMinister's Call with the Foreign Minister of Ruritania\n03/08/2022 08:01 PM EST\nThe Minister spoke today with the Foreign Minister of Ruritania about the border, trade and the river that the two states share.\nDeputy Minister's Meeting with the Trade Minister of Freedonia\n03/09/2022 04:17 PM EST\nShare this page", "2022-03-08"},
	{"a later item weeks newer is no same-day digest", "Ministry of Foreign Affairs\nMinister's Call with the Foreign Minister of Ruritania\n03/08/2022 08:01 PM EST\nThe Minister spoke today with the Foreign Minister of Ruritania about the border, trade and the river that the two states share.\nDeputy Minister's Meeting with the Trade Minister of Freedonia\n04/19/2022 04:17 PM EST\nThe Deputy Minister met the Trade Minister of Freedonia today in Geneva to talk about tariffs, grain and the new port.", "2022-03-08"},
	// Chrome that must not date the story.
	{"related stories with their own dates", "Envoys meet in Rome\nMarch 8, 2013\nThe envoys met on Friday in Rome and agreed on a truce.\nRelated stories\nTruce collapses - March 20, 2013\nEnvoys named - March 1, 2013", "2013-03-08"},
	{"comment dates", "Envoys meet in Rome\nMarch 8, 2013\nThe envoys met on Friday in Rome and agreed on a truce.\n3 comments\nJohn wrote on March 12, 2013 at 9:14 pm", "2013-03-08"},
	{"copyright year only", "The envoys met in Rome and agreed on a truce.\nCopyright 2013 Example News. All rights reserved.", ""},
	{"copyright line with a full date", "The envoys met in Rome and agreed on a truce.\n© March 12, 2013 Example News", ""},
	{"photo caption date under a dateline", "ROME, March 8, 2013 (AP) - The envoys met on Friday.\nPhoto taken on March 6, 2013 shows the envoys arriving.", "2013-03-08"},
	{"event calendar in a sidebar", "Envoys meet in Rome\nMarch 8, 2013\nThe envoys met on Friday in Rome and agreed on a truce that will hold until the talks resume in the spring.\nUpcoming events\nMarch 20, 2013 Water summit, Geneva\nApril 2, 2013 Donor conference, Oslo", "2013-03-08"},
	{"event calendar above a story with no date of its own", "Upcoming events\nMarch 20, 2013 Water summit, Geneva\nApril 2, 2013 Donor conference, Oslo\nPosted by admin on March 8, 2013\nThe envoys met on Friday in Rome and agreed on a truce that will hold until the talks resume in the spring.", "2013-03-08"},
	{"last modified footer is the only stamp", "The envoys met on Friday in Rome and agreed on a truce that will hold until the talks resume in the spring.\nLast modified: 12 March 2013", "2013-03-12"},
	{"crawl stamp", "Retrieved 9 April 2014\nThe envoys met in Rome.", ""},
	// A story whose only date is a weekday and a month-day.
	{"weekday and month-day in the text", "Envoys meet in Rome\nThe envoys met on Friday, March 8, in Rome and agreed on a truce.", ""},
	{"nothing", "The envoys met in Rome and agreed on a truce.", ""},
}

func TestDCTLayouts(t *testing.T) {
	for _, c := range dctLayouts {
		t.Run(c.name, func(t *testing.T) {
			d, ok := timex.FindDCT(c.in)
			got := ""
			if ok {
				got = d.String()
			}
			if got != c.want {
				t.Errorf("FindDCT(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}
