# Sourced by deploy/demo-data.sh (after the catalog and the demo orders): the shared-logistics network of Linxia
# county (临夏县, 622921) through the admin API — the county hub at Hanji, the express carriers' gateway, a cold store,
# eight townships with their points and a village station each (open mornings only), the legs between them with
# their schedules, a carrier destination per province with standard, express and reefer trunks, the county's and the
# platform's subsidies, and the demo shops' village stations. Township division codes and coordinates are
# illustrative (real names, approximate places). Safe to run again: a node or leg that exists is replaced (If-Match
# from a fresh read), a subsidy that exists is kept.
# Needs from demo-data.sh / demo-catalog.sh: call, expect, etag, ADMIN_TOKEN, TMP, S_MA, S_T1..S_T4.

echo "    logistics network (Linxia county)"

# upsert <collection path> <id> <json>: POST with the fixed id; when it exists, PUT the same body with its ETag.
upsert() {
  local path="$1" id="$2" body="$3" code
  code="$(call POST "$ADMIN_TOKEN" "$path" "$body" -H "Idempotency-Key: huinong-demo-logistics-$id")"
  if [ "$code" = 409 ]; then
    code="$(call GET "$ADMIN_TOKEN" "$path/$id")"; expect "read $path/$id" "$code" 200
    code="$(call PUT "$ADMIN_TOKEN" "$path/$id" "$body" -H "If-Match: $(etag)")"
    expect "replace $path/$id" "$code" 200
  else
    expect "create $path/$id" "$code" 201 200
  fi
}

# lnode <id> <code> <name> <level> <division> <parentId|null> <kind> <lat> <lon> <opens|null> <closes|null> <cold>
lnode() {
  local parent=null hours='"opens":null,"closes":null'
  [ "$6" = null ] || parent="\"$6\""
  [ "${10}" = null ] || hours="\"opens\":\"${10}\",\"closes\":\"${11}\",\"openDays\":[\"MONDAY\",\"TUESDAY\",\"WEDNESDAY\",\"THURSDAY\",\"FRIDAY\",\"SATURDAY\"]"
  upsert /api/orders/logistics/nodes "$1" \
    "{\"id\":\"$1\",\"code\":\"$2\",\"name\":\"$3\",\"level\":\"$4\",\"divisionCode\":\"$5\",\"parentId\":$parent,\"kind\":\"$7\",\"latitude\":$8,\"longitude\":$9,$hours,\"coldCapable\":${12}}"
}

DAILY='["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"]'
WORKDAYS='["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY"]'
REEFER_DAYS='["MONDAY","WEDNESDAY","FRIDAY"]'

# lleg <id> <code> <from> <to> <mode> <weekdays json> <cutoff> <departure> <minutes> <cost json> <kg> <litres> <reefer>
lleg() {
  upsert /api/orders/logistics/legs "$1" \
    "{\"id\":\"$1\",\"code\":\"$2\",\"fromNode\":\"$3\",\"toNode\":\"$4\",\"mode\":\"$5\",\"weekdays\":$6,\"cutoff\":\"$7\",\"departure\":\"$8\",\"durationMinutes\":$9,\"cost\":${10},\"capacityKg\":${11},\"capacityLitres\":${12},\"reefer\":${13}}"
}

N_HUB=20000000-0000-4000-8000-000000000001   # the demo's LX-COUNTY node becomes the county hub
lnode "$N_HUB" LX-COUNTY "临夏县县级物流中心（韩集）" COUNTY 622921 null COUNTY_HUB 35.5470 103.0010 07:00:00 20:00:00 true
lnode 20000000-0000-4000-8000-000000000002 LX-GATEWAY "临夏县快递集散中心" COUNTY 622921 null CARRIER_GATEWAY 35.5390 103.0160 null null false
lnode 20000000-0000-4000-8000-000000000003 LX-COLD "临夏县冷链仓储中心" COUNTY 622921 null COLD_STORE 35.5420 103.0090 null null true

