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
SERVER=$(head -1 "$DATA/postmaster.pid")
ticks() { # utime + stime (+ the children waited for, with "all") of the given processes, in ticks
  local sum=0 f
  for pid in "${@:2}"; do
    read -r -a f < "/proc/$pid/stat" 2>/dev/null || continue
    sum=$((sum + f[13] + f[14]))
    [ "$1" = all ] && sum=$((sum + f[15] + f[16]))
  done
  echo $sum
}
postgres_ticks() { echo $(( $(ticks all "$SERVER") + $(ticks own $(pgrep -P "$SERVER" | tr '\n' ' ')) )); }
HZ=$(getconf CLK_TCK)
for page in "${PAGES[@]}"; do
  wrk -t1 -c2 -d10s -H 'Cookie: sawa-wrote=1' "http://127.0.0.1:$PORT$page" > /dev/null
  java0=$(ticks own $APP); pg0=$(postgres_ticks)
  views=$(wrk -t1 -c2 -d8s -H 'Cookie: sawa-wrote=1' "http://127.0.0.1:$PORT$page" | awk '/requests in/{print $1}')
  java1=$(ticks own $APP); pg1=$(postgres_ticks)
  printf '%-40s %6d views   Sawa %6.2f ms   PostgreSQL %6.2f ms a view\n' "$page" "$views" \
    "$(echo "($java1 - $java0) * 1000 / $HZ / $views" | bc -l)" "$(echo "($pg1 - $pg0) * 1000 / $HZ / $views" | bc -l)"
done
