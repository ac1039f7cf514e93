#!/usr/bin/env bash
# Before/after on a noisy machine: two builds of the service run side by side, and each query is loaded on A, then
# on B, then on A again... (--rounds times, wrk 2 threads, 32 connections), so both see the same noise. Prints per
# query the median req/s and p99 of A and of B, and B's median rate over A's. Both ratios to { __typename } are the
# medians of each round's ratio. See bench/README.md, "Before and after".
#
# Usage: bench/query-ab.sh --a JAR [--a-data DIR] --b JAR|EXECUTABLE [--b-data DIR] [--rounds 3] [--duration 8s]
#                          [--jvm "-XX:MaxRAM=512m"] [--a-jvm OPTS] [--b-jvm OPTS] [--queries DIR]
# A query whose single request, times 32 connections, takes longer than the duration completes nothing (0 req/s)
# and leaves a backlog that slows the next query: measure such queries with query-load.sh --connections 1.
# A data directory is copied before the start (each build may migrate it); none: the bundled dataset. --jvm applies
# to both; --a-jvm and --b-jvm add options to one side (the same jar twice then compares JVM settings).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

rounds=3 duration=8s jvm="" queries=bench/queries
declare -A jar=() data=() sidejvm=()
while (($#)); do
  case "$1" in
    --a | --b) jar[${1#--}]=${2:?}; shift 2 ;;
    --a-data | --b-data) data[${1:2:1}]=${2:?}; shift 2 ;;
    --a-jvm | --b-jvm) sidejvm[${1:2:1}]=${2:?}; shift 2 ;;
    --rounds) rounds=${2:?}; shift 2 ;;
    --duration) duration=${2:?}; shift 2 ;;
    --jvm) jvm=${2:?}; shift 2 ;;
    --queries) queries=${2:?}; shift 2 ;;
    *) sed -n '7,10p' "$0" >&2; exit 2 ;;
  esac
done
[[ -n ${jar[a]:-} && -n ${jar[b]:-} ]] || { sed -n '7,10p' "$0" >&2; exit 2; }
for tool in wrk curl java node; do
  command -v "$tool" >/dev/null || { echo "$tool is required (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

source bench/lib.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/atlas-query-ab.XXXXXX")
declare -A pid=() port=()
trap 'atlas_stop_all; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Both start at once; a jar runs on java, anything else is a native executable, which takes the same -XX:MaxRAM and
# -D options.
for side in a b; do
  mkdir -p "$work/$side"
  if [[ -n ${data[$side]:-} ]]; then cp -r "${data[$side]}" "$work/$side/data"; else mkdir "$work/$side/data"; fi
  port[$side]=$(atlas_free_port)
  # shellcheck disable=SC2206
  opts=(-Datlas.data-dir="$work/$side/data" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="${port[$side]}"
    -Datlas.rate-limit.enabled=false $jvm ${sidejvm[$side]:-})
  if [[ ${jar[$side]} == *.jar ]]; then cmd=(java "${opts[@]}" -jar "${jar[$side]}"); else cmd=("${jar[$side]}" "${opts[@]}"); fi
  atlas_launch "$work/$side/service.log" "${cmd[@]}"
  pid[$side]=$atlas_pid
done
for side in a b; do
  atlas_wait_ready "${pid[$side]}" "${port[$side]}" "$work/$side/service.log" || exit 1
done

# One wrk run: prints "req/s p99". Any answer other than 200 fails the whole run: a rate of errors is no result.
run() {
  local result
  result=$(BODY=$(atlas_query_body "$2") wrk -t2 -c32 -d"$3" --timeout 30s -s bench/query-load.lua \
    "http://127.0.0.1:${port[$1]}/graphql" 2>&1 >/dev/null | awk '/^RESULT/ { print $3, $5, $6 }')
  [[ -n $result && ${result##* } == 0 ]] || { echo "query-ab: $(basename "$2") on $1 answered non-200 ($result)" >&2; exit 1; }
  echo "${result% *}"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); jvm: ${jvm:-defaults}; rounds: $rounds x $duration"
echo "A: ${jar[a]} on ${data[a]:-bundled} ${sidejvm[a]:-}"
echo "B: ${jar[b]} on ${data[b]:-bundled} ${sidejvm[b]:-}"
docs=(bench/queries/typename.graphql "$queries"/[a-z][0-9]*.graphql)
for doc in "${docs[@]}"; do # warm-up: every query on both
  for side in a b; do run $side "$doc" 3s >/dev/null || exit 1; done
done
for ((r = 0; r < rounds; r++)); do
  for doc in "${docs[@]}"; do
    q=$(basename "$doc" .graphql)
    for side in a b; do
      result=$(run $side "$doc" "$duration") || exit 1
      echo "$result" >>"$work/$q.$side"
    done
  done
done
printf '%-28s %9s %9s %8s %8s %9s %9s %7s\n' query a_req/s b_req/s a_p99 b_p99 a_ratio b_ratio b/a
for doc in "${docs[@]}"; do
  q=$(basename "$doc" .graphql)
  for side in a b; do # per round: rate, p99, rate / the round's { __typename } rate
    paste -d' ' "$work/$q.$side" "$work/typename.$side" | awk '{ print $1, $2, $1 / $3 }' >"$work/$q.$side.r"
  done
  ra=$(cut -d' ' -f1 "$work/$q.a.r" | median) rb=$(cut -d' ' -f1 "$work/$q.b.r" | median)
  printf '%-28s %9.0f %9.0f %8.1f %8.1f %9.4f %9.4f %7.2f\n' "$q" "$ra" "$rb" \
    "$(cut -d' ' -f2 "$work/$q.a.r" | median)" "$(cut -d' ' -f2 "$work/$q.b.r" | median)" \
    "$(cut -d' ' -f3 "$work/$q.a.r" | median)" "$(cut -d' ' -f3 "$work/$q.b.r" | median)" "$( ((${ra%.*} > 0)) && echo "$rb / $ra" | bc -l || echo 0)"
done
for side in a b; do
  echo "RSS $side at the end: $(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/${pid[$side]}/status") MiB"
done
