package main

import (
	"bufio"
	"context"
	"encoding/json"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// seedReport ingests the seed article into a temporary database, writes
// its report and returns the report's path and the seed's events as the
// JSON timeline lists them.
func seedReport(t *testing.T, args ...string) (string, []map[string]any) {
	t.Helper()
	env := map[string]string{"ANNALS_DB": tempDB(t)}
	if r := runCLI(t, env, "", "ingest", seedPath); r.code != 0 {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	r := runCLI(t, env, "", "timeline", "--format", "json")
	if r.code != 0 {
		t.Fatalf("timeline: exit %d: %s", r.code, r.stderr)
	}
	var events []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &events); err != nil {
		t.Fatalf("timeline --format json: %v", err)
	}
	out := filepath.Join(t.TempDir(), "report.html")
	r = runCLI(t, env, "", append([]string{"report", "-o", out}, args...)...)
	if r.code != 0 || r.stdout != "" || r.stderr != "" {
		t.Fatalf("report: exit %d, stdout %q, stderr %q; want 0 and silence", r.code, r.stdout, r.stderr)
	}
	return out, events
}

func TestReportSeed(t *testing.T) {
	path, events := seedReport(t)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	html := string(data)
	if n := strings.Count(html, `<tr id="ev-`); n != len(events) || n == 0 {
		t.Errorf("report lists %d events, want the %d of the timeline", n, len(events))
	}
	for _, name := range []string{"Sergei Lavrov", "Fumio Kishida", "Sergei Shoigu", "Itsunori Onodera", "Japan", "Russia"} {
		if !strings.Contains(html, `<g class="actor" data-label="`+name+`">`) {
			t.Errorf("report network lacks %s", name)
		}
	}
	// --actor keeps that actor's events and narrows the network to the
	// actor and its partners.
	path, _ = seedReport(t, "--actor", "Shoigu")
	data, _ = os.ReadFile(path)
	if !strings.Contains(string(data), "Selected: actor Sergei Shoigu.") || !strings.Contains(string(data), `<g class="actor" data-label="Itsunori Onodera">`) ||
		strings.Contains(string(data), `<g class="actor" data-label="China">`) {
		t.Errorf("report --actor Shoigu: the page does not show Shoigu's neighbourhood only")
	}
	// --lanes country draws one lane per country.
	path, _ = seedReport(t, "--lanes", "country", "--metric", "pagerank", "--title", "Seed")
	data, _ = os.ReadFile(path)
	if !strings.Contains(string(data), `<g class="lane" data-label="Japan">`) || strings.Contains(string(data), `data-label="Sergei Lavrov"><rect class="stripe"`) {
		t.Errorf("report --lanes country: lanes are not countries")
	}
}

func TestReportUsage(t *testing.T) {
	for _, args := range [][]string{
		{"report", "--lanes", "weeks"},
		{"report", "--metric", "fame"},
		{"report", "--max-lanes", "0"},
		{"report", "--format", "pdf"},
		{"report", "extra"},
	} {
		r := runCLI(t, map[string]string{"ANNALS_DB": tempDB(t)}, "", args...)
		if r.code != exitUsage || r.stderr == "" {
			t.Errorf("annals %v = exit %d, stderr %q; want exit 2 and a message", args, r.code, r.stderr)
		}
	}
}

// chromium returns the path of a Chromium or Chrome binary, or skips.
func chromium(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("skipping the browser test in -short mode")
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium is not installed (apt-get install chromium); skipping the browser test of the HTML report")
	return ""
}

// requestLog is an HTTP proxy that answers nothing and records the
// request line of every connection: each request the browser makes over
// the network, http or https (as CONNECT), reaches it.
type requestLog struct {
	ln    net.Listener
	mu    sync.Mutex
	lines []string
}

func newRequestLog(t *testing.T) *requestLog {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	l := &requestLog{ln: ln}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				c.SetDeadline(time.Now().Add(5 * time.Second))
				line, _ := bufio.NewReader(c).ReadString('\n')
				// Chromium opens spare connections to its proxy and
				// closes some unused: a connection that sent no request
				// line asked for nothing, so it is not logged (logging it
				// as "" made the no-request check fail at random).
				if line = strings.TrimSpace(line); line == "" {
					return
				}
				l.mu.Lock()
				l.lines = append(l.lines, line)
				l.mu.Unlock()
				c.Write([]byte("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))
			}()
		}
	}()
	t.Cleanup(func() { ln.Close() })
	return l
}

