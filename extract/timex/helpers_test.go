package timex_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"time"
)

func filepathGlob(p string) ([]string, error) { return filepath.Glob(p) }

// sharedDir is the project's shared data folder: $ANNALS_SHARED when set
// (a git worktree elsewhere than beside shared/ needs it), else the sibling
// of the repository as the main checkout and CI lay it out.
func sharedDir() string {
	if d := os.Getenv("ANNALS_SHARED"); d != "" {
		return d
	}
	return "../../../shared"
}

func publishedOf(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	var v struct {
		Published string `json:"published"`
	}
	if err := json.Unmarshal(b, &v); err != nil {
		return "", err
	}
	return v.Published, nil
}

func monthOf(m int) time.Month { return time.Month(m) }
