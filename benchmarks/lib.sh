# Sourced by the benchmark scripts: a fresh database, catalog-service instances verifying tokens with a key made
# for the run (no Keycloak needed), and clean-up of exactly what was started (by PID).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$ROOT/bin/lib/jdk.sh"
pick_jdk

export PGHOST="${BENCH_PGHOST:-127.0.0.1}" PGPORT="${BENCH_PGPORT:-5432}" PGUSER="${BENCH_PGUSER:-postgres}"
export PGPASSWORD="${BENCH_PGPASSWORD:-${PGPASSWORD:-}}"
BENCH_DB="${BENCH_DB:-catalog_bench}"
OUT="$ROOT/benchmarks/target"
JAR="$ROOT/catalog-service/target/quarkus-app/quarkus-run.jar"
DRIVER="$ROOT/benchmarks/BenchDriver.java"
STARTED_PIDS=()

mkdir -p "$OUT"

build_if_needed() {
  if [ ! -f "$JAR" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
    echo "== building catalog-service (./mvnw package -DskipTests)"
    (cd "$ROOT" && ./mvnw -B -q ${MVN_FLAGS:-} -pl catalog-service -am package -DskipTests)
  fi
}

fresh_database() {
  local db="$1"
  psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
}

make_keys() {
  java "$DRIVER" keygen "$OUT/keys"
}

# start_instance PORT: catalog-service on PORT against $BENCH_DB; tokens are checked with the run's public key.
start_instance() {
  local port="$1"
  QUARKUS_HTTP_PORT="$port" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
  QUARKUS_OIDC_AUTH_SERVER_URL="" \
  QUARKUS_OIDC_PUBLIC_KEY="$(cat "$OUT/keys/public.b64")" \
  java ${BENCH_JAVA_OPTS:--Xmx512m} -jar "$JAR" > "$OUT/instance-$port.log" 2>&1 &
  STARTED_PIDS+=("$!")
  local i
  for i in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$port/q/health/live" > /dev/null 2>&1; then
      echo "   catalog-service up on port $port (pid $!, log $OUT/instance-$port.log)"
      return 0
    fi
    if ! kill -0 "$!" 2>/dev/null; then
      echo "error: catalog-service on port $port exited; see $OUT/instance-$port.log" >&2
      tail -20 "$OUT/instance-$port.log" >&2
      return 1
    fi
    sleep 1
  done
  echo "error: catalog-service on port $port did not come up in 120 s" >&2
  return 1
}

stop_instances() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${STARTED_PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}
trap stop_instances EXIT

# An approved shop with an approved product: SKUs for the benchmarks go under it.
seed_shop_sql() {
  cat <<'SQL'
INSERT INTO category (id, code, name_zh, halal_required, sort_order, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-00000000ca7e', 'bench-beef-mutton', '牛羊肉', true, 0, now(), now());
INSERT INTO shop (id, owner_sub, name_zh, county_code, county_name, contact_name, contact_phone, sells, sells_halal,
                  support_status, status, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-0000000005b0', 'bench-seller', '临夏清真牛羊肉合作社', '622901', '临夏市', '马师傅',
        '13800000000', '牛羊肉', true, 'NONE', 'APPROVED', now(), now());
INSERT INTO product (id, shop_id, category_id, name_zh, status, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-000000000900', '00000000-0000-0000-0000-0000000005b0',
        '00000000-0000-0000-0000-00000000ca7e', '手抓羊肉', 'APPROVED', now(), now());
SQL
}

# seed_skus COUNT ON_HAND: COUNT ambient SKUs with ON_HAND units each, ids printed one a line.
seed_skus() {
  psql -q -At -d "$BENCH_DB" -v count="$1" -v on_hand="$2" <<'SQL'
WITH made AS (
  INSERT INTO sku (id, product_id, name_zh, unit, net_weight_g, packed_weight_g, packed_volume_cm3,
                   temperature_class, shelf_life_days, price_fen, created_at, updated_at)
  SELECT gen_random_uuid(), '00000000-0000-0000-0000-000000000900', '2.5 kg 礼盒 ' || n, '盒', 2500, 3000, 6000,
         'AMBIENT', 30, 19800, now(), now()
  FROM generate_series(1, :count) AS n
  RETURNING id)
, stocked AS (
  INSERT INTO sku_stock (sku_id, on_hand, reserved, stock_confirmed_at, updated_at, version)
  SELECT id, :on_hand, 0, now(), now(), 0 FROM made
  RETURNING sku_id)
SELECT sku_id FROM stocked;
SQL
}
