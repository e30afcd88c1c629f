package store

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sync"

	"github.com/annals-project/annals"
)

// SaveArticles stores docs as [DB.SaveBatch] does, and with each document
// the input it was extracted from: inputs[i] belongs to docs[i]. inputs may
// be nil, and so may any of its elements, for documents without an input;
// otherwise it has the length of docs. The input is kept compressed beside
// the article, with the extractor version it names, so that [DB.Rebuild]
// can extract the article again. A document already stored is skipped
// (saved[i] false) and its input is not stored.
func (db *DB) SaveArticles(ctx context.Context, docs []*annals.Document, inputs []*annals.Input) (saved []bool, err error) {
	if err := checkInputs(docs, inputs); err != nil {
		return nil, fmt.Errorf("store: save articles: %w", err)
	}
	saved = make([]bool, len(docs))
	if len(docs) == 0 {
		return saved, nil
	}
	err = db.writeTx(ctx, func(s *saver) error {
		return s.saveAll(docs, inputs, saved, nil)
	})
	if err != nil {
		return nil, fmt.Errorf("store: save articles: %w", err)
	}
	return saved, nil
}

// checkInputs validates docs and inputs before anything is written.
func checkInputs(docs []*annals.Document, inputs []*annals.Input) error {
	if inputs != nil && len(inputs) != len(docs) {
		return fmt.Errorf("%w: %d inputs for %d documents", annals.ErrInvalid, len(inputs), len(docs))
	}
	for i, doc := range docs {
		if err := validate(doc); err != nil {
			return fmt.Errorf("document %d (%q): %w", i, docID(doc), err)
		}
		if inputs != nil && inputs[i] != nil {
			if err := validateInput(inputs[i]); err != nil {
				return fmt.Errorf("document %d (%q): %w", i, doc.ID, err)
			}
		}
	}
	return nil
}

func validateInput(in *annals.Input) error {
	if in.Format != annals.InputText && in.Format != annals.InputHTML {
		return fmt.Errorf("%w: input format %q", annals.ErrInvalid, in.Format)
	}
	return nil
}

// saveAll saves docs[i] with inputs[i] (inputs may be nil), recording in
// saved which were new. meta, when not nil, gives the rest of each
// document's metadata by index.
func (s *saver) saveAll(docs []*annals.Document, inputs []*annals.Input, saved []bool, meta func(i int) articleMeta) error {
	for i, doc := range docs {
		var m articleMeta
		if meta != nil {
			m = meta(i)
		}
		if inputs != nil {
			m.input = inputs[i]
		}
		var err error
		if saved[i], err = s.save(doc, m); err != nil {
			return fmt.Errorf("document %d (%q): %w", i, doc.ID, err)
		}
	}
	return nil
}

// Compress sets in.Gzip to in.Data compressed as the store keeps it.
// Calling it before a save, on several goroutines, takes the compression
// off the single writer; it is safe for concurrent use.
func Compress(in *annals.Input) error {
	z := zips.Get().(*inputZip)
	defer zips.Put(z)
	data, err := z.compress(in.Data)
	if err != nil {
		return fmt.Errorf("store: compress input %s: %w", in.Source, err)
	}
	in.Gzip = data
	return nil
}

var zips = sync.Pool{New: func() any { return &inputZip{} }}

// insertInput stores an input, compressed, with its digest
// ([InputDigest]; computed when digest is "") and returns its row id.
func (s *saver) insertInput(in *annals.Input, digest string) (int64, error) {
	if digest == "" {
		digest = InputDigest(in)
	}
	data := in.Gzip
	if data == nil {
		if s.zip == nil {
			s.zip = &inputZip{}
		}
		var err error
		if data, err = s.zip.compress(in.Data); err != nil {
			return 0, fmt.Errorf("compress input: %w", err)
		}
	}
	var id int64
	err := s.input.QueryRowContext(s.ctx, string(in.Format), in.Source, in.Title,
		nullDate(in.Published), nullDate(in.Override), len(in.Data), data, digest).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert input: %w", err)
	}
	return id, nil
}

