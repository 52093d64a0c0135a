# Sourced by deploy/demo-data.sh after demo-catalog.sh (uses its call/expect helpers): trainer1's spring
# e-commerce cohort with twelve trainees at real steps of the pipeline — enrolled, completed, certified,
# placed in jobs — so its funnel (GET /api/training/cohorts/{id}/funnel?asOf=…) shows real figures.
# Names and data are invented. Safe to run again: fixed ids, and each step first looks at the current state.

TRAINER1_TOKEN="$(token_for trainer1)"
COHORT=30000000-0000-4000-8000-000000000001

# first_field <name>: the first "<name>":"value" in the last response (enough for one-element arrays).
first_field() { sed -n "s/^[^{]*{[^}]*\"$1\" *: *\"\\([^\"]*\\)\".*/\\1/p" "$TMP/response" | head -1; }

# move_enrolment <traineeId> <target stage> <exitDate>: walks the enrolment one stage at a time to the target.
move_enrolment() {
  local trainee="$1" target="$2" exit_date="$3" code id stage next body i step
  local route=(APPLIED ENROLLED ACTIVE COMPLETED EXITED)
  [ "$target" = WITHDRAWN ] && route=(APPLIED ENROLLED ACTIVE WITHDRAWN)
  for step in 1 2 3 4 5; do
    code="$(call GET "$TRAINER1_TOKEN" "/api/training/trainees/$trainee/enrolments")"
    expect "read enrolment of $trainee" "$code" 200
    id="$(first_field id)"; stage="$(first_field stage)"
    [ "$stage" = "$target" ] && return 0
    next=""
    for i in "${!route[@]}"; do
      [ "${route[$i]}" = "$stage" ] && next="${route[$((i + 1))]:-}"
    done
    [ -n "$next" ] || fail "enrolment of $trainee is at $stage, which is not on the way to $target"
    body="{\"to\":\"$next\"}"
    [ "$next" = EXITED ] && body="{\"to\":\"EXITED\",\"exitDate\":\"$exit_date\"}"
    code="$(call POST "$TRAINER1_TOKEN" "/api/training/enrolments/$id/transitions" "$body")"
    expect "move enrolment of $trainee to $next" "$code" 200
  done
}

# trainee <n> <name> <township code> <township name> <support status> <target stage> [cert level] [employer]
trainee() {
  local id="50000000-0000-4000-8000-0000000000$1" code
  code="$(call POST "$TRAINER1_TOKEN" /api/training/trainees \
    "{\"id\":\"$id\",\"name\":\"$2\",\"countyCode\":\"622921\",\"countyName\":\"临夏县\",\"townshipCode\":\"$3\",\"townshipName\":\"$4\",\"baselineMonthlyIncomeFen\":$((80000 + 10#$1 * 3500)),\"supportStatus\":\"$5\",\"cohortId\":\"$COHORT\"}" \
    -H "Idempotency-Key: huinong-demo-trainee-$id")"
  expect "register trainee $2" "$code" 201 409
  code="$(call GET "$TRAINER1_TOKEN" "/api/training/trainees/$id/consents")"; expect "read consents of $2" "$code" 200
  if ! grep -q '"scope"' "$TMP/response"; then
    code="$(call POST "$TRAINER1_TOKEN" "/api/training/trainees/$id/consents" \
      '{"scope":"培训、就业与创业跟踪及成果统计，含本人网店的销售数据","givenAt":"2026-03-01T09:00:00+08:00","purposes":["SHOP_SALES"]}')"
    expect "record consent of $2" "$code" 201 200
  fi
  move_enrolment "$id" "$6" 2026-05-29
  if [ -n "${7:-}" ]; then
    code="$(call POST "$TRAINER1_TOKEN" "/api/training/trainees/$id/certificates" \
      "{\"id\":\"51000000-0000-4000-8000-0000000000$1\",\"workType\":\"LIVE_STREAM_SELLER\",\"level\":\"$7\",\"issuedOn\":\"2026-06-05\",\"expiresOn\":\"2029-06-04\"}")"
    expect "certify $2" "$code" 201 409
  fi
  if [ -n "${8:-}" ]; then
    code="$(call POST "$TRAINER1_TOKEN" "/api/training/trainees/$id/placements" \
      "{\"id\":\"52000000-0000-4000-8000-0000000000$1\",\"employerName\":\"$8\",\"role\":\"网店客服\",\"startDate\":\"2026-06-15\",\"monthlyWageFen\":320000,\"trainingRelated\":true,\"verification\":\"EMPLOYER_CONFIRMED\"}")"
    expect "place $2" "$code" 201 409
  fi
}

echo "    training: a cohort with trainees at every step"
trainee 01 马小燕 622921101 韩集镇 LIFTED_OUT       EXITED LEVEL_4 "临夏八坊电子商务有限公司"
trainee 02 马文杰 622921101 韩集镇 UNSTABLE_LIFTED  EXITED LEVEL_5 "甘肃河州农产品供应链有限公司"
trainee 03 韩雪梅 622921102 土桥镇 LIFTED_OUT       EXITED LEVEL_5 "临夏八坊电子商务有限公司"
trainee 04 妥建军 622921102 土桥镇 MARGINAL_AT_RISK EXITED LEVEL_5 "和政县核桃百合专业合作社"
trainee 05 马海燕 622921101 韩集镇 LIFTED_OUT       EXITED LEVEL_5 "临夏州直播电商产业园"
trainee 06 马成龙 622921101 韩集镇 SUDDEN_HARDSHIP  EXITED LEVEL_5
trainee 07 何玉兰 622921102 土桥镇 NONE             EXITED
trainee 08 马晓东 622921101 韩集镇 LIFTED_OUT       ACTIVE
trainee 09 冶秀英 622921102 土桥镇 UNSTABLE_LIFTED  ACTIVE
trainee 10 马俊   622921101 韩集镇 LIFTED_OUT       WITHDRAWN
trainee 11 韩梅   622921102 土桥镇 MARGINAL_AT_RISK APPLIED
trainee 12 马丽   622921101 韩集镇 NONE             APPLIED
