#!/usr/bin/env bash
# Reservation throughput: one catalog-service instance on a fresh database, SKUS SKUs (default 500) with ample
# stock, REQUESTS reservations (default 10000; 1-3 random SKUs, 1-2 units each) by CLIENTS concurrent clients
# (default 32), after a warm-up. Prints reservations/s and p50/p95/p99 latency, checks the stock figures, then
# runs pgbench (-c 8 -j 2 -T PGBENCH_SECONDS, default 30) on a scratch database for comparison.
source "$(dirname "$0")/lib.sh"
REQUESTS="${REQUESTS:-10000}" CLIENTS="${CLIENTS:-32}" SKUS="${SKUS:-500}"
PGBENCH_SECONDS="${PGBENCH_SECONDS:-30}" PGBENCH_DB="${PGBENCH_DB:-pgbench_scratch}"

build_if_needed
echo "== fresh database $BENCH_DB on $PGHOST:$PGPORT, key pair for service tokens"
fresh_database "$BENCH_DB"
make_keys
echo "== starting one instance (18081)"
start_instance 18081
seed_shop_sql | psql -q -d "$BENCH_DB"
seed_skus "$SKUS" 1000000 > "$OUT/skus.txt"
echo "== $REQUESTS reservations over $SKUS SKUs by $CLIENTS concurrent clients ($(nproc) cores on this machine)"
java "$DRIVER" throughput "$OUT/keys" "$OUT/skus.txt" "$REQUESTS" "$CLIENTS" http://127.0.0.1:18081 \
  | tee "$OUT/throughput.txt" | grep -v '^RESERVATIONS_PER_SECOND='

read -r RESERVED ACTIVE_LINES MISMATCHED < <(psql -At -F ' ' -d "$BENCH_DB" <<'SQL'
WITH active AS (SELECT l.sku_id, SUM(l.quantity) AS q FROM reservation_line l JOIN reservation r USING (checkout_id)
                WHERE r.status = 'ACTIVE' GROUP BY l.sku_id)
SELECT (SELECT SUM(reserved) FROM sku_stock), (SELECT SUM(q) FROM active),
       (SELECT count(*) FROM sku_stock s LEFT JOIN active a USING (sku_id) WHERE s.reserved <> COALESCE(a.q, 0));
SQL
)
echo "   database: reserved=$RESERVED sum(active reservation lines)=$ACTIVE_LINES SKUs where they differ=$MISMATCHED"
stop_started

echo "== pgbench on $PGBENCH_DB (scale 10, -c 8 -j 2 -T $PGBENCH_SECONDS), same machine, service stopped"
fresh_database "$PGBENCH_DB"
pgbench -i -q -s 10 "$PGBENCH_DB" > "$OUT/pgbench-init.log" 2>&1
pgbench -c 8 -j 2 -T "$PGBENCH_SECONDS" "$PGBENCH_DB" 2> /dev/null | tee "$OUT/pgbench.txt" \
  | grep -E 'number of transactions actually processed|latency average|^tps'
psql -q -d postgres -c "DROP DATABASE IF EXISTS $PGBENCH_DB WITH (FORCE)"
[ "$MISMATCHED" = 0 ] || { echo "FAIL: reserved differs from active reservations" >&2; exit 1; }
