#!/usr/bin/env bash
# Petition signing benchmark: distinct accounts sign one regional petition over HTTP through the
# signing form (session + CSRF), driven by wrk (a compiled load tool, so that the client takes as
# little of the machine as pgbench does); then, in the same run and on the same PostgreSQL,
# pgbench performs as many equivalent durable inserts (petition locked FOR SHARE, signer's
# profile read, insert checked by the two uniqueness constraints) with as many clients. Prints
# signatures/s, p50 and p99 for both and Sawa's share of pgbench's rate, and checks that every
# acknowledged signature is stored and counted once by the inclusion lens.
# Usage: bench/petition-signing.sh [accounts (50000)] [connections (32)] [seconds (30)]
# Needs: the JDK, curl, psql, pgbench and wrk (apt-get install postgresql-client wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS="${1:-50000}"
CONCURRENCY="${2:-32}"
SECONDS_MEASURED="${3:-30}"
PORT=18090
MGMT=18091
PGPORT=15433
# one Argon2id hash of the benchmark password with cheap parameters (m=1 MiB, t=1), so that the
# setup's logins take minutes; Sawa checks a password with the parameters stored in its hash
HASH='$argon2id$v=19$m=1024,t=1,p=1$yRVWZFuqKgpyuVBLPZ5Pog$9zUnJwYbQnTMUDAkwYxx3q886YTXNFuNSWDJ2Hh0BFU'
source bench/lib.sh
need_tools curl psql pgbench wrk
# the login limit per address is raised: every account signs in from this one address
start_app $PORT $MGMT 1g --sawa.embedded-db.port=$PGPORT \
  --sawa.security.rate-limit.login-per-address-15min=100000000
print_machine
SQL() { psql -X -q -h 127.0.0.1 -p $PGPORT -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
SQL -v n="$ACCOUNTS" -v hash="$HASH" -f bench/petition-signing/setup.sql
PGBENCH_PETITION=$(SQL -At -c "SELECT id FROM petition WHERE reference = 'BENCH-PGBENCH'")
echo "accounts: $ACCOUNTS, connections: $CONCURRENCY, loopback, synchronous_commit=$(SQL -At -c 'SHOW synchronous_commit')"

SESSIONS=$(mktemp)
java bench/shared/FormClient.java "http://127.0.0.1:$PORT" sessions "$ACCOUNTS" "$CONCURRENCY" BENCH-WARMUP "$SESSIONS"
# the lens counts after each commit: let the warm-up's counting finish
until [ "$(SQL -At -c "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND event_type LIKE '%ParticipationRecorded'")" = 0 ]; do sleep 1; done
FACTS_BEFORE=$(SQL -At -c "SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'petition.signature'")

out=$(wrk -t2 -c"$CONCURRENCY" -d"${SECONDS_MEASURED}s" --timeout 30s --latency -s bench/petition-signing/sign.lua \
  "http://127.0.0.1:$PORT" -- BENCH-SAWA "$SESSIONS" 2)
rm -f "$SESSIONS"
rate=$(echo "$out" | awk '/Requests\/sec/{print $2}')
p50=$(echo "$out" | awk '$1=="50%"{print $2}')
p99=$(echo "$out" | awk '$1=="99%"{print $2}')
echo "$out" | grep -E "^wrk:|Socket errors|Non-2xx" || true
SIGNED=$(SQL -At -c "SELECT count(*) FROM petition_signature s JOIN petition p ON p.id = s.petition_id WHERE p.reference = 'BENCH-SAWA'")
printf 'Sawa over HTTP (wrk, %s connections): %s signatures stored, %s signatures/s, p50 %s, p99 %s\n' \
  "$CONCURRENCY" "$SIGNED" "$rate" "$p50" "$p99"

run_pgbench "pgbench (same database, same run)" signatures "$CONCURRENCY" "$SIGNED" bench/petition-signing/pgbench-sign.sql -D petition="$PGBENCH_PETITION"
PGBENCH_RATE=$LAST_TPS
echo "Sawa at $(echo "scale=1; 100 * $rate / $PGBENCH_RATE" | bc -l) % of pgbench's rate"

# every signature counted once by the lens (its facts committed without waiting for the disk)
until [ "$(SQL -At -c "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND event_type LIKE '%ParticipationRecorded'")" = 0 ]; do sleep 1; done
FACTS_AFTER=$(SQL -At -c "SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'petition.signature'")
echo "lens: $((FACTS_AFTER - FACTS_BEFORE)) signatures counted for $SIGNED stored on BENCH-SAWA"
