#!/usr/bin/env bash
# Petition signing benchmark: distinct accounts sign one regional petition over HTTP through the
# signing form (session + CSRF), driven by wrk (a compiled load tool, so that the client takes as
# little of the machine as pgbench does); then, in the same run and on the same PostgreSQL,
# pgbench performs as many equivalent durable inserts (petition locked FOR SHARE, signer's
# profile read, insert checked by the two uniqueness constraints) with as many clients. Prints
# signatures/s, p50 and p99 for both and Sawa's share of pgbench's rate, and checks that every
# acknowledged signature is stored and counted once by the inclusion lens.
# With BENCH_REPLICA=1, a streaming replica of the database (made with PostgreSQL's own low-level
# backup API and the embedded server's binaries, fed through a replication slot) follows the
# measured phase: its lag behind the primary is sampled every half second (bytes of log not yet
# replayed, and PostgreSQL's replay lag), and its processes' CPU is divided by the signatures.
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

if [ "${BENCH_REPLICA:-0}" = 1 ]; then
  REPLICA=$(mktemp -d)
  REPLICA_PORT=$((PGPORT + 1))
  PGBIN=$(dirname "$(readlink -f "/proc/$(head -1 "$DATA/postmaster.pid")/exe")")
  stop_replica() {
    # a fast shutdown (SIGINT), waited for
    if [ -n "${REPLICA_PID:-}" ]; then kill -INT "$REPLICA_PID" 2>/dev/null || true; wait "$REPLICA_PID" 2>/dev/null || true; fi
    SQL -c "SELECT pg_drop_replication_slot('bench_replica')" > /dev/null 2>&1 || true
    rm -rf "$REPLICA" "$REPLICA.log"
  }
  BEFORE_STOP=stop_replica
  SQL -c "SELECT pg_create_physical_replication_slot('bench_replica')" > /dev/null
  # one session: the backup starts, the data folder is copied (without the log, which the
  # replica streams through the slot, and the running server's own files), the backup stops
  # and its label is kept for the copy
  SQL -At > "$REPLICA.label" <<SQLEOF
\\o /dev/null
SELECT pg_backup_start('bench replica', true);
\\! tar -C "$DATA" --exclude=./postmaster.pid --exclude=./postmaster.opts --exclude=./epg-lock --exclude='./pg_wal/*' --exclude='./pg_replslot/*' -cf - . | tar -C "$REPLICA" -xf -
\\o
SELECT labelfile FROM pg_backup_stop(true);
SQLEOF
  mv "$REPLICA.label" "$REPLICA/backup_label"
  chmod 700 "$REPLICA"
  touch "$REPLICA/standby.signal"
  printf "\nprimary_conninfo = 'host=127.0.0.1 port=%s user=postgres application_name=bench_replica'\nprimary_slot_name = 'bench_replica'\n" \
    "$PGPORT" >> "$REPLICA/postgresql.auto.conf"
  # the server itself, as the embedded library starts it: as root, in a user namespace of its
  # own (PostgreSQL refuses to run as root)
  AS_USER=(); [ "$(id -u)" = 0 ] && AS_USER=(unshare -U)
  "${AS_USER[@]}" "$PGBIN/postgres" -D "$REPLICA" -p "$REPLICA_PORT" -c listen_addresses=127.0.0.1 \
    -c max_connections="$(SQL -At -c 'SHOW max_connections')" > "$REPLICA.log" 2>&1 &
  REPLICA_PID=$!
  until [ "$(SQL -At -c "SELECT count(*) FROM pg_stat_replication WHERE application_name = 'bench_replica' AND state = 'streaming'")" = 1 ]; do
    kill -0 "$REPLICA_PID" 2>/dev/null || { cat "$REPLICA.log"; exit 1; }
    sleep 0.2
  done
  echo "replica: streaming on port $REPLICA_PORT"
  LAGS=$(mktemp)
  (while true; do
    SQL -At -F ' ' -c "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn), coalesce(extract(epoch FROM replay_lag) * 1000, 0)
      FROM pg_stat_replication WHERE application_name = 'bench_replica'" >> "$LAGS" 2>/dev/null || true
    sleep 0.5
  done) &
  SAMPLER=$!
  REPLICA_TICKS0=$(server_ticks "$REPLICA")
fi

# PostgreSQL's own counts around the measured phase: what a signature costs the database, in
# transactions, rows and write-ahead log (records, whole pages, bytes), whatever the machine's
# speed. A checkpoint first: the measured phase is the one after it, when each page's first change
# writes the whole page to the log (ADR 0044), so that two runs compare.
DB_COUNTS="SELECT xact_commit + xact_rollback, tup_inserted, tup_updated, tup_deleted, tup_returned + tup_fetched,
  wal_records, wal_fpi, wal_bytes FROM pg_stat_database, pg_stat_wal WHERE datname = 'postgres'"
# (an idle backend reports its counts within ten seconds)
sleep 11
SQL -c CHECKPOINT
read -r -a COUNTS0 <<< "$(SQL -At -F ' ' -c "SELECT pg_stat_clear_snapshot(); $DB_COUNTS" | tail -1)"
APP_TICKS0=$(ticks own $APP); PG_TICKS0=$(server_ticks "$DATA")
out=$(wrk -t2 -c"$CONCURRENCY" -d"${SECONDS_MEASURED}s" --timeout 30s --latency -s bench/petition-signing/sign.lua \
  "http://127.0.0.1:$PORT" -- BENCH-SAWA "$SESSIONS" 2)
