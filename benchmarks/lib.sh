# Sourced by the catalog benchmark scripts (oversell, reservation throughput): catalog-service instances verifying
# tokens with a key made for the run (no Keycloak needed), on a database of their own; see bench-common.sh.
# shellcheck source=/dev/null
source "$(dirname "${BASH_SOURCE[0]}")/bench-common.sh"
BENCH_DB="${BENCH_DB:-catalog_bench}"
OUT="$ROOT/benchmarks/target"
JAR="$ROOT/catalog-service/target/quarkus-app/quarkus-run.jar"
DRIVER="$ROOT/benchmarks/BenchDriver.java"

mkdir -p "$OUT"

build_if_needed() {
  if [ ! -f "$JAR" ] || [ "${BENCH_BUILD:-0}" = 1 ]; then
    echo "== building catalog-service (./mvnw package -DskipTests)"
    (cd "$ROOT" && ./mvnw -B -q ${MVN_FLAGS:-} -pl catalog-service -am package -DskipTests)
  fi
}

make_keys() {
  java "$DRIVER" keygen "$OUT/keys"
}

# start_instance PORT: catalog-service on PORT against $BENCH_DB; tokens are checked with the run's public key.
start_instance() {
  start_with_run_key catalog-service "$JAR" "$1" "$BENCH_DB" "$OUT/instance-$1.log" /q/health/live
}

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
