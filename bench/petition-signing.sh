#!/usr/bin/env bash
# Petition signing benchmark: 100,000 distinct accounts sign one regional petition over HTTP
# through the signing form (session + CSRF), 32 at a time; then, in the same run and on the same
# PostgreSQL, pgbench performs the same number of equivalent durable inserts (petition locked
# FOR SHARE, signer's profile read, insert checked by the two uniqueness constraints) with 32
# clients. Prints signatures/s, p50 and p99 for both, and checks the signatures are all there.
# Usage: bench/petition-signing.sh [accounts (100000)] [concurrency (32)]
# Needs: the JDK, curl, psql and pgbench (apt-get install postgresql-client). About 15 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
ACCOUNTS="${1:-100000}"
CONCURRENCY="${2:-32}"
PORT=18090
MGMT=18091
PGPORT=15433
# one Argon2id hash of the benchmark password with cheap parameters (m=1 MiB, t=1), so that the
# setup's logins take minutes; Sawa checks a password with the parameters stored in its hash
HASH='$argon2id$v=19$m=1024,t=1,p=1$yRVWZFuqKgpyuVBLPZ5Pog$9zUnJwYbQnTMUDAkwYxx3q886YTXNFuNSWDJ2Hh0BFU'
for tool in curl psql pgbench; do
  command -v $tool >/dev/null || { echo "$tool is missing: apt-get install curl postgresql-client" >&2; exit 1; }
done
source bench/lib.sh
# the login limit per address is raised: every account signs in from this one address
start_app $PORT $MGMT 1g --sawa.embedded-db.port=$PGPORT \
  --sawa.security.rate-limit.login-per-address-15min=100000000
print_machine
SQL() { psql -X -q -h 127.0.0.1 -p $PGPORT -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"; }
SQL -v n="$ACCOUNTS" -v hash="$HASH" -f bench/petition-signing/setup.sql
PGBENCH_PETITION=$(SQL -At -c "SELECT id FROM petition WHERE reference = 'BENCH-PGBENCH'")
echo "accounts: $ACCOUNTS, concurrency: $CONCURRENCY, loopback, synchronous_commit=$(SQL -At -c 'SHOW synchronous_commit')"

java bench/shared/FormClient.java "http://127.0.0.1:$PORT" "$ACCOUNTS" "$CONCURRENCY" \
  BENCH-WARMUP BENCH-SAWA

run_pgbench "pgbench (same database, same run)" signatures "$CONCURRENCY" "$ACCOUNTS" bench/petition-signing/pgbench-sign.sql -D petition="$PGBENCH_PETITION"
SQL -At -F ' ' -c "SELECT 'signatures stored: ' || string_agg(reference || ' ' || n, ', ' ORDER BY reference)
  FROM (SELECT reference, count(s.id) AS n FROM petition p LEFT JOIN petition_signature s ON s.petition_id = p.id
        WHERE reference LIKE 'BENCH-%' GROUP BY reference) AS t"
