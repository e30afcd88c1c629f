-- 0003: a digest of each stored input, so that ingesting the same input
-- again is recognised whatever version of annals reads it: a saved page's
-- story, and so the article's content hash, may come out differently once
-- the page reader changes, but the page is the same bytes.
--
-- digest is store.InputDigest of the input: a SHA-256 of its format, its
-- bytes, the metadata given beside them (a JSON Lines record's title and
-- date; nothing for a page, whose metadata is read from its bytes) and the
-- --published date it was ingested with. SQLite has no SHA-256, so the rows
-- of an older database are filled in Go by the migration itself, in the
-- same transaction (store.fillInputDigests). Not unique: a database written
-- before this migration may hold the same input twice.

ALTER TABLE inputs ADD COLUMN digest TEXT NOT NULL DEFAULT '';
CREATE INDEX inputs_digest ON inputs (digest);
