package store_test

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/annals-project/annals/store"
)

// killChildEnv names the database a re-run test binary writes to until it
// is killed (see TestMain).
const killChildEnv = "ANNALS_STORE_KILL_CHILD"

// killEvents is the number of events per article the child writes: enough
// that each Save is a long transaction, so the kill lands inside one.
const killEvents = 40

// runKillChild saves articles one by one, printing "saved N" after each
// commit, until it is killed. The loop is bounded so a child whose parent
// died cannot run forever.
func runKillChild(path string) int {
	ctx := context.Background()
	db, err := store.Open(ctx, path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	deadline := time.Now().Add(2 * time.Minute)
	for i := 0; time.Now().Before(deadline); i++ {
		if _, err := db.Save(ctx, bulkDoc(i, killEvents)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			return 1
		}
		fmt.Printf("saved %d\n", i)
	}
	return 0
}

func TestSave_survivesKilledWriter(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	path := filepath.Join(t.TempDir(), "killed.db")
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), killChildEnv+"="+path)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill once the child has committed enough articles to make the check
	// meaningful; it is in the middle of the next Save by then, or nearly.
	const committed = 30
	last := -1
	sc := bufio.NewScanner(out)
	for last < committed && sc.Scan() {
		fmt.Sscanf(sc.Text(), "saved %d", &last)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	if last < committed {
		t.Fatalf("child stopped after %d saves: %s", last+1, stderr.String())
	}

	db := mustOpenPath(t, path)
	if got := scalar[string](t, db, `PRAGMA integrity_check`); got != "ok" {
		t.Errorf("integrity_check = %q, want ok", got)
	}
	if n := scalar[int](t, db, `SELECT count(*) FROM pragma_foreign_key_check`); n != 0 {
		t.Errorf("foreign_key_check found %d violations, want 0", n)
	}
	if err := db.Check(context.Background()); err != nil {
		t.Errorf("Check() = %v, want nil", err)
	}
	// Every article that made it is whole: it has one source link per
	// event, and each of its events has its two actors and its place.
	articles := scalar[int](t, db, `SELECT count(*) FROM articles`)
	if articles < committed+1 {
		t.Errorf("%d articles stored, want at least the %d reported committed", articles, committed+1)
	}
	if nodes := scalar[int](t, db, `SELECT count(*) FROM nodes WHERE kind = 'article'`); nodes != articles {
		t.Errorf("%d article nodes but %d articles", nodes, articles)
	}
	partial := scalar[int](t, db, `SELECT count(*) FROM articles AS a
WHERE a.event_count != ? OR a.event_count != (SELECT count(*) FROM links WHERE to_id = a.node_id AND kind = 'source')`, killEvents)
	if partial != 0 {
		t.Errorf("%d articles lack source links", partial)
	}
	thin := scalar[int](t, db, `SELECT count(*) FROM nodes AS e WHERE e.kind = 'event' AND (
	(SELECT count(*) FROM links WHERE to_id = e.id AND kind = 'participation') < 2 OR
	(SELECT count(*) FROM links WHERE from_id = e.id AND kind = 'location') != 1 OR
	(SELECT count(*) FROM links WHERE from_id = e.id AND kind = 'source') = 0)`)
	if thin != 0 {
		t.Errorf("%d events lack participants, place or source", thin)
	}
	// The database takes writes again.
	mustSave(t, db, talksDoc())
}
