#!/usr/bin/env bash
# Start-up bench, run by hand: unpacks a fresh copy of the distribution, starts it twice (first start on an empty
# data folder, then a restart) and prints for each start the seconds from `bin/start` to the first 200 of
# GET /api/v1/openapi.json, the CPU time the server used until then (less sensitive than wall time to other load on
# the machine), the first real parse (POST /parse in the demo workspace) and the resident memory (RSS) and CPU time
# right after REST-ready and after SETTLE seconds. HTTP on PORT (default 18181), so it does not
# collide with a server on 8181.
#   itests/bench/startup.sh [distribution.tar.gz] [port=18181]
#   SETTLE=30 (seconds to wait before the second RSS reading), KEEP=1 keeps the unpacked copy and its logs
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
TAR=${1:-$HERE/../../karaf-assembly/target/offerbridge-karaf-0.1.0-SNAPSHOT.tar.gz}
PORT=${2:-18181}
SETTLE=${SETTLE:-30}
WORK=$(mktemp -d)
PID=
cleanup() {
  if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then "$DIST/bin/stop" >/dev/null 2>&1 || kill "$PID"; fi
  if [ -z "${KEEP:-}" ]; then rm -rf "$WORK"; else echo "kept $WORK" >&2; fi
}
trap cleanup EXIT
tar -xzf "$TAR" -C "$WORK"
DIST=$(find "$WORK" -mindepth 1 -maxdepth 1 -type d | head -1)
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $PORT/" "$DIST/etc/org.ops4j.pax.web.cfg"
BASE=http://localhost:$PORT/api/v1

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
# CPU seconds (user + system) the process has used so far.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# CPU seconds per kind of thread (JIT compiler, garbage collector, other JVM threads, Java threads) so far.
cpu_by_thread() {
  local hz; hz=$(getconf CLK_TCK)
  for t in /proc/"$1"/task/*; do
    printf '%s\t%s\n' "$(cat "$t/comm")" "$(awk '{ print $14 + $15 }' "$t/stat")"
  done | awk -F'\t' -v hz="$hz" '
    $1 ~ /CompilerThre/ { k = "JIT" } $1 ~ /^(GC Thread|G1 )/ { k = "GC" }
    $1 ~ /^(VM Thread|VM Periodic|Service Thread|Signal Dispatch|Finalizer|Reference Hand|Common-Cleaner|Notification|Sweeper)/ { k = "other JVM" }
    { if (k == "") k = "Java"; cpu[k] += $2 / hz; k = "" }
    END { printf "CPU by thread:"; for (k in cpu) printf "  %s %.1f s", k, cpu[k]; printf "\n" }'
}

start_once() {
  local label=$1 t0 ready pid key t1 code first second
  t0=$(now_ms)
  if [ -n "${PROFILE:-}" ]; then
    EXTRA_JAVA_OPTS="-XX:StartFlightRecording=name=startup,settings=profile" "$DIST/bin/start"
  else
    "$DIST/bin/start"
  fi
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/openapi.json" || true)" = 200 ]; do
    sleep 0.2
    if [ $(( $(now_ms) - t0 )) -gt 300000 ]; then echo "$label: no REST after 300 s" >&2; exit 1; fi
  done
  ready=$(( $(now_ms) - t0 ))
  # The server's JVM: the one java process started from this unpacked copy.
  PID=$(pgrep -f -- "-Dkaraf.home=$DIST" | head -1)
  local rss_ready cpu_ready; rss_ready=$(rss_mb "$PID"); cpu_ready=$(cpu_s "$PID")
  key=$(sed -n 's/^ *API key *: *//p' "$DIST/data/demo-workspace.txt" 2>/dev/null || true)
  first=-; second=-
  if [ -n "$key" ]; then
    # The first real parse; the JAX-RS whiteboard may still be adding capabilities: retry its 404 "No service".
    for _ in $(seq 1 100); do
      t1=$(now_ms)
      code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
        -d '{"text":"please quote 12 hex bolts M8x40 and 2 rolls of blue tape"}' "$BASE/parse" || true)
      first=$(( $(now_ms) - t1 ))
      [ "$code" = 200 ] && break
      first=-; sleep 0.2
    done
    t1=$(now_ms)
    curl -s -o /dev/null -H "Authorization: Bearer $key" -H 'Content-Type: application/json' \
      -d '{"text":"Bitte 50 m PVC-Rohr 20 mm und 6 Kugelhahn"}' "$BASE/parse" || true
    second=$(( $(now_ms) - t1 ))
  fi
  if [ -n "${PROFILE:-}" ]; then
    # The recording up to now (start, REST-ready, the two parses), summarised by startup-profile.py.
    cpu_by_thread "$PID" | sed "s/^/$label: /"
    jcmd "$PID" JFR.dump name=startup filename="$WORK/${label// /-}.jfr" >/dev/null
    python3 "$HERE/startup-profile.py" "$WORK/${label// /-}.jfr" "$DIST/data/log/karaf.log" | sed "s/^/$label: /"
  fi
  sleep "$SETTLE"
  printf '%-13s REST-ready %5.1f s (CPU %5s s)  first parse %5s ms  second %4s ms  RSS at ready %4s MB  after %ss %4s MB (CPU %5s s)\n' \
    "$label" "$(echo "scale=1; $ready/1000" | bc)" "$cpu_ready" "$first" "$second" "$rss_ready" "$SETTLE" "$(rss_mb "$PID")" "$(cpu_s "$PID")"
  "$DIST/bin/stop"
  for _ in $(seq 1 120); do kill -0 "$PID" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$PID" 2>/dev/null; then kill "$PID"; fi
  PID=
}

start_once "first start"
start_once "second start"
