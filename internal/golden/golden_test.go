package golden_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/annals-project/annals/internal/golden"
)

func TestFirstDiff(t *testing.T) {
	for _, c := range []struct {
		got, want string
		line      int
	}{
		{"a\nb\n", "a\nb\n", 0},
		{"a\nb\n", "a\nc\n", 2},
		{"a\n", "a\nb\n", 2},
		{"x", "", 1},
	} {
		if line, _, _ := golden.FirstDiff([]byte(c.got), []byte(c.want)); line != c.line {
			t.Errorf("FirstDiff(%q, %q) = %d, want %d", c.got, c.want, line, c.line)
		}
	}
}

func TestCheckUpdate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "x.golden")
	golden.Check(t, path, []byte("hello\n"), true)
	if b, err := os.ReadFile(path); err != nil || string(b) != "hello\n" {
		t.Fatalf("update wrote %q, %v", b, err)
	}
	golden.Check(t, path, []byte("hello\n"), false) // equal: passes
}
