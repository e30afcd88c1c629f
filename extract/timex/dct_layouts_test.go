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
	// A place and a full date closing a line above the story, under a
	// site's masthead clock.
	{"place date line under a masthead clock", "Regional News Magazine. News and analysis Monday, 14.10.2024, 09:12\n\nFerry links to resume between the two ports\n\nNR, Tallinn, 06.05.2013.\nThe ferry links between the two ports will resume next month, the transport minister said after talks with his counterpart yesterday.", "2013-05-06"},
	{"place date line glued to a print link", "Regional News Magazine. News and analysis Monday, 14.10.2024, 09:12\n\nFerry links to resume\n\nNR, Tallinn, 06.05.2013.Print version\nThe ferry links between the two ports will resume next month, the transport minister said after talks with his counterpart yesterday.", "2013-05-06"},
	{"a caption's place and date is no date line", "Monday, 14.10.2024\nFerry links to resume\nTallinn, 02.05.2013. Photo: archive\nThe ferry links between the two ports will resume next month, the transport minister said after talks with his counterpart.", "2024-10-14"},
	{"EU press corner place and date", "Press release\nBrussels, 12 March 2021\nCommission approves new aid for flood victims\nThe European Commission has approved a new package of aid for the regions hit by the floods last month.", "2021-03-12"},
	{"EU press corner place and date under a later page stamp", "Page updated 20 March 2021\nPress release\nBrussels, 12 March 2021\nThe European Commission has approved a new package of aid for the regions hit by the floods last month.", "2021-03-12"},
	// Government press releases.
	{"release date label", "Department of Commerce\nRelease Date: June 4, 2019\nThe department announced new export rules for chips and machine tools sold abroad by firms.", "2019-06-04"},
	{"for immediate release with the date on the same line", "FOR IMMEDIATE RELEASE: June 4, 2019\nThe ministry announced new export rules for chips and machine tools sold abroad.", "2019-06-04"},
	{"for immediate release, then a place and date dateline", "FOR IMMEDIATE RELEASE\nWASHINGTON, June 4, 2019 - The department announced new export rules for chips.", "2019-06-04"},
	{"media note with a number and a date", "Media Note\nOffice of the Spokesperson\nWashington, DC\nJune 4, 2019\nThe Secretary will travel to Ruritania next week to meet the President.", "2019-06-04"},
	{"press release dated only in its footer", "Minister welcomes the trade pact\nThe minister welcomed the pact signed by the two states on Monday and said it would open new markets for the farmers of the region.\nPublished 4 June 2019\nShare this page", "2019-06-04"},
	// UN News.
	{"UN News day month year under the headline", "UN News\nSecurity Council extends mission in Ruritania\n4 June 2019\nThe Security Council on Tuesday extended the mandate of its peacekeeping mission for another year.", "2019-06-04"},
	{"UN News date with a section name", "4 June 2019 Peace and Security\nThe Security Council on Tuesday extended the mandate of its peacekeeping mission for another year.", "2019-06-04"},
	// Wire reposts.
	{"posted on above a wire dateline with the year", "Posted on June 5, 2019\nLIMA, June 4, 2019 (Reuters) - Peru's president named a new cabinet on Tuesday.", "2019-06-04"},
	{"last updated above a year-less wire dateline", "Last updated: June 5, 2019 10:02 GMT\nLIMA, June 4 (Reuters) - Peru's president named a new cabinet on Tuesday.", "2019-06-04"},
	{"posted and last updated around a story without a dateline", "Posted on June 4, 2019\nPeru's president named a new cabinet on Tuesday, a week after the old one resigned.\nLast updated June 9, 2019", "2019-06-04"},
	{"AP dateline with a year-less date elsewhere and a page stamp", "June 4, 2019\nKABUL, Afghanistan (AP) — Officials said Tuesday that talks would resume on June 10.", "2019-06-04"},
	{"AP dateline with the year only in a copyright line", "KABUL, Afghanistan (AP) — Officials said Tuesday that talks would resume on June 10.\nCopyright 2019 The Associated Press.", ""},
	// Blog posts.
	{"blog date under the title and a later comment", "Notes from the border\nJune 4, 2019\nThe crossing was busy again today and the queue of lorries stretched for miles along the road to the port.\n2 comments\nJune 6, 2019 at 8:14 am\nGreat post, thanks.", "2019-06-04"},
	{"blog by-line with the date after the author", "Notes from the border\nby Jane Doe on June 4, 2019\nThe crossing was busy again today and the queue of lorries stretched for miles.", "2019-06-04"},
	{"blog archive calendar above the post", "Archives\nJune 2019\nMay 2019\nApril 2019\nNotes from the border\nJune 4, 2019\nThe crossing was busy again today and the queue of lorries stretched for miles along the road to the port.", "2019-06-04"},
	// British and other site stamps.
	{"weekday day month year with a dotted clock", "Mon 3 Feb 2014 10.44 GMT\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-02-03"},
	{"dotted clock stamp under a headline", "Talks resume in Geneva\nMon 3 Feb 2014 10.44 GMT\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-02-03"},
	{"weekday stamp with the last modified one above", "Talks resume in Geneva\nLast modified on Tue 4 Feb 2014 09.00 GMT\nMon 3 Feb 2014 10.44 GMT\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-02-03"},
	{"one-digit dotted clock stamp with the revision below", "Talks resume in Geneva\nMon 3 Feb 2014 9.05 GMT\nLast modified on Tue 4 Feb 2014 09.00 GMT\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-02-03"},
	{"a revision stamp with no stamp beside it stands", "Talks resume in Geneva\nLast modified on Tue 4 Feb 2014 09.00 GMT\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.\nMon 3 Feb 2014 10.44 GMT", "2014-02-04"},
	{"a dotted number without a zone is no clock", "Talks resume in Geneva\nLast modified on Tue 4 Feb 2014 09.00 GMT\nMon 3 Feb 2014 10.44\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-02-04"},
	{"date and time with a bar", "3 February 2014 | 10:44\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-02-03"},
	{"upload stamp is not the story's date", "Uploaded on 9 February 2014\nTalks resume in Geneva\nMonday, 3 February 2014\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-02-03"},
	// Other languages in the chrome around an English story.
	{"Russian month in the chrome of an English story", "Главная | 5 марта 2014\nPublished 3 March 2014\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-03-03"},
	{"Spanish month in the chrome of an English story", "Inicio | 5 de marzo de 2014\nTalks resume in Geneva\nMarch 3, 2014\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-03-03"},
	// Chrome that must not date the story.
	{"member since date in a sidebar", "Talks resume in Geneva\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.\nMember since March 1, 2010", ""},
	{"printed on stamp", "Printed on: March 9, 2014\nTalks resume in Geneva\nMarch 3, 2014\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-03-03"},
	{"more from the site list after the story", "Talks resume in Geneva\nMarch 3, 2014\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.\nMore from this site\nMarch 9, 2014 Truce holds\nMarch 10, 2014 Envoys leave", "2014-03-03"},
	{"you might also like list with dates and no story date", "Talks resume in Geneva\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.\nYou might also like\nTruce holds - March 9, 2014", ""},
	{"a deadline in the story is a weak date", "Talks resume in Geneva\nThe talks between the two states resumed in Geneva on Monday and must end by June 30, 2014, the envoys said.", "2014-06-30"},
	{"dateline with a day-first date and the agency", "GENEVA, 3 March 2014 (AFP) - The talks between the two states resumed on Monday.", "2014-03-03"},
	{"ISO date in a by-line bar", "By Jane Doe | 2014-03-03 | World\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-03-03"},
	{"date in brackets after the headline", "Talks resume in Geneva (03 March 2014)\nThe talks between the two states resumed in Geneva on Monday after a pause of three weeks.", "2014-03-03"},
	{"press statement numbered with the date at the end of the header", "Press Statement No. 42/2014 - 3 March 2014\nThe ministry welcomed the resumption of the talks in Geneva on Monday.", "2014-03-03"},
	{"a site's clock then a year-less dateline whose year the clock gives", "Tuesday, March 4, 2014\nGENEVA, March 3 (AFP) - The talks between the two states resumed on Monday.", "2014-03-03"},
	{"issued on a day-first slash date with a dashed clock", "Talks resume in Geneva\nIssued on: 25/03/2021 - 14:30\nThe talks between the two states resumed in Geneva on Thursday after a pause of three weeks.", "2021-03-25"},
	{"updated clock with two zones before the date", "Talks resume in Geneva\nUpdated 1517 GMT (2317 HKT) March 12, 2021\nThe talks between the two states resumed in Geneva on Friday after a pause of three weeks.", "2021-03-12"},
	{"dotted day-first date and a clock after a bar", "Talks resume in Geneva\n12.03.2021 | 14:30\nThe talks between the two states resumed in Geneva on Friday after a pause of three weeks.", "2021-03-12"},
	{"published and updated on one line with bars", "Talks resume in Geneva\nPublished: 12 March 2021 | Updated: 14 March 2021\nThe talks between the two states resumed in Geneva on Friday after a pause of three weeks.", "2021-03-12"},
	{"date label with a day-first slash date", "Date: 25/03/2021\nThe talks between the two states resumed in Geneva on Thursday after a pause of three weeks.", "2021-03-25"},
	{"place and month-first date closing a line", "Press release\nGeneva, March 12, 2021\nThe talks between the two states resumed on Friday after a pause of three weeks.", "2021-03-12"},
	{"place in capitals and date closing a line", "Press release\nGENEVA, 12 March 2021\nThe talks between the two states resumed on Friday after a pause of three weeks.", "2021-03-12"},
	{"breadcrumb words before a date are no place", "Home, News, 14 March 2021\nPublished 12 March 2021\nThe talks between the two states resumed on Friday after a pause of three weeks.", "2021-03-12"},
	{"wire dateline with the month cut and a full stop", "GENEVA, Mar. 12, 2021 (Reuters) - The talks between the two states resumed on Friday.", "2021-03-12"},
	{"date with ordinal and comma under the headline", "Talks resume in Geneva\nMarch 12th, 2021\nThe talks between the two states resumed in Geneva on Friday after a pause of three weeks.", "2021-03-12"},
	{"date line then a by-line, comments far below", "Talks resume in Geneva\nFriday 12 March 2021\nBy Jane Doe\nThe talks between the two states resumed in Geneva on Friday after a pause of three weeks.\nLeave a comment\nMarch 14, 2021 at 10:02 pm\nThanks for the post.", "2021-03-12"},
	// Photo captions: the date of the pictured event is evidence, not the
	// story's date; a full date opening the story's lead is its dateline.
	{"caption a day before a lead opening with the date", "Envoys meet in Rome\nThe two envoys shake hands on their arrival in Rome on Thursday 7 March 2013. Photo by Jane Doe\n8 March, 2013. The envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"caption a day before a lead opening with a month-first date and a dash", "Envoys meet in Rome\nThe envoys arrive in Rome, March 7, 2013. REUTERS/John Smith\nMarch 8, 2013 - The envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"caption a day before a lead opening with a slash date", "Envoys meet in Rome\nThe envoys arrive in Rome on 7 March 2013. Picture: Jane Doe\n08/03/2013 — The envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"caption after a lead opening with the date", "Envoys meet in Rome\n8 March, 2013. The envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nThe envoys leave the talks in Rome on 9 March 2013. (AFP)\nThe truce is the first in three years.", "2013-03-08"},
	{"comment stamp a day after a lead opening with the date", "Envoys meet in Rome\n8 March, 2013. The envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\n1 comment\nJohn Saturday, 9 March 2013 15:39 Comment Link\nGood news at last.", "2013-03-08"},
	{"caption date line above a lead with no date", "Envoys meet in Rome\nROME, March 6, 2013 - Envoys arrive for the talks. REUTERS/John Smith\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nPublished 8 March 2013", "2013-03-08"},
	{"caption is the only date", "Envoys meet in Rome\nThe envoys arrive in Rome on 7 March 2013. Photo: Jane Doe/Example News\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-07"},
	{"a date in the story's prose outranks a caption's", "Envoys meet in Rome\nThe envoys arrive in Rome on 7 March 2013. Photo: Jane Doe/Example News\nThe envoys of the two states met in Rome on Friday and agreed on a truce, their ministries said in a statement dated 8 March 2013.", "2013-03-08"},
	{"a lead opening with a date and a full stop, no caption", "Envoys meet in Rome\nMy News Blog, Saturday 9 March 2013\n8 March, 2013. The envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a later paragraph opening with a date is no dateline", "Published 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\n2 March, 2013. The envoys had first met in Vienna, where the talks broke down over the border and the river.", "2013-03-08"},
	// Galleries, image credits, related lists, event calendars, by-lines,
	// print and archive pages, date lines under headlines, two languages.
	{"image credit with a date above a published stamp", "Envoys meet in Rome\nImage: Jane Doe / Example News, 7 March 2013\nPublished 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"image credit with a date is the only date", "Envoys meet in Rome\nImage credit: Example Agency, 7 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-07"},
	{"agency photo credit with a slash under a date line", "Envoys meet in Rome\nFriday, 8 March 2013\nEnvoys arrive in Rome on 7 March 2013. EPA/John Smith\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"photo credit with a date under a year-less wire dateline", "ROME, March 8 (Reuters) - The envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nThe envoys arrive in Rome, March 7, 2013. REUTERS/John Smith", "2013-03-08"},
	{"photo credit line before a posted-on stamp", "Envoys meet in Rome\nPhoto: AFP / March 7, 2013\nPosted on March 8, 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"gallery captions above the headline and its date line", "Gallery\n1 of 12\nThe envoys arrive in Rome, March 6, 2013. REUTERS/John Smith\n2 of 12\nThe envoys shake hands, March 7, 2013. REUTERS/John Smith\nEnvoys meet in Rome\nMarch 8, 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"gallery captions with dates below a by-line stamp", "Envoys meet in Rome\nBy Jane Doe | March 8, 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nIn pictures\nPhoto taken on March 5, 2013 shows the envoys in Vienna.\nPhoto taken on March 6, 2013 shows the envoys in Geneva.", "2013-03-08"},
	{"gallery slide counter and a caption with a clock", "Photo 3 of 10\nEnvoys leave the talks, 7 March 2013 14:30 GMT (Photo: Jane Doe)\nEnvoys meet in Rome\nPublished 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"related line with dates and no story date", "Envoys meet in Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nRelated: Truce collapses (March 20, 2013); Envoys named (March 1, 2013)", ""},
	{"related line with dates under a date line", "Envoys meet in Rome\nMarch 8, 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nRelated: Truce collapses (March 20, 2013); Envoys named (March 1, 2013)", "2013-03-08"},
	{"related block in a sidebar above the story", "Related stories\nTruce collapses - March 20, 2013\nEnvoys named - March 1, 2013\nEnvoys meet in Rome\nMarch 8, 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"read more line with a date after the story", "Envoys meet in Rome\nPosted 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nRead more: Envoys named to lead the talks, 1 March 2013", "2013-03-08"},
	{"event calendar with colons above an undated story", "Events calendar\n12 March 2013: Donor conference, Oslo\n20 March 2013: Water summit, Geneva\nEnvoys meet in Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", ""},
	{"event calendar with colons above a by-line date", "Events calendar\n12 March 2013: Donor conference, Oslo\n20 March 2013: Water summit, Geneva\nEnvoys meet in Rome\nBy Jane Doe, 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"what's on list after the story", "Envoys meet in Rome\nFriday 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nWhat's on\nSaturday 9 March 2013 Film night\nSunday 10 March 2013 Book fair", "2013-03-08"},
	{"posted by an author on a date with a clock", "Envoys meet in Rome\nPosted by Jane Doe on March 8, 2013 at 10:15 am\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"posted by an author on a date, in a category, with comments", "Envoys meet in Rome\nPosted by Jane Doe on 8 March 2013 in World News | 3 Comments\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"posted by an author with bars", "Envoys meet in Rome\nPosted by Jane Doe | March 8, 2013 | Filed under World\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a reader's post after the story is no date", "Envoys meet in Rome\nMarch 8, 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nJohn posted on March 9, 2013\nGood news at last.", "2013-03-08"},
	{"print page with a printed-on footer", "Print this page\nExample News - Printer friendly version\nEnvoys meet in Rome\nBy Jane Doe\nMarch 8, 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nURL: https://example.com/2013/03/08/envoys\nPrinted on March 12, 2013", "2013-03-08"},
	{"printed from a site on a date is no story date", "Envoys meet in Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nThis article was printed from example.com on 12 March 2013", ""},
	{"printed from a site above a date line", "Printed from Example News, 12 March 2013 14:02\nEnvoys meet in Rome\nFriday, 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"archive page with back to archive chrome", "Back to archive\nArchive 2013\nEnvoys meet in Rome\n08.03.2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nBack to archive", "2013-03-08"},
	{"archive page with previous and next story links", "News archive\nEnvoys meet in Rome\nFriday, 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\n« Previous story: Truce collapses (7 March 2013) | Next story: Envoys named (9 March 2013) »", "2013-03-08"},
	{"archive page with an archived-on stamp", "Back to archive\nArchived on 15 April 2013\nEnvoys meet in Rome\n8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"archive breadcrumb of month and year above a date line", "News archive › 2013 › March\nEnvoys meet in Rome\nFriday, 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"date line then a place after the headline", "Envoys meet in Rome\n8 March 2013, Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"date line with a section and a reading time", "Envoys meet in Rome\n8 March 2013 | World | 3 min read\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"date line with a reading time after a dot", "Envoys meet in Rome\nMarch 8, 2013 · 4 min read\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"date line under the headline above a caption of the day before", "Envoys meet in Rome\nMarch 8, 2013\nThe envoys arrive in Rome on March 7, 2013. Photo: Jane Doe\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"headline and date in two languages", "Los enviados se reúnen en Roma | Envoys meet in Rome\n8 de marzo de 2013 | 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"French chrome with a newer date above an English date line", "Accueil | 12 mars 2013\nEnvoys meet in Rome\n8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"English story then its French version with the date", "Envoys meet in Rome\nPublished 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nVersion française\nLes envoyés se sont réunis à Rome le 9 mars 2013 et ont conclu une trêve.", "2013-03-08"},
	{"Arabic chrome date above an English date line", "الرئيسية | ١٢ مارس ٢٠١٣\nEnvoys meet in Rome\n8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"photo credit of the eve gives a year-less wire dateline its year", "ROME, March 8 (Reuters) - The envoys of the two states met in Rome and agreed on a truce that will hold until spring.\nThe envoys arrive in Rome, March 7, 2013. REUTERS/John Smith", "2013-03-08"},
	{"a date weeks away gives a year-less wire dateline no year", "ROME, March 8 (Reuters) - The envoys of the two states met in Rome and agreed on a truce that will hold until March 28, 2014.", ""},
	{"an agency in brackets closing a dateline line is no photo credit", "Envoys meet in Rome\nROME, March 8, 2013 (AP)\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nPublished 9 March 2013", "2013-03-08"},
	{"a pollster joined to an agency by a slash is no photo credit", "Envoys meet in Rome\nMarch 8, 2013 - A Reuters/Ipsos poll released on Friday shows the truce agreed by the envoys has wide support in both states.\nPublished 9 March 2013", "2013-03-08"},
	{"a date and a full stop opening a feature years before its stamp", "Published 12 September 2011\nRemembering the attacks\n11 September 2001. The towers fell on a clear morning and the city that watched them has not been the same since.", "2011-09-12"},
	{"a date and a full stop opening the lead a day before a repost stamp", "Published 12 September 2011\nEnvoys meet in Rome\n11 September, 2011. The envoys of the two states met in Rome on Sunday and agreed on a truce that will hold until spring.", "2011-09-11"},
	{"a chronology after the story under a published stamp", "Envoys meet in Rome\nPublished 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nTimeline\n5 March 2013: Talks open in Vienna\n7 March 2013: Envoys arrive in Rome", "2013-03-08"},
	{"an e-mail header's sent line", "Sent: Friday, March 8, 2013 10:15 AM\nSubject: Envoys meet in Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a photograph credit with a date above the headline is the only date", "Photograph: Jane Doe/AP, 7 March 2013\nEnvoys meet in Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-07"},
	{"a source line with the date after a reposted story", "Envoys meet in Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nSource: Example News, 8 March 2013", "2013-03-08"},
	{"a Chinese page date above an English date line", "2013年3月12日\nEnvoys meet in Rome\n8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a date line with the author after it", "Envoys meet in Rome\nMarch 8, 2013 by Jane Doe\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nThe envoys arrive in Rome on March 7, 2013. Photo: Jane Doe", "2013-03-08"},
	{"a date line, a dash and the author", "Envoys meet in Rome\n8 March 2013 — Jane Doe\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a reader's reply stamp is the only date", "Envoys meet in Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nJane on 9 March 2013 at 10:02 Reply\nGood news.", ""},
	{"print edition and online stamps", "Envoys meet in Rome\nPublished online 8 March 2013\nPrint edition: 9 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a day line with a place after a bar", "Envoys meet in Rome\nFriday 8 March 2013 | Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"two languages side by side in one line with a Welsh date", "Dydd Gwener 8 Mawrth 2013 | Friday 8 March 2013\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a long caption a day before a lead opening with a date and a dash", "Envoys meet in Rome\nThe envoys of the two states shake hands on their arrival at the airport in Rome on Thursday 7 March 2013, before the talks. Photo by Jane Doe\n8 March 2013 – The envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a menu's clock above a lead opening with the day before", "Home | World | Business | Friday, 10 June 2016\nEnvoys meet in Suva\n9 June, 2016. The envoys of the two states met in Suva on Thursday and agreed on a truce that will hold until spring.", "2016-06-09"},
	{"a menu's date line over a caption of the day before and an undated lead", "Friday, 10 June 2016\nEnvoys meet in Suva\nThe envoys shake hands in Suva on Thursday 9 June 2016. Photo by Jane Doe\nThe envoys of the two states met in Suva and agreed on a truce that will hold until spring.", "2016-06-10"},
	{"a long caption of the eve above a lead opening with a month-first date and a full stop", "Envoys meet in Suva\nThe envoys of the two states shake hands on their arrival at the airport in Suva on Thursday 9 June 2016, before the talks. Photo by Jane Doe\nJune 10, 2016. The envoys of the two states met in Suva on Friday and agreed on a truce that will hold until spring.", "2016-06-10"},
	{"a long caption of the eve above a lead opening with a dotted date and a full stop", "Envoys meet in Suva\nThe envoys of the two states shake hands on their arrival at the airport in Suva on Thursday 9 June 2016, before the talks. Photo by Jane Doe\n10.06.2016. The envoys of the two states met in Suva on Friday and agreed on a truce that will hold until spring.", "2016-06-10"},
	{"a long caption of the eve above a lead opening with a date and a colon", "Envoys meet in Suva\nThe envoys of the two states shake hands on their arrival at the airport in Suva on Thursday 9 June 2016, before the talks. Photo by Jane Doe\n10 June 2016: The envoys of the two states met in Suva on Friday and agreed on a truce that will hold until spring.", "2016-06-10"},
	{"a long caption of the eve above a lead opening with a weekday, a date and a full stop", "Envoys meet in Suva\nThe envoys of the two states shake hands on their arrival at the airport in Suva on Thursday 9 June 2016, before the talks. Photo by Jane Doe\nFriday, 10 June 2016. The envoys of the two states met in Suva on Friday and agreed on a truce that will hold until spring.", "2016-06-10"},
	{"a long caption of the eve above a lead opening with a weekday, a date and a dash", "Envoys meet in Suva\nThe envoys of the two states shake hands on their arrival at the airport in Suva on Thursday 9 June 2016, before the talks. Photo by Jane Doe\nFriday 10 June 2016 - The envoys of the two states met in Suva on Friday and agreed on a truce that will hold until spring.", "2016-06-10"},
	{"a by-line date with a comment count", "Envoys meet in Rome\nMarch 8, 2013 | 2 Comments\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a by-line date with a leave-a-comment link", "Envoys meet in Rome\nJane Doe March 8, 2013 Leave a comment\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a posted footer with a comment count below the story", "Envoys meet in Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nPosted on March 8, 2013 | 2 Comments", "2013-03-08"},
	{"a reader's stamp with a reply link below the story", "Envoys meet in Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.\nJohn Smith March 9, 2013 at 10:02 pm Reply\nGood news at last.", ""},
	{"a date line under a section named events", "Home | News\nEvents\nMarch 8, 2013\nEnvoys meet in Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a date line with a clock under a section named events", "Events\n8 March 2013 14:30 GMT\nEnvoys meet in Rome\nThe envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	// Message-board posts that quote a wire story: the story's own date
	// line, its clock after a semicolon, outranks the post's stamp.
	{"a wire story's date line with its clock after a semicolon", "Envoys meet in Rome\nBy Jane Doe\nAssociated Press Writer\nFriday, March 8, 2013; 6:15 p.m. EST\nROME (AP) -- The envoys of the two states met in Rome on Friday and agreed on a truce.", "2013-03-08"},
	{"a board reply's stamp above a quoted wire story", "Board\nPublic Reply | Private Reply | Previous 10 | Next 10\nTo: John Roe who wrote (212)03/10/2013 11:02:00 PM\nFrom: Mary Major   Read Replies (3) of 980\n\nEnvoys meet in Rome\n\nBy Jane Doe\nAssociated Press Writer\nFriday, March 8, 2013; 6:15 p.m. EST\n\nROME (AP) -- The envoys of the two states met in Rome on Friday and agreed on a truce that will hold until spring.", "2013-03-08"},
	{"a board reply's stamp alone dates the post", "Board\nPublic Reply | Private Reply | Previous 10 | Next 10\nTo: John Roe who wrote (212)03/10/2013 11:02:00 PM\nFrom: Mary Major   Read Replies (3) of 980\n\nThe envoys of the two states met in Rome and agreed on a truce that will hold until spring, I read.", "2013-03-10"},
	{"a date and a clause after a semicolon is no date line", "Envoys meet in Rome\nPublished March 9, 2013\nThe envoys of the two states met in Rome and agreed on a truce that will hold until spring.\nFriday, March 8, 2013; the day the truce was signed, will be a holiday.", "2013-03-09"},
	// A story whose only date is a weekday and a month-day.
	{"weekday and month-day in the text", "Envoys meet in Rome\nThe envoys met on Friday, March 8, in Rome and agreed on a truce.", ""},
	{"nothing", "The envoys met in Rome and agreed on a truce.", ""},
}

func TestDCTLayouts(t *testing.T) { checkLayouts(t, dctLayouts) }

// checkLayouts runs FindDCT on each page text and compares the date found
// ("" when none) with the one wanted.
func checkLayouts(t *testing.T, cases []struct{ name, in, want string }) {
	t.Helper()
	for _, c := range cases {
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

// gluedLayouts are page texts whose date lost the space before its month
// name (scraped pages run elements together), and words that hold a month
// name but are no date.
var gluedLayouts = []struct{ name, in, want string }{
	{"month glued to a release number", "Press Advisory\nNumber: No. 42-PMarch 3, 2001\nPRESS ADVISORYThe Minister will travel to Ruritania on Monday, March 12, 2001, for talks on the border.", "2001-03-03"},
	{"month glued to a heading in capitals", "PRESS ADVISORYMarch 3, 2001\nThe Minister will travel to Ruritania on Monday, March 12, 2001, for talks on the border.", "2001-03-03"},
	{"month glued to an updated label", "Envoys meet again\nUpdatedJune 4, 2010\nThe envoys of the two states met again in the capital on Friday, May 28, 2010, to talk about the border.", "2010-06-04"},
	{"a month name inside a word is no date", "The Decemberists 4, 2010 tour\nThe envoys of the two states met again in the capital on Friday, May 28, 2010, to talk about the border.", "2010-05-28"},
	{"a month name closing a name is no date", "Mr LeMay 4, 2010\nThe envoys of the two states met again in the capital on Friday, May 28, 2010, to talk about the border.", "2010-05-28"},
	{"a glued month without a day is no date", "ADVISORYMarch 2001\nThe envoys of the two states met again in the capital on Friday, May 28, 2010, to talk about the border.", "2010-05-28"},
}

func TestDCTGluedMonth(t *testing.T) { checkLayouts(t, gluedLayouts) }

// storyDayLayouts are pages stamped with a slash date that reads two ways
// ("09/04/2021": 4 September month first, 9 April day first) whose story
// gives its own days: the reading those days fall near wins; else the
// month-first reading stands.
var storyDayLayouts = []struct{ name, in, want string }{
	{"a weekday with its day in brackets", "Minister visits the capital\nPublished on 09/04/2021 - 10:15\nThe foreign minister will meet the president and his counterpart in the capital to talk about trade and the border.\nThe minister arrived in the capital Tuesday (6), when he gave a talk to students.", "2021-04-09"},
	{"a weekday with an ordinal day", "Minister visits the capital\nPosted 09/04/2021\nThe foreign minister arrived in the capital on Tuesday the 6th and will meet the president to talk about trade and the border.", "2021-04-09"},
	{"a weekday, a day and a month", "Minister visits the capital\nPosted 09/04/2021\nThe foreign minister arrived in the capital on Tuesday, 6 April, and will meet the president to talk about trade and the border.", "2021-04-09"},
	{"a month and a day in the story", "Minister visits the capital\nPosted 09/04/2021\nThe foreign minister, who arrived in the capital on April 6, will meet the president to talk about trade and the border.", "2021-04-09"},
	{"a weekday with its day in brackets, beyond the weeks around the stamp", "Minister visits the capital\nPublished on 09/04/2021 - 10:15\nThe foreign minister will meet the president and his counterpart in the capital to talk about trade and the border.\nThe minister will travel on Tuesday (20) to the port.", "2021-04-09"},
	// Negatives: the month-first reading stands.
	{"days pointing both ways", "Minister visits the capital\nPosted 09/04/2021\nThe foreign minister arrived in the capital on Tuesday the 6th and will meet the president to talk about trade and the border.\nThe two had last met on September 2 in the port.", "2021-09-04"},
	{"a bare number after a weekday is no day", "Minister visits the capital\nPosted 09/04/2021\nThe army said on Tuesday 6 soldiers were killed in the hills near the border town, and the minister flew to the capital.", "2021-09-04"},
	{"a month and a day of another year", "Minister visits the capital\nPosted 09/04/2021\nThe foreign minister, who first visited the capital on April 6, 2015, will meet the president to talk about trade and the border.", "2021-09-04"},
	{"no days in the story", "Minister visits the capital\nPosted 09/04/2021\nThe foreign minister arrived in the capital and will meet the president to talk about trade and the border.", "2021-09-04"},
}

func TestDCTStoryDays(t *testing.T) { checkLayouts(t, storyDayLayouts) }
