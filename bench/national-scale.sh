#!/usr/bin/env bash
# National scale: the demo plus invented territories up to 12 regions, 75 provinces and 1,500
# communes with their population, about 10 million participation facts
# (bench/national/generate.sql), 100 petitions with 1,000,000 signatures
# (bench/national/petitions.sql), 500,000 information requests to 1,500 bodies
# (bench/national/info-requests.sql), 19.4 million indicator values with their rollup
# (bench/national/indicators.sql); then, at 64 connections over loopback, each public page beside
# the static file in the same run (p50, p99, its cost against the static file), as an anonymous
# visitor and rendered for a browser that has just sent a form, and the heap used.
# Usage: bench/national-scale.sh [seconds per page (20)]   Needs: wrk, curl, psql.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
PORT=18290
MGMT=18291
PGPORT=15533
source bench/lib.sh
need_tools curl psql wrk
start_app $PORT $MGMT 1g --sawa.embedded-db.port=$PGPORT
print_machine
printf 'start to healthy on this database: %.1f s\n' "$READY_SECONDS"
SQL() { psql -X -q -h 127.0.0.1 -p $PGPORT -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
start=$(date +%s)
# a database kept from an earlier run (BENCH_DATA=<folder>, bench/lib.sh) is generated already
if [ "$(SQL -tAc "SELECT count(*) FROM territory WHERE level = 'commune'")" -lt 1000 ]; then
  SQL -f bench/national/generate.sql
  SQL -f bench/national/petitions.sql
  SQL -f bench/national/info-requests.sql
  echo "generated in $(( $(date +%s) - start )) s"
else
  echo "the national database kept in $DATA is used again"
fi
# the 19.4 million indicator values take long to write: NATIONAL_INDICATORS=0 leaves them out
if [ "${NATIONAL_INDICATORS:-1}" != 0 ] \
  && [ "$(SQL -tAc "SELECT count(*) FROM indicator WHERE code LIKE 'BENCH_IND_%'")" = 0 ]; then
  start=$(date +%s)
  SQL -f bench/national/indicators.sql
  echo "indicator values generated in $(( $(date +%s) - start )) s"
fi
# the generated signatures are counted by the application's fold (PetitionTally, every 5 s),
# as signatures given on the site are
start=$(date +%s)
until [ "$(SQL -tAc "SELECT count(*) FROM petition_signature WHERE NOT tallied")" = 0 ]; do sleep 1; done
echo "signatures counted by the fold in $(( $(date +%s) - start )) s"

# each page as an anonymous visitor (who may be given the copy kept on the node, ADR 0042) and as
# a browser that has just sent a form (the sawa-wrote cookie: rendered for it, as for a signed-in
# person); "one view at a time" is the rendered page
FRESH="Cookie: sawa-wrote=1"
run() { compare "$1" "http://127.0.0.1:$PORT$2"; }
rendered() { compare "$1, rendered" "http://127.0.0.1:$PORT$2" "$FRESH"; }
# a commune's information body of the national territories (about 330 requests each)
BODY=$(SQL -tAc "SELECT code FROM info_body WHERE code LIKE 'BENCH-%' ORDER BY id LIMIT 1")
PAGES=("home page|/" "the country's page|/territories/MA" "a region's page|/territories/MA-N03"
  "a commune's page|/territories/MA-N03-P2-05" "who takes part: the country|/territories/MA/who-takes-part"
  "who takes part: a region|/territories/MA-N03/who-takes-part" "a region's dashboard|/territories/MA-05/indicators"
  "the petitions|/petitions" "a petition with 10,000 signatures|/petitions/PET-BENCH-0001"
  "search across Sawa|/search?q=p%C3%A9tition" "the archive of answered requests|/information/archive"
  "the archive searched (French)|/information/archive?q=budget"
  "the archive searched (Arabic)|/information/archive?q=%D8%A7%D9%84%D8%B5%D9%81%D9%82%D8%A7%D8%AA"
  "the bodies' league table|/information/bodies"
  "a commune's information body|/information/bodies/$BODY"
  "a national region's dashboard|/territories/MA-N03/indicators?year=2025"
  "an indicator by territory, the country|/territories/MA/indicators/BENCH_IND_01?by=territory&year=2025")
# one view at a time first, three times each, on a quiet server: a page that takes seconds is
# reported so and not put under load (its requests would still be running during the next
# measurement)
LOADED=()
for entry in "${PAGES[@]}"; do
  name=${entry%%|*}; page=${entry#*|}
  times=$(for i in 1 2 3; do curl -s -o /dev/null -H "$FRESH" -w "%{time_total}\n" "http://127.0.0.1:$PORT$page"; done | sort -n)
  median=$(echo "$times" | sed -n 2p)
  printf '%-36s one view at a time: %s s (median of 3), %s s (slowest)\n' "$name" "$median" "$(echo "$times" | tail -1)"
  if [ "$(echo "$median < 1" | bc -l)" = 1 ]; then LOADED+=("$entry"); fi
done
echo "load: 64 connections, ${DURATION}s each, loopback (pages answering in under a second alone)"
run "reference: static CSS" "/assets/css/sawa.css"
for entry in "${LOADED[@]}"; do
  wrk -t2 -c16 -d3s "http://127.0.0.1:$PORT${entry#*|}" > /dev/null
  wrk -t2 -c16 -d3s -H "$FRESH" "http://127.0.0.1:$PORT${entry#*|}" > /dev/null
  run "${entry%%|*}" "${entry#*|}"
  rendered "${entry%%|*}" "${entry#*|}"
done
# the annual report of a national region, over the national tables (aim: under 60 s)
sign_in "http://127.0.0.1:$PORT" admin@sawa.demo
printf 'annual report 2025 of MA-N03 (every module, Arabic and French PDFs) ready in %.1f s\n' \
  "$(generate_report "http://127.0.0.1:$PORT" MA-N03 2025)"
rm -f "$JAR"
HEAP=$(curl -s "http://127.0.0.1:$MGMT/actuator/prometheus" | awk '/^jvm_memory_used_bytes/ && /area="heap"/{s+=$NF} END{printf "%.0f", s/1048576}')
echo "heap used after the runs: ${HEAP} MiB (-Xmx1g)"
