package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"sync"
)

// idBufs recycles the byte copies of texts that ID hashes, so that
// extracting a document does not allocate a second copy of its text; a
// buffer grown past maxIDBuf is left to the collector.
var idBufs = sync.Pool{New: func() any { return new([]byte) }}

const maxIDBuf = 1 << 20

// ID returns the ID Document gives the text: the hex SHA-256 of its bytes.
// Bulk ingest uses it to skip stored articles before extracting them.
func ID(text string) string {
	b := idBufs.Get().(*[]byte)
	*b = append((*b)[:0], text...)
	sum := sha256.Sum256(*b)
	if cap(*b) <= maxIDBuf {
		idBufs.Put(b)
	}
	var out [2 * sha256.Size]byte
	hex.Encode(out[:], sum[:])
	return string(out[:])
}
