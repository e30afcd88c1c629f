package extract_test

import "testing"

// TestViolence covers attacks by unnamed or non-state parties, which take
// the state the story happens in, and the senses of violent words that
// report no violence. Article date Wednesday 2021-03-03.
func TestViolence(t *testing.T) {
	checkEvents(t, []eventCase{
		{"unnamed attackers in a named city",
			"Masked gunmen have opened fire on a minibus in Peshawar, wounding six passengers.",
			"conflict occurred 2021-03-03 [] [PAK] @Peshawar"},
		{"the victims' state stands for the theatre",
			"A roadside bomb blew up a truck carrying Malian soldiers, killing four of them.",
			"conflict occurred 2021-03-03 [] [MLI]"},
		{"the story's state when the sentence names none",
			"Rebels shelled the Nigerian border town of Damasak on Monday. In a northern district, militants stormed a school on Tuesday, killing two guards.",
			"conflict occurred 2021-03-01 [] [NGA]\nconflict occurred 2021-03-02 [] [NGA]"},
		{"two attacks in two places are two events",
			"In Mosul, Iraqi police said a suicide bomber attacked a market on Tuesday. Gunmen also attacked a checkpoint in Basra on Tuesday.",
			"conflict occurred 2021-03-02 [] [IRQ] @Mosul\nconflict occurred 2021-03-02 [] [IRQ] @Basra"},
		{"a bomb exploded in a city of a state",
			"A car bomb exploded outside a hotel in Mogadishu on Monday, killing four guards.",
			"conflict occurred 2021-03-01 [] [SOM] @Mogadishu"},
		{"the modal after a noun's head is not the noun's",
			"Police said the leaders of the attack on a market in Mosul would be tried.", ""},
		{"a recent attack is no planned attack",
			"Kenyan Foreign Minister Raychelle Omamo will discuss security with Somali officials in light of the recent deadly attack on a school.",
			"meet planned  [Raychelle Omamo] [KEN SOM]"},
		{"a gas tank exploded is no attack",
			"A gas tank exploded in a factory in Lagos on Monday.", ""},
		{"warships bombarded positions",
			"Turkish warships bombarded positions in Syria on Monday.",
			"conflict occurred 2021-03-01 [] [TUR SYR]"},
		{"shot down",
			"A Turkish drone was shot down over Syria on Monday.",
			"conflict occurred 2021-03-01 [] [TUR SYR]"},
		{"a disaster kills without an armed party",
			"The earthquake in Peru killed at least ten people.", ""},
		{"killing a plan is figurative",
			"Senators from Canada's opposition virtually killed the government-drafted bill on Monday.", ""},
		{"a heart attack is no attack",
			"The Kenyan minister died of a heart attack last Friday.", ""},
		{"fighting hard is a contest",
			"French exporters have fought hard to keep their share of the market.", ""},
	})
}

// TestStrikesAndLaunches covers "struck", "launched" and "received",
// whose sense depends on their object. Article date Wednesday
// 2021-03-03.
func TestStrikesAndLaunches(t *testing.T) {
	checkEvents(t, []eventCase{
		{"warplanes struck targets",
			"Turkish warplanes struck targets in Syria on Monday.",
			"conflict occurred 2021-03-01 [] [TUR SYR]"},
		{"struck a deal is an agreement",
			"Chile and Peru struck a deal on fishing on Monday.",
			"agree occurred 2021-03-01 [] [CHL PER]"},
		{"an earthquake struck",
			"A strong earthquake struck Peru on Monday.", ""},
		{"launched missiles",
			"Iran launched three cruise missiles on Monday, Israeli officials said.",
			"conflict occurred 2021-03-01 [] [IRN]"},
		{"launched a product",
			"Samsung launched a new phone in South Korea on Monday.", ""},
		{"a submarine-launched missile is a weapon",
			"France ordered a submarine-launched missile on Monday.", ""},
		{"recalling an ambassador reduces relations",
			"Chile recalled its ambassador to Peru on Monday.",
			"conflict occurred 2021-03-01 [] [CHL PER]"},
		{"recalling a fact is no event",
			"Chilean President Gabriel Boric recalled that Peru had been an ally.", ""},
		{"inking a pact is an agreement",
			"Chile and Peru inked a defence pact in Lima on Monday.",
			"agree occurred 2021-03-01 [] [CHL PER] @Lima"},
		{"received a leader",
			"Chilean President Gabriel Boric received Peruvian President Pedro Castillo in Santiago on Monday.",
			"meet occurred 2021-03-01 [Gabriel Boric Pedro Castillo] [CHL PER] @Santiago\nvisit occurred 2021-03-01 [Gabriel Boric Pedro Castillo] [CHL PER] @Santiago"},
		{"received investment",
			"Chile received Chinese investment on Monday.", ""},
		{"a name is no measure",
			"The European Investment Bank lent 200 mln dlrs to Portugal on Monday.", ""},
	})
}

