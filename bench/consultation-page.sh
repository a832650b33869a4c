#!/usr/bin/env bash
# Consultation benchmark (issue 19): the demo's youth plan with 10,000 proposals and 50,000
# comments; 200 readers (wrk, 200 connections) read the consultation's page, then its list of
# proposals, while 20 clients post comments through the comment form; beside them, in the same
# run, the static style sheet served by the same server with the same 200 connections. Prints
# reads/s, p50 and p99 of each, and the comments/s and p99 of the writers.
# Usage: [THREADS=n] bench/consultation-page.sh [seconds (30)]   (THREADS: Tomcat's request threads, 200)
# Needs: the JDK, curl, psql (postgresql-client) and wrk. About 5 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-30}"
READERS=200
WRITERS=20
PORT=18070
MGMT=18071
PGPORT=15434
source bench/lib.sh
need_tools curl psql wrk
start_app $PORT $MGMT 1g --sawa.embedded-db.port=$PGPORT \
  --sawa.security.rate-limit.login-per-address-15min=100000 --server.tomcat.threads.max="${THREADS:-200}"
print_machine
psql -X -q -h 127.0.0.1 -p $PGPORT -U postgres -d postgres -f bench/consultation/setup.sql
B="http://127.0.0.1:$PORT"

read_run() { # name path
  measure "$1" "$B$2" $READERS reads/s
}
# warm-up (JIT, caches), not measured
wrk -t2 -c32 -d10s "$B/consultations/JEUNESSE-LSH" > /dev/null
wrk -t2 -c32 -d10s "$B/consultations/JEUNESSE-LSH/proposals" > /dev/null
echo "load: $READERS readers and $WRITERS writers, ${DURATION}s each phase, loopback"
read_run "reference: static CSS" "/assets/css/sawa.css"
# the writers sign in first, then write while the readers read
java bench/consultation/CommentClient.java "$B" $WRITERS "$DURATION" 15 &
WRITER=$!
sleep 15
read_run "consultation page (while writing)" "/consultations/JEUNESSE-LSH"
wait $WRITER
java bench/consultation/CommentClient.java "$B" $WRITERS "$DURATION" 15 &
WRITER=$!
sleep 15
read_run "proposals list (while writing)" "/consultations/JEUNESSE-LSH/proposals"
wait $WRITER
read_run "reference again: static CSS" "/assets/css/sawa.css"
