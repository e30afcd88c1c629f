package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/annals-project/annals"
)

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"nosuchcommand"},
		{"timeline", "--nosuchflag"},
		{"extract"},
		{"extract", "a", "b"},
		{"relations"},
		{"timeline", "--from", "yesterday"},
		{"timeline", "--type", "party"},
		{"timeline", "--country", "XX"},
		{"actors", "--metric", "fame"},
		{"timeline", "--format", "pdf"},
	} {
		r := runCLI(t, map[string]string{"ANNALS_DB": tempDB(t)}, "", args...)
		if r.code != exitUsage || r.stderr == "" {
			t.Errorf("annals %v = exit %d, stderr %q; want exit 2 and a message", args, r.code, r.stderr)
		}
	}
}

func TestExtractSeed(t *testing.T) {
	r := runCLI(t, nil, "", "extract", seedPath)
	if r.code != 0 {
		t.Fatalf("extract: exit %d: %s", r.code, r.stderr)
	}
	var doc annals.Document
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("extract output is not a document: %v", err)
	}
	if doc.Published.String() != "2013-11-01" {
		t.Errorf("published = %s, want 2013-11-01", doc.Published)
	}
	if err := doc.Validate(); err != nil {
		t.Errorf("Validate() = %v", err)
	}
	// --published overrides the date in the text.
	r = runCLI(t, nil, "", "extract", "--published", "2020-02-03", seedPath)
	if !strings.Contains(r.stdout, `"published": "2020-02-03"`) {
		t.Errorf("extract --published: output lacks the overridden date")
	}
	// Standard input works too.
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	r = runCLI(t, nil, string(data), "extract", "-")
	if r.code != 0 || !strings.Contains(r.stdout, `"published": "2013-11-01"`) {
		t.Errorf("extract -: exit %d, stderr %s", r.code, r.stderr)
	}
}

