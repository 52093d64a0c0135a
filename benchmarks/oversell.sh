#!/usr/bin/env bash
# Oversell check: two catalog-service instances on one fresh database, REQUESTS concurrent checkouts (default 200)
# of 1 unit of a SKU with STOCK units (default 5), sent alternately to the two instances.
# Passes when exactly STOCK checkouts succeed, on-hand is unchanged and reserved = the sum of active reservations.
source "$(dirname "$0")/lib.sh"
REQUESTS="${REQUESTS:-200}" STOCK="${STOCK:-5}"

build_if_needed
echo "== fresh database $BENCH_DB on $PGHOST:$PGPORT, key pair for service tokens"
fresh_database "$BENCH_DB"
make_keys
echo "== starting two instances (18081, 18082)"
start_instance 18081          # the first one runs the Flyway migrations
start_instance 18082
seed_shop_sql | psql -q -d "$BENCH_DB"
SKU=$(seed_skus 1 "$STOCK")
WARMUP_SKU=$(seed_skus 1 1000)
echo "== warm-up: 100 checkouts on another SKU, so both instances are past JIT and connection start-up"
java "$DRIVER" oversell "$OUT/keys" "$WARMUP_SKU" 100 http://127.0.0.1:18081 http://127.0.0.1:18082 \
  | grep -v '^RESERVED_OK='
echo "== $REQUESTS concurrent checkouts of 1 unit of SKU $SKU ($STOCK in stock)"
RESULT=$(java "$DRIVER" oversell "$OUT/keys" "$SKU" "$REQUESTS" http://127.0.0.1:18081 http://127.0.0.1:18082)
echo "$RESULT" | grep -v '^RESERVED_OK='
OK=$(echo "$RESULT" | sed -n 's/^RESERVED_OK=//p')

read -r ON_HAND RESERVED ACTIVE_LINES ACTIVE_RESERVATIONS < <(psql -At -F ' ' -d "$BENCH_DB" -v sku="$SKU" <<'SQL'
SELECT s.on_hand, s.reserved,
       (SELECT COALESCE(SUM(l.quantity), 0) FROM reservation_line l JOIN reservation r USING (checkout_id)
        WHERE r.status = 'ACTIVE' AND l.sku_id = s.sku_id),
       (SELECT count(*) FROM reservation r JOIN reservation_line l USING (checkout_id)
        WHERE r.status = 'ACTIVE' AND l.sku_id = s.sku_id)
FROM sku_stock s WHERE s.sku_id = :'sku';
SQL
)
echo "== database after the run"
echo "   on_hand=$ON_HAND reserved=$RESERVED sum(active reservation lines)=$ACTIVE_LINES active reservations=$ACTIVE_RESERVATIONS"
if [ "$OK" = "$STOCK" ] && [ "$ON_HAND" = "$STOCK" ] && [ "$RESERVED" = "$STOCK" ] \
    && [ "$ACTIVE_LINES" = "$STOCK" ] && [ "$ACTIVE_RESERVATIONS" = "$STOCK" ]; then
  echo "PASS: exactly $STOCK of $REQUESTS checkouts reserved; no oversell"
else
  echo "FAIL: expected exactly $STOCK successful reservations and matching stock figures" >&2
  exit 1
fi
