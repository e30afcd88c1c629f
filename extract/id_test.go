package extract_test

import (
	"crypto/sha256"
	"fmt"
	"strings"
	"testing"

	"github.com/annals-project/annals/extract"
)

// TestID checks ID against the hex SHA-256 of the text, for texts of
// several lengths in turn (the buffer it hashes from is reused, so a long
// text followed by a short one must not leave bytes behind), one longer
// than the buffers it keeps, and the empty text.
func TestID(t *testing.T) {
	for _, text := range []string{
		"", "Lusaka, 4 March (Reuters) - Zambia's finance minister said on Thursday.",
		strings.Repeat("Harbour talks resumed in Valparaíso. ", 300), "short again", "\xff\x00 bytes",
		strings.Repeat("x", 1<<20+7), "z",
	} {
		want := fmt.Sprintf("%x", sha256.Sum256([]byte(text)))
		if got := extract.ID(text); got != want {
			t.Errorf("ID of %d bytes = %s, want %s", len(text), got, want)
		}
	}
}
