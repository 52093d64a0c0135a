#!/usr/bin/env bash
# Search benchmark: 100,000 generated products in a scratch database, searched through the running
# catalog-service's HTTP endpoint. Usage (from anywhere):
#
#   benchmarks/search/run.sh [--products N] [--shops N] [--requests N] [--no-build] [--keep]
#
# Steps: build the service jar (unless --no-build), drop and create the database catalog_bench_search, start the
# jar against it (Flyway creates the schema), load the generated rows with COPY, let the service's catch-up job
# index them, VACUUM ANALYZE, measure the queries of Bench.java, print EXPLAIN ANALYZE of the main queries, stop
# the service (by its PID). Needs a JDK >= 21, psql, and PostgreSQL on 127.0.0.1:5432 (override: PGHOST, PGPORT,
# PGUSER). Output and the service log go to target/bench-search/ in the repository.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PRODUCTS=100000
SHOPS=300
REQUESTS=200
BUILD=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --products) PRODUCTS="$2"; shift 2 ;;
    --shops) SHOPS="$2"; shift 2 ;;
    --requests) REQUESTS="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
DB=catalog_bench_search
PORT="${BENCH_PORT:-18091}"
OUT="$ROOT/target/bench-search"
mkdir -p "$OUT"

# shellcheck source=/dev/null
source "$ROOT/bin/lib/jdk.sh"
pick_jdk
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

if [[ $BUILD == 1 ]]; then
  echo "== building catalog-service"
  (cd "$ROOT" && ./mvnw -B -q -pl catalog-service -am package -DskipTests)
fi
JAR="$ROOT/catalog-service/target/quarkus-app/quarkus-run.jar"
[[ -f "$JAR" ]] || { echo "missing $JAR: run without --no-build" >&2; exit 1; }

echo "== generating $PRODUCTS products in $SHOPS shops"
"$JAVA" "$ROOT/benchmarks/search/GenerateData.java" "$OUT/data" "$PRODUCTS" "$SHOPS"

echo "== database $DB"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB"

echo "== starting catalog-service on port $PORT (log: $OUT/service.log)"
QUARKUS_HTTP_PORT=$PORT \
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
QUARKUS_DATASOURCE_USERNAME="$PGUSER" \
HUINONG_CATALOG_SEARCH_CATCH_UP_EVERY=2s \
HUINONG_CATALOG_SEARCH_CATCH_UP_DELAY=1s \
  "$JAVA" -Xmx1g '-Dquarkus.log.category."cn.huinong.market.catalog.search.PostgresProductSearch".level=DEBUG' \
  -jar "$JAR" >"$OUT/service.log" 2>&1 &
PID=$!
stop() {
  kill "$PID" 2>/dev/null || true
  wait "$PID" 2>/dev/null || true
}
trap stop EXIT
for _ in $(seq 1 120); do
  if curl -fs "http://127.0.0.1:$PORT/q/health/live" >/dev/null 2>&1; then break; fi
  kill -0 "$PID" 2>/dev/null || { echo "service died:"; tail -40 "$OUT/service.log"; exit 1; }
  sleep 1
done

echo "== loading rows"
load() { psql -q -d "$DB" -c "\\copy $1 FROM '$OUT/data/$2'"; }
load "category (id, code, name_zh, name_en, parent_id, halal_required, sort_order, created_at, updated_at)" category.tsv
load "shop (id, owner_sub, name_zh, name_en, county_code, county_name, township_name, contact_name, contact_phone, sells, sells_halal, support_status, support_label_consent, status, created_at, updated_at)" shop.tsv
load "halal_certificate (id, shop_id, issuer, number, scope, valid_from, valid_to, status, created_at, updated_at)" halal_certificate.tsv
load "halal_certificate_category (certificate_id, category_id)" halal_certificate_category.tsv
load "product (id, shop_id, category_id, name_zh, name_en, description_zh, description_en, status, moderation_reason, submitted_at, published_at, created_at, updated_at)" product.tsv
load "sku (id, product_id, seller_code, name_zh, name_en, unit, net_weight_g, packed_weight_g, packed_volume_cm3, temperature_class, shelf_life_days, price_fen, currency, active, created_at, updated_at)" sku.tsv
load "sku_stock (sku_id, on_hand, reserved, stock_confirmed_at, updated_at)" sku_stock.tsv

echo "== indexing (the service's catch-up job)"
START=$(date +%s)
while true; do
  DONE=$(psql -Atq -d "$DB" -c "SELECT count(*) FROM search_document")
  [[ "$DONE" -ge "$PRODUCTS" ]] && break
  kill -0 "$PID" 2>/dev/null || { echo "service died:"; tail -40 "$OUT/service.log"; exit 1; }
  sleep 2
done
echo "indexed $DONE products in $(( $(date +%s) - START )) s"
psql -q -d "$DB" -c "VACUUM ANALYZE"
psql -d "$DB" -c "SELECT pg_size_pretty(pg_total_relation_size('search_document')) AS search_document_total,
  pg_size_pretty(pg_relation_size('search_document_tokens')) AS gin_index,
  (SELECT round(avg(cardinality(tokens))) FROM search_document) AS avg_tokens_per_product"

echo "== measuring ($REQUESTS requests per query after warm-up, sequential)"
"$JAVA" "$ROOT/benchmarks/search/Bench.java" "http://127.0.0.1:$PORT" "$REQUESTS" 30 | tee "$OUT/results.txt"

echo "== EXPLAIN ANALYZE of the main queries (SQL as logged by the service)"
explain() {
  curl -fs "http://127.0.0.1:$PORT/api/catalog/search?$1" >/dev/null
  sleep 0.5
  local sql
  sql=$(grep -a 'search SQL: ' "$OUT/service.log" | tail -1 | sed 's/.*search SQL: //')
  echo "-- $2" | tee -a "$OUT/explain.txt"
  psql -d "$DB" -c "SET jit = off" -c "EXPLAIN (ANALYZE, BUFFERS) $sql" | tee -a "$OUT/explain.txt"
}
: >"$OUT/explain.txt"
explain "q=%E7%89%9B%E8%82%89" "q=牛肉 (relevance)"
explain "q=%E6%A0%B8%E6%A1%83&sort=price_asc&inStock=true" "q=核桃 sort=price_asc inStock=true"
explain "q=%E7%89%9B%E8%82%89&county=622921&halal=true&inStock=true" "q=牛肉 county halal inStock"
echo "== results in $OUT (results.txt, explain.txt, service.log)"
