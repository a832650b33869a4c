#!/usr/bin/env bash
# Projects registry benchmark (issue 22): the demo's projects plus each of Béni Mellal-Khénifra's
# copied 20 times (about 1,000 in the region, bench/projects/setup.sql); 64 readers (wrk) read the
# region's registry, a commune's, the registry sorted by jobs, a project's page and the region's
# IATI file; beside them, in the same run, the static style sheet served by the same server.
# Then one IATI export of the region is timed and its size printed. Prints req/s, p50 and p99.
# Usage: bench/projects-pages.sh [seconds (20)]
# Needs: the JDK, curl, psql (postgresql-client) and wrk. About 4 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
CONNECTIONS=64
PORT=18092
MGMT=18093
PGPORT=15437
source bench/lib.sh
need_tools curl psql wrk
start_app $PORT $MGMT 1g --sawa.embedded-db.port=$PGPORT
print_machine
psql -X -q -h 127.0.0.1 -p $PGPORT -U postgres -d postgres -f bench/projects/setup.sql
B="http://127.0.0.1:$PORT"
COUNT=$(psql -X -At -h 127.0.0.1 -p $PGPORT -U postgres -d postgres \
  -c "SELECT count(*) FROM project WHERE territory_id = (SELECT id FROM territory WHERE code = 'MA-05')")
run() { # name path
  measure "$1" "$B$2" $CONNECTIONS
}
# warm-up (JIT, caches), not measured
wrk -t2 -c16 -d10s "$B/projects?territory=MA-05" > /dev/null
wrk -t2 -c16 -d5s "$B/projects/MA-COA-MA-05-EAU-NAOUR" > /dev/null
echo "load: $CONNECTIONS connections, ${DURATION}s each, loopback; $COUNT projects kept by MA-05"
run "reference: static CSS" "/assets/css/sawa.css"
run "registry: the region" "/projects?territory=MA-05"
run "registry: a commune (Naour)" "/projects?territory=MA-BEM-07"
run "registry: region, by jobs, tourism" "/projects?territory=MA-05&sector=33210&sort=jobs"
run "a project's page" "/projects/MA-COA-MA-05-EAU-NAOUR"
run "reference again: static CSS" "/assets/css/sawa.css"
curl -s -o /tmp/iati-bench.xml -w "IATI export of the region (public): %{time_total} s, %{size_download} bytes\n" \
  "$B/projects/iati/MA-05.xml"
echo "activities in it: $(grep -c '<iati-activity ' /tmp/iati-bench.xml)"
rm -f /tmp/iati-bench.xml
