// Package store keeps extracted documents in SQLite as an event graph and
// answers the queries the command line and the graph package need.
//
// A [DB] holds one article per extracted [annals.Document] and turns the
// document's persons, organisations, countries, places and time expressions
// into graph nodes, its events into event nodes, and joins them with
// participation, affiliation, location, time and source links. Nodes are
// keyed by natural keys ([annals.ActorKey], ISO codes, [EventKey], a hash
// of [annals.Event.Key]), so articles that name the same actor or describe
// the same happening share one node, and an event lists every article that
// reported it. *DB implements [annals.GraphSource].
//
// [DB.SaveArticles] also keeps, compressed, the input each document was
// extracted from and the extractor's version, so that [DB.Rebuild] can
// replace the graph with the extractions of a newer extractor in one
// transaction.
//
// Writes ([DB.Save], [DB.SaveBatch], [DB.SaveArticles], [DB.Rebuild]) are
// all-or-nothing transactions;
// reads ([DB.Events], [DB.FindActor], [DB.Nodes], [DB.Links], [DB.Stats])
// each see one consistent snapshot. [DB.Check] verifies a database, for
// example one a killed process left behind.
//
// The schema lives in numbered SQL files under migrations/, embedded in the
// binary and applied in order by [Open]; the schema version is the
// database's user_version and its application_id marks it as ours.
//
// The package is the only one that imports the SQLite driver. It does no
// extraction, graph analysis or rendering, and it never logs: errors wrap
// the kinds of package annals (ErrInvalid, ErrNotFound, ErrConflict,
// ErrAmbiguous) with the operation that failed.
package store
