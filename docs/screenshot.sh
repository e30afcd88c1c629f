#!/usr/bin/env bash
# Regenerates docs/report-seed.png, the README's picture of the seed
# article's report, with headless Chromium. Usage: docs/screenshot.sh
set -euo pipefail
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
go build -o "$out/annals" ./cmd/annals
"$out/annals" ingest -q --db "$out/seed.db" testdata/seed
"$out/annals" report --db "$out/seed.db" --title "annals report: AP Archive, Lavrov and Kishida in Tokyo (1 Nov 2013)" -o "$out/seed.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$out/profile" --hide-scrollbars --window-size=1400,1000 \
  --screenshot="$PWD/docs/report-seed.png" "file://$out/seed.html" 2>/dev/null
echo "wrote docs/report-seed.png"
