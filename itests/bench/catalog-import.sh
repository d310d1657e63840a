#!/usr/bin/env bash
# Load script, run by hand against a running server: imports an N-row catalog CSV (default 100,000) into a
# fresh workspace, twice (insert, then update of every row), and prints the server's timings and memory.
#   itests/bench/catalog-import.sh [rows] [base-url]
set -euo pipefail
ROWS=${1:-100000}
BASE=${2:-http://localhost:8181/api/v1}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

awk -v n="$ROWS" 'BEGIN {
  print "sku,name,aliases,unit,price,currency,stock,tax_rate";
  for (i = 1; i <= n; i++)
    printf "BM-%06d,Benchmark product %d in stainless steel,bench %d|alias %d,pcs,%d.%02d,EUR,%d,19\n", i, i, i, i, i % 900, i % 100, i % 50;
}' > "$WORK/catalog.csv"
echo "file: $(wc -l < "$WORK/catalog.csv") lines, $(du -h "$WORK/catalog.csv" | cut -f1)"

PASSWORD="bench passphrase $RANDOM$RANDOM"
KEY=$(curl -sf -H 'Content-Type: application/json' "$BASE/tenants" \
  -d "{\"companyName\":\"Bench $RANDOM\",\"adminEmail\":\"bench-$RANDOM$RANDOM@example.com\",\"adminPassword\":\"$PASSWORD\",\"plan\":\"business\"}" \
  | sed 's/.*"apiKey":"\([^"]*\)".*/\1/')

PORT=$(echo "$BASE" | sed -E 's#.*:([0-9]+)/.*#\1#')
PID=$(ss -ltnp | grep ":$PORT " | sed -E 's/.*pid=([0-9]+).*/\1/' | head -1)
for pass in insert update; do
  START=$(date +%s.%N)
  OUT=$(curl -sf -H "Authorization: Bearer $KEY" -H 'Content-Type: text/csv' --data-binary @"$WORK/catalog.csv" "$BASE/catalog/import")
  END=$(date +%s.%N)
  echo "$pass: wall $(echo "$END - $START" | bc) s; server: $(echo "$OUT" | sed 's/"errors":\[[^]]*\],//')"
  if [ -n "$PID" ]; then grep VmRSS /proc/$PID/status; fi
done
START=$(date +%s.%N)
curl -sf -H "Authorization: Bearer $KEY" "$BASE/catalog/export" -o "$WORK/export.csv"
echo "export: $(wc -l < "$WORK/export.csv") lines in $(echo "$(date +%s.%N) - $START" | bc) s"
