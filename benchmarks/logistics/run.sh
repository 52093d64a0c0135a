#!/usr/bin/env bash
# Shared-logistics benchmarks, in-process (no services, no database): plans the generated Linxia-like county
# (LinxiaBenchmark) and measures quotes on a generated 2,000-node network (QuoteBenchmark). Both are test classes of
# order-service, so the generators never ship. Arguments: SEED (2026) and the long time limit in seconds (30).
# Heap is capped so that the peak RSS it prints says what a planning job needs.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
source "$ROOT/bin/lib/jdk.sh"
pick_jdk
OUT="$ROOT/benchmarks/target/logistics"
mkdir -p "$OUT"

echo "== compiling order-service and its tests (reactor, nothing installed)"
(cd "$ROOT" && ./mvnw -B -q ${MVN_FLAGS:-} -pl order-service -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt" -Dspotless.check.skip=true)
CP="$ROOT/order-service/target/test-classes:$ROOT/order-service/target/classes:$(cat "$OUT/classpath.txt")"
JAVA_OPTS=(-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=4)

echo "== Linxia-like county: consolidation plan"
java "${JAVA_OPTS[@]}" -cp "$CP" cn.huinong.market.orders.logistics.planning.LinxiaBenchmark "${1:-2026}" "${2:-30}" \
  | tee "$OUT/linxia.txt"

echo "== quotes on a 2,000-node network with a week of departures"
java "${JAVA_OPTS[@]}" -cp "$CP" cn.huinong.market.orders.logistics.routing.QuoteBenchmark 40 2000 \
  | tee "$OUT/quotes.txt"