# township <n> <code> <name> <division> <lat> <lon> <road km to the hub>: its point (11 and 12 are LX-HANJI and
# LX-TUQIAO of demo-data.sh) and its van to the hub.
township() {
  local id="20000000-0000-4000-8000-0000000000$1" code="$2" km="$7"
  lnode "$id" "$code" "$3乡镇物流站" TOWNSHIP "$4" "$N_HUB" TOWNSHIP_POINT "$5" "$6" 08:00:00 18:00:00 false
  lleg "21000000-0000-4000-8000-0000000000$1" "$code-HUB" "$code" LX-COUNTY COUNTY_VAN "$DAILY" 13:00:00 13:30:00 \
    $((30 + km * 2)) "{\"kind\":\"PER_KM\",\"fenPerKm\":250,\"km\":$km,\"expectedLoadKg\":400}" 1500 8000 false
}
# village <id> <code> <name> <division> <townshipId> <township code> <lat> <lon> <n>: a station, its van to the
# township point and the reefer round (Monday, Wednesday, Friday) to the cold store.
village() {
  lnode "$1" "$2" "$3村级服务站" VILLAGE "$4" "$5" VILLAGE_STATION "$7" "$8" 08:00:00 12:00:00 false
  lleg "22000000-0000-4000-8000-00000000$9" "$2-T" "$2" "$6" TOWNSHIP_VAN "$DAILY" 10:30:00 11:00:00 45 \
    '{"kind":"FIXED_PER_RUN","runFen":3000,"expectedLoadKg":150}' 600 3000 false
  lleg "23000000-0000-4000-8000-00000000$9" "$2-COLD" "$2" LX-COLD COUNTY_REEFER "$REEFER_DAYS" 09:30:00 10:00:00 150 \
    '{"kind":"FIXED_PER_RUN","runFen":24000,"expectedLoadKg":300}' 1000 5000 true
}

township 11 LX-HANJI     韩集镇     622921101 35.5460 103.0000 3
township 12 LX-TUQIAO    土桥镇     622921102 35.4730 103.0680 14
township 13 LX-MAJI      马集镇     622921103 35.4310 102.9240 19
township 14 LX-LIANHUA   莲花镇     622921104 35.7020 102.9540 24
township 15 LX-XINJI     新集镇     622921105 35.6010 102.9330 12
township 16 LX-YINJI     尹集镇     622921106 35.4950 103.1210 17
township 17 LX-DIAOQI    刁祁镇     622921107 35.5080 103.0480 8
township 18 LX-MANISIGOU 麻尼寺沟乡 622921108 35.3920 103.0130 27

village 20000000-0000-4000-8000-000000000101 LX-HANJI-V01  "韩集镇第一" 622921101201 20000000-0000-4000-8000-000000000011 LX-HANJI  35.5550 102.9900 0101
village 20000000-0000-4000-8000-000000000102 LX-HANJI-V02  "韩集镇第二" 622921101202 20000000-0000-4000-8000-000000000011 LX-HANJI  35.5380 103.0120 0102
village 20000000-0000-4000-8000-000000000201 LX-TUQIAO-V01 "土桥镇第一" 622921102201 20000000-0000-4000-8000-000000000012 LX-TUQIAO 35.4810 103.0790 0201
village 20000000-0000-4000-8000-000000000202 LX-TUQIAO-V02 "土桥镇第二" 622921102202 20000000-0000-4000-8000-000000000012 LX-TUQIAO 35.4650 103.0580 0202
village 20000000-0000-4000-8000-000000000301 LX-MAJI-V01     "马集镇第一"     622921103201 20000000-0000-4000-8000-000000000013 LX-MAJI     35.4240 102.9150 0301
village 20000000-0000-4000-8000-000000000401 LX-LIANHUA-V01  "莲花镇第一"     622921104201 20000000-0000-4000-8000-000000000014 LX-LIANHUA  35.7100 102.9450 0401
village 20000000-0000-4000-8000-000000000501 LX-XINJI-V01    "新集镇第一"     622921105201 20000000-0000-4000-8000-000000000015 LX-XINJI    35.6090 102.9240 0501
village 20000000-0000-4000-8000-000000000601 LX-YINJI-V01    "尹集镇第一"     622921106201 20000000-0000-4000-8000-000000000016 LX-YINJI    35.5020 103.1300 0601
village 20000000-0000-4000-8000-000000000701 LX-DIAOQI-V01   "刁祁镇第一"     622921107201 20000000-0000-4000-8000-000000000017 LX-DIAOQI   35.5150 103.0560 0701
village 20000000-0000-4000-8000-000000000801 LX-MANISIGOU-V01 "麻尼寺沟乡第一" 622921108201 20000000-0000-4000-8000-000000000018 LX-MANISIGOU 35.3850 103.0040 0801

