#!/usr/bin/env bash
# Inbound bench, run by hand against a running server: a fresh workspace with a small catalog and a webhook channel;
# then, from a load client on the same machine (InboundLoad.java):
#   1. paced signed messages (RATE a second for SECONDS), and for each the time from its acknowledgement to its
#      parsed request (the request's parsedAt against the client's clock at the 200; same machine);
#   2. the baseline: POSTs to an unmapped path, answered 404 by Jetty, CXF's matching and the API gateway, with no
#      database work (the per-address anonymous limit is lifted for the run);
#   3. signed messages as fast as they are acknowledged (REQUESTS at CONCURRENCY): messages per second stored and
#      acknowledged, and acknowledgement percentiles; the ratio to the baseline is printed.
# Steps 2 and 3 use wrk when it is installed (Debian package wrk), each for SECONDS (at least 10) with messages signed
# ahead and each sent once, after an uncounted warm-up of WARMUP seconds (default 60) whose backlog is processed first;
# else the JVM client sends REQUESTS, and its own CPU on the same 2 cores lowers both figures.
# The enterprise plan (no quotas) is opened for registration and the anonymous limit lifted in the server's etc/
# for the run, then put back.
# With the server's JVM found (started from karaf-home), each of 2. and 3. also prints the CPU the server used per
# request (user + system, ms): on a machine other work shares, a steadier figure than requests per second.
# A rate of 0 skips step 1 (quick bursts).
#   itests/bench/inbound-webhooks.sh [concurrency=8] [requests=20000] [rate=20] [seconds=30] [base-url] [karaf-home]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
CONC=${1:-8}
REQS=${2:-20000}
RATE=${3:-20}
SECS=${4:-30}
BASE=${5:-http://localhost:8181/api/v1}
HOME_DIR=${6:-$HERE/../../karaf-assembly/target/assembly}
WORK=$(mktemp -d)
. "$HERE/enterprise-registration.sh"
BENCH_RESTORE="rm -rf '$WORK';"
open_enterprise_registration "$HOME_DIR"
lift_anonymous_limit "$HOME_DIR"
trap 'eval "$BENCH_RESTORE"' EXIT
sleep 5 # Felix FileInstall polls etc/ every 2 s

KEY=$(curl -sf -H 'Content-Type: application/json' "$BASE/tenants" \
  -d "{\"companyName\":\"Inbound bench $RANDOM\",\"adminEmail\":\"bench-$RANDOM$RANDOM@example.com\",\"adminPassword\":\"bench passphrase $RANDOM$RANDOM\",\"plan\":\"enterprise\"}" \
  | sed 's/.*"apiKey":"\([^"]*\)".*/\1/')
printf '%s\n' 'sku,name,aliases,unit,price,currency' 'HB-M8-40,Hex bolt M8x40,Sechskantschraube M8x40,pcs,0.30,EUR' \
  'NUT-M8,Hex nut M8,Mutter M8,pcs,0.05,EUR' 'WSH-M8,Washer M8,Unterlegscheibe M8,pcs,0.02,EUR' \
  'TAPE-PVC,PVC tape,Isolierband,roll,1.90,EUR' 'PIPE-PVC-20,PVC pipe 20 mm,PVC-Rohr 20 mm|पाइप,m,2.10,EUR' \
  'VALVE-BALL,Ball valve,Kugelhahn|बॉल वाल्व,pcs,8.50,EUR' 'SCREW-WOOD,Wood screws box,Holzschrauben,box,4.20,EUR' > "$WORK/catalog.csv"
curl -sf -o /dev/null -H "Authorization: Bearer $KEY" -H 'Content-Type: text/csv' --data-binary @"$WORK/catalog.csv" "$BASE/catalog/import"
CHANNEL=$(curl -sf -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' "$BASE/channels" \
  -d '{"kind":"webhook","name":"Bench","settings":{}}')
URL=$(echo "$CHANNEL" | sed 's/.*"inboundUrl":"\([^"]*\)".*/\1/')
SECRET=$(echo "$CHANNEL" | sed 's/.*"secret":"\([^"]*\)".*/\1/')
ROOT=${BASE%/api/v1}
# The inbound URL carries the server's publicBaseUrl; the load goes to the server this bench was given.
URL="$ROOT/$(echo "$URL" | sed 's#^https\?://[^/]*/##')"

# The server's JVM (the java process started from karaf-home) and the CPU ticks (user + system) it has used.
HOME_ABS=$(cd "$HOME_DIR" && pwd)
SERVER_PID=$(pgrep -f -- "-Dkaraf.home=$HOME_ABS( |$)" | head -1 || true)
cpu_ticks() { if [ -n "$SERVER_PID" ]; then awk '{ print $14 + $15 }' "/proc/$SERVER_PID/stat"; else echo 0; fi; }
# Prints the server's CPU ms per request between two readings, for REQUESTS requests (none without the JVM).
cpu_per_request() {
  [ -n "$SERVER_PID" ] || return 0
  echo "$1: server CPU $(echo "scale=3; ($3 - $2) * 1000 / $(getconf CLK_TCK) / $4" | bc) ms per request; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ "$RATE" -gt 0 ]; then
java "$HERE/InboundLoad.java" paced "$URL" "$SECRET" "$RATE" "$SECS" "$WORK/acks.txt"
sleep 5
python3 - "$BASE" "$KEY" "$WORK/acks.txt" <<'PY'
import datetime, json, sys, time, urllib.request
base, key, acks = sys.argv[1], sys.argv[2], [l.split() for l in open(sys.argv[3]) if l.strip()]
def parsed_at(conversation):
    req = urllib.request.Request(f"{base}/requests?conversation={conversation}", headers={"Authorization": f"Bearer {key}"})
    items = json.load(urllib.request.urlopen(req))["items"]
    return items[0].get("parsedAt") if items else None
lat, missing = [], 0
for conversation, ack in acks:
    at = None
    for _ in range(30):
        at = parsed_at(conversation)
        if at: break
        time.sleep(1)
    if not at:
        missing += 1; continue
    t = datetime.datetime.fromisoformat(at.replace("Z", "+00:00")).timestamp() * 1000
    lat.append(t - int(ack))
lat.sort()
q = lambda p: lat[min(len(lat) - 1, max(0, int(len(lat) * p + 0.999) - 1))]
print(f"acknowledged -> request parsed: {len(lat)} requests, {missing} not parsed within 30 s; ms p50 {q(.5):.0f} p95 {q(.95):.0f} p99 {q(.99):.0f} max {lat[-1]:.0f}")
PY
fi
if command -v wrk >/dev/null; then
  # wrk (Debian package wrk) as the load client: it costs a fraction of the JVM client's CPU, which shares the 2 cores.
  # It cannot sign, so InboundLoad.java signs the messages ahead (the timestamps stay well inside the 5-minute window).
  printf '%s\n' 'wrk.method = "POST"' 'wrk.headers["Content-Type"] = "application/json"' \
    'wrk.body = [[{"from":{"name":"Bench sender","email":"bench@example.com"},"text":"Please quote 12 hex bolts M8x40","thread":"t1"}]]' \
    > "$WORK/baseline.lua"
  DURATION=$(( SECS > 10 ? SECS : 10 ))
  WARMUP=${WARMUP:-60}
  wrk_run() { # label, wrk arguments...: prints "label: N requests in S s = R/s, ...; ack ms p50 p95 p99 max"
    local label=$1; shift
    wrk -t2 -c"$CONC" --latency "$@" > "$WORK/wrk.txt"
    awk -v label="$label" '
      / requests in / { n = $1; s = $4 + 0 }
      /^ +50%/ { p50 = $2 } /^ +90%/ { p90 = $2 } /^ +99%/ { p99 = $2 } /Latency/ && !max { max = $4 }
      /Requests\/sec/ { rps = $2 } /not answered 200/ { bad = $2 } /Non-2xx/ { non2xx = $5 }
      END { printf "%s: %d requests in %.1f s = %.0f/s, %s; latency p50 %s p90 %s p99 %s max %s\n", label, n, s, rps,
            (bad != "" ? bad " not answered 200" : non2xx + 0 " answered other than 2xx/3xx"), p50, p90, p99, max }' "$WORK/wrk.txt"
  }
  c0=$(cpu_ticks)
  BASELINE=$(wrk_run "baseline $ROOT/bench-unmapped-path (wrk)" -d"${DURATION}s" -s "$WORK/baseline.lua" "$ROOT/bench-unmapped-path")
  c1=$(cpu_ticks)
  echo "$BASELINE"
  cpu_per_request baseline "$c0" "$c1" "$(echo "$BASELINE" | sed 's/.*: \([0-9]*\) requests.*/\1/')"
  # Warm-up, not counted: a just-started JVM is still compiling (a server runs warm for days). Then wait until the
  # backlog it left is processed, so the run measures acknowledgements against an idle server.
  java "$HERE/InboundLoad.java" presign "$SECRET" "$(( 5000 * WARMUP ))" "$WORK/signed.tsv"
  SIGNED_FILE="$WORK/signed.tsv" WRK_THREADS=2 wrk -t2 -c"$CONC" -d"${WARMUP}s" -s "$HERE/inbound-signed.lua" "$URL" > /dev/null
  until [ -z "$SERVER_PID" ] || { c0=$(cpu_ticks); sleep 3; [ $(( ($(cpu_ticks) - c0) * 100 / $(getconf CLK_TCK) / 3 )) -lt 15 ]; }; do :; done
  # wrk runs for a duration: more messages than the server could take in it, so none is sent twice
  java "$HERE/InboundLoad.java" presign "$SECRET" "$(( 5000 * DURATION ))" "$WORK/signed.tsv"
  c0=$(cpu_ticks)
  SIGNED=$(SIGNED_FILE="$WORK/signed.tsv" WRK_THREADS=2 wrk_run "signed messages (wrk)" -d"${DURATION}s" -s "$HERE/inbound-signed.lua" "$URL")
  c1=$(cpu_ticks)
  echo "$SIGNED"
  cpu_per_request "signed messages" "$c0" "$c1" "$(echo "$SIGNED" | sed 's/.*: \([0-9]*\) requests.*/\1/')"
else
c0=$(cpu_ticks)
BASELINE=$(java "$HERE/InboundLoad.java" baseline "$ROOT/bench-unmapped-path" "$REQS" "$CONC")
c1=$(cpu_ticks)
echo "$BASELINE"
cpu_per_request baseline "$c0" "$c1" "$REQS"
# the burst's warm-up (min(2000, requests) messages) is counted in its CPU figure
c0=$(cpu_ticks)
SIGNED=$(java "$HERE/InboundLoad.java" burst "$URL" "$SECRET" "$REQS" "$CONC")
c1=$(cpu_ticks)
echo "$SIGNED"
cpu_per_request "signed messages" "$c0" "$c1" "$(( REQS + (REQS < 2000 ? REQS : 2000) ))"
fi
b=$(echo "$BASELINE" | sed 's/.*= \([0-9]*\)\/s.*/\1/'); s=$(echo "$SIGNED" | sed 's/.*= \([0-9]*\)\/s.*/\1/')
echo "signed messages per second / web server baseline: $(echo "scale=2; $s / $b" | bc)"
