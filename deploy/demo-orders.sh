# Sourced by deploy/demo-data.sh after the catalog and training parts: real orders through the gateway, paid at
# the sandbox cashier (the provider then notifies order-service by signed HTTP callback), and moved on by the
# demo seller and buyer — some completed, some in flight. Then a trainee is linked, with consent, to the
# cooperative's shop, and training-service reads the order feed: the cohort's funnel shows a first sale.
# Safe to run again: fixed checkout ids, and every step first looks at the current state.

command -v python3 >/dev/null 2>&1 || fail "demo orders need python3 to read JSON answers"

BUYER1_TOKEN="$(token_for buyer1)"
BUYER2_TOKEN="$(token_for buyer2)"
SELLER2_SUB=00000000-0000-4000-8000-000000000202

json() {  # json <python expression over 'd'>: evaluates it on $TMP/response
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); v=eval(sys.argv[2]); print("" if v is None else v)' \
    "$TMP/response" "$1"
}

# checkout <id> <buyerToken> <lines json>: creates (or finds) the checkout, leaves it in $TMP/checkout.json
checkout() {
  local code
  code="$(call POST "$2" /api/orders/checkouts \
    "{\"id\":\"$1\",\"lines\":$3,\"address\":{\"recipientName\":\"王芳\",\"phone\":\"13912345678\",\"provinceCode\":\"31\",\"addressLine\":\"上海市浦东新区世纪大道100号\"}}" \
    -H "Idempotency-Key: huinong-demo-checkout-$1")"
  expect "checkout $1" "$code" 201 200
  cp "$TMP/response" "$TMP/checkout.json"
}

# pay <checkoutId> <buyerToken>: pays at the sandbox cashier and waits for the provider's notification to land.
pay() {
  local code url status i
  code="$(call GET "$2" "/api/orders/checkouts/$1")"; expect "read checkout $1" "$code" 200
  [ "$(json 'd["status"]')" = PAID ] && return 0
  url="$(json 'd["payUrl"]')"
  code="$(call POST "$2" "/api/orders/sandbox-pay/${url##*/}/pay")"; expect "pay checkout $1" "$code" 200
  for i in $(seq 1 40); do
    code="$(call GET "$2" "/api/orders/checkouts/$1")"
    status="$(json 'd["status"]')"
    [ "$status" = PAID ] && return 0
    sleep 0.5
  done
  fail "checkout $1 was paid at the cashier but order-service never heard (status $status)"
}

# advance <orderId> <sellerToken> <buyerToken> <target>: moves one shop order forward, as its seller and its buyer
# would, step by step until it reaches the target status.
advance() {
  local id="$1" seller="$2" buyer="$3" target="$4" code status
  while :; do
    code="$(call GET "$ADMIN_TOKEN" "/api/orders/shop-orders/$id")"; expect "read order $id" "$code" 200
    status="$(json 'd["status"]')"
    [ "$status" = "$target" ] && return 0
    case "$status" in
      PAID)      code="$(call POST "$seller" "/api/orders/shop-orders/$id/transitions" '{"to":"ACCEPTED"}')" ;;
      ACCEPTED)  code="$(call POST "$seller" "/api/orders/shop-orders/$id/transitions" \
                   "{\"to\":\"SHIPPED\",\"carrier\":\"中国邮政\",\"trackingNumber\":\"EMS${id:0:8}CN\"}")" ;;
      SHIPPED)   code="$(call POST "$buyer" "/api/orders/shop-orders/$id/transitions" '{"to":"DELIVERED"}')" ;;
      DELIVERED) code="$(call POST "$buyer" "/api/orders/shop-orders/$id/transitions" '{"to":"COMPLETED","reason":"收到了，谢谢"}')" ;;
      *) fail "order $id is $status and cannot reach $target" ;;
    esac
    expect "move order $id on from $status" "$code" 200
  done
}

# orders_of: "<shopOrderId>:<shopId>" of the last checkout, one per line
orders_of() { python3 -c 'import json,sys; [print(o["id"] + ":" + o["shopId"]) for o in json.load(open(sys.argv[1]))["shopOrders"]]' "$TMP/checkout.json"; }
seller_of() {
  case "$1" in
    "$S_HEZHENG" | "$S_T1" | "$S_T3") echo "$SELLER2_TOKEN" ;;
    *) echo "$SELLER1_TOKEN" ;;
  esac
}

