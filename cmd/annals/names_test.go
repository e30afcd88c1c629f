package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestMergesNames checks that one person spelt two ways in two
// articles, or named by surname alone, is one actor, and that an aliases
// file merges what the rules cannot.
func TestIngestMergesNames(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "MOSCOW, May 5, 2015 - Russian Foreign Minister Sergei Lavrov met German Foreign Minister Frank-Walter Steinmeier in Moscow on Tuesday.\n",
		"b.txt": "BERLIN, June 9, 2015 - Russian Foreign Minister Sergey Lavrov met his German counterpart Frank-Walter Steinmeier in Berlin on Tuesday.\n",
		"c.txt": "PARIS, July 1, 2015 - Russia's top diplomat, whom the Kremlin calls Comrade Minister, met French Foreign Minister Laurent Fabius in Paris on Wednesday.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := tempDB(t)
	r := runCLI(t, map[string]string{"ANNALS_DB": db}, "", "ingest", dir)
	if r.code != 0 {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	r = runCLI(t, map[string]string{"ANNALS_DB": db}, "", "actors", "--top", "0", "--format", "tsv")
	if n := strings.Count(r.stdout, "Lavrov"); n != 1 {
		t.Errorf("actors list Lavrov %d times, want once:\n%s", n, r.stdout)
	}
	if strings.Contains(r.stdout, "Sergey Lavrov") {
		t.Errorf("the later spelling became a node of its own:\n%s", r.stdout)
	}
	r = runCLI(t, map[string]string{"ANNALS_DB": db}, "", "relations", "Lavrov", "--format", "tsv")
	if !strings.Contains(r.stdout, "Frank-Walter Steinmeier\tperson\t2\t") {
		t.Errorf("Lavrov and Steinmeier should share 2 events:\n%s", r.stdout)
	}

	// Aliases: a file that names Steinmeier by a nickname.
	aliases := filepath.Join(dir, "aliases.tsv")
	if err := os.WriteFile(aliases, []byte("# nickname\tfull name\nSteini\tFrank-Walter Steinmeier\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	more := filepath.Join(t.TempDir(), "d.txt")
	if err := os.WriteFile(more, []byte("VIENNA, July 14, 2015 - Foreign Minister Steini met Russian Foreign Minister Sergei Lavrov in Vienna on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runCLI(t, map[string]string{"ANNALS_DB": db}, "", "ingest", "--aliases", aliases, more)
	if r.code != 0 {
		t.Fatalf("ingest --aliases: exit %d: %s", r.code, r.stderr)
	}
	r = runCLI(t, map[string]string{"ANNALS_DB": db}, "", "actors", "--top", "0", "--format", "tsv")
	if strings.Contains(r.stdout, "Steini\t") {
		t.Errorf("the alias became a node of its own:\n%s", r.stdout)
	}
	r = runCLI(t, map[string]string{"ANNALS_DB": db}, "", "relations", "Lavrov", "--format", "tsv")
	if !strings.Contains(r.stdout, "Frank-Walter Steinmeier\tperson\t3\t") {
		t.Errorf("after the aliased article Lavrov and Steinmeier should share 3 events:\n%s", r.stdout)
	}
	// A bad aliases file is a clear error.
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("no tab\n"), 0o644)
	r = runCLI(t, map[string]string{"ANNALS_DB": db}, "", "ingest", "--aliases", bad, more)
	if r.code != exitFailure || !strings.Contains(r.stderr, "bad.tsv") || !strings.Contains(r.stderr, "line 1") {
		t.Errorf("bad aliases file: exit %d, %q", r.code, r.stderr)
	}
}