func TestExtractMissingFile(t *testing.T) {
	r := runCLI(t, nil, "", "extract", "no/such/file.txt")
	if r.code != exitFailure || !strings.Contains(r.stderr, "no/such/file.txt") {
		t.Errorf("extract missing file = exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestIngestTwiceChangesNothing(t *testing.T) {
	db := tempDB(t)
	env := map[string]string{"ANNALS_DB": db}
	r := runCLI(t, env, "", "ingest", filepath.Dir(seedPath))
	if r.code != 0 || !strings.Contains(r.stderr, "1 articles stored") {
		t.Fatalf("first ingest: exit %d, stderr %q", r.code, r.stderr)
	}
	first := dump(t, db)
	r = runCLI(t, env, "", "ingest", filepath.Dir(seedPath))
	if r.code != 0 || !strings.Contains(r.stderr, "0 articles stored") || !strings.Contains(r.stderr, "1 skipped as already present") {
		t.Fatalf("second ingest: exit %d, stderr %q", r.code, r.stderr)
	}
	if second := dump(t, db); second != first {
		t.Errorf("second ingest changed the database:\nbefore %s\nafter  %s", first, second)
	}
}

// dump summarises the database through the commands a user has.
func dump(t *testing.T, db string) string {
	t.Helper()
	var b strings.Builder
	for _, args := range [][]string{{"timeline", "--format", "json"}, {"actors", "--top", "0", "--format", "tsv"}, {"dot"}} {
		r := runCLI(t, map[string]string{"ANNALS_DB": db}, "", args...)
		if r.code != 0 {
			t.Fatalf("annals %v: exit %d: %s", args, r.code, r.stderr)
		}
		b.WriteString(r.stdout)
	}
	return b.String()
}

func TestIngestBadFolder(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{
		"seed.txt":   data,
		"empty.txt":  nil,
		"binary.txt": {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0},
		"latin1.txt": []byte("Caf\xe9 in Paris, where France and Spain met.\n"),
		"huge.txt":   []byte(strings.Repeat("The ministers of France and Spain met in Paris on Monday.\n", 50<<20/58)),
		"other.txt":  []byte("PARIS, May 2, 2019 - French Foreign Minister Jean-Yves Le Drian met his German counterpart Heiko Maas in Paris on Thursday.\n"),
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := tempDB(t)
	r := runCLI(t, map[string]string{"ANNALS_DB": db}, "", "ingest", dir)
	if r.code != exitFailure {
		t.Errorf("ingest exit = %d, want 1", r.code)
	}
	for name, why := range map[string]string{"empty.txt": "empty", "binary.txt": "binary", "latin1.txt": "UTF-8", "huge.txt": "size limit"} {
		line := lineWith(r.stderr, name)
		if line == "" || !strings.Contains(line, why) {
			t.Errorf("stderr line for %s = %q, want it to say %q\nstderr:\n%s", name, line, why, r.stderr)
		}
	}
	if !strings.Contains(r.stderr, "2 articles stored") || !strings.Contains(r.stderr, "4 failed") {
		t.Errorf("summary wrong:\n%s", r.stderr)
	}
}

func lineWith(s, sub string) string {
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			return l
		}
	}
	return ""
}

func TestEmptyDatabase(t *testing.T) {
	db := tempDB(t)
	env := map[string]string{"ANNALS_DB": db}
	// A query on a database that does not exist says how to make one.
	r := runCLI(t, env, "", "timeline")
	if r.code != exitFailure || !strings.Contains(r.stderr, "annals ingest") {
		t.Errorf("timeline without database = exit %d, %q", r.code, r.stderr)
	}
	// An empty directory ingests nothing and creates the database.
	r = runCLI(t, env, "", "ingest", t.TempDir())
	if r.code != 0 {
		t.Fatalf("ingest of an empty folder: exit %d: %s", r.code, r.stderr)
	}
	for _, args := range [][]string{
		{"timeline"}, {"timeline", "--format", "json"}, {"timeline", "--format", "csv"},
		{"stats"}, {"actors"}, {"actors", "--metric", "pagerank"}, {"actors", "--metric", "betweenness"}, {"actors", "--metric", "closeness"},
		{"dot"},
	} {
		r := runCLI(t, env, "", args...)
		if r.code != 0 {
			t.Errorf("annals %v on an empty database: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
	r = runCLI(t, env, "", "relations", "Lavrov")
	if r.code != exitFailure || !strings.Contains(r.stderr, "Lavrov") {
		t.Errorf("relations on an empty database = exit %d, %q; want a not-found message", r.code, r.stderr)
	}
}

// TestSeedOutputs keeps goldens of what a user sees for the seed: the
// timeline, the metrics and the DOT file.
func TestSeedOutputs(t *testing.T) {
	db := tempDB(t)
	env := map[string]string{"ANNALS_DB": db}
	if r := runCLI(t, env, "", "ingest", seedPath); r.code != 0 {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	for _, c := range []struct {
		golden string
		args   []string
	}{
		{"seed.timeline.txt", []string{"timeline"}},
		{"seed.timeline.md", []string{"timeline", "--format", "md"}},
		{"seed.actors.txt", []string{"actors", "--top", "0"}},
		{"seed.pagerank.txt", []string{"actors", "--metric", "pagerank", "--top", "0"}},
		{"seed.relations.txt", []string{"relations", "Lavrov"}},
		{"seed.dot", []string{"dot"}},
		{"seed.stats.txt", []string{"stats"}},
		{"seed.lavrov.dot", []string{"dot", "--actor", "lavrov", "--depth", "1"}},
	} {
		r := runCLI(t, env, "", c.args...)
		if r.code != 0 {
			t.Errorf("annals %v: exit %d: %s", c.args, r.code, r.stderr)
			continue
		}
		golden(t, c.golden, r.stdout)
		if strings.HasSuffix(c.golden, ".dot") {
			renderDOT(t, r.stdout)
		}
	}
}

func renderDOT(t *testing.T, src string) {
	t.Helper()
	dot, err := exec.LookPath("dot")
	if err != nil {
		t.Log("graphviz dot not on PATH: skipping the render check")
		return
	}
	cmd := exec.Command(dot, "-Tsvg")
	cmd.Stdin = strings.NewReader(src)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("dot -Tsvg: %v\n%s", err, out)
	}
}

func TestDemo(t *testing.T) {
	dir := t.TempDir()
	r := runCLI(t, nil, "", "demo", "--dir", dir)
	if r.code != 0 {
		t.Fatalf("demo: exit %d: %s", r.code, r.stderr)
	}
	golden(t, "demo.txt", strings.ReplaceAll(r.stdout, dir, "DIR"))
	dot, err := os.ReadFile(filepath.Join(dir, "annals-demo.dot"))
	if err != nil {
		t.Fatalf("demo wrote no DOT file: %v", err)
	}
	renderDOT(t, string(dot))
}

// TestIngestSkipsOwnDatabase ingests a folder that holds the database
// itself: its files are left out silently, and a second run skips the
// article as present without complaining about the database files.
func TestIngestSkipsOwnDatabase(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "seed.txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{"ANNALS_DB": filepath.Join(dir, "annals.db")}
	for i := range 2 {
		r := runCLI(t, vars, "", "ingest", dir)
		if r.code != 0 || strings.Contains(r.stderr, "annals.db") || strings.Contains(r.stderr, "unsupported") {
			t.Errorf("run %d: exit %d, stderr %q; want no mention of the database's files", i+1, r.code, r.stderr)
		}
	}
}

// TestFindActorForgiving: titles before a name are dropped until a name
// matches; a name that matches nothing says how to list the actors.
func TestFindActorForgiving(t *testing.T) {
	vars := map[string]string{"ANNALS_DB": tempDB(t)}
	if r := runCLI(t, vars, "", "ingest", seedPath); r.code != 0 {
		t.Fatalf("ingest: %s", r.stderr)
	}
	for _, name := range []string{"President Vladimir Putin", "Russian President Putin", "putin"} {
		r := runCLI(t, vars, "", "relations", name)
		if r.code != 0 || !strings.HasPrefix(r.stdout, "Relations of Vladimir Putin") {
			t.Errorf("relations %q: exit %d, stdout %q, stderr %q", name, r.code, r.stdout, r.stderr)
		}
	}
	r := runCLI(t, vars, "", "relations", "Mr Nobody")
	if r.code != exitFailure || !strings.Contains(r.stderr, `no actor in the database matches "Mr Nobody"`) {
		t.Errorf("relations of an unknown name: exit %d, stderr %q", r.code, r.stderr)
	}
}
