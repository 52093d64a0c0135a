#!/usr/bin/env bash
# Loads training-service's seeded outcomes dataset (six Linxia cohorts 2024–2025, ~500 completed, ~190 linked shops
# with order facts; fixed seed, as of 2026-06-30) and prints its funnel by cohort. Needs the running stack
# (Keycloak on 8180, training-service started with HUINONG_TRAINING_INCUBATION_DEMO_DATA_ENABLED=true).
# Safe to run again: fixed ids, a second load changes nothing.
#   deploy/demo-training-outcomes.sh            (TRAINING_URL, TOKEN_URL, DEMO_PASSWORD may be overridden)
set -euo pipefail
TRAINING_URL="${TRAINING_URL:-http://localhost:8083}"
TOKEN_URL="${TOKEN_URL:-http://localhost:8180/realms/huinong/protocol/openid-connect/token}"
DEMO_PASSWORD="${DEMO_PASSWORD:-huinong-demo}"
fail() { printf 'demo-training-outcomes: error: %s\n' "$*" >&2; exit 1; }

token="$(curl -s --max-time 20 --data-urlencode grant_type=password --data-urlencode client_id=huinong-web \
  --data-urlencode username=admin1 --data-urlencode "password=$DEMO_PASSWORD" "$TOKEN_URL" \
  | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')"
[ -n "$token" ] || fail "could not log in as admin1 at $TOKEN_URL"

out="$(mktemp)"
trap 'rm -f "$out"' EXIT
code="$(curl -s -o "$out" -w '%{http_code}' --max-time 120 -X POST -H "Authorization: Bearer $token" \
  "$TRAINING_URL/api/training/demo/outcomes")"
[ "$code" = 200 ] || fail "POST /api/training/demo/outcomes answered $code: $(cat "$out")
(start training-service with HUINONG_TRAINING_INCUBATION_DEMO_DATA_ENABLED=true)"
printf 'demo-training-outcomes: loaded %s\n' "$(cat "$out")"
curl -s --max-time 60 -H "Authorization: Bearer $token" -H 'Accept: text/csv' \
  "$TRAINING_URL/api/training/reports/funnel?asOf=2026-06-30&groupBy=cohort" > "$out"
printf 'demo-training-outcomes: funnel as of 2026-06-30 by cohort (CSV):\n'
cat "$out"
