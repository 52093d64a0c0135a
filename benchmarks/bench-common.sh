# Sourced by the benchmark scripts: the JDK, the PostgreSQL to use, fresh databases, and the processes a run starts,
# waited for until they answer and stopped when the script exits (exactly those, by PID).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=/dev/null
source "$ROOT/bin/lib/jdk.sh"
pick_jdk

export PGHOST="${BENCH_PGHOST:-127.0.0.1}" PGPORT="${BENCH_PGPORT:-5432}" PGUSER="${BENCH_PGUSER:-postgres}"
export PGPASSWORD="${BENCH_PGPASSWORD:-${PGPASSWORD:-}}"

# fresh_database DB...: drops and creates each.
fresh_database() {
  local db
  for db in "$@"; do
    psql -q -d postgres -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db"
  done
}

# Add "$!" after starting a process in the background; stop_started stops them all (also on exit).
STARTED_PIDS=()
stop_started() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${STARTED_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  STARTED_PIDS=()
}
trap stop_started EXIT

# wait_up NAME URL PID LOG [SECONDS]: until URL answers (default 180 s); fails, showing the end of LOG, when the
# process exits first or the time runs out.
wait_up() {
  local seconds="${5:-180}" i
  for i in $(seq 1 "$seconds"); do
    if curl -sf "$2" > /dev/null 2>&1; then
      echo "   $1 up (pid $3, log $4)"
      return 0
    fi
    if ! kill -0 "$3" 2>/dev/null; then
      echo "error: $1 exited; see $4" >&2
      tail -30 "$4" >&2
      return 1
    fi
    sleep 1
  done
  echo "error: $1 did not come up in $seconds s; see $4" >&2
  return 1
}

# start_with_run_key NAME JAR PORT DB LOG HEALTH_PATH: the service in JAR on PORT against DB, checking tokens with the
# run's public key ($OUT/keys, made by BenchDriver keygen) instead of Keycloak; waits until HEALTH_PATH answers.
start_with_run_key() {
  QUARKUS_HTTP_PORT="$3" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$4" \
  QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="$PGPASSWORD" \
  QUARKUS_OIDC_AUTH_SERVER_URL="" \
  QUARKUS_OIDC_PUBLIC_KEY="$(cat "$OUT/keys/public.b64")" \
  java ${BENCH_JAVA_OPTS:--Xmx512m} -jar "$2" > "$5" 2>&1 &
  STARTED_PIDS+=("$!")
  wait_up "$1 on port $3" "http://127.0.0.1:$3$6" "$!" "$5" 120
}

# compile_bench MAIN.java: compiles a benchmark program together with BenchDriver.java (run keys, tokens and the
# load loop they share) into $OUT/classes; run it with java -cp "$OUT/classes" MAIN.
compile_bench() {
  javac -d "$OUT/classes" "$ROOT/benchmarks/BenchDriver.java" "$1"
}
