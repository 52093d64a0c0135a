#!/usr/bin/env bash
# Demo traceability (sourced by deploy/demo-data.sh after the catalog and orders demo data): lots and EPCIS
# events for the demo shops, through the real trace REST API, so the public trace page has something to show.
# - Ma Family's halal beef jerky: a slaughter with its quarantine certificate, halal attestation (the shop's
#   certificate LXQZ-2026-0188) and inspection → a hind-leg cut → the dried jerky batch in packs → shipped to
#   buyer1's order.
# - Hezheng cooperative's walnuts: a harvest with an inspection.
# Safe to run again: fixed lot ids and fixed event times, so every event has the same CBV hash and a rerun
# stores nothing new (answers 200 instead of 201).

TRACE=/api/catalog/trace
L_CARCASS=44000000-0000-4000-8000-000000000001
L_HINDLEG=44000000-0000-4000-8000-000000000002
L_JERKY=44000000-0000-4000-8000-000000000003
L_WALNUT=44000000-0000-4000-8000-000000000011

trace_post() {  # trace_post <what> <token> <path> <json>
  local code
  code="$(call POST "$2" "$3" "$4")"
  expect "$1" "$code" 200 201
}

lot_json() {  # lot_json <id> <productId> <lotNumber> <origin> <date> <county> <village> <quantity> <unit> <bestBefore|null>
  local best="null"
  [ "${10}" = null ] || best="\"${10}\""
  printf '{"id":"%s","productId":"%s","lotNumber":"%s","origin":"%s","originDate":"%s","countyCode":"%s","villageName":"%s","quantity":%s,"unit":"%s","bestBefore":%s}' \
    "$1" "$2" "$3" "$4" "$5" "$6" "$7" "$8" "$9" "$best"
}

echo "    traceability: a beef jerky from slaughter to buyer1's parcel, a walnut harvest"
trace_post "jerky: slaughter" "$SELLER1_TOKEN" "$TRACE/shops/$S_MA/origins" \
  "{\"lot\":$(lot_json "$L_CARCASS" "$P_JERKY" LX-2026-1118-C SLAUGHTER 2026-11-18 622921 韩集镇马家村 212.5 kg null),\"at\":\"2026-11-18T06:40:00+08:00\",\"quarantineNumber\":\"GS-622921-2026-0018731\",\"attestHalal\":true,\"inspectionConformant\":true}"
trace_post "jerky: hind-leg lot" "$SELLER1_TOKEN" "$TRACE/shops/$S_MA/lots" \
  "$(lot_json "$L_HINDLEG" "$P_JERKY" LX-2026-1118-H DERIVED 2026-11-18 622921 韩集镇马家村 38.2 kg null)"
trace_post "jerky: batch lot" "$SELLER1_TOKEN" "$TRACE/shops/$S_MA/lots" \
  "$(lot_json "$L_JERKY" "$P_JERKY" LX-2026-1121-J DERIVED 2026-11-21 622921 韩集镇马家村 12.6 kg 2027-05-21)"
trace_post "jerky: cutting" "$SELLER1_TOKEN" "$TRACE/shops/$S_MA/transformations" \
  "{\"inputLots\":[\"$L_CARCASS\"],\"outputLots\":[\"$L_HINDLEG\"],\"at\":\"2026-11-18T11:00:00+08:00\"}"
trace_post "jerky: cold store" "$SELLER1_TOKEN" "$TRACE/lots/$L_HINDLEG/cold-readings" \
  "{\"celsius\":2.5,\"at\":\"2026-11-18T15:00:00+08:00\",\"deviceId\":\"ma-coldroom-1\"}"
packs=""
for n in 1 2 3 4 5 6; do packs="$packs${packs:+,}\"urn:epc:id:sgtin:6901234.156789.LX1121J-$n\""; done
trace_post "jerky: drying and packing" "$SELLER1_TOKEN" "$TRACE/shops/$S_MA/transformations" \
  "{\"inputLots\":[\"$L_HINDLEG\"],\"outputLots\":[\"$L_JERKY\"],\"packEpcs\":[$packs],\"at\":\"2026-11-21T16:00:00+08:00\"}"
trace_post "jerky: inspection" "$SELLER1_TOKEN" "$TRACE/lots/$L_JERKY/inspections" \
  "{\"conformant\":true,\"at\":\"2026-11-22T09:00:00+08:00\"}"

# buyer1's shop order from Ma Family (first demo checkout), if the orders demo got that far
code="$(call GET "$BUYER1_TOKEN" /api/orders/checkouts/60000000-0000-4000-8000-000000000001)"
if [ "$code" = 200 ]; then
  order="$(python3 -c 'import json,sys; print(next((o["id"] for o in json.load(open(sys.argv[1]))["shopOrders"] if o["shopId"] == sys.argv[2]), ""))' "$TMP/response" "$S_MA")"
  if [ -n "$order" ]; then
    trace_post "jerky: shipping to buyer1" "$SELLER1_TOKEN" "$TRACE/shops/$S_MA/shipments" \
      "{\"orderId\":\"$order\",\"packEpcs\":[\"urn:epc:id:sgtin:6901234.156789.LX1121J-1\",\"urn:epc:id:sgtin:6901234.156789.LX1121J-2\"],\"at\":\"2026-11-25T14:00:00+08:00\"}"
  fi
fi

trace_post "walnuts: harvest" "$SELLER2_TOKEN" "$TRACE/shops/$S_HEZHENG/origins" \
  "{\"lot\":$(lot_json "$L_WALNUT" "$P_WALNUT" HZ-2026-0920 HARVEST 2026-09-20 622925 买家集镇新庄村 860 kg 2027-09-20),\"at\":\"2026-09-20T17:00:00+08:00\",\"inspectionConformant\":true}"

code="$(call GET "$SELLER1_TOKEN" "$TRACE/lots/$L_JERKY")"
expect "jerky lot" "$code" 200
echo "    trace page data: $GATEWAY_URL$TRACE/public/summary?code=$(json_string_field "$TMP/response" traceCode)"
