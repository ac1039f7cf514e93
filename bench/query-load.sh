#!/usr/bin/env bash
# Query load: wrk (2 threads, 32 connections by default) POSTs each document of bench/queries/ in turn to one
# service, started here from the packaged jar on DATA_DIR (a copy of it, so runs start equal). Reports per query
# req/s, p50, p99, response bytes, SQL statements per request (the service's atlas_graphql_sql_statements metric, one
# request), the ratio to { __typename } in the same run and RSS after each query's run;
# and, with --first-10s, the same for a fresh process's first 10 seconds. See bench/README.md.
#
# Usage: bench/query-load.sh [--duration 20s] [--connections 32] [--threads 2] [--jvm "-XX:MaxRAM=512m"]
#                            [--first-10s] [--queries DIR] [--jar JAR] [DATA_DIR]   (no DATA_DIR: the bundled dataset)
# --queries: the documents to run (default bench/queries; bench/queries/size is the cost-against-size set)
# --jar: another build's quarkus-run.jar (default target/quarkus-app/quarkus-run.jar), for before/after runs
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration=20s connections=32 threads=2 jvm="" first10=0 data="" queries=bench/queries
jar=target/quarkus-app/quarkus-run.jar
while (($#)); do
  case "$1" in
    --duration) duration=${2:?}; shift 2 ;;
    --connections) connections=${2:?}; shift 2 ;;
    --threads) threads=${2:?}; shift 2 ;;
    --jvm) jvm=${2:?}; shift 2 ;;
    --first-10s) first10=1; shift ;;
    --queries) queries=${2:?}; shift 2 ;;
    --jar) jar=${2:?}; shift 2 ;;
    -*) sed -n '2,12p' "$0" >&2; exit 2 ;;
    *) data=$1; shift ;;
  esac
done
[[ -f $jar ]] || { echo "$jar not found: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
for tool in wrk curl java node; do
  command -v "$tool" >/dev/null || { echo "$tool is required (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

source bench/lib.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/atlas-query-load.XXXXXX")
pid=
stop() {
  atlas_stop "$pid"
  pid=
}
trap 'atlas_stop_all; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status"; }
# SQL statements counted so far by the service's own metric (atlas_graphql_sql_statements, all series).
sql_total() {
  curl -s "http://127.0.0.1:$port/q/metrics" | awk '/^atlas_graphql_sql_statements_sum/ { total += $2 } END { printf "%d", total }'
}

start() {
  rm -rf "$work/data"
  if [[ -n $data ]]; then cp -r "$data" "$work/data"; else mkdir "$work/data"; fi
  # shellcheck disable=SC2086
  atlas_serve "$work/service.log" "$work/data" "$jar" -Datlas.rate-limit.enabled=false $jvm || exit 1
  pid=$atlas_pid port=$atlas_port
}

# One wrk run of a document: prints "req/s p50 p99 non200".
run() {
  BODY=$(atlas_query_body "$1") wrk -t"$threads" -c"$connections" -d"$2" --timeout 30s -s bench/query-load.lua "http://127.0.0.1:$port/graphql" \
    2>&1 >/dev/null | awk '/^RESULT/ { print $3, $4, $5, $6 }'
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); jvm: ${jvm:-defaults}; data: ${data:-bundled}"
printf '%-28s %10s %9s %9s %9s %8s %5s %8s %6s\n' query req/s ratio p50_ms p99_ms bytes sql rss_mib non200
start
docs=(bench/queries/typename.graphql "$queries"/[a-z][0-9]*.graphql)
declare -A bytes=() sql=()
for doc in "${docs[@]}"; do # one request of each while the service is idle: its size and its SQL statements
  before=$(sql_total)
  bytes[$doc]=$(curl -s -H 'content-type: application/json' -d "$(atlas_query_body "$doc")" "http://127.0.0.1:$port/graphql" | wc -c)
  sql[$doc]=$(($(sql_total) - before))
done
typename_rate=
for doc in "${docs[@]}"; do
  run "$doc" 5s >/dev/null # warm-up
  read -r rate p50 p99 bad < <(run "$doc" "$duration")
  if [[ ${bad:-1} != 0 ]]; then # a rate of errors is no result
    echo "query-load: $(basename "$doc") answered ${bad:-?} non-200 responses; the run fails" >&2
    exit 1
  fi
  typename_rate=${typename_rate:-$rate}
  printf '%-28s %10.0f %9.4f %9.1f %9.1f %8d %5d %8d %6d\n' "$(basename "$doc" .graphql)" "$rate" \
    "$(echo "$rate / $typename_rate" | bc -l)" "$p50" "$p99" "${bytes[$doc]}" "${sql[$doc]}" "$(rss)" "$bad"
done
stop

if ((first10)); then
  echo "first 10 s after the service is ready (fresh process per query, no warm-up):"
  for doc in bench/queries/typename.graphql bench/queries/q1-*.graphql; do
    start
    read -r rate p50 p99 bad < <(run "$doc" 10s)
    printf '%-28s %10.0f %9s %9.1f %9.1f %8s %5s %8d %6d\n' "$(basename "$doc" .graphql)" "$rate" - "$p50" "$p99" - - "$(rss)" "$bad"
    stop
  done
fi