// TestExercises covers military exercises named or dated in a relative
// clause. Article date Wednesday 2021-03-03.
func TestExercises(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a named exercise is the event",
			"Kenyan and Ugandan troops took part in Exercise Lion Shield in Uganda on Monday.",
			"cooperate occurred 2021-03-01 [] [KEN UGA]"},
		{"a relative clause dates the exercise",
			"The exercise, which runs from Feb. 20 to March 12, brings together troops from Kenya and Uganda.",
			"cooperate occurred 2021-02-20..2021-03-12 [] [KEN UGA]"},
		{"a relative clause of another kind does not",
			"Kenya and Uganda held talks, which will determine targets for 2022.",
			"meet occurred 2021-03-03 [] [KEN UGA]"},
		{"a treaty's name is no event",
			"Kenya and Uganda cited the Paris Agreement on Monday.", ""},
	})
}

// TestViolenceAsCause covers violence named as the cause of a need ("aid
// to families displaced by the fighting"): aid is reported, not a new
// attack; the same violence told as news stays. Article date Wednesday
// 2021-03-03.
func TestViolenceAsCause(t *testing.T) {
	tests := []struct{ in, want string }{
		{"On March 2, Japan announced $12 million in emergency assistance for Chadian families affected in the east by drought and violence.",
			"cooperate occurred 2021-03-02 [] [JPN TCD] 12000000 USD aid"},
		{"On March 2, Norway gave $4 million in humanitarian aid to Malians fleeing the fighting in the north.",
			"cooperate occurred 2021-03-02 [] [NOR MLI] 4000000 USD aid"},
		{"Gunmen attacked a village in Mali on March 2, killing nine people.",
			"conflict occurred 2021-03-02 [] [MLI]"},
	}
	checkEventPairs(t, tests)
}

// TestSanctionsImposed covers sanctions a named party imposed, told
// without a time of their own: the act of the story's day, not a trend.
// Article date Wednesday 2021-03-03.
func TestSanctionsImposed(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Canada also imposed sanctions on two Belarusian companies owned by the army.",
			"conflict occurred 2021-03-03 [] [CAN BLR]"},
		{"The European Union has imposed new sanctions on Eritrean officials.",
			"conflict occurred 2021-03-03 [European Union] [ERI]"},
		// Sanctions as a topic are no act.
		{"Sanctions on Belarusian companies have hurt Canadian exporters.",
			""},
	}
	checkEventPairs(t, tests)
}

// TestAidAnnouncedThat covers aid told in the complement of a dated
// announcement: the aid is the announcement's, dated by it. Article date
// Wednesday 2021-03-03.
func TestAidAnnouncedThat(t *testing.T) {
	in := "Norwegian Ambassador Kari Nordby announced on March 1 in Bamako that Norway is providing $4 million in humanitarian aid to Mali."
	want := "cooperate occurred 2021-03-01 [] [NOR MLI] 4000000 USD aid"
	doc := extractText(t, in)
	if got := eventString(doc.Events); got != want {
		t.Errorf("Document(%q).Events =\n%s\nwant\n%s", in, got, want)
	}
}

// TestWireCopyOneAttack covers wire copy whose headline opens with a
// count ("3 police officers killed ...") over a source and date line, and
// whose dateline names the agency between date and dash ("GAO, Mali,
// March 3 (Xinhua) --"): the headline and the lead retell the attack the
// story dates, which stays one event.
func TestWireCopyOneAttack(t *testing.T) {
	in := "3 police officers killed in attack in northern Mali\nSource: Xinhua| 2021-03-03 10:00:00\n" +
		"GAO, Mali, March 3 (Xinhua) -- Three police officers were killed in an attack on a checkpoint near Gao, a security source said Wednesday.\n" +
		"Gunmen attacked the checkpoint on Tuesday night, the source said.\n"
	doc := extractText(t, in)
	want := "conflict occurred 2021-03-02 [] [MLI]"
	if got := eventString(doc.Events); got != want {
		t.Errorf("Document(%q).Events =\n%s\nwant\n%s", in, got, want)
	}
}

