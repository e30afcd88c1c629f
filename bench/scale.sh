#!/usr/bin/env bash
# Scale benchmark (issue 5): a store of a million synthetic events
# (bench/synthfill, through store.DB.SaveBatch as ingest does), then the
# in-process benchmarks of bench/scale: loading the actor network from
# SQLite, and relations, path and dyad queries (median, 90th percentile and
# maximum over 101 sampled actors), then the same commands end to end with
# their peak memory.
#
# Usage: bench/scale.sh [EVENTS]   (from the repository root; default 1000000)
# The store is kept in bench/out/synth-EVENTS.db (git-ignored) and reused.
set -euo pipefail
events=${1:-1000000}
out=bench/out
mkdir -p "$out"
db="$out/synth-$events.db"
[ "$events" = 1000000 ] && db="$out/synth-1m.db"
go build -o "$out/synthfill" ./bench/synthfill
go build -o "$out/annals" ./cmd/annals
if [ ! -f "$db" ]; then
  /usr/bin/time -f 'synthfill: %e s, peak %M KB' "$out/synthfill" --events "$events" "$db"
fi
echo "scale: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(go version | cut -d' ' -f3), $(du -h "$db" | cut -f1) store"
ANNALS_SCALE_DB="$PWD/$db" go test -run '^$' -bench . -benchtime 101x ./bench/scale/ | grep -E '^Benchmark|^ok'

# End to end, one process per command (includes opening the store and, for
# path and ego, loading the whole network).
# Persons are named by surname alone (unique in synthetic data): the
# busiest person and an ordinary one (rank 1000 by degree).
ranks=$("$out/annals" actors --db "$db" --metric degree --top 0 --format tsv | awk -F'\t' '$4 == "person" {n = split($3, w, " "); print w[n]}')
busy=$(sed -n 1p <<<"$ranks")
quiet=$(sed -n 1000p <<<"$ranks")
for args in "relations $quiet" "dyad $busy $quiet" "path $quiet $busy" "ego $quiet"; do
  # shellcheck disable=SC2086
  /usr/bin/time -f "annals $args: %e s, peak %M KB" "$out/annals" $args --db "$db" > /dev/null
done
