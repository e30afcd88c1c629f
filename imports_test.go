package annals_test

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportArrows guards the layout of STYLE.md: dependencies point
// inward, and the packages that must not know each other do not.
func TestImportArrows(t *testing.T) {
	const mod = "github.com/annals-project/annals"
	forbidden := map[string][]string{
		"":                   {mod + "/"}, // the root imports nothing of ours
		"extract":            {mod + "/store", mod + "/graph", mod + "/reports", mod + "/timeline", mod + "/cmd", "github.com/mattn/go-sqlite3"},
		"timeline":           {mod + "/store", mod + "/extract", mod + "/reports", mod + "/graph"},
		"graph":              {mod + "/store", mod + "/extract", mod + "/reports", "github.com/mattn/go-sqlite3"},
		"reports":            {mod + "/store", mod + "/extract", "github.com/mattn/go-sqlite3", "gonum.org/v1/gonum"},
		"reports/htmlreport": {mod + "/store", mod + "/extract", "github.com/mattn/go-sqlite3", "gonum.org/v1/gonum"},
		"store":              {mod + "/extract", mod + "/graph", mod + "/reports", mod + "/timeline"},
		"ingest":             {mod + "/store", mod + "/extract", mod + "/graph", mod + "/reports"},
		"names":              {mod + "/store", mod + "/extract", mod + "/graph", mod + "/reports", "github.com/mattn/go-sqlite3"},
		"pipeline":           {mod + "/store", mod + "/extract", mod + "/graph", mod + "/reports", "github.com/mattn/go-sqlite3"},
	}
	for dir, bad := range forbidden {
		if _, err := os.Stat(filepath.Join(".", dir)); err != nil {
			continue
		}
		pkg, err := build.ImportDir(filepath.Join(".", dir), 0)
		if err != nil {
			continue // a folder without Go files yet
		}
		for _, imp := range pkg.Imports {
			for _, b := range bad {
				if imp == b || strings.HasPrefix(imp, b) && (strings.HasSuffix(b, "/") || strings.HasPrefix(imp, b+"/")) {
					t.Errorf("package %q imports %q, which STYLE.md forbids", "./"+dir, imp)
				}
			}
		}
	}
}
