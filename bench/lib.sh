#!/usr/bin/env bash
# Shared by the benchmark scripts: the packaged application on a fresh, temporary embedded
# PostgreSQL, and the machine line printed at the top of every result.
# start_app <http-port> <management-port> <heap> [extra application arguments...]
#   sets APP (pid), DATA (database directory) and READY_SECONDS (start to healthy), and stops the
#   application and removes its data on exit.
start_app() {
  local port=$1 mgmt=$2 heap=$3
  shift 3
  local jar
  jar=$(ls target/sawa-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$jar" ]; then ./mvnw -q -DskipTests package; jar=$(ls target/sawa-*.jar | grep -v original | head -1); fi
  DATA=$(mktemp -d)
  APP_LOG=$(mktemp)
  local start
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  java "-Xmx$heap" ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --management.server.port="$mgmt" \
    --sawa.embedded-db.directory="$DATA" --logging.level.root=WARN "$@" > "$APP_LOG" 2>&1 &
  APP=$!
  trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true; rm -rf "$DATA" "$APP_LOG"' EXIT
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
