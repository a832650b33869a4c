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
JAR=$(mktemp)
csrf() { # page: the masked CSRF token of the page's form
  curl -s -c "$JAR" -b "$JAR" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'
}
token=$(csrf /login)
curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=officer@sawa.demo" \
  --data-urlencode "password=sawa-demo-2026" --data-urlencode "_csrf=$token" "$BASE/login"

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
  token=$(csrf /reports/MA-05/2025/manage)
  start=$(date +%s%N)
  location=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "recommendations.fr=Banc d'essai $i" --data-urlencode "recommendations.ar=اختبار $i" \
    --data-urlencode "_csrf=$token" "$BASE/reports/MA-05/2025/generate")
  case "$location" in */reports/versions/*) ;; *) echo "generation refused: $location" >&2; exit 1;; esac
  until curl -s -b "$JAR" "$location" | grep -q '/publish"'; do
    [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 300 ] || { echo "version not ready after 300 s" >&2; exit 1; }
    sleep 0.1
  done
  elapsed=$(echo "($(date +%s%N) - $start) / 1000000000" | bc -l)
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
