#!/usr/bin/env bash
# Measures how long headless Chromium takes to load and render the HTML
# report of a large database (issue 7: the whole Reuters corpus must render
# in under 5 seconds). Not a test: timings depend on the machine and its load.
#
# Usage: bench/report_render.sh [DB] [RUNS]
#   DB    database to report on (default /tmp/reuters.db; make it with
#         go run ./cmd/annals ingest --db /tmp/reuters.db ../shared/eval/corpus/reuters21578.jsonl)
#   RUNS  Chromium runs per page (default 5)
#   ANNALS_BIN, when set, is the annals binary to use instead of building one.
#
# For each run it times chromium --headless --dump-dom (load and parse, then
# serialisation) of the report and of an empty page, the second being
# Chromium's own start-up cost, so the difference is the page's; and
# chromium --screenshot of the report, which also lays out and paints it.
# It prints the median wall and CPU times (user+sys of Chromium and the
# child processes it waits for: on a shared, loaded machine the wall time
# measures the queue as much as the page), the report's size and its
# number of elements, and the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${1:-/tmp/reuters.db}
runs=${2:-5}
[ -f "$db" ] || { echo "bench: no database $db" >&2; exit 1; }
chrome=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$chrome" ] || { echo "bench: chromium is not installed" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "${ANNALS_BIN:-}" ]; then # a binary built beforehand
  cp "$ANNALS_BIN" "$tmp/annals"
else
  go build -o "$tmp/annals" ./cmd/annals
fi

start=$(date +%s.%N)
"$tmp/annals" report --db "$db" -o "$tmp/report.html"
end=$(date +%s.%N)
printf 'annals report: %.2f s wall, %s bytes, %s elements (%s SVG marks/cells)\n' \
  "$(echo "$end - $start" | bc)" "$(wc -c < "$tmp/report.html")" \
  "$(grep -o '<[a-z][a-z0-9]*[ >/]' "$tmp/report.html" | wc -l)" \
  "$(grep -o 'class="\(mark\|mark planned\|cell\)"' "$tmp/report.html" | wc -l)"
printf '<!DOCTYPE html><html><body><p>empty</p></body></html>\n' > "$tmp/empty.html"

render() { # file [screenshot] -> "wall cpu" seconds (cpu: user+sys of Chromium and its child processes)
  local mode=(--dump-dom)
  [ "${2:-}" = screenshot ] && mode=(--screenshot="$tmp/shot.png" --window-size=1400,1000)
  /usr/bin/time -f '%e %U %S' -o "$tmp/time" "$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$tmp/profile" "${mode[@]}" "file://$1" > "$tmp/dom.html" 2>/dev/null
  awk '{printf "%s %.2f\n", $1, $2 + $3}' "$tmp/time"
}
median() { # column -> median of that column of stdin
  awk -v c="$1" '{print $c}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}

render "$tmp/empty.html" > /dev/null # warm the profile and the disk cache
: > "$tmp/empty.times"; : > "$tmp/report.times"; : > "$tmp/shot.times"
for _ in $(seq "$runs"); do
  render "$tmp/empty.html" >> "$tmp/empty.times"
  render "$tmp/report.html" >> "$tmp/report.times"
  grep -q 'id="timeline-svg"' "$tmp/dom.html" || { echo "bench: the rendered DOM lacks the timeline" >&2; exit 1; }
  render "$tmp/report.html" screenshot >> "$tmp/shot.times" # paints too
done
e=$(median 1 < "$tmp/empty.times"); r=$(median 1 < "$tmp/report.times")
ec=$(median 2 < "$tmp/empty.times"); rc=$(median 2 < "$tmp/report.times")
printf 'chromium --dump-dom, median of %d: report %.2f s wall (%.2f s CPU), empty page %.2f s wall (%.2f s CPU); the page adds %.2f s wall, %.2f s CPU\n' \
  "$runs" "$r" "$rc" "$e" "$ec" "$(echo "$r - $e" | bc)" "$(echo "$rc - $ec" | bc)"
printf 'chromium --screenshot (load, layout and paint), median of %d: %.2f s wall (%.2f s CPU)\n' "$runs" "$(median 1 < "$tmp/shot.times")" "$(median 2 < "$tmp/shot.times")"
printf 'report runs (wall cpu): %s\n' "$(tr '\n' ',' < "$tmp/report.times")"
printf 'load average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
