#!/usr/bin/env bash
# Participatory budget voting benchmark: 50,000 residents (accounts inserted by SQL, each signed in
# through the login form) each cast one ballot of two projects over HTTP through the ballot form,
# 32 at a time; then, in the same run and on the same PostgreSQL, pgbench performs the same number of
# equivalent durable writes (the voter's two keys locked, an earlier ballot looked for, voter row,
# ballot and participation event inserted) with 32 clients. Prints ballots/s, p50 and p99 for both;
# then closes the vote and times the count and publication of the results over those ballots, and
# the heap before and after it.
# Usage: bench/participatory-voting.sh [residents (50000)] [concurrency (32)]
# Needs: the JDK, curl, psql and pgbench (apt-get install postgresql-client). About 10 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS="${1:-50000}"
CONCURRENCY="${2:-32}"
PORT=18094
MGMT=18095
PGPORT=15435
# the benchmark password's Argon2id hash with cheap parameters (see bench/shared/accounts.sql)
HASH='$argon2id$v=19$m=1024,t=1,p=1$yRVWZFuqKgpyuVBLPZ5Pog$9zUnJwYbQnTMUDAkwYxx3q886YTXNFuNSWDJ2Hh0BFU'
source bench/lib.sh
need_tools curl psql pgbench
start_app $PORT $MGMT 1g --sawa.embedded-db.port=$PGPORT \
  --sawa.security.rate-limit.login-per-address-15min=100000000
print_machine
SQL() { psql -X -q -h 127.0.0.1 -p $PGPORT -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
SQL -v n="$ACCOUNTS" -v hash="$HASH" -f bench/participatory-voting/setup.sql
PGBENCH_PB=$(SQL -At -c "SELECT id FROM pb_process WHERE code = 'BENCH-PB-PGBENCH'")
echo "residents: $ACCOUNTS, concurrency: $CONCURRENCY, loopback, synchronous_commit=$(SQL -At -c 'SHOW synchronous_commit')"

java bench/shared/FormClient.java "http://127.0.0.1:$PORT" "$ACCOUNTS" "$CONCURRENCY" \
  BENCH-PB-WARMUP BENCH-PB-SAWA vote

run_pgbench "pgbench (same database, same run)" ballots "$CONCURRENCY" "$ACCOUNTS" bench/participatory-voting/pgbench-vote.sql -D pb="$PGBENCH_PB"
SQL -At -F ' ' -c "SELECT 'ballots stored: ' || string_agg(code || ' ' || n, ', ' ORDER BY code)
  FROM (SELECT code, count(b.ballot_key) AS n FROM pb_process p LEFT JOIN pb_ballot b ON b.process_id = p.id
        WHERE code LIKE 'BENCH-PB-%' GROUP BY code) AS t"

# the count: the vote closes, staff publish the results (every ballot counted, the winners chosen)
# the application's heap in use (survivors, eden and old generation, from the JDK's jstat)
heap() { jstat -gc "$APP" | awk 'NR==2{printf "%.0f MiB", ($3+$4+$6+$8)/1024}'; }
SQL -c "UPDATE pb_process SET voting_to = current_date - 1 WHERE code = 'BENCH-PB-SAWA'"
echo "heap before the count: $(heap)"
java bench/shared/FormClient.java "http://127.0.0.1:$PORT" publish BENCH-PB-SAWA staff@sawa.demo sawa-demo-2026
echo "heap after the count: $(heap)"
SQL -At -c "EXPLAIN (ANALYZE, FORMAT JSON) SELECT c, count(*) FROM pb_ballot, unnest(choices) AS c
  WHERE process_id = (SELECT id FROM pb_process WHERE code = 'BENCH-PB-SAWA') GROUP BY c" \
  | awk -F'"Execution Time": ' 'NF>1{split($2, a, /[,}]/); printf "the tally query alone (PostgreSQL): %.0f ms\n", a[1]}'
SQL -At -c "SELECT 'winners: ' || count(*) FILTER (WHERE selected) || ' of ' || count(*) || ' projects, '
  || sum(votes) || ' votes' FROM pb_result WHERE process_id = (SELECT id FROM pb_process WHERE code = 'BENCH-PB-SAWA')"
