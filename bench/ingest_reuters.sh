#!/usr/bin/env bash
# Ingest benchmark (issue 6): the Reuters-21578 corpus (17,156 articles) into a
# fresh database, then the same file again (every article already present),
# then re-extracts the database. Prints articles/s, MB/s, events/s, peak
# memory, where the time went, and the database's size.
# Usage: bench/ingest_reuters.sh [CORPUS.jsonl]   (from the repository root)
set -euo pipefail
corpus=${1:-${ANNALS_SHARED:-../shared}/eval/corpus/reuters21578.jsonl}
[ -f "$corpus" ] || { echo "bench: $corpus not found" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/annals" ./cmd/annals
db="$out/bench.db"
bytes=$(stat -c %s "$corpus")

run() { # label
  /usr/bin/time -f '%e %M' -o "$out/time" "$out/annals" ingest --timings --db "$db" "$corpus" 2> "$out/err" || true
  read -r secs kb < <(tail -1 "$out/time")
  summary=$(grep -m1 '^ingest:' "$out/err")
  timings=$(grep '^timings:' "$out/err")
  stored=$(sed -E 's/ingest: ([0-9]+) articles stored.*/\1/' <<<"$summary")
  present=$(sed -E 's/.*, ([0-9]+) skipped as already present.*/\1/' <<<"$summary")
  events=$(sed -E 's/.*\(([0-9]+) events.*/\1/' <<<"$summary")
  n=$((stored + present))
  awk -v l="$1" -v s="$secs" -v kb="$kb" -v n="$n" -v b="$bytes" -v e="$events" 'BEGIN {
    printf "%-7s %6.2f s  %8.0f articles/s  %6.2f MB/s  %8.0f events/s  peak %5.0f MB\n", l, s, n/s, b/1048576/s, e/s, kb/1024 }'
  echo "        $summary"
  echo "        $timings"
}
echo "corpus: $corpus ($((bytes / 1048576)) MB), $(nproc) cores, $(go version | cut -d' ' -f3)"
size() { # the database and its write-ahead log, in MB
  du -cm "$db" "$db"-wal 2>/dev/null | tail -1 | cut -f1
}
run first
echo "        database: $(size) MB"
run second
echo "        database: $(size) MB"
if "$out/annals" reextract --help >/dev/null 2>&1; then
  /usr/bin/time -f '%e %M' -o "$out/time" "$out/annals" reextract --db "$db" 2> "$out/err" || true
  read -r secs kb < <(tail -1 "$out/time")
  printf "reextract %6.2f s  peak %5.0f MB\n" "$secs" "$((kb / 1024))"
  echo "        $(grep '^reextract:' "$out/err")"
  echo "        database: $(size) MB"
fi
