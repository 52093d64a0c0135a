#!/usr/bin/env bash
# Checkout checks and throughput, all through the gateway with real HTTP (issue 4, "Benchmarks and checks"):
#   1. 10 concurrent replays of one checkout with the same Idempotency-Key -> one checkout row, one payment at the
#      provider (sandbox_payment rows), one reservation, identical response bodies
#   2. the payment notification delivered 5 more times -> reservation confirmed once, stock lowered once, one ledger
#      PAYMENT entry per shop order, one ORDER_PAID event
#   3. a cart over 3 shops -> 1 payment, 3 shop orders, totals recomputed to the fen; each seller reads only their own
#   4. REQUESTS checkouts by CLIENTS concurrent buyers over SKUS SKUs -> checkouts/s, p50/p95/p99; then pgbench
# Usage (from anywhere):
#
#   benchmarks/checkout/run.sh                       # REQUESTS=2000 CLIENTS=24 SKUS=300 WARMUP=200 PGBENCH_SECONDS=30
#   REQUESTS=500 CLIENTS=16 PGBENCH_SECONDS=10 benchmarks/checkout/run.sh
#   CHECKS_ONLY=1 benchmarks/checkout/run.sh         # checks 1-3 only
#
# Starts its own gateway (18080), catalog-service (18081, database catalog_bench), order-service (18082, database
# orders_bench) and a token endpoint (18089, the load driver) for order-service's client-credentials token; no
# Keycloak, no S3 (catalog starts without it; nothing here touches images). Ports: BENCH_GATEWAY_PORT,
# BENCH_CATALOG_PORT, BENCH_ORDERS_PORT, BENCH_TOKEN_PORT. Builds the three jars if missing (BENCH_BUILD=1 forces
# it). Catalog data is written by SQL into catalog_bench (3 approved shops, products, SKUs, stock). Stops exactly
# the processes it started. Output in benchmarks/target/checkout/. Exits non-zero when a check fails.
# shellcheck source=/dev/null
source "$(dirname "${BASH_SOURCE[0]}")/../bench-common.sh"
CATALOG_DB="${BENCH_CATALOG_DB:-catalog_bench}" ORDERS_DB="${BENCH_ORDERS_DB:-orders_bench}"
GATEWAY_PORT="${BENCH_GATEWAY_PORT:-18080}" CATALOG_PORT="${BENCH_CATALOG_PORT:-18081}"
ORDERS_PORT="${BENCH_ORDERS_PORT:-18082}" TOKEN_PORT="${BENCH_TOKEN_PORT:-18089}"
# The sandbox payment provider is its own process (module sandbox-payment); it keeps its tables in the orders
# database here (its own Flyway history table), so the checks below read its payments beside the checkouts.
SANDBOX_PORT="${BENCH_SANDBOX_PORT:-18090}"
# The catalog's S3 client is pointed at a port nobody listens on, so it can never touch another S3 server.
NO_S3_PORT="${BENCH_NO_S3_PORT:-19000}"
REQUESTS="${REQUESTS:-2000}" CLIENTS="${CLIENTS:-24}" SKUS="${SKUS:-300}" WARMUP="${WARMUP:-200}"
PGBENCH_SECONDS="${PGBENCH_SECONDS:-30}" PGBENCH_DB="${PGBENCH_DB:-pgbench_scratch_checkout}"
CHECKS_ONLY="${CHECKS_ONLY:-0}"
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}"
OUT="$ROOT/benchmarks/target/checkout"
DRIVER=(-cp "$OUT/classes" CheckoutBench)
mkdir -p "$OUT"
compile_bench "$ROOT/benchmarks/checkout/CheckoutBench.java"

