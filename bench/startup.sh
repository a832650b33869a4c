#!/usr/bin/env bash
# Startup benchmark: the packaged application in an empty folder (a fresh embedded PostgreSQL,
# every migration, the demo), as a newcomer's first run. Prints the seconds from the JVM's start
# to the home page's first answer with the regions in it, to health UP, and to the demo's last background part
# (the annual reports built), then the same for a second start on the same data.
# Usage: bench/startup.sh [runs (3)]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
PORT=18190
MGMT=18191
jar=$(ls target/sawa-*.jar 2>/dev/null | grep -v original | head -1 || true)
[ -n "$jar" ] || { ./mvnw -q -DskipTests package; jar=$(ls target/sawa-*.jar | grep -v original | head -1); }
source bench/lib.sh
print_machine
now() { date +%s%N; }
secs() { echo "scale=1; ($2 - $1) / 1000000000" | bc -l; }
# once_up <start> <data>: waits for the home page, health and the reports; prints one line
once_up() {
  local start=$1 home='' health='' reports=''
  while [ -z "$reports" ]; do
    kill -0 "$APP" 2>/dev/null || { echo "the application stopped" >&2; exit 1; }
    [ -n "$home" ] || { curl -sf "http://127.0.0.1:$PORT/" | grep -q 'MA-05' && home=$(now); } || true
    [ -n "$health" ] || { curl -sf "http://127.0.0.1:$MGMT/actuator/health" 2>/dev/null | grep -q UP && health=$(now); } || true
    if [ -n "$home" ] && curl -sf -o /dev/null "http://127.0.0.1:$PORT/reports/MA-05/2025" \
      && curl -sf -o /dev/null "http://127.0.0.1:$PORT/reports/MA-11/2025"; then
      reports=$(now)
    fi
    sleep 0.1
  done
  printf '%-18s home page %5s s   health UP %5s s   annual reports %5s s\n' "$2" "$(secs "$start" "$home")" \
    "$(secs "$start" "$health")" "$(secs "$start" "$reports")"
}
for run in $(seq 1 "$RUNS"); do
  DATA=$(mktemp -d)
  for kind in "empty folder" "second start"; do
    start=$(now)
    java -Xmx1g -jar "$jar" --server.port=$PORT --management.server.port=$MGMT \
      --sawa.embedded-db.directory="$DATA/db" --sawa.audit.anchor-file="$DATA/anchors.log" \
      --logging.level.root=WARN > "$DATA/log" 2>&1 &
    APP=$!
    once_up "$start" "run $run, $kind"
    kill "$APP"; wait "$APP" 2>/dev/null || true
  done
  rm -rf "$DATA"
done
