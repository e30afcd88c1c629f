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
//   - events (event.go, time.go, principal.go): the trigger lexicon of
//     package trigger gives the type and CAMEO code and filters out words
//     that report no event; participants, place, time and status come from
//     the trigger's clause; money amounts (package money) make trade events
//     (aid figures: cooperate events with the amount); "the two sides"
//     resolves to the principal actors; reports of one happening are
//     merged.
//
// Extraction never fails on messy text: noise, unknown names or a missing
// date give fewer facts, not errors. It is a function, not an interface,
// until a second extractor exists. It does not log, print or use the
// network.
package extract
