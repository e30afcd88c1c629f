package extract

// Version identifies what Document extracts. It is stored with every
// article annals ingests, and `annals ingest` asks users to run `annals
// reextract` when their database holds articles another version extracted.
//
// Bump it in every commit that changes what Document (or the page reading
// of package ingest) returns for some text: a rule, a lexicon, a gazetteer
// entry. A changed extraction golden is the sign. The value is the date of
// the change, YYYY-MM-DD, with a suffix (".2") for a second change that day.
const Version = "2026-11-28.202"
