#!/usr/bin/env bash
# Trace benchmark (see README.md): capture EVENTS EPCIS events for SHOPS shops into a scratch database through the
# real capture service, in documents of 100, then time backward and forward traces.
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=/dev/null
source bin/lib/jdk.sh
pick_jdk
EVENTS=${EVENTS:-1000000}
SHOPS=${SHOPS:-100}
THREADS=${THREADS:-4}
SAMPLES=${SAMPLES:-300}
# The test resource drops and creates catalog_test$HUINONG_TEST_DB_SUFFIX: a scratch database of its own.
export HUINONG_TEST_DB_SUFFIX=${HUINONG_TEST_DB_SUFFIX:-_trace_bench}
mkdir -p benchmarks/target
./mvnw -B -pl catalog-service -am verify -Dtest=TraceBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
    -Dtrace.benchmark=true -Dtrace.events="$EVENTS" -Dtrace.shops="$SHOPS" -Dtrace.threads="$THREADS" \
    -Dtrace.samples="$SAMPLES" | tee benchmarks/target/trace.log | grep -E 'TRACE-BENCHMARK|Tests run:|ERROR' || true
grep -q 'TRACE-BENCHMARK' benchmarks/target/trace.log
