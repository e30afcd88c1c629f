-- 0002: the inputs extractions were made from, so a newer extractor can run
-- on them again (annals reextract).
--
-- An input is the text the extractor read, or for a saved web page the page
-- itself (its story and metadata date are read from it again), compressed
-- with gzip, with the metadata the input gave beside it and the options the
-- extraction ran with. Inputs are never derived from the graph, so a rebuild
-- deletes articles, nodes and links and keeps them. Articles stored before
-- this migration have no input (input_id NULL) and an empty extractor.

CREATE TABLE inputs (
    id        INTEGER PRIMARY KEY,      -- in ingest order
    format    TEXT    NOT NULL CHECK (format IN ('text', 'html')),
    source    TEXT    NOT NULL,
    title     TEXT    NOT NULL,         -- the input's metadata title, '' when none
    published TEXT,                     -- the input's metadata date, 'YYYY-MM-DD'
    override  TEXT,                     -- the --published date given at ingest
    size      INTEGER NOT NULL CHECK (size >= 0), -- bytes before compression
    data      BLOB    NOT NULL          -- gzip (RFC 1952)
) STRICT;

-- The files of aliases ingests were given, in the order given; a rebuild
-- applies them all, later files overriding earlier ones.
CREATE TABLE aliases (
    id   INTEGER PRIMARY KEY,
    text TEXT    NOT NULL UNIQUE
) STRICT;

-- input_id is the input the article's facts were extracted from; extractor
-- the extract.Version that did it; digest a hash of the extraction as
-- saved, which tells a rebuild whether an article's facts changed.
ALTER TABLE articles ADD COLUMN input_id INTEGER REFERENCES inputs (id);
ALTER TABLE articles ADD COLUMN extractor TEXT NOT NULL DEFAULT '';
ALTER TABLE articles ADD COLUMN digest TEXT NOT NULL DEFAULT '';
CREATE INDEX articles_input ON articles (input_id) WHERE input_id IS NOT NULL;
