package extract

import (
	"crypto/sha256"
	"encoding/hex"
)

// ID returns the ID Document gives the text: the hex SHA-256 of its bytes.
// Bulk ingest uses it to skip stored articles before extracting them.
func ID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
