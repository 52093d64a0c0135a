#!/usr/bin/env bash
# Settlement ledger benchmark: order-service on a fresh database, 10,000 simulated shop orders over 200 shops posted
# through the real Settlement bean (the admin-only simulation endpoint of benchmarks/ledger/service, compiled only
# into this benchmark's own build of order-service: Maven profile ledger-bench), random partial and full refunds,
# completions, refused over-refunds, then payouts of half the shops through the seller endpoint; then checks the trial balance, every
# shop's statement generated twice (JSON and CSV identical) and its closing balances against the account balances.
# Prints postings/s and the time of each check. Usage (from anywhere):
#
#   benchmarks/ledger/run.sh            # ORDERS=10000 SHOPS=200 CLIENTS=4 SEED=20261201
#   ORDERS=2000 SHOPS=50 CLIENTS=8 benchmarks/ledger/run.sh
#
# Needs a JDK >= 21, psql, curl and PostgreSQL on 127.0.0.1:5432 as postgres (BENCH_PGHOST, BENCH_PGPORT,
# BENCH_PGUSER, BENCH_PGPASSWORD). No Keycloak: the run makes an RSA key pair and order-service verifies tokens with
# its public key. Builds order-service/target/ledger-bench/quarkus-app if missing (BENCH_BUILD=1 forces it); drops
# and creates the database orders_bench_ledger (BENCH_DB); stops exactly the instance it started. Output: benchmarks/target/ledger/.
# shellcheck source=/dev/null
source "$(dirname "${BASH_SOURCE[0]}")/../bench-common.sh"
BENCH_DB="${BENCH_DB:-orders_bench_ledger}"
PORT="${BENCH_PORT:-18092}"
ORDERS="${ORDERS:-10000}" SHOPS="${SHOPS:-200}" CLIENTS="${CLIENTS:-4}" SEED="${SEED:-20261201}"
OUT="$ROOT/benchmarks/target/ledger"
JAR="$ROOT/order-service/target/ledger-bench/quarkus-app/quarkus-run.jar"
mkdir -p "$OUT"
compile_bench "$ROOT/benchmarks/ledger/LedgerBench.java"

if [ ! -f "$JAR" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
  echo "== building order-service with the simulation endpoint (./mvnw package -DskipTests -Pledger-bench)"
  (cd "$ROOT" && ./mvnw -B -q ${MVN_FLAGS:-} -pl order-service -am package -DskipTests -Pledger-bench)
fi

echo "== fresh database $BENCH_DB on $PGHOST:$PGPORT, key pair for tokens"
fresh_database "$BENCH_DB"
java "$ROOT/benchmarks/BenchDriver.java" keygen "$OUT/keys"

echo "== starting order-service on port $PORT (log $OUT/service.log)"
start_with_run_key order-service "$JAR" "$PORT" "$BENCH_DB" "$OUT/service.log" /q/health/ready

echo "== $ORDERS orders over $SHOPS shops, $CLIENTS concurrent clients ($(nproc) cores on this machine)"
set +e
java -cp "$OUT/classes" LedgerBench "$OUT/keys" "http://127.0.0.1:$PORT" "$ORDERS" "$SHOPS" "$CLIENTS" \
  "$SEED" | tee "$OUT/result.txt"
STATUS=${PIPESTATUS[0]}
set -e

echo "== database: entries by kind, and every entry's balance checked in SQL"
psql -At -F ' ' -d "$BENCH_DB" <<'SQL' | tee -a "$OUT/result.txt"
SELECT kind, count(*) FROM ledger_entries GROUP BY kind ORDER BY kind;
SELECT 'legs', count(*) FROM ledger_legs;
SELECT 'unbalanced entries', count(*) FROM (
  SELECT entry_id FROM ledger_legs GROUP BY entry_id
  HAVING SUM(CASE side WHEN 'D' THEN amount_fen ELSE -amount_fen END) <> 0) u;
SELECT 'negative available balances', count(*) FROM (
  SELECT account FROM ledger_legs WHERE account_type = 'SHOP_AVAILABLE' GROUP BY account
  HAVING SUM(CASE side WHEN 'C' THEN amount_fen ELSE -amount_fen END) < 0) n;
SQL
stop_started
exit "$STATUS"
