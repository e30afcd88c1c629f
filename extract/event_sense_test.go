package extract_test

import "testing"

// TestRequestedMeeting checks that talks a third party urges or calls
// on both sides to hold are no meeting: "urged X and Y to resume talks",
// "called on the parties to return to negotiations", "pressed X and Y to
// meet", but the caller's appeal, a statement (CAMEO 026) dated by the
// call, not by the talks asked for. A party's own call for talks proposes them (planned, see
// TestRequests), and talks agreed on, talks already named ("the proposed
// talks"), and urging beside a meeting held stay events. Article date
// Wednesday 2021-03-03.
func TestRequestedMeeting(t *testing.T) {
	checkEvents(t, []eventCase{
		{"urged the sides to resume talks",
			"On Tuesday Sweden urged Ethiopia and the rebels immediately to resume talks to save the ceasefire.",
			"statement occurred 2021-03-02 [] [SWE ETH]"},
		{"called on the sides to return to negotiations",
			"The envoys called on Armenia and Azerbaijan to stop the shelling at once and to return to substantive negotiations.",
			"statement occurred 2021-03-03 [] [ARM AZE]"},
		{"pressed both to meet",
			"Norway pressed the leaders of Sudan and South Sudan to meet before the end of the month.",
			"statement occurred 2021-03-03 [] [NOR SDN SSD]"},
		{"a party's own call proposes talks",
			"Sudan urged South Sudan to resume talks on the border.",
			"meet planned  [] [SDN SSD]"},
		{"talks already named",
			"Norway urged Sudan and South Sudan to go ahead with the planned April talks.",
			"meet planned 2021-04-01..2021-04-30 [] [NOR SDN SSD]"},
		{"agreed to resume talks is a planned meeting",
			"Sudan and South Sudan agreed on Monday to resume talks next month.",
			"agree occurred 2021-03-01 [] [SDN SSD]\nmeet planned 2021-04-01..2021-04-30 [] [SDN SSD]"},
		{"urged restraint and agreed to hold talks",
			"Norway urged restraint and agreed to hold talks with Sudan next month.",
			"meet planned 2021-04-01..2021-04-30 [] [NOR SDN]"},
		{"urged calm as the leaders met",
			"Norway urged calm as the leaders of Sudan and South Sudan met in Juba on Monday.",
			"meet occurred 2021-03-01 [] [SDN SSD] @Juba"},
	})
}

// TestMetNotMeeting checks "met" and "meeting" in senses other than a
// meeting of parties: a passive "met with" or "met by" something or
// someone who is no party ("were met by tear gas", "was met with
// criticism", "met by protesters"), and the gerund with a need or an
// aim as object ("in meeting its development aspirations"). A host
// named or titled after "met by" still meets.
func TestMetNotMeeting(t *testing.T) {
	checkEvents(t, []eventCase{
		{"met by tear gas",
			"As the marchers neared the ministry in Caracas, they were met by a wall of tear gas from Venezuelan troops.", ""},
		{"met with criticism",
			"Chancellor Olaf Brandt's plan was met with sharp criticism from France on Monday.", ""},
		{"met by protesters",
			"German Chancellor Olaf Brandt was met by protesters in Lyon on Monday.", ""},
		{"gerund meeting aspirations",
			"Finance Minister Ousman Jallow thanked the bank for its help to The Gambia in meeting her development aspirations.", ""},
		{"met by a named host",
			"Swedish Foreign Minister Anna Berg was met by Kenyan President William Otieno on Monday.",
			"meet occurred 2021-03-01 [Anna Berg William Otieno] [SWE KEN]"},
		{"met by officials",
			"Swedish Foreign Minister Anna Berg was met by senior Kenyan officials in Nairobi on Monday.",
			"meet occurred 2021-03-01 [Anna Berg] [SWE KEN] @Nairobi"},
	})
}

