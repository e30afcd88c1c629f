#!/usr/bin/env bash
# Text throughput against peers (issues 3 and 4), side by side on the same
# text: annals' time tagger vs chrono-node (and dateparser, on a smaller
# sample: it is slow), and annals' whole-document extraction vs compromise's
# NER. One core each (annals runs with GOMAXPROCS=1; the peers are single
# threaded). Prints MB/s and the ratio annals/peer.
#
# Usage: bench/text_peers.sh [BYTES]   (from the repository root). The peers
# read 200 KB of Reuters text (the first articles of the corpus) and the
# TimeBank texts; annals' own MB/s on BYTES of Reuters (default 2000000) are
# printed first.
#
# Installs the peers on first use: npm packages into bench/out/peers (pinned
# by ../shared/peers/package-lock.json), python3-dateparser with apt-get.
set -euo pipefail
limit=${1:-2000000}
shared=${ANNALS_SHARED:-../shared}   # the shared data folder; set it from a git worktree
peers=$shared/peers
out=bench/out
mkdir -p "$out/peers"
if [ ! -d "$out/peers/node_modules" ]; then
  cp "$peers/package.json" "$peers/package-lock.json" "$out/peers/"
  (cd "$out/peers" && npm ci --silent --no-audit --no-fund)
fi
cp "$peers"/*.mjs "$peers/timex_dateparser.py" "$out/peers/"
if ! /usr/bin/python3 -c 'import dateparser' 2>/dev/null && [ "$(id -u)" = 0 ]; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-dateparser >/dev/null) || true
fi

go build -o "$out/textbench" ./bench/textbench
"$out/textbench" -dump "$out/reuters.txt" -limit "$limit" "$shared"/eval/corpus/reuters21578.jsonl
"$out/textbench" -dump "$out/tempeval.txt" "$shared"/eval/tempeval3/timebank
"$out/textbench" -dump "$out/reuters-small.txt" -limit 200000 "$shared"/eval/corpus/reuters21578.jsonl
: > "$out/empty.txt"

# seconds CMD...: wall time of one run
secs() { local t0 t1; t0=$(date +%s.%N); "$@" > /dev/null 2>&1 || true; t1=$(date +%s.%N); echo "$t1 - $t0" | bc -l; }
mbps() { echo "scale=3; $1 / 1048576 / $2" | bc -l; }
row() { # label bytes annals_s peer_s
  local a p
  a=$(mbps "$2" "$3"); p=$(mbps "$2" "$4")
  printf "%-40s %8.2f MB/s %10.3f MB/s %8.1fx\n" "$1" "$a" "$p" "$(echo "$4 / $3" | bc -l)"
}

for mode in timex extract; do
  "$out/textbench" -mode "$mode" -limit "$limit" "$shared"/eval/corpus/reuters21578.jsonl
done
printf "%-40s %13s %15s %9s\n" "comparison (same text)" "annals" "peer" "ratio"
node_empty=$(secs node "$out/peers/timex_chrono.mjs" "$out/empty.txt" 2013-11-01)
for corpus in tempeval reuters-small; do
  f="$out/$corpus.txt"; b=$(stat -c %s "$f")
  src="$shared"/eval/corpus/reuters21578.jsonl; lim=200000
  [ $corpus = tempeval ] && src="$shared"/eval/tempeval3/timebank && lim=0
  a=$("$out/textbench" -mode timex -rounds 3 -limit "$lim" "$src" | sed -E 's/.*"seconds":([0-9.e-]+).*/\1/')
  c=$(secs node "$out/peers/timex_chrono.mjs" "$f" 2013-11-01)
  c=$(echo "$c - $node_empty" | bc -l)
  row "timex vs chrono-node ($corpus)" "$b" "$a" "$c"
done
f="$out/reuters-small.txt"; b=$(stat -c %s "$f")
a=$("$out/textbench" -mode timex -rounds 3 -limit 200000 "$shared"/eval/corpus/reuters21578.jsonl | sed -E 's/.*"seconds":([0-9.e-]+).*/\1/')
if /usr/bin/python3 -c 'import dateparser' 2>/dev/null; then
  py_empty=$(secs /usr/bin/python3 "$out/peers/timex_dateparser.py" "$out/empty.txt" 2013-11-01)
  d=$(secs /usr/bin/python3 "$out/peers/timex_dateparser.py" "$f" 2013-11-01)
  d=$(echo "$d - $py_empty" | bc -l)
  row "timex vs dateparser (reuters 200KB)" "$b" "$a" "$d"
fi
f="$out/reuters-small.txt"; b=$(stat -c %s "$f")
a=$("$out/textbench" -mode extract -rounds 3 -limit 200000 "$shared"/eval/corpus/reuters21578.jsonl | sed -E 's/.*"seconds":([0-9.e-]+).*/\1/')
ne=$(secs node "$out/peers/ner_compromise.mjs" "$out/empty.txt")
n=$(secs node "$out/peers/ner_compromise.mjs" "$f")
n=$(echo "$n - $ne" | bc -l)
row "extract vs compromise NER (reuters 200KB)" "$b" "$a" "$n"
