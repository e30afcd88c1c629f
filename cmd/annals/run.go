package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK      = 0 // success
	exitFailure = 1 // the command ran and something failed (a bad input, a query error)
	exitUsage   = 2 // the command line was wrong
)

// usageError marks a mistake in the command line; Run exits with exitUsage.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// errSilent reports failure whose details the command already printed.
var errSilent = errors.New("failed")

// env holds what a command needs from the outside world, so tests can run
// commands in-process with their own streams and environment.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	isTerminal     bool // stderr is a terminal (progress output)
}

// Run runs annals with args (without the program name) and returns the
// exit status: 0 on success, 1 on failure, 2 on a usage error.
func Run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
	if f, ok := stderr.(*os.File); ok {
		if fi, err := f.Stat(); err == nil && fi.Mode()&os.ModeCharDevice != 0 {
			e.isTerminal = true
		}
	}
	return run(ctx, e, args)
}

func run(ctx context.Context, e *env, args []string) int {
	root := newRootCmd(e)
	root.SetArgs(args)
	root.SetIn(e.stdin)
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	err := root.ExecuteContext(ctx)
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errSilent):
		return exitFailure
	case isUsage(err):
		fmt.Fprintf(e.stderr, "annals: %v\nRun 'annals help' for usage.\n", err)
		return exitUsage
	case errors.Is(err, context.Canceled):
		fmt.Fprintln(e.stderr, "annals: interrupted")
		return exitFailure
	}
	fmt.Fprintf(e.stderr, "annals: %v\n", err)
	return exitFailure
}

func isUsage(err error) bool {
	var u usageError
	if errors.As(err, &u) {
		return true
	}
	// cobra's own messages for unknown commands and flags
	msg := err.Error()
	return strings.HasPrefix(msg, "unknown command") || strings.HasPrefix(msg, "unknown flag") ||
		strings.HasPrefix(msg, "unknown shorthand flag") || strings.Contains(msg, "flag needs an argument") ||
		strings.HasPrefix(msg, "invalid argument")
}

const rootLong = `annals turns news articles into timelines and actor networks.

It reads articles (plain text, saved HTML pages, JSON Lines, folders), extracts
who did what with whom, where and when, stores the result as a graph in SQLite,
and answers questions about it: timelines, connection metrics, relations and
pictures of the network.

Start with:
  annals demo                      run everything on the bundled example articles
  annals extract article.txt       show what annals finds in one article (JSON)
  annals ingest articles/          store a folder of articles in annals.db
  annals timeline --actor Lavrov   events in date order
  annals reextract                 after upgrading annals: refresh the stored graph

The database is annals.db in the current folder unless --db or ANNALS_DB says
otherwise.

Exit status:
  0  success
  1  failure (a bad input, an unreadable database, a name that matches nothing)
  2  usage error (unknown command or flag, wrong arguments)`

func newRootCmd(e *env) *cobra.Command {
	root := &cobra.Command{
		Use:           "annals",
		Short:         "Turn news articles into timelines and actor networks",
		Long:          rootLong,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.Version = version()
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error { return usageError{err} })
	addProfiling(root)
	root.CompletionOptions.DisableDefaultCmd = true
	root.AddCommand(
		newExtractCmd(e),
		newIngestCmd(e),
		newReextractCmd(e),
		newTimelineCmd(e),
		newActorsCmd(e),
		newRelationsCmd(e),
		newDOTCmd(e),
		newExportCmd(e),
		newPathCmd(e),
		newEgoCmd(e),
		newDyadCmd(e),
		newCommunitiesCmd(e),
		newReportCmd(e),
		newStatsCmd(e),
		newDemoCmd(e),
		newEvalCmd(e),
	)
	return root
}

// exactArgs is cobra.ExactArgs returning a usage error.
func exactArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n {
			return usagef("%s: want %s, got %d arguments", cmd.Name(), what, len(args))
		}
		return nil
	}
}

func minArgs(n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < n {
			return usagef("%s: want %s", cmd.Name(), what)
		}
		return nil
	}
}

// version describes the build: the module version when installed with go
// install, else the VCS revision the binary was built from, if known.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	v := info.Main.Version
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = "+dirty"
			}
		}
	}
	if (v == "" || v == "(devel)") && rev != "" {
		return "devel " + rev[:min(12, len(rev))] + modified
	}
	if v == "" || v == "(devel)" {
		return "devel"
	}
	return v
}
