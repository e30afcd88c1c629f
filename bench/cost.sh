#!/usr/bin/env bash
# Instructions per extraction pass (issue 4), two commits side by side: what
# a rule landing costs, counted rather than timed. Callgrind counts the
# instructions bench/textbench executes extracting a corpus once and twice;
# the difference is one pass, without start-up (package initialisation,
# reading the corpus) and without the first pass's one-off work (lazy tables,
# pools). Instruction counts barely move with the machine's load, which
# timings on a shared machine do.
#
# Usage: bench/cost.sh [OLD [NEW]]   (from the repository root; default main
# and HEAD; any commit names git understands). Each commit is built from a
# temporary detached worktree under bench/out. Environment:
#   COST_CORPUS  JSON Lines corpus (default: the first 300 Reuters-21578
#                stories of $ANNALS_SHARED/eval/corpus/reuters21578.jsonl)
#   COST_RUNS    measurements per commit (default 2; each is printed)
#   ANNALS_SHARED  the shared data folder (default ../shared)
# Needs valgrind. Prints one line per run and commit, then the change.
set -euo pipefail
old=${1:-main}
new=${2:-HEAD}
runs=${COST_RUNS:-2}
shared=${ANNALS_SHARED:-../shared}
command -v valgrind >/dev/null || { echo "cost.sh: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
out=$(pwd)/bench/out/cost
mkdir -p "$out"
corpus=${COST_CORPUS:-$out/reuters300.jsonl}
if [ -z "${COST_CORPUS:-}" ]; then
  head -n 300 "$shared/eval/corpus/reuters21578.jsonl" > "$corpus"
fi

# build COMMIT BINARY: bench/textbench as of COMMIT.
build() {
  local wt=$out/wt-$$
  git worktree add -q --detach "$wt" "$1"
  (cd "$wt" && go build -o "$2" ./bench/textbench) || { git worktree remove --force "$wt"; return 1; }
  git worktree remove --force "$wt"
}

# instructions BINARY ROUNDS: callgrind's instruction count for ROUNDS passes.
instructions() {
  GOGC=off GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind \
    --callgrind-out-file=/dev/null "$1" -mode extract -rounds "$2" "$corpus" 2>&1 >/dev/null |
    sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
}

declare -A per
for c in "$old" "$new"; do
  h=$(git rev-parse --short "$c")
  build "$h" "$out/textbench-$h"
  for r in $(seq "$runs"); do
    a=$(instructions "$out/textbench-$h" 1)
    b=$(instructions "$out/textbench-$h" 2)
    printf '%-12s %-9s run %d: %6.1fM instructions per pass\n' "$c" "$h" "$r" "$(echo "($b - $a) / 1000000" | bc -l)"
    per[$c]=$((b - a))
  done
done
printf 'change %s -> %s: %+.1f%% (last runs)\n' "$old" "$new" "$(echo "(${per[$new]} - ${per[$old]}) * 100 / ${per[$old]}" | bc -l)"
