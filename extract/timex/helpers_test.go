package timex_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"time"
)

func filepathGlob(p string) ([]string, error) { return filepath.Glob(p) }

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
