// Package extract turns the text of one news article into an
// [annals.Document]: the persons, organisations, countries and places it
// names, its time expressions, and the events it reports.
//
// The pipeline, one file per step:
//   - page noise (package page): the story region(s) of a scraped page are
//     found by line classification; everything after runs only there, and
//     every span still indexes the original text;
//   - sentences (package sentence) and tokens (package token);
//   - mentions (package mention): gazetteer matches (package gazetteer) of
//     countries, demonyms, capitals, places, organisations and titles,
//     "the two countries" groups, quotations and clauses; organisations by
//     head noun (document.go);
//   - persons (package person): names from title patterns, apposition,
//     speech verbs and honorifics, with later surname mentions and subject
//     pronouns resolved;
//   - times: package timex tags time expressions against the document
//     creation time (DCT); time.go picks the one governing each event;
//   - events: the trigger lexicon of package trigger gives the type and
//     CAMEO code and filters out words that report no event (event.go, with
//     the word cues of cues.go);
//     clauses (package mention) separate coordinated predicates, relative
//     and complement clauses and adverbial clauses, so that each event
//     reads its own participants (participants.go: subjects, antecedents,
//     topics that take no part, sources), place (place.go), time (time.go: the
//     governing expression, fronted and coordinated times, times that
//     date something else such as "since 2005" or a dateline) and status
//     (status.go: dates against the article date, then planned, aim,
//     request and invitation cues); visits told without a visit word
//     (visit.go: "was in Pakistan for talks", "leaving X for Y"); money
//     amounts (package money) make trade events, aid figures cooperate
//     events (trade.go); "the two sides" resolves to the principal actors
//     (principal.go); reports of one happening are merged (merge.go).
//
// Extraction never fails on messy text: noise, unknown names or a missing
// date give fewer facts, not errors. It is a function, not an interface,
// until a second extractor exists. It does not log, print or use the
// network.
package extract
