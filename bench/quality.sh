#!/usr/bin/env bash
# Extraction quality tables for the README: the TempEval-3 scores of the time
# tagger and the annotated-article scores of the whole extractor, as
# Markdown. Usage: bench/quality.sh   (from the repository root)
set -euo pipefail
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/annals" ./cmd/annals
echo "| set | strict F1 | relaxed F1 | value F1 | type accuracy |"
echo "|---|---|---|---|---|"
for d in timebank aquaint platinum; do
  "$out/annals" eval timex --format json "../shared/eval/tempeval3/$d" > "$out/$d.json"
  python3 - "$out/$d.json" "$d" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
print("| `../shared/eval/tempeval3/%s` (%d files) | %.2f | %.2f | %.2f | %.2f |" % (
    sys.argv[2], j["files"], 100*j["strict"]["f1"], 100*j["relaxed"]["f1"], 100*j["value_f1"], 100*j["type_accuracy"]))
PY
done
echo "| HeidelTime on platinum (SemEval-2013 Task 1, Table 3) | 81.34 | 90.30 | 77.61 | |"
echo "| SUTime on platinum (same table) | 79.57 | 90.32 | 67.38 | |"
echo
echo "| set | articles | persons F1 | countries F1 | DATE-value F1 | events P / R / F1 | article date | status accuracy |"
echo "|---|---|---|---|---|---|---|---|"
for d in ../shared/eval/dev testdata/gold ${HOLDOUT:+testdata/holdout}; do
  "$out/annals" eval gold --format json "$d" > "$out/gold.json"
  python3 - "$out/gold.json" "$d" <<'PY'
import json, sys
j = json.load(open(sys.argv[1])); s = j["scores"]; t = j["total"]
date = t["date_correct"] / t["articles"]
status = t["status_correct"] / t["status_matched"] if t["status_matched"] else 0
e = s["events"]
print("| `%s` | %d | %.3f | %.3f | %.3f | %.3f / %.3f / %.3f | %.3f | %.3f |" % (
    sys.argv[2], t["articles"], s["persons"]["F1"], s["countries"]["F1"], s["dates"]["F1"], e["P"], e["R"], e["F1"], date, status))
PY
done