func (l *requestLog) requests() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.lines...)
}

// dumpDOM loads the file in headless Chromium, with every network request
// sent to proxy, and returns the DOM after load.
func dumpDOM(t *testing.T, bin, path string, proxy *requestLog) string {
	t.Helper()
	// The limit only catches a browser that hangs: on a loaded shared
	// machine a healthy Chromium has taken over 90 s to start, so it stays
	// well above that and below go test's default 10-minute timeout.
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	abs, err := filepath.Abs(path)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--no-pings", "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--disable-default-apps",
		"--disable-features=NetworkTimeServiceQuerying,OptimizationHints,MediaRouter,Translate",
		"--user-data-dir="+t.TempDir(), "--proxy-server=http://"+proxy.ln.Addr().String(), "--proxy-bypass-list=<-loopback>",
		"--dump-dom", "file://"+abs)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium --dump-dom %s: %v\n%s", path, err, stderr.String())
	}
	return string(out)
}

// TestReportInChromium renders the seed's report in headless Chromium and
// checks the DOM the browser built: every event row, the lanes and the
// network's actors, planned marks hollow and ranges as bars. It also
// checks that the page makes no network request: Chromium runs with a
// proxy that records every request it receives, and a control page that
// does load an image proves the proxy would see one.
func TestReportInChromium(t *testing.T) {
	bin := chromium(t)
	proxy := newRequestLog(t)

	control := filepath.Join(t.TempDir(), "control.html")
	os.WriteFile(control, []byte(`<!DOCTYPE html><html><body><img src="http://annals-canary.invalid/pixel.png"><p id="x">control</p></body></html>`), 0o644)
	dumpDOM(t, bin, control, proxy)
	if reqs := proxy.requests(); !anyContains(reqs, "annals-canary.invalid") {
		t.Fatalf("the control page's image request did not reach the recording proxy (saw %q): the no-request check would be blind", reqs)
	}
	before := len(proxy.requests())

	path, events := seedReport(t)
	dom := dumpDOM(t, bin, path, proxy)
	page, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, req := range proxy.requests()[before:] {
		// Chromium itself calls home (network time, component updates,
		// accounts) even with --disable-background-networking. The page
		// has no script, so any request it makes is for an address
		// written in it: a request whose host the page never names is
		// the browser's own.
		host := requestHost(req)
		if host == "" || strings.Contains(string(page), host) {
			t.Errorf("loading the report made a network request: %q", req)
		} else {
			t.Logf("ignoring Chromium's own request %q (the page never names %s)", req, host)
		}
	}
	rows := regexp.MustCompile(`<tr id="ev-\d+" class="event" data-type="(\w+)" data-status="(\w+)">`).FindAllStringSubmatch(dom, -1)
	if len(rows) != len(events) {
		t.Errorf("DOM has %d event rows, want %d", len(rows), len(events))
	}
	for i, r := range rows {
		if i < len(events) && (r[1] != events[i]["type"] || r[2] != events[i]["status"]) {
			t.Errorf("DOM event row %d = %s/%s, want %v/%v", i+1, r[1], r[2], events[i]["type"], events[i]["status"])
		}
	}
	for _, name := range []string{"Sergei Lavrov", "Fumio Kishida", "Sergei Shoigu", "Itsunori Onodera"} {
		if !strings.Contains(dom, `<g class="actor" data-label="`+name+`">`) {
			t.Errorf("DOM network lacks actor %s", name)
		}
		if !strings.Contains(dom, `<g class="lane" data-label="`+name+`">`) {
			t.Errorf("DOM timeline lacks a lane for %s", name)
		}
	}
	if !strings.Contains(dom, `class="mark planned"`) {
		t.Errorf("DOM has no planned (hollow) mark")
	}
	// The planned spring visit is a bar: a rect whose hover text starts
	// with its season value.
	if !regexp.MustCompile(`<rect class="mark planned"[^>]*><title>2014-SP · visit \(planned\)`).MatchString(dom) {
		t.Errorf("DOM does not draw the planned spring 2014 visit as a bar")
	}
	if !strings.Contains(dom, `id="timeline-svg"`) || !strings.Contains(dom, `id="network-svg"`) {
		t.Errorf("DOM lacks the timeline or network SVG")
	}
}