// TestExpulsions covers diplomats expelled, told by a verb, a phrasal
// verb or "persona non grata", and the senses of those words that expel
// no one. Article date Wednesday 2021-03-03.
func TestExpulsions(t *testing.T) {
	checkEvents(t, []eventCase{
		{"kicked out",
			"Canada kicked out two Iranian diplomats on Tuesday.",
			"conflict occurred 2021-03-02 [] [CAN IRN]"},
		{"a count of a state's diplomats is no group of principals",
			"Poland expelled two Belarusian diplomats on Monday.",
			"conflict occurred 2021-03-01 [] [POL BLR]"},
		{"persona non grata",
			"Norway on Monday declared a Russian attaché persona non grata.",
			"conflict occurred 2021-03-01 [] [NOR RUS]"},
		{"boot with an object",
			"On Tuesday Latvia booted three Russian envoys.",
			"conflict occurred 2021-03-02 [] [LVA RUS]"},
		{"states listed with a count share the verb: one happening",
			"On Monday Norway expelled four Russian diplomats, the Netherlands three and Latvia two.",
			"conflict occurred 2021-03-01 [] [NOR RUS NLD LVA]"},
		{"a state in a later phrase without a count is no party",
			"On Monday Norway expelled four Russian diplomats, a step Latvia took last year.",
			"conflict occurred 2021-03-01 [] [NOR RUS]"},
		{"an expulsion under way as it is announced",
			"Peru said it was expelling two Bolivian diplomats.",
			"conflict occurred 2021-03-03 [] [PER BOL]"},
		{"an expulsion in the present after its named subject",
			"Latvia is expelling three Russian envoys, its foreign minister said.",
			"conflict occurred 2021-03-03 [] [LVA RUS]"},
		{"a habit of expelling is no expulsion",
			"Latvia routinely expels Russian envoys.", ""},
		{"kicked off talks is no expulsion",
			"Peru kicked off a trade fair with Chilean exporters on Monday.", ""},
		{"boot camp is no expulsion",
			"Kenyan recruits began boot camp on Monday.", ""},
	})
}

// TestSanctionPhrases covers sanctions told by the imposing agency or by
// what they do (designating, freezing assets, barring a firm), and the
// senses of those words that sanction no one. Article date Wednesday
// 2021-03-03.
func TestSanctionPhrases(t *testing.T) {
	checkEvents(t, []eventCase{
		{"an agency designates officials under a sanctions order",
			"On Monday the U.S. Treasury designated six Belarusian officials under its sanctions programme.",
			"conflict occurred 2021-03-01 [Treasury Department] [USA BLR]"}, // the agency that designates is an actor
		{"a freeze on a government's assets",
			"Canada on Tuesday announced a freeze on all Eritrean government assets.",
			"conflict occurred 2021-03-02 [] [CAN ERI]"},
		{"declared a firm a security risk and banned it",
			"India on Monday declared Chinese app maker Tiklo a national security risk and banned the firm from operating in the country.",
			"conflict occurred 2021-03-01 [] [IND CHN]"},
		{"a designated site is no sanction",
			"Peru on Monday designated three Andean valleys as protected areas.", ""},
		{"froze a state's assets",
			"Canada froze Iraqi assets on Monday.",
			"conflict occurred 2021-03-01 [] [CAN IRQ]"},
		{"a court's freeze of a person's assets is no sanction",
			"A Kenyan firm will ask a court on Monday to freeze the assets of its former chairman.", ""},
		{"a price freeze is no sanction",
			"Egypt on Monday announced a freeze on bread prices.", ""},
		{"banning a habit is no sanction",
			"Kenya banned plastic bags on Monday.", ""},
	})
}

// TestCondemnsInThePresent covers statements of disapproval told in the
// present tense right after their named subject, which are acts of the
// statement's day, and habits, which are not. Article date Wednesday
// 2021-03-03.
func TestCondemnsInThePresent(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a state condemns",
			"The United States condemns the Nicaraguan government's continued attacks on independent journalists.",
			"conflict occurred 2021-03-03 [] [USA NIC]"},
		{"an adverb between",
			"Kenya strongly condemns the Ugandan army's incursion.",
			"conflict occurred 2021-03-03 [] [KEN UGA]"},
		{"a habit is no statement",
			"Kenya routinely condemns the Ugandan army's incursions.", ""},
		{"a listing of statements: each is dated by its own date line",
			"Press statements\n\nMarch 3, 2021\n\nPeru welcomes the new Chilean ambassador.\n\nFebruary 26, 2021\n\nThe United States condemns the Nicaraguan government's continued attacks on independent journalists.\n",
			"conflict occurred 2021-02-26 [] [USA NIC]"},
	})
}

