#!/usr/bin/env bash
# The CPU one rendered view costs, Sawa's process and PostgreSQL's apart: steadier than requests
# a second on a machine whose speed varies between runs. Each page is read for 10 s to warm the
# JIT, then for 8 s at two connections, rendered (`Cookie: sawa-wrote=1`, as for a browser that
# has just sent a form); the processes' CPU time over those 8 s is divided by the views served.
# PostgreSQL's is its server process and every backend's, those that ended included.
# Usage: bench/cpu-per-view.sh [page ...]   (default: five pages of the demo or of the national
# database kept in BENCH_DATA, bench/national-scale.sh)   Needs: wrk, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=18290
MGMT=18291
source bench/lib.sh
need_tools curl wrk
start_app $PORT $MGMT 1g
print_machine
PAGES=("$@")
if [ ${#PAGES[@]} -eq 0 ]; then
  PAGES=(/ /about/privacy /territories/MA-05 /territories/MA/who-takes-part /information/bodies)
fi
for page in "${PAGES[@]}"; do
  wrk -t1 -c2 -d10s -H 'Cookie: sawa-wrote=1' "http://127.0.0.1:$PORT$page" > /dev/null
  java0=$(ticks own $APP); pg0=$(server_ticks "$DATA")
  views=$(wrk -t1 -c2 -d8s -H 'Cookie: sawa-wrote=1' "http://127.0.0.1:$PORT$page" | awk '/requests in/{print $1}')
  java1=$(ticks own $APP); pg1=$(server_ticks "$DATA")
  printf '%-40s %6d views   Sawa %6.2f ms   PostgreSQL %6.2f ms a view\n' "$page" "$views" \
    "$(echo "($java1 - $java0) * 1000 / $HZ / $views" | bc -l)" "$(echo "($pg1 - $pg0) * 1000 / $HZ / $views" | bc -l)"
done
