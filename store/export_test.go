package store

import "database/sql"

// SQLDB exposes the handle of db to the external tests, which inspect the
// raw tables (dumps, integrity checks) to prove what the API does not show.
func SQLDB(db *DB) *sql.DB { return db.db }