// inputZip gzips inputs, reusing one compressor: a gzip.Writer holds
// several hundred KB of state, too much to allocate per article.
type inputZip struct {
	buf bytes.Buffer
	w   *gzip.Writer
}

func (z *inputZip) compress(data []byte) ([]byte, error) {
	z.buf.Reset()
	if z.w == nil {
		z.w = gzip.NewWriter(&z.buf)
	} else {
		z.w.Reset(&z.buf)
	}
	if _, err := z.w.Write(data); err != nil {
		return nil, err
	}
	if err := z.w.Close(); err != nil {
		return nil, err
	}
	return bytes.Clone(z.buf.Bytes()), nil
}

// decompress reverses inputZip.compress; want is the size recorded with
// the data, which it checks.
func decompress(data []byte, want int64) ([]byte, error) {
	// Deflate packs at most 1032 bytes into one: a damaged row's recorded
	// size beyond that must not size the buffer (a huge one panics).
	if want < 0 || want/maxDeflateRatio > int64(len(data)) {
		return nil, fmt.Errorf("recorded size %d does not fit %d compressed bytes", want, len(data))
	}
	r, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	buf := bytes.NewBuffer(make([]byte, 0, want))
	// Reading one byte more than recorded tells a longer input from a
	// right one without reading all of it.
	if _, err := io.Copy(buf, io.LimitReader(r, want+1)); err != nil {
		return nil, err
	}
	if err := r.Close(); err != nil {
		return nil, err
	}
	if int64(buf.Len()) != want {
		return nil, fmt.Errorf("%d bytes, recorded %d", buf.Len(), want)
	}
	return buf.Bytes(), nil
}

// maxDeflateRatio bounds how many bytes deflate makes of one compressed
// byte (RFC 1951: a 258-byte match costs at least two bits).
const maxDeflateRatio = 1032

// Digest returns a hash of everything doc says (its JSON form), which
// tells whether a new extraction of an article differs from the stored
// one.
func Digest(doc *annals.Document) (string, error) {
	b, err := json.Marshal(doc)
	if err != nil {
		return "", fmt.Errorf("digest %q: %w", doc.ID, err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16]), nil
}

// readInput reads the input with row id id.
func readInput(ctx context.Context, q querier, id int64) (*annals.Input, error) {
	var (
		in        annals.Input
		format    string
		pub, over sql.NullString
		size      int64
		data      []byte
	)
	err := q.QueryRowContext(ctx, `SELECT format, source, title, published, override, size, data
FROM inputs WHERE id = ?`, id).Scan(&format, &in.Source, &in.Title, &pub, &over, &size, &data)
	if err != nil {
		return nil, fmt.Errorf("read input %d: %w", id, formatError(err))
	}
	in.Format = annals.InputFormat(format)
	if in.Published, err = scanDate(pub); err != nil {
		return nil, fmt.Errorf("read input %d: published: %w", id, err)
	}
	if in.Override, err = scanDate(over); err != nil {
		return nil, fmt.Errorf("read input %d: override: %w", id, err)
	}
	if in.Data, err = decompress(data, size); err != nil {
		return nil, fmt.Errorf("read input %d: %w: %w", id, annals.ErrConflict, err)
	}
	return &in, nil
}

// AddAliases records the text of an aliases file an ingest was given, so
// that [DB.Rebuild] applies it again; a text stored already is not stored
// twice.
func (db *DB) AddAliases(ctx context.Context, text string) error {
	if _, err := db.db.ExecContext(ctx, sqlInsertAliases, text); err != nil {
		return fmt.Errorf("store: add aliases: %w", formatError(err))
	}
	return nil
}

const sqlInsertAliases = `INSERT INTO aliases (text) VALUES (?) ON CONFLICT (text) DO NOTHING`

