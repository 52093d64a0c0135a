# Sourced by deploy/demo-data.sh: Linxia shops with real-looking products, SKUs, stock, photos and a halal
# certificate, created through the public API as the demo sellers and approved by the demo admin. Safe to run
# again: fixed ids, and every step first looks at the current state.

SELLER1_TOKEN="$(token_for seller1)"
SELLER2_TOKEN="$(token_for seller2)"
DEMO_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/demo"

# call <method> <token> <path> [json] [extra curl args...]: leaves the body in $TMP/response, headers in
# $TMP/headers, and prints the HTTP status.
call() {
  local method="$1" token="$2" path="$3" body="${4:-}"
  shift 4 2>/dev/null || shift $#
  local args=(-s -o "$TMP/response" -D "$TMP/headers" -w '%{http_code}' --max-time 60 -X "$method"
              -H "Authorization: Bearer $token" -H 'Accept-Language: en')
  if [ -n "$body" ]; then
    args+=(-H 'Content-Type: application/json; charset=utf-8' --data-binary "$body")
  fi
  curl "${args[@]}" "$@" "$GATEWAY_URL$path" || true
}

expect() {  # expect <what> <code> <allowed codes...>
  local what="$1" code="$2"
  shift 2
  for ok in "$@"; do [ "$code" = "$ok" ] && return 0; done
  { echo "demo-data: $what answered HTTP $code"; cat "$TMP/response"; echo; } >&2
  exit 1
}

etag() { sed -n 's/^[Ee][Tt][Aa][Gg]: *\([^[:space:]]*\).*/\1/p' "$TMP/headers" | tail -1; }
status_of() { json_string_field "$TMP/response" status; }

# apply_shop <id> <sellerToken> <json>
apply_shop() {
  local code
  code="$(call POST "$2" /api/catalog/shops "$3" -H "Idempotency-Key: huinong-demo-shop-$1")"
  expect "apply for shop $1" "$code" 201 409
}

# approve_shop <id>: takes the shop through review to APPROVED, from whatever step it is at.
approve_shop() {
  local id="$1" path="/api/catalog/shops/$1" code
  code="$(call GET "$ADMIN_TOKEN" "$path")"; expect "read shop $id" "$code" 200
  if [ "$(status_of)" = APPLIED ]; then
    code="$(call POST "$ADMIN_TOKEN" "$path/transitions" '{"to":"UNDER_REVIEW"}')"; expect "review shop" "$code" 200
  fi
  if [ "$(status_of)" = UNDER_REVIEW ]; then
    code="$(call PUT "$ADMIN_TOKEN" "$path/checklist" \
      '{"identityChecked":true,"payoutAccountGiven":true,"halalCertificateChecked":true}' -H "If-Match: $(etag)")"
    expect "checklist of shop $id" "$code" 200
    code="$(call POST "$ADMIN_TOKEN" "$path/transitions" '{"to":"APPROVED"}')"; expect "approve shop" "$code" 200
  fi
}

# upload <token> <startPath> <completionPath> <file> <startBody>: presigned PUT of a file, then completion.
upload() {
  local code url
  code="$(call POST "$1" "$2" "$5")"; expect "start upload at $2" "$code" 200 201
  url="$(json_string_field "$TMP/response" uploadUrl)"
  code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 60 -X PUT -H 'Content-Type: image/jpeg' \
    --data-binary "@$4" "$url" || true)"
  [ "$code" = 200 ] || fail "uploading $4 to the S3 store answered HTTP $code"
  code="$(call POST "$1" "$3" "")"; expect "complete upload at $3" "$code" 200 201
}

# product <id> <shopId> <sellerToken> <categoryId> <nameZh> <nameEn> <descriptionZh> <photo>
product() {
  local id="$1" shop="$2" token="$3" path="/api/catalog/products/$1" code
  code="$(call POST "$token" "/api/catalog/shops/$shop/products" \
    "{\"id\":\"$id\",\"categoryId\":\"$4\",\"nameZh\":\"$5\",\"nameEn\":\"$6\",\"descriptionZh\":\"$7\"}" \
    -H "Idempotency-Key: huinong-demo-product-$id")"
  expect "create product $5" "$code" 201 409
  code="$(call GET "$token" "$path/images")"; expect "list images of $5" "$code" 200
  if ! grep -q '"variants"' "$TMP/response"; then
    upload "$token" "$path/images" "$path/images/${id%????}0001/completion" "$DEMO_DIR/images/$8" \
      "{\"imageId\":\"${id%????}0001\"}"
  fi
}

