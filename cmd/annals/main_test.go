package main

import (
	"bytes"
	"context"
	"flag"
	gf "github.com/annals-project/annals/internal/golden"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files")

const seedPath = "../../testdata/seed/ap-archive-lavrov-kishida-2013.txt"

// TestMain lets a test start this test binary as the annals command (for
// the kill test): with ANNALS_TEST_MAIN=1 it runs Run on its arguments.
func TestMain(m *testing.M) {
	if os.Getenv("ANNALS_TEST_MAIN") == "1" {
		args := os.Args[1:]
		for len(args) > 0 && strings.HasPrefix(args[0], "-test.") {
			args = args[1:]
		}
		ctx := context.Background()
		if os.Getenv("ANNALS_TEST_MAIN_SIGNALS") == "1" {
			var stop context.CancelFunc
			ctx, stop = signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
			defer stop()
		}
		os.Exit(Run(ctx, args, os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

type result struct {
	code           int
	stdout, stderr string
}

// runCLI runs the command in-process with the environment variables vars
// (ANNALS_DB unset unless given).
func runCLI(t *testing.T, vars map[string]string, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	ev := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: func(k string) string { return vars[k] }}
	code := run(context.Background(), ev, args)
	return result{code, out.String(), errb.String()}
}

func tempDB(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "test.db")
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	gf.Check(t, filepath.Join("testdata", name), []byte(got), *update)
}
