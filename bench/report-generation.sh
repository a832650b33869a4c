#!/usr/bin/env bash
# Annual report benchmark: starts the packaged application on a fresh embedded PostgreSQL with the
# demo data, signs in as the demo programme officer, then generates the 2025 report of
# Béni Mellal-Khénifra (MA-05) N times in a row, printing for each version the time from the
# request to "ready" (figures from every module plus the Arabic and French PDFs). Meanwhile it
# reads a territory page over and over, and prints that page's latency while reports are being
# generated beside the same page's latency with nothing else running (the reference, same run):
# generation runs on a background worker and must not slow the site's requests much.
# Usage: bench/report-generation.sh [versions]   (needs: curl, bc; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
VERSIONS="${1:-5}"
PORT=18090
MGMT=18091
source bench/lib.sh
start_app $PORT $MGMT 1g
print_machine
printf 'startup to healthy (fresh database, migrations + demo load incl. two reports): %.1f s\n' "$READY_SECONDS"
BASE="http://127.0.0.1:$PORT"
sign_in "$BASE" officer@sawa.demo

page_latencies() { # seconds-to-run output-file : GETs the territory page in a loop, one time per line
  local until=$(( $(date +%s) + $1 ))
  while [ "$(date +%s)" -lt "$until" ]; do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept-Language: fr' "$BASE/territories/MA-05" >> "$2"
  done
}
percentile() { # file p
  sort -n "$1" | awk -v p="$2" '{a[NR]=$1} END{i=int(NR*p/100); if(i<1)i=1; printf "%.1f ms", a[i]*1000}'
}
# warm-up, then the reference: the page alone for 20 s
page_latencies 10 /dev/null
IDLE=$(mktemp); page_latencies 20 "$IDLE"

BUSY=$(mktemp)
( page_latencies 100000 "$BUSY" ) & READER=$!
TIMES=$(mktemp)
for i in $(seq 1 "$VERSIONS"); do
  elapsed=$(generate_report "$BASE" MA-05 2025)
  echo "$elapsed" >> "$TIMES"
  printf 'version %d of MA-05 2025 ready in %.2f s\n' "$i" "$elapsed"
done
kill $READER 2>/dev/null || true; wait $READER 2>/dev/null || true
printf 'generation, %d versions: median %.2f s, slowest %.2f s\n' "$VERSIONS" \
  "$(sort -n "$TIMES" | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')" "$(sort -n "$TIMES" | tail -1)"
echo "territory page /territories/MA-05, one client in a loop:"
echo "  reference, nothing else running: $(wc -l < "$IDLE") requests, p50 $(percentile "$IDLE" 50), p99 $(percentile "$IDLE" 99)"
echo "  while reports are generated:     $(wc -l < "$BUSY") requests, p50 $(percentile "$BUSY" 50), p99 $(percentile "$BUSY" 99)"
rm -f "$JAR" "$IDLE" "$BUSY" "$TIMES"