if [ "${BENCH_REPLICA:-0}" = 1 ]; then
  REPLICA_TICKS1=$(server_ticks "$REPLICA")
  kill $SAMPLER 2>/dev/null; wait $SAMPLER 2>/dev/null || true
fi
sleep 11
# the CPU after the lens's listeners and the folds that follow the signatures (idle otherwise)
APP_TICKS1=$(ticks own $APP); PG_TICKS1=$(server_ticks "$DATA")
read -r -a COUNTS1 <<< "$(SQL -At -F ' ' -c "SELECT pg_stat_clear_snapshot(); $DB_COUNTS" | tail -1)"
rm -f "$SESSIONS"
rate=$(echo "$out" | awk '/Requests\/sec/{print $2}')
p50=$(echo "$out" | awk '$1=="50%"{print $2}')
p99=$(echo "$out" | awk '$1=="99%"{print $2}')
echo "$out" | grep -E "^wrk:|Socket errors|Non-2xx" || true
SIGNED=$(SQL -At -c "SELECT count(*) FROM petition_signature s JOIN petition p ON p.id = s.petition_id WHERE p.reference = 'BENCH-SAWA'")
printf 'Sawa over HTTP (wrk, %s connections): %s signatures stored, %s signatures/s, p50 %s, p99 %s\n' \
  "$CONCURRENCY" "$SIGNED" "$rate" "$p50" "$p99"
awk -v s="$SIGNED" -v t=$((COUNTS1[0] - COUNTS0[0])) -v i=$((COUNTS1[1] - COUNTS0[1])) -v u=$((COUNTS1[2] - COUNTS0[2])) \
  -v d=$((COUNTS1[3] - COUNTS0[3])) -v r=$((COUNTS1[4] - COUNTS0[4])) -v w=$((COUNTS1[5] - COUNTS0[5])) \
  -v f=$((COUNTS1[6] - COUNTS0[6])) -v b=$((COUNTS1[7] - COUNTS0[7])) -v sec="$SECONDS_MEASURED" 'BEGIN {
  printf "PostgreSQL a signature (its statistics, the lens and background jobs included): %.2f transactions, %.2f rows inserted, %.2f updated, %.2f deleted, %.1f read\n",
    t / s, i / s, u / s, d / s, r / s
  printf "write-ahead log a signature (the first %s s after a checkpoint): %.1f records, %.2f whole pages, %.0f bytes\n",
    sec, w / s, f / s, b / s }'

if [ "${BENCH_REPLICA:-0}" = 1 ]; then
  sort -n -k1,1 "$LAGS" | awk -v sigs="$SIGNED" -v ticks=$((REPLICA_TICKS1 - REPLICA_TICKS0)) -v hz="$HZ" '
    { b[NR] = $1; s += $1; if ($2 > t) t = $2 }
    END { if (NR == 0) { print "replica: no sample"; exit }
      printf "replica: %d samples; log not yet replayed: mean %.0f KiB, p99 %.0f KiB, max %.0f KiB; replay lag at most %.0f ms; its CPU %.2f ms a signature\n",
        NR, s / NR / 1024, b[int(NR * 0.99 + 0.999)] / 1024, b[NR] / 1024, t, ticks * 1000 / hz / sigs }'
  rm -f "$LAGS"
fi

run_pgbench "pgbench (same database, same run)" signatures "$CONCURRENCY" "$SIGNED" bench/petition-signing/pgbench-sign.sql -D petition="$PGBENCH_PETITION"
PGBENCH_RATE=$LAST_TPS
PG_TICKS2=$(server_ticks "$DATA")
echo "Sawa at $(echo "scale=1; 100 * $rate / $PGBENCH_RATE" | bc -l) % of pgbench's rate"
# on these shared cores the application's CPU counts against Sawa's rate; on machines of its own
# (several nodes, README), PostgreSQL's CPU a signature against pgbench's is what would limit it
awk -v s="$SIGNED" -v a=$((APP_TICKS1 - APP_TICKS0)) -v p=$((PG_TICKS1 - PG_TICKS0)) -v q=$((PG_TICKS2 - PG_TICKS1)) \
  -v n="$LAST_COUNT" -v hz="$HZ" 'BEGIN {
  sawa = p * 1000 / hz / s; bench = q * 1000 / hz / n
  printf "CPU a signature: Sawa %.2f ms, PostgreSQL %.2f ms; a pgbench insert: PostgreSQL %.2f ms (the database alone would allow Sawa %.0f %% of pgbench)\n",
    a * 1000 / hz / s, sawa, bench, 100 * bench / sawa }'

# every signature counted once by the lens (its facts committed without waiting for the disk)
until [ "$(SQL -At -c "SELECT count(*) FROM event_publication WHERE completion_date IS NULL AND event_type LIKE '%ParticipationRecorded'")" = 0 ]; do sleep 1; done
FACTS_AFTER=$(SQL -At -c "SELECT coalesce(sum(count), 0) FROM participation_fact WHERE channel = 'petition.signature'")
echo "lens: $((FACTS_AFTER - FACTS_BEFORE)) signatures counted for $SIGNED stored on BENCH-SAWA"