# sku <id> <productId> <sellerToken> <nameZh> <netG> <packedG> <volumeCm3> <temperature> <shelfDays> <priceFen> <onHand>
sku() {
  local code
  code="$(call POST "$3" "/api/catalog/products/$2/skus" \
    "{\"id\":\"$1\",\"nameZh\":\"$4\",\"unit\":\"件\",\"netWeightG\":$5,\"packedWeightG\":$6,\"packedVolumeCm3\":$7,\"temperatureClass\":\"$8\",\"shelfLifeDays\":$9,\"priceFen\":${10}}" \
    -H "Idempotency-Key: huinong-demo-sku-$1")"
  expect "create SKU $4" "$code" 201 409
  code="$(call GET "$3" "/api/catalog/skus/$1/stock")"; expect "read stock of $4" "$code" 200
  code="$(call PUT "$3" "/api/catalog/skus/$1/stock" "{\"onHand\":${11}}" -H "If-Match: $(etag)")"
  expect "set stock of $4" "$code" 200 409
}

# publish <productId> <sellerToken>: submit for review and approve as admin, whatever step it is at.
publish() {
  local path="/api/catalog/products/$1" code
  code="$(call GET "$2" "$path")"; expect "read product $1" "$code" 200
  if [ "$(status_of)" = DRAFT ]; then
    code="$(call POST "$2" "$path/transitions" '{"to":"PENDING_REVIEW"}')"; expect "submit $1" "$code" 200
  fi
  if [ "$(status_of)" = PENDING_REVIEW ]; then
    code="$(call POST "$ADMIN_TOKEN" "$path/transitions" '{"to":"APPROVED"}')"; expect "approve $1" "$code" 200
  fi
}

echo "    shops"
S_MA=40000000-0000-4000-8000-000000000001
S_HEZHENG=40000000-0000-4000-8000-000000000002
S_BRICK=40000000-0000-4000-8000-000000000003
apply_shop "$S_MA" "$SELLER1_TOKEN" "{\"id\":\"$S_MA\",\"nameZh\":\"马家清真牛羊肉\",\"nameEn\":\"Ma Family Halal Beef and Mutton\",\"descriptionZh\":\"韩集镇回族家庭作坊，自家散养牛羊，手工风干。\",\"countyCode\":\"622921\",\"countyName\":\"临夏县\",\"townshipCode\":\"622921101\",\"townshipName\":\"韩集镇\",\"contactName\":\"马国强\",\"contactPhone\":\"13909300101\",\"sells\":\"清真牛肉干、手抓羊肉\",\"sellsHalal\":true,\"supportStatus\":\"SUPPORTED_HOUSEHOLD\",\"supportLabelConsent\":true}"
apply_shop "$S_HEZHENG" "$SELLER2_TOKEN" "{\"id\":\"$S_HEZHENG\",\"nameZh\":\"和政县核桃百合专业合作社\",\"nameEn\":\"Hezheng Walnut and Lily Cooperative\",\"descriptionZh\":\"32户社员，海拔2100米山地种植。\",\"countyCode\":\"622925\",\"countyName\":\"和政县\",\"contactName\":\"王秀兰\",\"contactPhone\":\"13909300202\",\"sells\":\"核桃、百合、枸杞\",\"sellsHalal\":false,\"supportStatus\":\"TRAINEE\",\"supportLabelConsent\":true}"
apply_shop "$S_BRICK" "$SELLER1_TOKEN" "{\"id\":\"$S_BRICK\",\"nameZh\":\"河州砖雕坊\",\"nameEn\":\"Hezhou Brick Carving Workshop\",\"descriptionZh\":\"国家级非遗河州砖雕传承人工作室。\",\"countyCode\":\"622901\",\"countyName\":\"临夏市\",\"contactName\":\"马国强\",\"contactPhone\":\"13909300101\",\"sells\":\"砖雕摆件、挂件\",\"sellsHalal\":false,\"supportStatus\":\"NONE\",\"supportLabelConsent\":false}"

