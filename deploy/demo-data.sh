#!/usr/bin/env bash
# Loads the Huinong Market demo data through the public API (via the gateway), as the demo users of the
# realm in deploy/keycloak/huinong-realm.json. Called by bin/run; safe to run again: every create sends a
# fixed id and a fixed Idempotency-Key, and 201 (created) and 409 (already exists) both count as done.
# Usage: deploy/demo-data.sh   (environment: HUINONG_GATEWAY_URL, HUINONG_KEYCLOAK_URL)
set -euo pipefail

GATEWAY_URL="${HUINONG_GATEWAY_URL:-http://localhost:8080}"
KEYCLOAK_URL="${HUINONG_KEYCLOAK_URL:-http://localhost:8180}"   # localhost, so the token issuer matches
TOKEN_URL="$KEYCLOAK_URL/realms/huinong/protocol/openid-connect/token"
DEMO_PASSWORD=huinong-demo   # demo-only password of every demo user

# Fixed user ids from the realm file.
TRAINER1=00000000-0000-4000-8000-000000000301
TRAINER2=00000000-0000-4000-8000-000000000302

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

fail() { printf 'demo-data: error: %s\n' "$*" >&2; exit 1; }

json_string_field() {  # json_string_field <file> <top-level field>
  if command -v jq >/dev/null 2>&1; then
    jq -r --arg f "$2" '.[$f] // empty' "$1"
  elif command -v python3 >/dev/null 2>&1; then
    python3 -c 'import json,sys; v=json.load(open(sys.argv[1])).get(sys.argv[2]); print(v if v is not None else "")' "$1" "$2"
  else
    # A Keycloak token response is flat JSON; good enough without jq or python3.
    sed -n "s/.*\"$2\"[[:space:]]*:[[:space:]]*\"\\([^\"]*\\)\".*/\\1/p" "$1"
  fi
}

token_for() {  # token_for <username>: password grant on the public client huinong-web
  local code
  code="$(curl -s -o "$TMP/token.json" -w '%{http_code}' --max-time 20 \
    --data-urlencode grant_type=password --data-urlencode client_id=huinong-web \
    --data-urlencode "username=$1" --data-urlencode "password=$DEMO_PASSWORD" "$TOKEN_URL" || true)"
  [ "$code" = 200 ] || fail "could not log in as $1 at $TOKEN_URL (HTTP $code): $(cat "$TMP/token.json" 2>/dev/null)"
  json_string_field "$TMP/token.json" access_token
}

created=0
existing=0

# post <token> <path> <id> <json>: creates one resource; 201 = created, 409 = already there.
post() {
  local token="$1" path="$2" id="$3" body="$4" code
  code="$(curl -s -o "$TMP/response" -D "$TMP/headers" -w '%{http_code}' --max-time 30 \
    -X POST "$GATEWAY_URL$path" \
    -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json; charset=utf-8' \
    -H 'Accept: application/json' \
    -H 'Accept-Language: en' \
    -H "Idempotency-Key: huinong-demo-data-$id" \
    --data-binary "$body" || true)"
  case "$code" in
    201) created=$((created + 1)) ;;
    409) existing=$((existing + 1)) ;;
    *)
      {
        echo "demo-data: POST $path (id $id) answered HTTP $code"
        echo "request body: $body"
        echo "response headers:"; sed 's/^/  /' "$TMP/headers" 2>/dev/null || true
        echo "response body:"; cat "$TMP/response" 2>/dev/null || true; echo
      } >&2
      exit 1 ;;
  esac
}

echo "    logging in as admin1"
ADMIN_TOKEN="$(token_for admin1)"
[ -n "$ADMIN_TOKEN" ] || fail "no access token for admin1"

# --- Categories: a small real tree. halalRequired only under halal food. ---------------------------------
category() {  # category <id> <code> <nameZh> <nameEn> <parentId|null> <halalRequired> <sortOrder>
  local parent="null"
  [ "$5" = null ] || parent="\"$5\""
  post "$ADMIN_TOKEN" /api/catalog/categories "$1" \
    "{\"id\":\"$1\",\"code\":\"$2\",\"nameZh\":\"$3\",\"nameEn\":\"$4\",\"parentId\":$parent,\"halalRequired\":$6,\"sortOrder\":$7}"
}
C_HALAL=10000000-0000-4000-8000-000000000001
C_FARM=10000000-0000-4000-8000-000000000002
C_CRAFTS=10000000-0000-4000-8000-000000000003
C_HERITAGE=10000000-0000-4000-8000-000000000004
echo "    categories"
category "$C_HALAL"    halal-food                "清真食品"     "Halal food"                 null        true  1
category 10000000-0000-4000-8000-000000000011 halal-beef-mutton   "牛羊肉" "Beef and mutton" "$C_HALAL" true  1
category 10000000-0000-4000-8000-000000000012 halal-dried-goods   "干货"   "Dried goods"     "$C_HALAL" true  2
category "$C_FARM"     farm-produce              "农产品"       "Farm produce"               null        false 2
category 10000000-0000-4000-8000-000000000021 walnuts             "核桃"   "Walnuts"         "$C_FARM"  false 1
category 10000000-0000-4000-8000-000000000022 lily                "百合"   "Lily"            "$C_FARM"  false 2
category 10000000-0000-4000-8000-000000000023 wolfberry           "枸杞"   "Wolfberry"       "$C_FARM"  false 3
category 10000000-0000-4000-8000-000000000024 apples              "苹果"   "Apples"          "$C_FARM"  false 4
category "$C_CRAFTS"   ethnic-crafts             "民族手工艺"   "Ethnic crafts"              null        false 3
category 10000000-0000-4000-8000-000000000031 hezhou-brick-carving "河州砖雕" "Hezhou brick carving" "$C_CRAFTS" false 1
category 10000000-0000-4000-8000-000000000032 embroidery          "刺绣"   "Embroidery"      "$C_CRAFTS" false 2
category "$C_HERITAGE" intangible-heritage-crafts "非遗手工艺"  "Intangible-heritage crafts" null        false 4