// TestContractedNegation checks that a negation written as a
// contraction ("isn't", "didn’t", "won't"), which the tokenizer keeps
// as one word, denies the event as "not" does.
func TestContractedNegation(t *testing.T) {
	checkEvents(t, []eventCase{
		{"isn't an agreement",
			"The court found that there isn’t a boundary agreement between Kenya and Somalia.", ""},
		{"didn't sign",
			"Kenya didn't sign the maritime accord with Somalia on Monday.", ""},
		{"signed stays",
			"Kenya signed a maritime accord with Somalia on Monday.",
			"agree occurred 2021-03-01 [] [KEN SOM]"},
	})
}

// TestViolenceBackground checks violence named as the state of a place
// ("troubled by violence") or as the count of a long stretch ("killed
// in three decades of violence"): background to the news, no attack.
func TestViolenceBackground(t *testing.T) {
	checkEvents(t, []eventCase{
		{"troubled by violence",
			"A senior UN envoy will on Thursday begin a week-long mission to Nepal, which has been troubled by violence in recent years.",
			"visit planned 2021-03-04 [United Nations] [NPL]"},
		{"killed in decades of violence",
			"President Lok Bista said only a dialogue with the rebels could bring peace to Nepal, where 17,000 people have been killed in two decades of violence.", ""},
		{"an attack told",
			"Rebels attacked an army post in western Nepal on Monday, killing four soldiers.",
			"conflict occurred 2021-03-01 [] [NPL]"},
	})
}

// TestPledgedHelp checks that a pledge to help, assist or support
// someone is aid promised (cooperate, as annotating.md 14 types aid
// pledges), where a pledge to act together stays an agreement.
func TestPledgedHelp(t *testing.T) {
	checkEvents(t, []eventCase{
		{"pledged to continue helping",
			"Swedish Foreign Minister Anna Berg also pledged to continue helping Kenya meet its health needs.",
			"cooperate occurred 2021-03-03 [Anna Berg] [SWE KEN]"},
		{"pledged on a day to help",
			"Sweden pledged on Monday to help Kenya rebuild after the floods.",
			"cooperate occurred 2021-03-01 [] [SWE KEN]"},
		{"a pledge to act together is an agreement",
			"Sweden and Kenya pledged to expand trade.",
			"agree occurred 2021-03-03 [] [SWE KEN]"},
		{"a pledge to support a party is aid",
			"Sweden pledged to support Kenya after the floods.",
			"cooperate occurred 2021-03-03 [] [SWE KEN]"},
		{"a pledge to support people in need is aid",
			"Sweden pledged to support the flood victims in Kenya.",
			"cooperate occurred 2021-03-03 [] [SWE KEN]"},
		// A pledge to support a measure or a bid is a stance, no aid.
		{"a pledge to support a resolution",
			"Sweden pledged to support the resolution on Kenya.",
			"agree occurred 2021-03-03 [] [SWE KEN]"},
		{"a pledge to support a party's bid",
			"Sweden pledged to support Kenya's bid for a council seat.",
			"agree occurred 2021-03-03 [] [SWE KEN]"},
	})
}

// TestViolenceKind checks "gender-based violence" and "domestic
// violence" as social ills talked about, not attacks; violence that
// breaks out is one.
func TestViolenceKind(t *testing.T) {
	checkEvents(t, []eventCase{
		{"gender-based violence as a topic",
			"Swedish Commissioner Anna Berg will also tour a school in Suva to discuss a project giving girls information on gender-based violence.",
			"meet planned  [Anna Berg] [SWE] @Suva\nvisit planned  [Anna Berg] [SWE FJI] @Suva"},
		{"domestic violence as a topic",
			"Swedish Commissioner Anna Berg will also tour a school in Suva to discuss a programme on domestic violence.",
			"meet planned  [Anna Berg] [SWE] @Suva\nvisit planned  [Anna Berg] [SWE FJI] @Suva"},
		{"violence that breaks out is told",
			"Violence broke out in Suva on Monday as Fijian police clashed with protesters.",
			"conflict occurred 2021-03-01 [] [FJI] @Suva"},
	})
}

