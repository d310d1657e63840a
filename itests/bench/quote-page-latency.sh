#!/usr/bin/env bash
# Load script, run by hand against a running server (e.g. the README's start command): sends quotes of 20 lines
# in a fresh workspace, then drives their public pages, PDFs and acceptance from many clients and prints the
# client-side latency percentiles. The public page allows few anonymous requests per minute and address, so the
# script raises anonymousRequestsPerMinute in the server's etc/org.offerbridge.platform.cfg for the run (Karaf
# applies the change live) and puts the file back afterwards; it opens the enterprise plan for registration the same way.
#   itests/bench/quote-page-latency.sh [concurrency=8] [requests=5000] [quotes=50] [karaf-home] [base-url]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CONC=${1:-8}
REQS=${2:-5000}
QUOTES=${3:-50}
HOME_DIR=${4:-$HERE/../../karaf-assembly/target/assembly}
BASE=${5:-http://localhost:8181/api/v1}
CFG=$HOME_DIR/etc/org.offerbridge.platform.cfg
. "$HERE/enterprise-registration.sh"
cp "$CFG" "$CFG.bench-backup"
BENCH_RESTORE="mv '$CFG.bench-backup' '$CFG';"
open_enterprise_registration "$HOME_DIR"
trap 'eval "$BENCH_RESTORE"' EXIT
if grep -q '^anonymousRequestsPerMinute=' "$CFG"; then
  sed -i 's/^anonymousRequestsPerMinute=.*/anonymousRequestsPerMinute=10000000/' "$CFG"
else
  echo 'anonymousRequestsPerMinute=10000000' >> "$CFG"
fi
sleep 5 # Felix FileInstall polls etc/ every 2 s
java "$HERE/QuotePageLoad.java" "$BASE" "$CONC" "$REQS" "$QUOTES"