# Shops of programme trainees (support status TRAINEE): the incubation part of the demo links them to trainees.
# trainee_shop <id> <sellerToken> <nameZh> <nameEn> <townshipCode> <townshipName> <contact> <sells>
trainee_shop() {
  apply_shop "$1" "$2" "{\"id\":\"$1\",\"nameZh\":\"$3\",\"nameEn\":\"$4\",\"descriptionZh\":\"电商技能培训结业学员开的网店。\",\"countyCode\":\"622921\",\"countyName\":\"临夏县\",\"townshipCode\":\"$5\",\"townshipName\":\"$6\",\"contactName\":\"$7\",\"contactPhone\":\"13909300303\",\"sells\":\"$8\",\"sellsHalal\":false,\"supportStatus\":\"TRAINEE\",\"supportLabelConsent\":true}"
}
S_T1=40000000-0000-4000-8000-000000000004
S_T2=40000000-0000-4000-8000-000000000005
S_T3=40000000-0000-4000-8000-000000000006
S_T4=40000000-0000-4000-8000-000000000007
trainee_shop "$S_T1" "$SELLER2_TOKEN" "土桥何家枸杞铺" "He Family Wolfberries" 622921102 土桥镇 何玉兰 "枸杞"
trainee_shop "$S_T2" "$SELLER1_TOKEN" "妥家刺绣工坊" "Tuo Family Embroidery" 622921102 土桥镇 妥建军 "回族刺绣"
trainee_shop "$S_T3" "$SELLER2_TOKEN" "韩集海燕核桃店" "Haiyan's Walnuts" 622921101 韩集镇 马海燕 "核桃"
trainee_shop "$S_T4" "$SELLER1_TOKEN" "雪梅百合小店" "Xuemei's Lily Shop" 622921102 土桥镇 韩雪梅 "百合"

echo "    halal certificate"
CERT=41000000-0000-4000-8000-000000000001
code="$(call POST "$SELLER1_TOKEN" "/api/catalog/shops/$S_MA/halal-certificates" \
  "{\"id\":\"$CERT\",\"issuer\":\"临夏回族自治州伊斯兰教协会\",\"number\":\"LXQZ-2026-0188\",\"scope\":\"牛羊肉及其制品\",\"categoryIds\":[\"$C_HALAL\"],\"validFrom\":\"2026-01-01\",\"validTo\":\"2027-12-31\"}" \
  -H "Idempotency-Key: huinong-demo-cert-$CERT")"
expect "register the halal certificate" "$code" 201 409
code="$(call GET "$SELLER1_TOKEN" "/api/catalog/shops/$S_MA/halal-certificates/$CERT")"; expect "read certificate" "$code" 200
if grep -q '"hasScan" *: *false' "$TMP/response"; then
  upload "$SELLER1_TOKEN" "/api/catalog/shops/$S_MA/halal-certificates/$CERT/scan" \
    "/api/catalog/shops/$S_MA/halal-certificates/$CERT/scan/completion" "$DEMO_DIR/images/beef-jerky.jpg" ""
fi

# The halal shop is approved only once its certificate is on file.
for s in "$S_MA" "$S_HEZHENG" "$S_BRICK" "$S_T1" "$S_T2" "$S_T3" "$S_T4"; do approve_shop "$s"; done

