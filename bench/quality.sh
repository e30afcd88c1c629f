#!/usr/bin/env bash
# Extraction quality tables for the README: the TempEval-3 scores of the time
# tagger and the annotated-article scores of the whole extractor, as
# Markdown. Usage: bench/quality.sh [all|timex|gold]   (from the repository root)
# "timex" prints only the TempEval-3 table (it includes the platinum test set),
# "gold" only the annotated-article table. ANNALS_SHARED names the shared
# data folder (default ../shared, so a git worktree can point it elsewhere).
# It scores the seen sets only (holdout3 to holdout12 since their blind scores;
# gold3 to gold21 since their first scores); holdout13 is blind and is scored by
# hand, once, when the extractor is frozen (see its README).
# QUALITY_NO_TEST=1 leaves out the platinum test set: developers tuning the
# tagger run it that way, so the test set is read only at a freeze.
set -euo pipefail
what=${1:-all}
shared=${ANNALS_SHARED:-../shared}
case "$what" in all|timex|gold) ;; *) echo "usage: bench/quality.sh [all|timex|gold]" >&2; exit 2 ;; esac
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/annals" ./cmd/annals
if [ "$what" != gold ]; then
echo "| set | strict F1 | relaxed F1 | value F1 | type accuracy |"
echo "|---|---|---|---|---|"
# The modern-news development set, whole and in its two splits (first 14
# files by name tuned on, last 6 held back), scored on folders of symlinks.
mkdir -p "$out/first14" "$out/last6"
ls testdata/timeml/*.tml | sort | head -14 | while read -r f; do ln -s "$PWD/$f" "$out/first14/"; done
ls testdata/timeml/*.tml | sort | tail -6 | while read -r f; do ln -s "$PWD/$f" "$out/last6/"; done
platinum="$shared"/eval/tempeval3/platinum
[ "${QUALITY_NO_TEST:-}" = 1 ] && platinum=
for d in "$shared"/eval/tempeval3/timebank "$shared"/eval/tempeval3/aquaint $platinum testdata/timeml "$out/first14" "$out/last6" testdata/timeml2 testdata/timeml3 testdata/timeml4 testdata/timeml5 testdata/timeml6 testdata/timeml7 testdata/timeml8 testdata/timeml9 testdata/timeml10; do
  case "$d" in
  */first14) label='`testdata/timeml`, first 14 by name, tuned on,' ;;
  */last6) label='`testdata/timeml`, last 6 by name, held back,' ;;
  testdata/timeml) label='`testdata/timeml` (modern news, development set)' ;;
  testdata/timeml2) label='`testdata/timeml2` (modern news, second development set)' ;;
  testdata/timeml3) label='`testdata/timeml3` (VOA and Wikinews 2011-2015, third development set)' ;;
  testdata/timeml4) label='`testdata/timeml4` (VOA, NASA, DoD and Wikinews 2009-2016, fourth development set)' ;;
  testdata/timeml5) label='`testdata/timeml5` (VOA, US government and Wikinews 2009-2016, fifth development set)' ;;
  testdata/timeml6) label='`testdata/timeml6` (US-government business, courts, health, science and weather news and VOA 2008-2021, sixth development set)' ;;
  testdata/timeml7) label='`testdata/timeml7` (VOA, US-government and Wikinews general news 2012-2015, seventh development set)' ;;
  testdata/timeml8) label='`testdata/timeml8` (VOA, US-government agencies and Wikinews 2013-2014, eighth development set)' ;;
  testdata/timeml9) label='`testdata/timeml9` (VOA, White House, US-government agencies and Wikinews 2012-2014, ninth development set)' ;;
  testdata/timeml10) label='`testdata/timeml10` (wire-style general news 2012-2014: AP, Reuters, AFP, BBC and others, tenth development set)' ;;
  *) label='`'"$d"'`' ;;
  esac
  "$out/annals" eval timex --format json "$d" > "$out/t.json"
  python3 - "$out/t.json" "$label" <<'PY'
import json, sys
j = json.load(open(sys.argv[1]))
print("| %s (%d files) | %.2f | %.2f | %.2f | %.2f |" % (
    sys.argv[2], j["files"], 100*j["strict"]["f1"], 100*j["relaxed"]["f1"], 100*j["value_f1"], 100*j["type_accuracy"]))
PY
done
echo "| HeidelTime on platinum (SemEval-2013 Task 1, Table 3) | 81.34 | 90.30 | 77.61 | |"
echo "| SUTime on platinum (same table) | 79.57 | 90.32 | 67.38 | |"
fi
[ "$what" = all ] && echo
if [ "$what" != timex ]; then
echo "| set | articles | persons F1 | countries F1 | DATE-value F1 | events P / R / F1 | article date | status accuracy | places F1 | organisations F1 | person roles | person countries |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
for d in "$shared"/eval/dev testdata/gold testdata/holdout testdata/holdout2 testdata/gold2 testdata/holdout3 testdata/gold3 testdata/gold4 testdata/gold5 testdata/gold6 testdata/holdout4 testdata/gold7 testdata/gold8 testdata/holdout5 testdata/gold9 testdata/gold10 testdata/holdout6 testdata/gold11 testdata/gold12 testdata/holdout7 testdata/gold13 testdata/gold14 testdata/holdout8 testdata/gold15 testdata/holdout9 testdata/gold16 testdata/holdout10 testdata/holdout11 testdata/gold17 testdata/gold18 testdata/holdout12 testdata/gold19 testdata/gold20 testdata/gold21; do
  "$out/annals" eval gold --format json "$d" > "$out/gold.json"
  python3 - "$out/gold.json" "$d" <<'PY'
import json, sys
j = json.load(open(sys.argv[1])); s = j["scores"]; t = j["total"]
date = t["date_correct"] / t["articles"]
status = t["status_correct"] / t["status_matched"] if t["status_matched"] else 0
e = s["events"]
roles = t["role_correct"] / t["role_matched"] if t["role_matched"] else 0
pcs = t["person_country_correct"] / t["person_country_matched"] if t["person_country_matched"] else 0
print("| `%s` | %d | %.3f | %.3f | %.3f | %.3f / %.3f / %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |" % (
    sys.argv[2], t["articles"], s["persons"]["F1"], s["countries"]["F1"], s["dates"]["F1"], e["P"], e["R"], e["F1"], date, status,
    s["places"]["F1"], s["organizations"]["F1"], roles, pcs))
PY
done
fi