# Hub and cold store to the carriers' gateway.
lleg 24000000-0000-4000-8000-000000000001 HUB-GATEWAY LX-COUNTY LX-GATEWAY COUNTY_VAN "$DAILY" 16:00:00 16:30:00 20 \
  '{"kind":"FIXED_PER_RUN","runFen":5000,"expectedLoadKg":1000}' 5000 25000 false
lleg 24000000-0000-4000-8000-000000000002 COLD-GATEWAY LX-COLD LX-GATEWAY COUNTY_REEFER "$DAILY" 14:00:00 14:30:00 20 \
  '{"kind":"FIXED_PER_RUN","runFen":3000,"expectedLoadKg":300}' 2000 10000 true

# A carrier destination per province (GB/T 2260), reached from the gateway by a standard trunk (daily), an express
# trunk (Monday–Saturday) and a reefer trunk; tariffs by zone as the flat tariff had them (near = the north-west).
for p in 11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65; do
  case "$p" in
    61|62|63|64) std=1440; exp=720;  cold=1200; tariff='"firstKgFen":800,"extraKgFen":300';  xt='"firstKgFen":1500,"extraKgFen":800';  ct='"firstKgFen":2500,"extraKgFen":1200' ;;
    54|65)       std=4320; exp=2160; cold=2640; tariff='"firstKgFen":2000,"extraKgFen":1200'; xt='"firstKgFen":3500,"extraKgFen":2000'; ct='"firstKgFen":5000,"extraKgFen":2500' ;;
    *)           std=2880; exp=1440; cold=1800; tariff='"firstKgFen":1200,"extraKgFen":600';  xt='"firstKgFen":2300,"extraKgFen":1200'; ct='"firstKgFen":3500,"extraKgFen":1800' ;;
  esac
  lnode "25000000-0000-4000-8000-0000000000$p" "DEST-$p" "快递目的地 $p" COUNTY "${p}0000" null CARRIER_GATEWAY 0 0 null null false
  lleg "26000000-0000-4000-8000-0000000000$p" "TRUNK-$p" LX-GATEWAY "DEST-$p" CARRIER_TRUNK "$DAILY" 17:30:00 18:00:00 "$std" \
    "{\"kind\":\"ZONE_TARIFF\",$tariff}" 5000 30000 false
  lleg "27000000-0000-4000-8000-0000000000$p" "EXPRESS-$p" LX-GATEWAY "DEST-$p" CARRIER_TRUNK "$WORKDAYS" 16:45:00 17:00:00 "$exp" \
    "{\"kind\":\"ZONE_TARIFF\",$xt}" 2000 12000 false
  lleg "28000000-0000-4000-8000-0000000000$p" "REEFER-$p" LX-GATEWAY "DEST-$p" CARRIER_TRUNK "$DAILY" 15:00:00 15:30:00 "$cold" \
    "{\"kind\":\"ZONE_TARIFF\",$ct}" 3000 15000 true
done

# Subsidies: the county's for every parcel leaving it, the platform's for the prefecture; each is its own line.
subsidy() {  # subsidy <id> <code> <payer> <division> <percent> <capFen>
  local code
  code="$(call POST "$ADMIN_TOKEN" /api/orders/logistics/subsidies \
    "{\"id\":\"$1\",\"code\":\"$2\",\"payer\":\"$3\",\"divisionCode\":\"$4\",\"percent\":$5,\"capFen\":$6}" \
    -H "Idempotency-Key: huinong-demo-logistics-$1")"
  expect "subsidy $2" "$code" 201 409
}
subsidy 29000000-0000-4000-8000-000000000001 LX-COUNTY-2026 COUNTY   622921 30 500
subsidy 29000000-0000-4000-8000-000000000002 PLATFORM-LINXIA PLATFORM 6229  10 200

# The demo shops of Linxia county hand their parcels in at their village stations.
station() {  # station <shopId> <node code>
  local code
  code="$(call PUT "$ADMIN_TOKEN" "/api/orders/logistics/shop-stations/$1" "{\"nodeCode\":\"$2\"}")"
  expect "station of shop $1" "$code" 200
}
station "$S_MA" LX-HANJI-V01
station "$S_T3" LX-HANJI-V02
station "$S_T1" LX-TUQIAO-V01
station "$S_T2" LX-TUQIAO-V02
station "$S_T4" LX-TUQIAO-V02
