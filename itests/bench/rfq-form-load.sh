#!/usr/bin/env bash
# Load script, run by hand against a running server (e.g. the README's start command) when the machine is quiet
# (uptime load < 1.5): a fresh enterprise workspace with 20 products switches its request-for-quote form on; then many
# clients GET the form page and send JSON submissions (with the page's form token, so the token check runs as for a
# browser). Prints p50/p95 latency, requests/s and the page's weight (HTML with its inline CSS; raw, gzip, and what the
# server sends to a client that accepts gzip). Prints figures; asserts nothing.
#
# What the run changes, and puts back on exit (the files are copied first and moved back; Karaf applies both ways live):
#  - etc/org.offerbridge.rfqform.cfg: dailyCap=10000000 (a workspace's form takes 200 submissions a UTC day, then
#    answers 429) and minFillSeconds=0 (a form token younger than 3 s is "too fast", people are slower than this client);
#  - etc/org.offerbridge.platform.cfg: anonymousRequestsPerMinute=10000000 (the form page and its posts are anonymous
#    calls, limited per client address);
#  - etc/org.offerbridge.plan-enterprise.cfg: selfService=true, to register the workspace on the enterprise plan.
# The submissions stay in the bench workspace (its retention purges them); run it against a throwaway server.
#   itests/bench/rfq-form-load.sh [concurrency=8] [pages=3000] [submissions=500] [karaf-home] [base-url]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CONC=${1:-8}
PAGES=${2:-3000}
SUBS=${3:-500}
HOME_DIR=${4:-$HERE/../../karaf-assembly/target/assembly}
BASE=${5:-http://localhost:8181/api/v1}
RFQ_CFG=$HOME_DIR/etc/org.offerbridge.rfqform.cfg
. "$HERE/enterprise-registration.sh"
if [ ! -f "$RFQ_CFG" ]; then
  echo "No $RFQ_CFG: is offerbridge-rfq-form installed in $HOME_DIR?" >&2
  exit 1
fi
BENCH_RESTORE=""
trap 'eval "$BENCH_RESTORE"' EXIT
open_enterprise_registration "$HOME_DIR"
lift_anonymous_limit "$HOME_DIR"
cp "$RFQ_CFG" "$RFQ_CFG.bench-backup"
BENCH_RESTORE="${BENCH_RESTORE}mv '$RFQ_CFG.bench-backup' '$RFQ_CFG';"
for kv in dailyCap=10000000 minFillSeconds=0; do
  k=${kv%%=*}
  if grep -q "^$k=" "$RFQ_CFG"; then
    sed -i "s/^$k=.*/$kv/" "$RFQ_CFG"
  else
    echo "$kv" >> "$RFQ_CFG"
  fi
done
sleep 5 # Felix FileInstall polls etc/ every 2 s
echo "load before: $(uptime)"
java "$HERE/RfqFormLoad.java" "$BASE" "$CONC" "$PAGES" "$SUBS"
echo "load after: $(uptime)"