// TestAbstractCooperation checks that the bare noun "cooperation" as a
// relation or its state ("focuses on cooperation", "the importance of
// strengthened international cooperation") is no act of co-operation,
// while co-operation begun or launched is.
func TestAbstractCooperation(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a visit that focuses on cooperation",
			"Kenyan President William Ruto's upcoming visit to Sweden from March 8 to March 10 will build mutual trust and focuses on cooperation.",
			"visit planned 2021-03-08..2021-03-10 [William Ruto] [KEN SWE]"},
		{"the importance of cooperation discussed",
			"On March 15, Swedish Commissioner Anna Berg will meet leaders of Pacific states to discuss the accord and the importance of strengthened international cooperation ahead of the climate summit.",
			"meet planned 2021-03-15 [Anna Berg] [SWE]"},
		{"cooperation launched",
			"Sweden and Kenya launched military cooperation on counter-piracy patrols on Monday.",
			"cooperate occurred 2021-03-01 [] [SWE KEN]"},
	})
}

// TestConjecturedEvents checks meetings and visits only guessed at ("a
// potential visit", "a possible meeting") and a happening named with a
// hedge ("what could be the deadliest attack"): no event of their own.
// A visit scheduled stays planned.
func TestConjecturedEvents(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a potential visit",
			"A potential visit by Swedish Foreign Minister Anna Berg to Kenya has been in the pipeline for some time.", ""},
		{"what could be the deadliest attack",
			"President Lok Bista called an emergency meeting on Monday to discuss what could be the deadliest rebel attack on the army in Nepal this year.",
			"meet occurred 2021-03-01 [Lok Bista] []"},
		{"a visit scheduled",
			"Swedish Foreign Minister Anna Berg will pay an official visit to Kenya next week.",
			"visit planned 2021-03-08..2021-03-14 [Anna Berg] [SWE KEN]"},
	})
}

// TestThirdPartyCallForTalks checks the three forms of a third party's
// call for talks between others alike: the call on both sides ("called
// on Chile and Peru to hold a dialogue"), the call for talks between or
// among them ("called for talks between Chile and Peru"), and the call
// on one side to hold talks with the other ("urged Chile to hold talks
// with Peru"). Each is an appeal, no meeting planned by the caller but
// a statement of the caller's (CAMEO 026, TestAppealToNegotiate). A
// party's own call for talks with another ("Chile called for talks with
// Peru", "urged Peru to resume talks") stays a planned meeting, and
// talks held between two sides stay a meeting. Article date Wednesday
// 2021-03-03.
func TestThirdPartyCallForTalks(t *testing.T) {
	checkEvents(t, []eventCase{
		{"called on both sides to hold a dialogue",
			"Brazil on Monday called on Chile and Peru to hold a dialogue over the fishing dispute.", "statement occurred 2021-03-01 [] [BRA CHL PER]"},
		{"called for talks between the sides",
			"Brazil on Monday called for talks between Chile and Peru over the fishing dispute.", "statement occurred 2021-03-01 [] [BRA CHL PER]"},
		{"called for an urgent dialogue between the sides",
			"The Brazilian foreign minister has called for an urgent dialogue between Chile and Peru.", "statement occurred 2021-03-03 [] [BRA CHL PER]"},
		{"appealed for negotiations among the factions",
			"Brazil appealed for direct negotiations among the Chilean and Peruvian fishing unions.", "statement occurred 2021-03-03 [] [BRA CHL PER]"},
		{"urged one side to hold talks with the other",
			"Brazil urged Chile to hold talks with Peru over the fishing dispute.", "statement occurred 2021-03-03 [] [BRA CHL PER]"},
		{"called on one side to return to negotiations with the other",
			"The Brazilian envoy called on Chile to return to negotiations with Peru.", "statement occurred 2021-03-03 [] [BRA CHL PER]"},
		{"own call for talks with another stays planned",
			"Chile on Monday called for talks with Peru over the fishing dispute.",
			"meet planned  [] [CHL PER]"},
		{"own urging stays planned",
			"Chile urged Peru to hold talks on the fishing dispute.",
			"meet planned  [] [CHL PER]"},
		{"own urging for talks with itself stays planned",
			"Chile urged Peru to hold talks with it on the fishing dispute.",
			"meet planned  [] [CHL PER]"},
		{"talks held between the sides stay a meeting",
			"Brazil hosted talks between Chile and Peru in Brasilia on Monday.",
			"meet occurred 2021-03-01 [] [BRA CHL PER] @Brasilia"},
	})
}
