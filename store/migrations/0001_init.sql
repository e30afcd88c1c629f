-- 0001: the event graph.
--
-- Every person, organisation, country, place, event, date and article is a
-- row of nodes, keyed by its natural key (annals.ActorKey for actors, the
-- ISO code for countries, "event:<hash of annals.Event.Key>" for events).
-- Columns that only some kinds use are empty or NULL for the others, which
-- keeps the graph queries to one table while events stay cheap to filter.
-- Edges are rows of links; article metadata lives in articles beside its
-- node. Civil dates are TEXT 'YYYY-MM-DD' (they sort as strings), TIMEX
-- values are kept verbatim, instants are RFC 3339 UTC text, amounts REAL.

CREATE TABLE nodes (
    id         INTEGER PRIMARY KEY,
    key        TEXT    NOT NULL UNIQUE,
    kind       TEXT    NOT NULL CHECK (kind IN ('person', 'organization', 'country', 'place', 'event', 'date', 'article')),
    label      TEXT    NOT NULL,
    -- fold is the case- and accent-folded name of an actor (NULL for other
    -- kinds); short is what a user may type instead: a person's surname, a
    -- country's name before any comma.
    fold       TEXT,
    short      TEXT,
    country    TEXT    NOT NULL DEFAULT '',
    role       TEXT    NOT NULL DEFAULT '',
    -- Inclusive interval of an event or a date node; both NULL when unknown.
    start_date TEXT,
    end_date   TEXT,
    time_value TEXT    NOT NULL DEFAULT '',
    -- Event columns.
    type       TEXT    NOT NULL DEFAULT '',
    cameo      TEXT    NOT NULL DEFAULT '',
    status     TEXT    NOT NULL DEFAULT '',
    amount     REAL,
    currency   TEXT    NOT NULL DEFAULT '',
    measure    TEXT    NOT NULL DEFAULT '',
    sort_actor TEXT    NOT NULL DEFAULT '',
    CHECK ((start_date IS NULL) = (end_date IS NULL)),
    CHECK (start_date IS NULL OR start_date <= end_date),
    CHECK (kind <> 'event' OR (type IN ('meet', 'visit', 'agree', 'statement', 'trade', 'cooperate', 'conflict')
                               AND status IN ('occurred', 'planned')))
) STRICT;

-- Events in timeline order: start date with undated events last, then
-- type, first actor and key (the order Events returns).
CREATE INDEX nodes_event_order ON nodes ((start_date IS NULL), start_date, type, sort_actor, key) WHERE kind = 'event';
CREATE INDEX nodes_fold ON nodes (fold) WHERE fold IS NOT NULL;
CREATE INDEX nodes_short ON nodes (short) WHERE short IS NOT NULL;

CREATE TABLE articles (
    node_id        INTEGER PRIMARY KEY REFERENCES nodes (id),
    id             TEXT    NOT NULL UNIQUE, -- annals.Document.ID, the content hash
    source         TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    published      TEXT,                    -- 'YYYY-MM-DD', NULL when unknown
    published_from TEXT    NOT NULL,
    ingested_at    TEXT    NOT NULL,        -- RFC 3339 UTC
    -- event_count is the number of distinct events the article reported,
    -- so a whole article has exactly that many source links.
    event_count    INTEGER NOT NULL CHECK (event_count >= 0)
) STRICT;

CREATE TABLE links (
    id         INTEGER PRIMARY KEY,
    from_id    INTEGER NOT NULL REFERENCES nodes (id),
    to_id      INTEGER NOT NULL REFERENCES nodes (id),
    kind       TEXT    NOT NULL CHECK (kind IN ('participation', 'affiliation', 'location', 'time', 'source')),
    -- detail is a role (affiliation), a date value (time) or the evidence
    -- sentence (source); pos orders an event's participants as the first
    -- report listed them; span is the evidence's byte range in its article.
    detail     TEXT    NOT NULL DEFAULT '',
    pos        INTEGER NOT NULL DEFAULT 0,
    span_begin INTEGER NOT NULL DEFAULT 0,
    span_end   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (from_id, to_id, kind)
) STRICT;

-- The unique index serves lookups by from_id (an actor's participations,
-- an event's sources and place); this one serves lookups by to_id (an
-- event's participants in order, an article's sources).
CREATE INDEX links_to ON links (to_id, kind, pos);
