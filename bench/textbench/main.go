// Command textbench measures annals' text throughput for the peer
// comparisons in bench/: it tags time expressions (timex) or extracts whole
// documents (extract) over a corpus, in one goroutine, and prints bytes,
// seconds and MB/s as one JSON line. With -dump it writes the corpus as
// plain text instead, so peers can read exactly the same text.
//
// Corpora: a folder of TimeML .tml files (the text of <TEXT>, each against
// its creation time) or a JSON Lines file ({"text","published"} per line).
//
//	go run ./bench/textbench -mode timex ../shared/eval/tempeval3/timebank
//	go run ./bench/textbench -mode extract -limit 2000000 ../shared/eval/corpus/reuters21578.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/annals-project/annals"
	"github.com/annals-project/annals/eval"
	"github.com/annals-project/annals/extract"
	"github.com/annals-project/annals/extract/timex"
)

type doc struct {
	text string
	dct  annals.Date
}

func main() {
	mode := flag.String("mode", "timex", "timex|extract")
	limit := flag.Int("limit", 0, "stop after this many bytes of text (0: all)")
	dump := flag.String("dump", "", "write the corpus text to this file and exit")
	rounds := flag.Int("rounds", 3, "passes over the corpus; the fastest is reported")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile of the timed rounds to this file")
	memProfile := flag.String("memprofile", "", "write an allocation profile to this file after the rounds")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: textbench [-mode timex|extract] [-limit BYTES] [-dump FILE] CORPUS")
		os.Exit(2)
	}
	docs, err := load(flag.Arg(0), *limit)
	if err != nil {
		fmt.Fprintln(os.Stderr, "textbench:", err)
		os.Exit(1)
	}
	if *dump != "" {
		var b strings.Builder
		for _, d := range docs {
			b.WriteString(d.text)
			b.WriteString("\n\n")
		}
		if err := os.WriteFile(*dump, []byte(b.String()), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "textbench:", err)
			os.Exit(1)
		}
		return
	}
	runtime.GOMAXPROCS(1)
	var bytes, found int
	for _, d := range docs {
		bytes += len(d.text)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "textbench:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "textbench:", err)
			os.Exit(1)
		}
		defer f.Close()
	}
	best := time.Duration(1<<63 - 1)
	bestCPU := best
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range *rounds {
		found = 0
		start, startCPU := time.Now(), cpuTime()
		for _, d := range docs {
			switch *mode {
			case "timex":
				found += len(timex.Tag(d.text, d.dct))
			case "extract":
				x, err := extract.Document(d.text, extract.Options{Published: d.dct})
				if err != nil {
					fmt.Fprintln(os.Stderr, "textbench:", err)
					os.Exit(1)
				}
				found += len(x.Persons) + len(x.Organizations) + len(x.Places) + len(x.Countries)
			default:
				fmt.Fprintf(os.Stderr, "textbench: unknown mode %q\n", *mode)
				os.Exit(2)
			}
		}
		best = min(best, time.Since(start))
		bestCPU = min(bestCPU, cpuTime()-startCPU)
	}
	runtime.ReadMemStats(&after)
	if *cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	if *memProfile != "" {
		// The allocation profile holds the figures of the last finished
		// collection; without one here it would show little but init.
		runtime.GC()
		f, err := os.Create(*memProfile)
		if err == nil {
			err = pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "textbench:", err)
			os.Exit(1)
		}
	}
	// On a shared machine the wall clock counts time other processes
	// took; the process's CPU time (user and system, GOMAXPROCS 1 plus the
	// collector) does not, so cpu_mb_per_s is the steadier figure.
	out, _ := json.Marshal(map[string]any{
		"tool": "annals-" + *mode, "docs": len(docs), "bytes": bytes, "found": found,
		"seconds": best.Seconds(), "mb_per_s": float64(bytes) / (1 << 20) / best.Seconds(),
		"cpu_seconds": bestCPU.Seconds(), "cpu_mb_per_s": float64(bytes) / (1 << 20) / bestCPU.Seconds(),
		"allocs_per_pass":      (after.Mallocs - before.Mallocs) / uint64(*rounds),
		"alloc_bytes_per_pass": (after.TotalAlloc - before.TotalAlloc) / uint64(*rounds),
		"gc_cpu_fraction":      after.GCCPUFraction,
	})
	fmt.Println(string(out))
}

func load(path string, limit int) ([]doc, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	var docs []doc
	total := 0
	add := func(d doc) bool {
		docs = append(docs, d)
		total += len(d.text)
		return limit == 0 || total < limit
	}
	if fi.IsDir() {
		names, _ := filepath.Glob(filepath.Join(path, "*.tml"))
		sort.Strings(names)
		for _, n := range names {
			f, err := os.Open(n)
			if err != nil {
				return nil, err
			}
			td, err := eval.ReadTimeML(f)
			f.Close()
			if err != nil {
				return nil, fmt.Errorf("%s: %w", n, err)
			}
			if !add(doc{td.Text, td.DCT}) {
				break
			}
		}
		return docs, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct{ Text, Published string }
		if json.Unmarshal(sc.Bytes(), &rec) != nil || rec.Text == "" {
			continue
		}
		d, _ := annals.ParseDate(rec.Published)
		if !add(doc{rec.Text, d}) {
			break
		}
	}
	return docs, sc.Err()
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
