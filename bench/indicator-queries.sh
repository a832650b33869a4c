#!/usr/bin/env bash
# The inclusion benchmark: ~10 million data values, the dashboard's query from the rollup beside a
# plain GROUP BY over the raw values (p50/p99 over 200 queries), and the 1-million-row CSV import.
# Usage: bench/indicator-queries.sh [indicators-in-the-family (11)] [queries (200)]
# Runs on a fresh temporary embedded PostgreSQL; needs nothing but the JDK. Takes 10-20 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
export MAVEN_OPTS="${MAVEN_OPTS:--Xmx6g}"
./mvnw -q -B test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.sawa.bench.IndicatorQueryBench -Dexec.args="${1:-11} ${2:-200}" 2>&1 \
  | grep -v -E '^\s*$|WARN|^SLF4J'