jar_of() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }
MISSING=()
for module in catalog-service order-service gateway sandbox-payment; do
  if [ ! -f "$(jar_of "$module")" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then MISSING+=("$module"); fi
done
if [ "${#MISSING[@]}" -gt 0 ]; then
  echo "== building ${MISSING[*]} (./mvnw package -DskipTests)"
  (cd "$ROOT" && ./mvnw -B -q ${MVN_FLAGS:-} -pl "$(IFS=,; echo "${MISSING[*]}")" -am package -DskipTests)
fi

for port in "$GATEWAY_PORT" "$CATALOG_PORT" "$ORDERS_PORT" "$TOKEN_PORT" "$SANDBOX_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "error: port $port is already in use; set BENCH_*_PORT" >&2
    exit 1
  fi
done

echo "== fresh databases $CATALOG_DB and $ORDERS_DB on $PGHOST:$PGPORT, key pair for tokens"
fresh_database "$CATALOG_DB" "$ORDERS_DB"
java "$ROOT/benchmarks/BenchDriver.java" keygen "$OUT/keys"
PUBLIC_KEY="$(cat "$OUT/keys/public.b64")"

echo "== token endpoint for order-service's oidc-client on $TOKEN_PORT"
java "${DRIVER[@]}" token-server "$OUT/keys" "$TOKEN_PORT" > "$OUT/token-server.log" 2>&1 &
STARTED_PIDS+=("$!")
TOKEN_PID=$!

echo "== starting catalog-service ($CATALOG_PORT), order-service ($ORDERS_PORT), gateway ($GATEWAY_PORT)"
QUARKUS_HTTP_PORT="$CATALOG_PORT" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$CATALOG_DB" \
QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
QUARKUS_OIDC_AUTH_SERVER_URL="" QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" \
QUARKUS_MINIO_HOST=127.0.0.1 QUARKUS_MINIO_PORT="$NO_S3_PORT" \
  java $JAVA_OPTS -jar "$(jar_of catalog-service)" > "$OUT/catalog.log" 2>&1 &
STARTED_PIDS+=("$!")
CATALOG_PID=$!

QUARKUS_HTTP_PORT="$SANDBOX_PORT" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$ORDERS_DB" \
QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
HUINONG_SANDBOX_PUBLIC_URL="http://127.0.0.1:$GATEWAY_PORT/api/orders/sandbox-pay" \
  java ${BENCH_SANDBOX_JAVA_OPTS:--Xmx256m} -jar "$(jar_of sandbox-payment)" > "$OUT/sandbox-payment.log" 2>&1 &
STARTED_PIDS+=("$!")
SANDBOX_PID=$!
wait_up sandbox-payment "http://127.0.0.1:$SANDBOX_PORT/q/health/ready" "$SANDBOX_PID" "$OUT/sandbox-payment.log"

QUARKUS_HTTP_PORT="$ORDERS_PORT" \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$ORDERS_DB" \
QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
QUARKUS_OIDC_AUTH_SERVER_URL="" QUARKUS_OIDC_PUBLIC_KEY="$PUBLIC_KEY" \
QUARKUS_REST_CLIENT_CATALOG_URL="http://127.0.0.1:$CATALOG_PORT" \
QUARKUS_REST_CLIENT_SANDBOX_PAY_URL="http://127.0.0.1:$SANDBOX_PORT" \
  java $JAVA_OPTS \
    `# system properties, not QUARKUS_OIDC_CLIENT_* variables: those also read as an OIDC tenant named "client"` \
    -Dquarkus.oidc-client.auth-server-url="http://127.0.0.1:$TOKEN_PORT" \
    -Dquarkus.oidc-client.discovery-enabled=false \
    -Dquarkus.oidc-client.token-path=/token \
    -Dquarkus.oidc-client.client-id=order-service \
    -Dquarkus.oidc-client.credentials.secret=bench-not-a-secret \
    -jar "$(jar_of order-service)" > "$OUT/orders.log" 2>&1 &
STARTED_PIDS+=("$!")
ORDERS_PID=$!

QUARKUS_HTTP_PORT="$GATEWAY_PORT" \
HUINONG_GATEWAY_ROUTES_CATALOG_URL="http://127.0.0.1:$CATALOG_PORT" \
HUINONG_GATEWAY_ROUTES_ORDERS_URL="http://127.0.0.1:$ORDERS_PORT" \
HUINONG_GATEWAY_ROUTES_TRAINING_URL="http://127.0.0.1:9" \
  java ${BENCH_GATEWAY_JAVA_OPTS:--Xmx256m} \
    -Dhuinong.gateway.routes.sandbox-pay.prefix=/api/orders/sandbox-pay \
    -Dhuinong.gateway.routes.sandbox-pay.url="http://127.0.0.1:$SANDBOX_PORT" -jar "$(jar_of gateway)" > "$OUT/gateway.log" 2>&1 &
STARTED_PIDS+=("$!")
GATEWAY_PID=$!

wait_up token-endpoint "http://127.0.0.1:$TOKEN_PORT/token" "$TOKEN_PID" "$OUT/token-server.log"
wait_up catalog-service "http://127.0.0.1:$CATALOG_PORT/q/health/live" "$CATALOG_PID" "$OUT/catalog.log"
wait_up order-service "http://127.0.0.1:$ORDERS_PORT/q/health/ready" "$ORDERS_PID" "$OUT/orders.log"
wait_up gateway "http://127.0.0.1:$GATEWAY_PORT/q/health/live" "$GATEWAY_PID" "$OUT/gateway.log"

echo "== catalog data by SQL into $CATALOG_DB: 3 approved shops (owners bench-seller-1..3), 6 check SKUs (100 each),"
echo "   $SKUS load SKUs spread over the 3 shops (1,000,000 each)"
psql -q -At -F $'\t' -v ON_ERROR_STOP=1 -v skus="$SKUS" -d "$CATALOG_DB" > "$OUT/seed.tsv" <<'SQL'
INSERT INTO category (id, code, name_zh, halal_required, sort_order, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-0000000c0a11', 'bench-dried-goods', '干货', false, 0, now(), now());
INSERT INTO shop (id, owner_sub, name_zh, county_code, county_name, contact_name, contact_phone, sells, sells_halal,
                  support_status, status, created_at, updated_at)
SELECT ('00000000-0000-0000-0000-00000000050' || n)::uuid, 'bench-seller-' || n,
       (ARRAY['和政县核桃合作社', '临夏砖雕坊', '康乐县蕨菜专业合作社'])[n], '622901', '临夏市', '马师傅',
       '1380000000' || n, '干货', false, 'NONE', 'APPROVED', now(), now()
FROM generate_series(1, 3) AS n;
INSERT INTO product (id, shop_id, category_id, name_zh, status, created_at, updated_at)
SELECT ('00000000-0000-0000-0000-00000000090' || n)::uuid, ('00000000-0000-0000-0000-00000000050' || n)::uuid,
       '00000000-0000-0000-0000-0000000c0a11', (ARRAY['和政核桃', '砖雕摆件', '康乐蕨菜'])[n], 'APPROVED', now(), now()
FROM generate_series(1, 3) AS n;
-- Check SKUs: odd prices and weights so totals and the started-kilogram tariff are exercised to the fen.
CREATE TEMP TABLE check_sku (key text, shop int, price bigint, weight int);
INSERT INTO check_sku VALUES ('A1', 1, 19800, 3000), ('A2', 1, 4590, 650), ('B1', 2, 1234, 1200),
                             ('B2', 2, 999, 450), ('C1', 3, 35555, 5100), ('C2', 3, 777, 333);
CREATE TEMP TABLE made (pool text, id uuid, shop int, key text, price bigint, weight int);
INSERT INTO made SELECT 'check', gen_random_uuid(), shop, key, price, weight FROM check_sku;
INSERT INTO made SELECT 'load', gen_random_uuid(), 1 + n % 3, 'L' || n, 1000 + n * 7, 300 + (n * 37) % 2500
FROM generate_series(1, :skus) AS n;
INSERT INTO sku (id, product_id, name_zh, unit, net_weight_g, packed_weight_g, packed_volume_cm3, temperature_class,
                 shelf_life_days, price_fen, created_at, updated_at)
SELECT id, ('00000000-0000-0000-0000-00000000090' || shop)::uuid, '规格 ' || key, '袋', weight, weight, 2000,
       'AMBIENT', 180, price, now(), now() FROM made;
INSERT INTO sku_stock (sku_id, on_hand, reserved, stock_confirmed_at, updated_at, version)
SELECT id, CASE pool WHEN 'check' THEN 100 ELSE 1000000 END, 0, now(), now(), 0 FROM made;
SELECT pool, id, '00000000-0000-0000-0000-00000000050' || shop, 'bench-seller-' || shop, key, price, weight
FROM made ORDER BY pool, key;
SQL
echo "   $(grep -c . "$OUT/seed.tsv") SKUs (list in $OUT/seed.tsv)"

STATUS=0
echo "== checks 1-3 through the gateway http://127.0.0.1:$GATEWAY_PORT"
java "${DRIVER[@]}" checks "$OUT/keys" "http://127.0.0.1:$GATEWAY_PORT" "$OUT/seed.tsv" "$CATALOG_DB" "$ORDERS_DB" \
  | tee "$OUT/checks.txt" || true
grep -q '^FAIL ' "$OUT/checks.txt" && STATUS=1
[ "$(grep -c '^PASS ' "$OUT/checks.txt")" = 3 ] || STATUS=1

if [ "$CHECKS_ONLY" != 1 ]; then
  echo "== check 4: $REQUESTS checkouts by $CLIENTS concurrent buyers over $SKUS SKUs, after $WARMUP warm-up" \
       "checkouts ($(nproc) cores on this machine, shared)"
  echo "   machine load before (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
  BEFORE=$(psql -At -d "$ORDERS_DB" -c "SELECT count(*) FROM checkout")
  java "${DRIVER[@]}" throughput "$OUT/keys" "http://127.0.0.1:$GATEWAY_PORT" "$OUT/seed.tsv" "$REQUESTS" "$CLIENTS" \
    "$WARMUP" | tee "$OUT/throughput.txt" | grep -v '^[A-Z0-9_]*='
  echo "   machine load after (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg) — other work on the machine shows here"
  CREATED=$(sed -n 's/^CREATED=//p' "$OUT/throughput.txt")
  read -r ROWS PAYMENTS ORDERS UNPRICED < <(psql -At -F ' ' -d "$ORDERS_DB" <<SQL
SELECT count(*) - $BEFORE,
       (SELECT count(*) FROM sandbox_payment),
       (SELECT count(*) FROM shop_order),
       (SELECT count(*) FROM checkout c WHERE c.total_fen <> (SELECT SUM(total_fen) FROM shop_order o WHERE o.checkout_id = c.id))
FROM checkout;
SQL
)
  read -r MISMATCHED < <(psql -At -d "$CATALOG_DB" <<'SQL'
WITH active AS (SELECT l.sku_id, SUM(l.quantity) AS q FROM reservation_line l JOIN reservation r USING (checkout_id)
                WHERE r.status IN ('ACTIVE') GROUP BY l.sku_id)
SELECT count(*) FROM sku_stock s LEFT JOIN active a USING (sku_id) WHERE s.reserved <> COALESCE(a.q, 0);
SQL
)
  echo "   database: $ROWS new checkouts (201s: $CREATED of $REQUESTS + $WARMUP warm-up), $PAYMENTS sandbox payments in" \
       "all, $ORDERS shop orders in all, checkouts whose total ≠ Σ shop orders: $UNPRICED, SKUs whose reserved ≠ active" \
       "reservations: $MISMATCHED"
  if [ "$CREATED" = "$REQUESTS" ] && [ "$ROWS" = $((REQUESTS + WARMUP)) ] && [ "$UNPRICED" = 0 ] \
      && [ "$MISMATCHED" = 0 ]; then
    echo "PASS 4 throughput — $(sed -n 's/^CHECKOUTS_PER_SECOND=//p' "$OUT/throughput.txt") checkouts/s," \
         "p50 $(sed -n 's/^P50_MS=//p' "$OUT/throughput.txt") ms, p95 $(sed -n 's/^P95_MS=//p' "$OUT/throughput.txt") ms," \
         "p99 $(sed -n 's/^P99_MS=//p' "$OUT/throughput.txt") ms, all $REQUESTS created and consistent"
  else
    echo "FAIL 4 throughput — not every checkout was created, or the figures above disagree"
    STATUS=1
  fi
  stop_started

  echo "== pgbench on $PGBENCH_DB (scale 10, -c 8 -j 2 -T $PGBENCH_SECONDS), same machine, services stopped"
  fresh_database "$PGBENCH_DB"
  pgbench -i -q -s 10 "$PGBENCH_DB" > "$OUT/pgbench-init.log" 2>&1
  echo "   machine load before pgbench (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
  pgbench -c 8 -j 2 -T "$PGBENCH_SECONDS" "$PGBENCH_DB" 2> /dev/null | tee "$OUT/pgbench.txt" \
    | grep -E 'number of transactions actually processed|latency average|^tps'
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $PGBENCH_DB WITH (FORCE)"
fi

if [ "$STATUS" = 0 ]; then echo "== all checks passed"; else echo "== SOME CHECKS FAILED (see above)" >&2; fi
exit "$STATUS"