echo "    orders: a completed three-shop checkout, orders waiting to ship, an unpaid checkout"
checkout 60000000-0000-4000-8000-000000000001 "$BUYER1_TOKEN" \
  '[{"skuId":"43000000-0000-4000-8000-000000010001","quantity":2},{"skuId":"43000000-0000-4000-8000-000000030002","quantity":3},{"skuId":"43000000-0000-4000-8000-000000060001","quantity":1}]'
pay 60000000-0000-4000-8000-000000000001 "$BUYER1_TOKEN"
for o in $(orders_of); do advance "${o%%:*}" "$(seller_of "${o##*:}")" "$BUYER1_TOKEN" COMPLETED; done

checkout 60000000-0000-4000-8000-000000000002 "$BUYER2_TOKEN" '[{"skuId":"43000000-0000-4000-8000-000000040001","quantity":2}]'
pay 60000000-0000-4000-8000-000000000002 "$BUYER2_TOKEN"
for o in $(orders_of); do advance "${o%%:*}" "$(seller_of "${o##*:}")" "$BUYER2_TOKEN" ACCEPTED; done

checkout 60000000-0000-4000-8000-000000000003 "$BUYER2_TOKEN" '[{"skuId":"43000000-0000-4000-8000-000000010002","quantity":1}]'
pay 60000000-0000-4000-8000-000000000003 "$BUYER2_TOKEN"

checkout 60000000-0000-4000-8000-000000000004 "$BUYER1_TOKEN" '[{"skuId":"43000000-0000-4000-8000-000000030001","quantity":1}]'

# The trainees' shops sell too: one checkout over the four, two orders completed, two on their way.
checkout 60000000-0000-4000-8000-000000000005 "$BUYER2_TOKEN" \
  '[{"skuId":"43000000-0000-4000-8000-000000070001","quantity":2},{"skuId":"43000000-0000-4000-8000-000000080001","quantity":1},{"skuId":"43000000-0000-4000-8000-000000090001","quantity":1},{"skuId":"43000000-0000-4000-8000-000000100001","quantity":2}]'
pay 60000000-0000-4000-8000-000000000005 "$BUYER2_TOKEN"
for o in $(orders_of); do
  case "${o##*:}" in
    "$S_T1" | "$S_T2") advance "${o%%:*}" "$(seller_of "${o##*:}")" "$BUYER2_TOKEN" COMPLETED ;;
    *) advance "${o%%:*}" "$(seller_of "${o##*:}")" "$BUYER2_TOKEN" SHIPPED ;;
  esac
done

echo "    incubation: five trainees run shops; training reads the order feed"
# link_shop <trainee nn> <shopId> <ownerSub>: the audited link (the trainee's consent, recorded by
# demo-training.sh, covers shop sales).
link_shop() {
  local trainee="50000000-0000-4000-8000-0000000000$1" code
  code="$(call GET "$TRAINER1_TOKEN" "/api/training/trainees/$trainee/shop")"
  if [ "$code" != 200 ]; then
    code="$(call POST "$TRAINER1_TOKEN" "/api/training/trainees/$trainee/shop" \
      "{\"shopId\":\"$2\",\"ownerSub\":\"$3\",\"reason\":\"结业后自主创业\"}" \
      -H "Idempotency-Key: huinong-demo-shop-link-$trainee")"
    expect "link trainee $1 to shop $2" "$code" 201 200
  fi
}
SELLER1_SUB=00000000-0000-4000-8000-000000000201
link_shop 06 "$S_HEZHENG" "$SELLER2_SUB"
link_shop 07 "$S_T1" "$SELLER2_SUB"
link_shop 04 "$S_T2" "$SELLER1_SUB"
link_shop 05 "$S_T3" "$SELLER2_SUB"
link_shop 03 "$S_T4" "$SELLER1_SUB"
code="$(call POST "$ADMIN_TOKEN" /api/training/incubation/sync)"; expect "sync the order feed" "$code" 200 409