// TestAttackKinds covers attack nouns that name a kind of happening (a
// quantifier, a comparison with the class) rather than one. Article date
// Wednesday 2021-03-03.
func TestAttackKinds(t *testing.T) {
	checkEvents(t, []eventCase{
		{"any attack is unacceptable",
			"The council members said any attack on peacekeepers in Mali would be unacceptable.", ""},
		{"one of the deadliest attacks",
			"Gunmen attacked a convoy in Mali on Monday. The council called it one of the deadliest attacks on the mission.",
			"conflict occurred 2021-03-01 [] [MLI]"},
		{"what attacks may constitute",
			"Kenyan officials noted attacks against aid workers may constitute war crimes.", ""},
		{"attacks that will continue are still planned",
			"Somali militants said further attacks on Kenyan troops would follow.",
			"conflict planned  [] [SOM KEN]"},
		{"an attack told stays",
			"Gunmen carried out an attack on a convoy in Mali on Monday.",
			"conflict occurred 2021-03-01 [] [MLI]"},
	})
}

// TestRepressionAndViolations covers police breaking up protests and
// armed parties violating a state's airspace or a truce, and the senses
// of those verbs that report neither. Article date Wednesday 2021-03-03.
func TestRepressionAndViolations(t *testing.T) {
	checkEvents(t, []eventCase{
		{"police dispersed a rally",
			"Police in Kenya dispersed a rally by opposition supporters on Tuesday.",
			"conflict occurred 2021-03-02 [] [KEN]"},
		{"police broke up a protest",
			"Riot police broke up a student protest in Nairobi on Tuesday.",
			"conflict occurred 2021-03-02 [] [KEN] @Nairobi"},
		{"jets violated airspace",
			"Syrian jets violated Turkish airspace on Monday.",
			"conflict occurred 2021-03-01 [] [SYR TUR]"},
		{"clouds dispersed",
			"The clouds dispersed over Nairobi on Tuesday.", ""},
		{"a coalition broke up",
			"Kenya's ruling coalition broke up on Tuesday after a row over the budget.", ""},
		{"violating rules is no attack",
			"Kenyan regulators said on Monday the Ugandan firm violated the rules.", ""},
	})
}

// TestCountedOverASpan covers acts told in the perfect with a "since"
// time: they repeat from that time to the article date. Article date
// Wednesday 2021-03-03.
func TestCountedOverASpan(t *testing.T) {
	checkEvents(t, []eventCase{
		{"since a month",
			"Syrian forces have shelled Turkish border posts more than 50 times since January.",
			"conflict occurred 2021-01-01..2021-03-03 [] [SYR TUR]"},
		{"a fronted since",
			"Since the start of the year, Syrian jets have violated Turkish airspace more than 50 times.",
			"conflict occurred 2021-01-01..2021-03-03 [] [SYR TUR]"},
		{"a past act on a day is not counted over a span",
			"Syrian forces shelled a Turkish border post on Monday, the first attack since January.",
			"conflict occurred 2021-03-01 [] [SYR TUR]"},
	})
}

// TestQuotedActs covers acts of conflict a speaker reports as fact
// inside quotation marks, told by a past verb after a named state, and
// quoted words that report no act. Article date Wednesday 2021-03-03.
func TestQuotedActs(t *testing.T) {
	checkEvents(t, []eventCase{
		{"a quoted act over a span",
			"\"Since the start of the year,\" the Turkish minister said, \"Syria has violated our airspace more than 50 times.\"",
			"conflict occurred 2021-01-01..2021-03-03 [] [SYR]"},
		{"a quoted threat is no act",
			"\"Syria will attack our border posts,\" the Turkish minister said.", ""},
		{"a quoted act without a named state",
			"\"They attacked our border posts,\" the minister said.", ""},
	})
}

// TestAttackToldAgain covers a later sentence that names the attack told
// before with a definite noun ("the attack", "the attackers"): more of
// that attack, however far on, not one more. Article date Wednesday
// 2021-03-03.
func TestAttackToldAgain(t *testing.T) {
	checkEvents(t, []eventCase{
		{"the attack killed, three sentences on",
			"Gunmen stormed a police post in Kabul on Tuesday. The mayor called for calm. Shops stayed shut. The attack killed two Afghan officers.",
			"conflict occurred 2021-03-02 [] [AFG] @Kabul"},
		{"the attackers were killed",
			"A suicide bomber attacked a market in Kano on Monday. Traders reopened their stalls. Police later said soldiers killed all of the attackers.",
			"conflict occurred 2021-03-01 [] [NGA] @Kano"},
		{"an attack named without a definite noun is one more",
			"Gunmen stormed a police post in Kabul on Tuesday. The mayor called for calm. Shops stayed shut. Rebels killed two Afghan officers in a raid in Kandahar.",
			"conflict occurred 2021-03-02 [] [AFG] @Kabul\nconflict occurred 2021-03-02 [] [AFG] @Kandahar"},
	})
}
