#!/usr/bin/env bash
# Loads training-service's seeded outcomes dataset (six Linxia cohorts 2024–2025: 720 applicants, 504 completers,
# 199 shops opened, with order facts; fixed seed 20260630, as of 2026-06-30) into a running system and prints its
# funnel by cohort. The generator is demo code, not part of the service: it lives in training-service's test
# sources (cn.huinong.market.training.demo.OutcomeDemoLoader, the same code OutcomeDatasetTest checks) and writes
# straight into the training database, sealing the trainees' protected fields with the running service's key.
# Needs: a JDK >= 21, the running stack (PostgreSQL, Keycloak on 8180, training-service), the key bin/run made
# (.run/training-crypto.key) or HUINONG_TRAINING_CRYPTO_KEY. Safe to run again: fixed ids, a second load changes
# nothing.
#   deploy/demo-training-outcomes.sh   (TRAINING_URL, TOKEN_URL, DEMO_PASSWORD, TRAINING_DB_URL, TRAINING_DB_USER,
#                                       TRAINING_DB_PASSWORD, HUINONG_TRAINING_CRYPTO_KEY[_ID] may be overridden)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRAINING_URL="${TRAINING_URL:-http://localhost:8083}"
TOKEN_URL="${TOKEN_URL:-http://localhost:8180/realms/huinong/protocol/openid-connect/token}"
DEMO_PASSWORD="${DEMO_PASSWORD:-huinong-demo}"
fail() { printf 'demo-training-outcomes: error: %s\n' "$*" >&2; exit 1; }

# The database bin/run uses: its private cluster (port 5433) when it made one, else the system server.
if [ -z "${TRAINING_DB_URL:-}" ]; then
  port=5432
  [ -f "$ROOT/.run/pgdata/postmaster.pid" ] && port=5433
  TRAINING_DB_URL="jdbc:postgresql://127.0.0.1:$port/training"
fi
export TRAINING_DB_URL
if [ -z "${HUINONG_TRAINING_CRYPTO_KEY:-}" ]; then
  [ -s "$ROOT/.run/training-crypto.key" ] || fail "no HUINONG_TRAINING_CRYPTO_KEY and no $ROOT/.run/training-crypto.key"
  HUINONG_TRAINING_CRYPTO_KEY="$(cat "$ROOT/.run/training-crypto.key")"
fi
export HUINONG_TRAINING_CRYPTO_KEY

# shellcheck source=../bin/lib/jdk.sh
. "$ROOT/bin/lib/jdk.sh"
pick_jdk >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Compile the generator (training-service's test sources) and list its class path; nothing is installed.
(cd "$ROOT" && ./mvnw -B -q -pl training-service -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath" -Dspotless.check.skip=true) \
  || fail "could not build the generator (training-service test sources)"
classpath="$ROOT/training-service/target/test-classes:$ROOT/training-service/target/classes:$(cat "$work/classpath")"
printf 'demo-training-outcomes: loading into %s\n' "$TRAINING_DB_URL"
loaded="$(java -cp "$classpath" cn.huinong.market.training.demo.OutcomeDemoLoader)" || fail "loading failed"
printf 'demo-training-outcomes: loaded %s\n' "$loaded"

token="$(curl -s --max-time 20 --data-urlencode grant_type=password --data-urlencode client_id=huinong-web \
  --data-urlencode username=admin1 --data-urlencode "password=$DEMO_PASSWORD" "$TOKEN_URL" \
  | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')"
[ -n "$token" ] || fail "could not log in as admin1 at $TOKEN_URL"
curl -s --max-time 60 -H "Authorization: Bearer $token" -H 'Accept: text/csv' \
  "$TRAINING_URL/api/training/reports/funnel?asOf=2026-06-30&groupBy=cohort" > "$work/funnel.csv"
printf 'demo-training-outcomes: funnel as of 2026-06-30 by cohort (CSV):\n'
cat "$work/funnel.csv"
