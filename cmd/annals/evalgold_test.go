package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestEvalGold runs "eval gold" on the scorer's tiny fixtures with the real
// extractor. The figures depend on the extractor, so the test checks the
// shape of the output and the exit codes, not the scores.
func TestEvalGold(t *testing.T) {
	const dir = "../../eval/testdata/gold"
	r := runCLI(t, nil, "", "eval", "gold", "-v", dir)
	if r.code != exitOK {
		t.Fatalf("eval gold -v %s = exit %d (%s), want 0", dir, r.code, r.stderr)
	}
	for _, s := range []string{"2 articles", "persons", "countries", "DATE values", "events", "article date", "event status", "\n== a (published 2015-03-03"} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("eval gold -v output = %q, want it to contain %q", r.stdout, s)
		}
	}

	r = runCLI(t, nil, "", "eval", "gold", "--format", "json", dir)
	var v struct {
		Total struct {
			Articles int `json:"articles"`
		} `json:"total"`
		Articles []struct {
			Name string `json:"name"`
		} `json:"articles"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &v); err != nil || r.code != exitOK {
		t.Fatalf("eval gold --format json = exit %d, %v, want 0 and JSON", r.code, err)
	}
	if v.Total.Articles != 2 || len(v.Articles) != 2 || v.Articles[0].Name != "a" {
		t.Errorf("eval gold --format json = %+v, want articles a and b", v)
	}

	for _, args := range [][]string{
		{"eval", "gold"},
		{"eval", "gold", dir, dir},
		{"eval", "gold", "--format", "xml", dir},
	} {
		if r := runCLI(t, nil, "", args...); r.code != exitUsage {
			t.Errorf("annals %s = exit %d, want %d", strings.Join(args, " "), r.code, exitUsage)
		}
	}
	if r := runCLI(t, nil, "", "eval", "gold", t.TempDir()); r.code != exitFailure || !strings.Contains(r.stderr, "no .json annotations") {
		t.Errorf("eval gold EMPTYDIR = exit %d, %q, want 1 and a message", r.code, r.stderr)
	}
}
