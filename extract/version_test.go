package extract_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/annals-project/annals/extract"
	"github.com/annals-project/annals/ingest"
)

// versionCorpora are the folders of .txt articles whose extraction the
// version fingerprint covers: the seed, the golden and example articles
// and the annotated sets engineers may read. The blind held-out sets
// (testdata/holdout3, testdata/holdout4 ...) are deliberately absent: no
// code may run on them until they are scored.
var versionCorpora = []string{
	"../testdata/seed",
	"../testdata/articles",
	"../examples/articles",
	"../testdata/gold",
	"../testdata/gold2",
	"../testdata/holdout",
	"../testdata/holdout2",
}

const versionGolden = "testdata/version.golden"

// versionPages holds saved web pages the fingerprint reads through
// package ingest's page reader.
const versionPages = "../ingest/testdata/sites"

// extractionDigest extracts every article of versionCorpora and every
// page of versionPages and returns the SHA-256 of their JSON (and of what
// the page reader took out of each page), in path order, and the number
// of articles.
func extractionDigest(t *testing.T) (string, int) {
	t.Helper()
	var paths []string
	for _, dir := range versionCorpora {
		m, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		t.Fatal("version fingerprint: no articles found")
	}
	sort.Strings(paths)
	h := sha256.New()
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		src := filepath.ToSlash(strings.TrimPrefix(p, ".."+string(filepath.Separator)))
		doc, err := extract.Document(string(b), extract.Options{Source: src})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		j, err := json.Marshal(doc)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		fmt.Fprintf(h, "%s\n%d\n", src, len(j))
		h.Write(j)
	}
	// Saved pages: what the page reader of package ingest takes out of
	// them (title, metadata date, text) is part of what a version reads,
	// so a change to the reader shows here too.
	pages, err := filepath.Glob(filepath.Join(versionPages, "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("version fingerprint: no saved pages in %s (%v)", versionPages, err)
	}
	sort.Strings(pages)
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		src := filepath.ToSlash(strings.TrimPrefix(p, ".."+string(filepath.Separator)))
		a, err := ingest.ReadPage(src, b)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		doc, err := extract.Document(a.Text, extract.Options{Source: src, Title: a.Title})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		j, err := json.Marshal(doc)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		fmt.Fprintf(h, "%s\n%s\n%s\n%d\n", src, a.Title, a.Published, len(j))
		h.Write(j)
	}
	return hex.EncodeToString(h.Sum(nil)), len(paths) + len(pages)
}

// readVersionGolden returns the version and digest the golden records.
func readVersionGolden(t *testing.T) (version, digest string) {
	t.Helper()
	b, err := os.ReadFile(versionGolden)
	if err != nil {
		if os.IsNotExist(err) {
			return "", ""
		}
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), " ")
		switch k {
		case "version":
			version = v
		case "digest":
			digest = v
		}
	}
	return version, digest
}

// TestVersionBumped makes extract.Version honest: stored articles are
// re-extracted (annals reextract) only when the version differs, so any
// change to what Document returns must come with a new Version. The
// golden file records the version and a fingerprint of the extraction of
// the readable article sets. When the fingerprint changes, -update
// rewrites the golden only if Version changed too; otherwise the test
// fails even with -update and says to bump Version.
func TestVersionBumped(t *testing.T) {
	digest, n := extractionDigest(t)
	gotVersion, gotDigest := readVersionGolden(t)
	write := func() {
		body := fmt.Sprintf("# extract.Version and the SHA-256 of the extraction of %d articles (see version_test.go)\nversion %s\ndigest %s\n", n, extract.Version, digest)
		if err := os.WriteFile(versionGolden, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	switch {
	case gotDigest == "":
		if !*update {
			t.Fatalf("%s is missing; run go test ./extract -update", versionGolden)
		}
		write()
	case digest != gotDigest && extract.Version == gotVersion:
		t.Fatalf("extraction changed but extract.Version is still %q: bump it in extract/version.go (see its comment), then run go test ./extract -update", extract.Version)
	case digest != gotDigest || extract.Version != gotVersion:
		if !*update {
			t.Fatalf("%s records version %q; extract.Version is %q: run go test ./extract -update", versionGolden, gotVersion, extract.Version)
		}
		write()
	}
}
