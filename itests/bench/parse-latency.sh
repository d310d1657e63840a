#!/usr/bin/env bash
# Load script, run by hand against a running server: one fresh workspace gets every catalog of an evaluation set
# (default: the parser's blind hold-out set) plus N synthetic products, then POST /parse is driven with the set's
# texts at the given concurrency and the client-side latency percentiles are printed.
# The enterprise plan (no quotas) is opened for registration in the server's etc/ for the run, then put back.
#   itests/bench/parse-latency.sh [concurrency=4] [requests=20000] [extra-products=0] [set-dir] [base-url] [karaf-home]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CONC=${1:-4}
REQS=${2:-20000}
EXTRA=${3:-0}
SET=${4:-$HERE/../../bundles/parser/engine/src/test/resources/holdout}
BASE=${5:-http://localhost:8181/api/v1}
HOME_DIR=${6:-$HERE/../../karaf-assembly/target/assembly}
WORK=$(mktemp -d)
. "$HERE/enterprise-registration.sh"
BENCH_RESTORE="rm -rf '$WORK';"
open_enterprise_registration "$HOME_DIR"
trap 'eval "$BENCH_RESTORE"' EXIT

python3 - "$SET" "$WORK" "$EXTRA" <<'PY'
import csv, glob, json, sys
src, out, extra = sys.argv[1], sys.argv[2], int(sys.argv[3])
rows, seen = [], set()
for f in sorted(glob.glob(src + "/catalogs/*.csv")):
    for r in csv.DictReader(open(f, encoding="utf-8")):
        if r["sku"].lower() not in seen:
            seen.add(r["sku"].lower()); rows.append(r)
with open(out + "/catalog.csv", "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["sku", "name", "aliases", "unit", "price", "currency", "stock"])
    for r in rows:
        w.writerow([r["sku"], r["name"], r["aliases"], r["unit"], r["price"], r["currency"], r["stock"]])
    for i in range(extra):
        w.writerow([f"SYN-{i:06d}", f"Synthetic part {i} type {i % 97} grade {i % 13}", "", "pcs", "1.00", "EUR", ""])
with open(out + "/texts.txt", "w", encoding="utf-8") as f:
    for line in open(src + "/cases.jsonl", encoding="utf-8"):
        if line.strip():
            f.write(json.dumps(json.loads(line)["text"], ensure_ascii=False) + "\n")
print(f"catalog: {len(rows)} products + {extra} synthetic")
PY

sleep 5 # Felix FileInstall polls etc/ every 2 s
KEY=$(curl -sf -H 'Content-Type: application/json' "$BASE/tenants" \
  -d "{\"companyName\":\"Parse bench $RANDOM\",\"adminEmail\":\"bench-$RANDOM$RANDOM@example.com\",\"adminPassword\":\"bench passphrase $RANDOM$RANDOM\",\"plan\":\"enterprise\"}" \
  | sed 's/.*"apiKey":"\([^"]*\)".*/\1/')
curl -sf -H "Authorization: Bearer $KEY" -H 'Content-Type: text/csv' --data-binary @"$WORK/catalog.csv" "$BASE/catalog/import" \
  | sed 's/"errors":\[[^]]*\],//' | cut -c1-200
echo
START=$(date +%s%N)
curl -sf -o /dev/null -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' -d '{"text":"1 x"}' "$BASE/parse"
echo "first parse (builds the index): $(( ($(date +%s%N) - START) / 1000000 )) ms"
java "$HERE/ParseLoad.java" "$BASE" "$KEY" "$WORK/texts.txt" "$CONC" "$REQS"
