#!/usr/bin/env bash
# Shared by the benchmark scripts: the packaged application on a fresh, temporary embedded
# PostgreSQL, and the machine line printed at the top of every result.
# start_app <http-port> <management-port> <heap> [extra application arguments...]
#   the whole demo is loaded before the application is ready (the benchmarks build on it)
#   sets APP (pid), DATA (database directory) and READY_SECONDS (start to healthy), and stops the
#   application and removes its data on exit; with BENCH_DATA=<folder> the database lives there
#   and is kept (a later run starts on it again: a large generated database is built once).
# Stops the benchmark when a tool it needs is missing, naming the Debian package to install.
need_tools() {
  local tool package
  for tool in "$@"; do
    command -v "$tool" >/dev/null && continue
    case $tool in psql | pgbench) package=postgresql-client ;; *) package=$tool ;; esac
    echo "$tool is missing: apt-get install $package" >&2
    exit 1
  done
}

# ticks <own|all> <pid...>: the processes' CPU time in clock ticks (user + system; with "all",
# also that of the children they waited for, such as a server's ended backends)
ticks() {
  local sum=0 f pid
  for pid in "${@:2}"; do
    read -r -a f < "/proc/$pid/stat" 2>/dev/null || continue
    sum=$((sum + f[13] + f[14]))
    [ "$1" = all ] && sum=$((sum + f[15] + f[16]))
  done
  echo $sum
}
# server_ticks <data folder>: a PostgreSQL server's CPU in ticks, its main process (with the
# backends that ended) and every process it runs now
server_ticks() {
  local server
  server=$(head -1 "$1/postmaster.pid")
  echo $(( $(ticks all "$server") + $(ticks own $(pgrep -P "$server" | tr '\n' ' ')) ))
}
HZ=$(getconf CLK_TCK)

# run at exit: BEFORE_STOP (a command a script sets, e.g. to stop what it started beside the
# application), then the application, then its data unless kept
stop_app() {
  ${BEFORE_STOP:-true}
  kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true
  [ -n "${KEEP_DATA:-}" ] || rm -rf "$DATA"
  [ -n "${BENCH_LOG:-}" ] || rm -f "$APP_LOG"
}

start_app() {
  local port=$1 mgmt=$2 heap=$3
  shift 3
  local jar
  jar=$(ls target/sawa-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/sawa-*.jar | grep -v original | head -1); fi
  local keep=""
  if [ -n "${BENCH_DATA:-}" ]; then DATA=$BENCH_DATA; mkdir -p "$DATA"; keep=1; else DATA=$(mktemp -d); fi
  # BENCH_LOG=<file> keeps the application's log there (it is removed otherwise)
  APP_LOG=${BENCH_LOG:-$(mktemp)}
  local start
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  java "-Xmx$heap" ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --management.server.port="$mgmt" \
    --sawa.embedded-db.directory="$DATA" --logging.level.root=WARN --sawa.demo.background=false "$@" > "$APP_LOG" 2>&1 &
  APP=$!
  KEEP_DATA=$keep
  trap stop_app EXIT
  until curl -sf "http://127.0.0.1:$mgmt/actuator/health" 2>/dev/null | grep -q UP; do
    kill -0 $APP 2>/dev/null || { cat "$APP_LOG"; exit 1; }
    sleep 0.2
  done
  READY_SECONDS=$(echo "($(date +%s%N) - $start) / 1000000000" | bc -l)
}

print_machine() {
  echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(uname -sr), $(java -version 2>&1 | head -1)"
  echo "date: $(date -u +%Y-%m-%dT%H:%MZ)"
}

# measure <name> <url> <connections> [unit] [header]: one wrk run (2 threads, 30 s timeout so that
# every request counts in the percentiles, DURATION seconds, French pages, one more header if
# given) printed as one line: requests a second, p50, p99, and the errors wrk saw.
measure() {
  local out rps p50 p99 errors
  out=$(wrk -t2 -c"$3" -d"${DURATION}s" --timeout 30s --latency -H 'Accept-Language: fr' ${5:+-H "$5"} "$2")
  rps=$(echo "$out" | awk '/Requests\/sec/{print $2}')
  p50=$(echo "$out" | awk '$1=="50%"{print $2}')
  p99=$(echo "$out" | awk '$1=="99%"{print $2}')
  errors=$(echo "$out" | awk '/Non-2xx|Socket errors/{print}' | tr '\n' ' ')
  printf '%-36s %9s %s   p50 %8s   p99 %8s   %s\n' "$1" "$rps" "${4:-req/s}" "$p50" "$p99" "$errors"
}

