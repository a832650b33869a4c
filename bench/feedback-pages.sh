#!/usr/bin/env bash
# Feedback benchmark (issue 20): the demo plus 100,000 reports over 18 months in Béni
# Mellal-Khénifra; 64 readers (wrk) read the region's statistics page (every figure by body,
# category, commune, channel and month, and who reports), the public list, a report's page,
# the API's reports and Open311's requests; beside them, in the same run, the static style
# sheet served by the same server. Prints req/s, p50 and p99 of each.
# Usage: bench/feedback-pages.sh [seconds (20)]
# Needs: the JDK, curl, psql (postgresql-client) and wrk. About 4 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
CONNECTIONS=64
PORT=18090
MGMT=18091
PGPORT=15436
source bench/lib.sh
need_tools curl psql wrk
start_app $PORT $MGMT 1g --sawa.embedded-db.port=$PGPORT
print_machine
psql -X -q -h 127.0.0.1 -p $PGPORT -U postgres -d postgres -f bench/feedback/setup.sql
B="http://127.0.0.1:$PORT"
REPORT=$(psql -X -At -h 127.0.0.1 -p $PGPORT -U postgres -d postgres \
  -c "SELECT number FROM feedback_report WHERE number LIKE 'S-%' ORDER BY id LIMIT 1")

run() { # name path
  measure "$1" "$B$2" $CONNECTIONS
}
# warm-up (JIT, caches), not measured
wrk -t2 -c16 -d10s "$B/feedback/statistics?territory=MA-05" > /dev/null
wrk -t2 -c16 -d5s "$B/feedback/reports/$REPORT" > /dev/null
echo "load: $CONNECTIONS connections, ${DURATION}s each, loopback; 100,000 reports in MA-05"
run "reference: static CSS" "/assets/css/sawa.css"
run "statistics page (region, 18 months)" "/feedback/statistics?territory=MA-05"
run "public list (region, open)" "/feedback?territory=MA-05&state=open"
run "a report's page" "/feedback/reports/$REPORT"
run "API: 500 reports (JSON)" "/api/v1/feedback/reports?territory=MA-BEM-07"
run "Open311: requests, 90 days" "/open311/v2/requests.json?jurisdiction_id=MA-BEM-07"
run "reference again: static CSS" "/assets/css/sawa.css"