echo "    products, SKUs, stock and photos"
P_JERKY=42000000-0000-4000-8000-000000010000
P_MUTTON=42000000-0000-4000-8000-000000020000
P_WALNUT=42000000-0000-4000-8000-000000030000
P_LILY=42000000-0000-4000-8000-000000040000
P_WOLFBERRY=42000000-0000-4000-8000-000000050000
P_BRICK=42000000-0000-4000-8000-000000060000
product "$P_JERKY" "$S_MA" "$SELLER1_TOKEN" 10000000-0000-4000-8000-000000000012 "临夏清真手撕牛肉干" "Linxia halal shredded beef jerky" "黄牛后腿肉，只用盐和花椒，风干72小时。" beef-jerky.jpg
sku 43000000-0000-4000-8000-000000010001 "$P_JERKY" "$SELLER1_TOKEN" "原味 250克" 250 330 1200 AMBIENT 180 5800 40
sku 43000000-0000-4000-8000-000000010002 "$P_JERKY" "$SELLER1_TOKEN" "麻辣 500克" 500 620 2200 AMBIENT 180 10800 25
product "$P_MUTTON" "$S_MA" "$SELLER1_TOKEN" 10000000-0000-4000-8000-000000000011 "韩集手抓羊肉" "Hanji hand-pulled mutton" "当天宰杀的羔羊肉，清水煮熟后真空速冻，冷链发货。" beef-jerky.jpg
sku 43000000-0000-4000-8000-000000020001 "$P_MUTTON" "$SELLER1_TOKEN" "羊排 1公斤" 1000 1600 6000 FROZEN 90 12800 12
product "$P_WALNUT" "$S_HEZHENG" "$SELLER2_TOKEN" 10000000-0000-4000-8000-000000000021 "和政薄皮核桃" "Hezheng thin-shell walnuts" "新季薄皮核桃，手捏即开，果仁饱满。" walnuts.jpg
sku 43000000-0000-4000-8000-000000030001 "$P_WALNUT" "$SELLER2_TOKEN" "2.5公斤 箱装" 2500 2900 9000 AMBIENT 270 8900 60
sku 43000000-0000-4000-8000-000000030002 "$P_WALNUT" "$SELLER2_TOKEN" "500克 袋装" 500 560 1500 AMBIENT 270 2200 150
product "$P_LILY" "$S_HEZHENG" "$SELLER2_TOKEN" 10000000-0000-4000-8000-000000000022 "高原百合干" "Highland dried lily bulbs" "甜百合鳞片晒干，煲汤煮粥。" lily.jpg
sku 43000000-0000-4000-8000-000000040001 "$P_LILY" "$SELLER2_TOKEN" "250克 罐装" 250 420 1600 AMBIENT 365 4600 80
product "$P_WOLFBERRY" "$S_HEZHENG" "$SELLER2_TOKEN" 10000000-0000-4000-8000-000000000023 "头茬红枸杞" "First-harvest red wolfberries" "头茬采摘，颗粒大，免洗即食。" wolfberry.jpg
sku 43000000-0000-4000-8000-000000050001 "$P_WOLFBERRY" "$SELLER2_TOKEN" "500克 袋装" 500 560 1800 AMBIENT 365 3900 0
product "$P_BRICK" "$S_BRICK" "$SELLER1_TOKEN" 10000000-0000-4000-8000-000000000031 "河州砖雕《牡丹》挂件" "Hezhou brick carving: peony plaque" "青砖手工雕刻，牡丹寓意富贵，附收藏证书。" brick-carving.jpg
sku 43000000-0000-4000-8000-000000060001 "$P_BRICK" "$SELLER1_TOKEN" "30×30厘米" 3500 5200 18000 AMBIENT 3650 68000 5
P_T1=42000000-0000-4000-8000-000000070000
P_T2=42000000-0000-4000-8000-000000080000
P_T3=42000000-0000-4000-8000-000000090000
P_T4=42000000-0000-4000-8000-000000100000
product "$P_T1" "$S_T1" "$SELLER2_TOKEN" 10000000-0000-4000-8000-000000000023 "土桥红枸杞" "Tuqiao red wolfberries" "自家地里采摘晾干。" wolfberry.jpg
sku 43000000-0000-4000-8000-000000070001 "$P_T1" "$SELLER2_TOKEN" "250克 袋装" 250 300 900 AMBIENT 365 2600 50
product "$P_T2" "$S_T2" "$SELLER1_TOKEN" 10000000-0000-4000-8000-000000000032 "回族手绣鞋垫" "Hui hand-embroidered insoles" "纯手工十字绣，一双绣七天。" brick-carving.jpg
sku 43000000-0000-4000-8000-000000080001 "$P_T2" "$SELLER1_TOKEN" "一双 37-40码" 120 200 800 AMBIENT 3650 8800 20
product "$P_T3" "$S_T3" "$SELLER2_TOKEN" 10000000-0000-4000-8000-000000000021 "韩集纸皮核桃" "Hanji paper-shell walnuts" "老树核桃，皮薄仁香。" walnuts.jpg
sku 43000000-0000-4000-8000-000000090001 "$P_T3" "$SELLER2_TOKEN" "1公斤 袋装" 1000 1100 3000 AMBIENT 270 3600 40
product "$P_T4" "$S_T4" "$SELLER1_TOKEN" 10000000-0000-4000-8000-000000000022 "鲜百合干片" "Dried lily slices" "当年百合，低温烘干。" lily.jpg
sku 43000000-0000-4000-8000-000000100001 "$P_T4" "$SELLER1_TOKEN" "200克 罐装" 200 320 1200 AMBIENT 365 3900 30
for p in "$P_JERKY:$SELLER1_TOKEN" "$P_MUTTON:$SELLER1_TOKEN" "$P_WALNUT:$SELLER2_TOKEN" "$P_LILY:$SELLER2_TOKEN" \
         "$P_WOLFBERRY:$SELLER2_TOKEN" "$P_BRICK:$SELLER1_TOKEN" "$P_T1:$SELLER2_TOKEN" "$P_T2:$SELLER1_TOKEN" \
         "$P_T3:$SELLER2_TOKEN" "$P_T4:$SELLER1_TOKEN"; do
  publish "${p%%:*}" "${p#*:}"
done
