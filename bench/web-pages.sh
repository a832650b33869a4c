#!/usr/bin/env bash
# Web foundation benchmark: starts the packaged application on a fresh embedded PostgreSQL with
# the demo data, then measures over loopback (wrk, 64 connections, 30 s each):
#   - the home page, a region's and a commune's page (population pyramid, aggregated from the
#     communes), a petition, the region's dashboard and who takes part there,
#   - beside them, in the same run, a static asset served by the same server (the reference);
#   - each page as an anonymous visitor and as a browser that has just sent a form (rendered);
# plus the startup time until /actuator/health is UP and the heap used after warm-up.
# Usage: bench/web-pages.sh [duration-seconds]   (needs: wrk, curl; builds the jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
CONNECTIONS=64
PORT=18080
MGMT=18081
source bench/lib.sh
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
start_app $PORT $MGMT 512m
print_machine
printf 'startup to healthy (fresh database, migrations + demo load): %.1f s\n' "$READY_SECONDS"

# each page twice: as an anonymous visitor (who may be given the copy kept on the node, ADR 0042)
# and as a browser that has just sent a form (the sawa-wrote cookie: the page rendered for it, as
# for a signed-in person)
run() { compare "$1" "http://127.0.0.1:$PORT$2"; }
rendered() { compare "$1, rendered" "http://127.0.0.1:$PORT$2" "Cookie: sawa-wrote=1"; }
PETITION=$(curl -s "http://127.0.0.1:$PORT/petitions?lang=fr" | grep -o 'href="/petitions/PET-[0-9]*-[0-9]*"' | head -1 | cut -d'"' -f2)
# warm-up (JIT, caches) before measuring
for page in / /territories/MA-05 /territories/MA-BEM-07 "$PETITION" /territories/MA-05/indicators \
  /territories/MA-05/who-takes-part; do
  wrk -t2 -c16 -d5s "http://127.0.0.1:$PORT$page" > /dev/null
  wrk -t2 -c16 -d5s -H "Cookie: sawa-wrote=1" "http://127.0.0.1:$PORT$page" > /dev/null
done
echo "load: $CONNECTIONS connections, ${DURATION}s each, loopback"
run "reference: static CSS" "/assets/css/sawa.css"
for pair in "home page|/" "territory page (region)|/territories/MA-05" "territory page (commune)|/territories/MA-BEM-07" \
  "petition page ($PETITION)|$PETITION" "dashboard (region)|/territories/MA-05/indicators" \
  "who takes part (region)|/territories/MA-05/who-takes-part"; do
  run "${pair%%|*}" "${pair#*|}"
  rendered "${pair%%|*}" "${pair#*|}"
done
HEAP=$(curl -s "http://127.0.0.1:$MGMT/actuator/prometheus" | awk '/^jvm_memory_used_bytes/ && /area="heap"/{s+=$NF} END{printf "%.0f", s/1048576}')
echo "heap used after the runs: ${HEAP} MiB (-Xmx512m)"