# run_pgbench <label> <unit> <clients> <transactions> <script> [pgbench options...]: pgbench on the
# application's PostgreSQL ($PGPORT), the per-transaction logs read for p50 and p99, printed as one
# line beside the application's: transactions, clients, rate, p50, p99. Sets LAST_TPS (the rate)
# and LAST_COUNT (the transactions).
run_pgbench() {
  local label=$1 unit=$2 clients=$3 total=$4 script=$5
  shift 5
  local logs out tps count p50 p99
  logs=$(mktemp -d)
  out=$(pgbench -n -h 127.0.0.1 -p "$PGPORT" -U postgres -c "$clients" -j 2 -t $(( (total + clients - 1) / clients )) \
    "$@" -f "$script" -l --log-prefix="$logs/tx" postgres 2>&1)
  tps=$(echo "$out" | awk -F'= ' '/^tps/{split($2, a, " "); print a[1]; exit}')
  LAST_TPS=$tps
  # per-transaction logs: the third column is the latency in microseconds
  read -r count p50 p99 < <(cat "$logs"/tx* | awk '{print $3}' | sort -n | awk '{v[NR]=$1} END {
    printf "%d %.1f %.1f\n", NR, v[int(NR*0.5+0.999)]/1000, v[int(NR*0.99+0.999)]/1000 }')
  rm -rf "$logs"
  LAST_COUNT=$count
  printf '%s: %d transactions, %d clients: %.0f %s/s, p50 %s ms, p99 %s ms\n' "$label" "$count" "$clients" "$tps" \
    "$unit" "$p50" "$p99"
}

# compare <name> <url> [header]: one measure at 64 connections; the first call is the reference
# (the static file), each later one is printed with its cost against it (the reference's req/s
# over the page's).
STATIC_RPS=""
compare() {
  local line rps
  line=$(measure "$1" "$2" 64 req/s "${3:-}")
  rps=$(echo "$line" | awk '{for (i = 1; i <= NF; i++) if ($i == "req/s") print $(i - 1)}')
  if [ -z "$STATIC_RPS" ]; then STATIC_RPS=$rps; echo "$line"; return; fi
  echo "$line   cost x$(printf '%.1f' "$(echo "$STATIC_RPS / $rps" | bc -l)") the static file"
}

# A browser's cookies for the run, in $JAR (made by sign_in).
csrf() { # base-url page: the masked CSRF token of the page's form
  curl -s -c "$JAR" -b "$JAR" "$1$2" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//'
}
sign_in() { # base-url email: signs a demo account in through the login form (password of the demo)
  JAR=$(mktemp)
  local token
  token=$(csrf "$1" /login)
  curl -s -c "$JAR" -b "$JAR" -o /dev/null --data-urlencode "username=$2" \
    --data-urlencode "password=sawa-demo-2026" --data-urlencode "_csrf=$token" "$1/login"
}
generate_report() { # base-url territory-code year: asks for a new version of the annual report and
  # waits until it is ready (at most 300 s); prints the seconds it took
  local token start location
  token=$(csrf "$1" "/reports/$2/$3/manage")
  start=$(date +%s%N)
  location=$(curl -s -c "$JAR" -b "$JAR" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "recommendations.fr=Banc d'essai" --data-urlencode "recommendations.ar=اختبار" \
    --data-urlencode "_csrf=$token" "$1/reports/$2/$3/generate")
  case "$location" in */reports/versions/*) ;; *) echo "generation refused: $location" >&2; return 1;; esac
  until curl -s -b "$JAR" "$location" | grep -q '/publish"'; do
    [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 300 ] || { echo "version not ready after 300 s" >&2; return 1; }
    sleep 0.1
  done
  echo "($(date +%s%N) - $start) / 1000000000" | bc -l
}