// requestHost returns the host of a proxy request line ("GET
// http://host/path HTTP/1.1" or "CONNECT host:443 HTTP/1.1").
func requestHost(line string) string {
	f := strings.Fields(line)
	if len(f) < 2 {
		return ""
	}
	target := f[1]
	if i := strings.Index(target, "://"); i >= 0 {
		target = target[i+3:]
	}
	if i := strings.IndexAny(target, "/?#"); i >= 0 {
		target = target[:i]
	}
	if h, _, err := net.SplitHostPort(target); err == nil {
		return h
	}
	return target
}

func anyContains(list []string, sub string) bool {
	for _, s := range list {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// TestTimelineExportFormats runs 'annals timeline' with the TimelineJS and
// iCalendar formats on the seed.
func TestTimelineExportFormats(t *testing.T) {
	env := map[string]string{"ANNALS_DB": tempDB(t)}
	if r := runCLI(t, env, "", "ingest", seedPath); r.code != 0 {
		t.Fatalf("ingest: exit %d: %s", r.code, r.stderr)
	}
	var events []map[string]any
	r := runCLI(t, env, "", "timeline", "--format", "json")
	if err := json.Unmarshal([]byte(r.stdout), &events); err != nil {
		t.Fatal(err)
	}
	planned, dated := 0, 0
	for _, e := range events {
		if e["start"] != nil {
			dated++
			if e["status"] == "planned" {
				planned++
			}
		}
	}
	r = runCLI(t, env, "", "timeline", "--format", "ics")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "BEGIN:VCALENDAR\r\n") || strings.Count(r.stdout, "BEGIN:VEVENT\r\n") != planned || planned == 0 {
		t.Errorf("timeline --format ics: exit %d, %d VEVENTs, want %d (stderr %q)", r.code, strings.Count(r.stdout, "BEGIN:VEVENT"), planned, r.stderr)
	}
	r = runCLI(t, env, "", "timeline", "--format", "timelinejs")
	var tjs struct{ Events []any }
	if err := json.Unmarshal([]byte(r.stdout), &tjs); r.code != 0 || err != nil || len(tjs.Events) != dated {
		t.Errorf("timeline --format timelinejs: exit %d, %v, %d slides, want %d", r.code, err, len(tjs.Events), dated)
	}
}

// TestDemoWritesReport checks the demo's HTML page: the seed's actors in
// the network, planned events hollow, the spring visit as a bar.
func TestDemoWritesReport(t *testing.T) {
	dir := t.TempDir()
	if r := runCLI(t, nil, "", "demo", "--dir", dir); r.code != 0 {
		t.Fatalf("demo: exit %d: %s", r.code, r.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "annals-demo.html"))
	if err != nil {
		t.Fatalf("demo wrote no HTML report: %v", err)
	}
	html := string(data)
	for _, name := range []string{"Sergei Lavrov", "Fumio Kishida", "Sergei Shoigu", "Itsunori Onodera", "Vladimir Putin", "Japan", "Russia"} {
		if !strings.Contains(html, `<g class="actor" data-label="`+name+`">`) {
			t.Errorf("annals-demo.html network lacks %s", name)
		}
	}
	if !regexp.MustCompile(`<rect class="mark planned"[^>]*><title>2014-SP · visit \(planned\)`).MatchString(html) {
		t.Errorf("annals-demo.html does not draw the planned spring 2014 visit as a bar")
	}
}
