// Package store keeps extracted documents in SQLite as an event graph and
// answers the queries the command line and the graph package need.
//
// A [DB] holds one article per extracted [annals.Document] and turns the
// document's persons, organisations, countries, places, time expressions and
// events into graph nodes, joined by participation, affiliation, location,
// time and source links. Nodes are keyed by natural keys ([annals.ActorKey],
// ISO codes, a hash of [annals.Event.Key]), so articles that name the same
// actor or describe the same happening share one node. *DB implements
// [annals.GraphSource].
//
// The schema lives in numbered SQL files under migrations/, embedded in the
// binary and applied in order on [Open]; the schema version is the
// database's user_version. Every exported method runs in one transaction.
//
// The package is the only one that imports the SQLite driver. It does no
// extraction, graph analysis or rendering, and it never logs: errors wrap
// the kinds of package annals (ErrInvalid, ErrNotFound, ErrConflict,
// ErrAmbiguous) with the operation that failed.
package store
