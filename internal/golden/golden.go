// Package golden compares test output with golden files, the go/printer
// way: each test package declares its own -update flag and passes it in;
// with it set the golden file is rewritten, otherwise a mismatch fails the
// test at the first differing line. Review the diff of rewritten goldens
// before committing them.
package golden

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Check compares got with the file at path. With update it writes got to
// path instead (creating the folder) and passes.
func Check(tb testing.TB, path string, got []byte, update bool) {
	tb.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("read golden file (run the test with -update to create it): %v", err)
	}
	if bytes.Equal(got, want) {
		return
	}
	if line, g, w := FirstDiff(got, want); line > 0 {
		tb.Fatalf("%s differs at line %d:\ngot:  %q\nwant: %q\n(run the test with -update and review the diff)", path, line, g, w)
	}
}

// FirstDiff returns the first line (counting from 1) where got and want
// differ, with both versions of it; 0 when they are equal.
func FirstDiff(got, want []byte) (line int, g, w string) {
	gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < max(len(gl), len(wl)); i++ {
		g, w = "", ""
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if g != w || (i >= len(gl)) != (i >= len(wl)) {
			return i + 1, g, w
		}
	}
	return 0, "", ""
}