// aliases returns the stored aliases files in the order they were first
// given; an empty slice when there are none.
func aliases(ctx context.Context, q querier) ([]string, error) {
	rows, err := q.QueryContext(ctx, `SELECT text FROM aliases ORDER BY id`)
	if err != nil {
		return nil, formatError(err)
	}
	defer rows.Close()
	out := []string{}
	for rows.Next() {
		var t string
		if err := rows.Scan(&t); err != nil {
			return nil, formatError(err)
		}
		out = append(out, t)
	}
	return out, formatError(rows.Err())
}

// Outdated counts the stored articles that the extractor version did not
// extract: stale ones have a stored input ([DB.Rebuild] can extract them
// again), noInput ones were stored without one (before annals kept
// inputs) and only ingesting them again from their source refreshes them.
func (db *DB) Outdated(ctx context.Context, version string) (stale, noInput int, err error) {
	err = db.db.QueryRowContext(ctx, `SELECT
	coalesce(sum(input_id IS NOT NULL AND extractor <> ?), 0),
	coalesce(sum(input_id IS NULL), 0)
FROM articles`, version).Scan(&stale, &noInput)
	if err != nil {
		return 0, 0, fmt.Errorf("store: outdated articles: %w", formatError(err))
	}
	return stale, noInput, nil
}

// InputDigest returns what identifies an input whatever version of annals
// reads it: a SHA-256 of its format, its bytes and the metadata given
// beside them. The --published date it was ingested with (in.Override) is
// left out: an article already stored is skipped whatever date is given
// (its text is the same), and keeping it in would let a newer annals store
// a page again that an older one stored with another date. A page's title
// and date are left out: they are read from its bytes, and a
// newer page reader may read them differently. in.Source and in.Extractor
// are left out too: the same page under another name is the same input,
// and so is a page a newer annals reads. Ingest skips an input whose digest
// is stored ([DB.InputDigests]) before extracting it.
func InputDigest(in *annals.Input) string {
	h := sha256.New()
	field := func(s string) {
		var n [8]byte
		binary.BigEndian.PutUint64(n[:], uint64(len(s)))
		h.Write(n[:])
		io.WriteString(h, s)
	}
	field("annals input 1")
	field(string(in.Format))
	if in.Format != annals.InputHTML {
		field(in.Title)
		field(in.Published.String())
	}
	var n [8]byte
	binary.BigEndian.PutUint64(n[:], uint64(len(in.Data)))
	h.Write(n[:])
	h.Write(in.Data)
	return hex.EncodeToString(h.Sum(nil))
}

// InputDigests returns the digests ([InputDigest]) of the stored inputs,
// so a bulk ingest can skip inputs already stored before extracting them,
// even when this version of annals would read them into another text. An
// empty database gives an empty, non-nil map.
func (db *DB) InputDigests(ctx context.Context) (map[string]bool, error) {
	return db.stringSet(ctx, "list input digests", `SELECT DISTINCT digest FROM inputs WHERE digest <> ''`)
}

// fillInputDigests sets the digest of every stored input that has none
// (those of a database made before migration 0003); it runs inside that
// migration's transaction. An input that cannot be read back keeps an
// empty digest, which matches nothing: a database with one damaged input
// still opens, and annals reextract reports the input.
func fillInputDigests(ctx context.Context, conn *sql.Conn) error {
	rows, err := conn.QueryContext(ctx, `SELECT id FROM inputs WHERE digest = '' ORDER BY id`)
	if err != nil {
		return formatError(err)
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return formatError(err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return formatError(err)
	}
	for _, id := range ids {
		in, err := readInput(ctx, conn, id)
		if err != nil {
			if errors.Is(err, annals.ErrConflict) || errors.Is(err, annals.ErrInvalid) {
				continue
			}
			return fmt.Errorf("input %d: %w", id, err)
		}
		if _, err := conn.ExecContext(ctx, `UPDATE inputs SET digest = ? WHERE id = ?`, InputDigest(in), id); err != nil {
			return fmt.Errorf("input %d: %w", id, formatError(err))
		}
	}
	return nil
}