# --- Logistics network: a Linxia county → township → village chain. ------------------------------------
node() {  # node <id> <code> <name> <level> <divisionCode> <parentId|null>
  local parent="null"
  [ "$6" = null ] || parent="\"$6\""
  post "$ADMIN_TOKEN" /api/orders/logistics/nodes "$1" \
    "{\"id\":\"$1\",\"code\":\"$2\",\"name\":\"$3\",\"level\":\"$4\",\"divisionCode\":\"$5\",\"parentId\":$parent}"
}
N_COUNTY=20000000-0000-4000-8000-000000000001
N_HANJI=20000000-0000-4000-8000-000000000011
N_TUQIAO=20000000-0000-4000-8000-000000000012
echo "    logistics nodes"
node "$N_COUNTY" LX-COUNTY       "临夏县县级物流中心"     COUNTY   622921       null
node "$N_HANJI"  LX-HANJI        "韩集镇乡镇物流站"       TOWNSHIP 622921101    "$N_COUNTY"
node "$N_TUQIAO" LX-TUQIAO       "土桥镇乡镇物流站"       TOWNSHIP 622921102    "$N_COUNTY"
node 20000000-0000-4000-8000-000000000101 LX-HANJI-V01  "韩集镇第一村级服务点" VILLAGE 622921101201 "$N_HANJI"
node 20000000-0000-4000-8000-000000000102 LX-HANJI-V02  "韩集镇第二村级服务点" VILLAGE 622921101202 "$N_HANJI"
node 20000000-0000-4000-8000-000000000201 LX-TUQIAO-V01 "土桥镇第一村级服务点" VILLAGE 622921102201 "$N_TUQIAO"

# --- Training cohorts: two for trainer1, one for trainer2. ----------------------------------------------
cohort() {  # cohort <id> <name> <countyCode> <countyName> <track> <startDate> <endDate> <trainerSub>
  post "$ADMIN_TOKEN" /api/training/cohorts "$1" \
    "{\"id\":\"$1\",\"name\":\"$2\",\"countyCode\":\"$3\",\"countyName\":\"$4\",\"track\":\"$5\",\"startDate\":\"$6\",\"endDate\":\"$7\",\"trainerSubs\":[\"$8\"]}"
}
echo "    training cohorts"
cohort 30000000-0000-4000-8000-000000000001 "临夏县2026春季电商运营班" 622921 "临夏县" SHOP_OPERATION      2026-03-02 2026-05-29 "$TRAINER1"
cohort 30000000-0000-4000-8000-000000000002 "临夏县2026春季直播带货班" 622921 "临夏县" LIVE_STREAM_SELLING 2026-03-16 2026-06-12 "$TRAINER1"
cohort 30000000-0000-4000-8000-000000000003 "和政县2026春季网店客服班" 622925 "和政县" CUSTOMER_SERVICE    2026-04-06 2026-06-26 "$TRAINER2"

# --- Catalog: Linxia shops, products, stock, photos, a halal certificate. --------------------------------
# shellcheck source=demo-catalog.sh
. "$(dirname "${BASH_SOURCE[0]}")/demo-catalog.sh"
# shellcheck source=demo-training.sh
. "$(dirname "${BASH_SOURCE[0]}")/demo-training.sh"
# shellcheck source=demo-orders.sh
. "$(dirname "${BASH_SOURCE[0]}")/demo-orders.sh"
. "$(dirname "${BASH_SOURCE[0]}")/demo-logistics.sh"  # shared-logistics network of Linxia county (issue #12)
. "$(dirname "${BASH_SOURCE[0]}")/demo-trace.sh"

echo "    demo data loaded: $created answered 201 (created, or replayed for the same Idempotency-Key), $existing answered 409 (already there)"
