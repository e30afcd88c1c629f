package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestParallelIngestEqualsSerial ingests the same inputs with one worker
// and one article per transaction, and with several workers and batches:
// the databases must be the same.
func TestParallelIngestEqualsSerial(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for _, name := range []string{"ap-archive-lavrov-kishida-2013.txt", "abe-putin-moscow-2013.txt", "two-plus-two-tokyo-2013.txt", "putin-abe-nagato-2016.txt"} {
		data, err := os.ReadFile(filepath.Join("../../examples/articles", name))
		if err != nil {
			t.Fatal(err)
		}
		// Several variants of each article, so batches hold many articles
		// that share actors and events.
		for i := range 25 {
			rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("%s-%d", name, i), "text": fmt.Sprintf("%s\nUpdate %d.\n", data, i)})
			b.Write(rec)
			b.WriteByte('\n')
		}
	}
	input := filepath.Join(dir, "many.jsonl")
	if err := os.WriteFile(input, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	inputs := []string{input, "../../ingest/testdata/sites", "../../ingest/testdata/world.rss", "../../ingest/testdata/diplomacy.atom"}
	var dumps []string
	for _, c := range []struct{ workers, batch string }{{"1", "1"}, {"4", "7"}, {"3", "64"}} {
		db := filepath.Join(dir, "w"+c.workers+"b"+c.batch+".db")
		args := append([]string{"ingest", "--workers", c.workers, "--batch", c.batch}, inputs...)
		r := runCLI(t, map[string]string{"ANNALS_DB": db}, "", args...)
		// The RSS file's photo gallery has no text: one failure, every time.
		if r.code != exitFailure || !strings.Contains(r.stderr, "1 failed") {
			t.Fatalf("ingest --workers %s --batch %s: exit %d: %s", c.workers, c.batch, r.code, r.stderr)
		}
		dumps = append(dumps, fmt.Sprint(r.code)+r.stderr+dump(t, db))
	}
	for i := 1; i < len(dumps); i++ {
		if dumps[i] != dumps[0] {
			t.Errorf("run %d differs from the serial run (%d vs %d bytes)", i, len(dumps[i]), len(dumps[0]))
		}
	}
}
