package main

import (
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"time"

	"github.com/schollz/progressbar/v3"
)

// newProgress returns a progress bar over the total size of the inputs,
// showing bytes, rate and ETA. It is only used when stderr is a terminal;
// otherwise the summary line is the only output.
func newProgress(e *env, paths []string) *progressbar.ProgressBar {
	var total int64
	for _, p := range paths {
		if p == "-" {
			total = -1
			break
		}
		filepath.WalkDir(p, func(_ string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if fi, err := d.Info(); err == nil {
					total += fi.Size()
				}
			}
			return nil
		})
	}
	return newBar(e, total, "ingest")
}

// newBar returns a progress bar over total bytes (-1: unknown), showing
// bytes, rate and ETA, described as desc.
func newBar(e *env, total int64, desc string) *progressbar.ProgressBar {
	return progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(e.stderr),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionFullWidth(),
	)
}

// progressPrintf prints a message above the progress bar, or plainly when
// there is none.
func progressPrintf(bar *progressbar.ProgressBar, w io.Writer, format string, args ...any) {
	if bar != nil {
		bar.Clear()
	}
	fmt.Fprintf(w, format, args...)
}
