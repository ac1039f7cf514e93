#!/usr/bin/env bash
# Bounded hostile load against the packaged jar on 127.0.0.1: wrk runs a mix of valid, invalid and
# over-limit GraphQL requests (bench/hostile-load.lua) for a fixed time. Reports the status codes, the
# RSS at start and end, and checks afterwards that the service still answers exactly as before the load.
# Exits 1 on any 5xx, any ERROR in the service log, or a changed answer. See bench/README.md.
#
# Usage: bench/hostile-load.sh [--duration 60s] [--connections 32] [--threads 2] [--jar PATH]
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/hostile-load.sh [options]
  --duration D      wrk duration (default 60s)
  --connections N   concurrent connections (default 32)
  --threads N       wrk threads (default 2)
  --jar PATH        the jar to start (default target/quarkus-app/quarkus-run.jar)
Environment: JAVA_OPTS, extra JVM options for the service (default none).
USAGE
}

cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration=60s
connections=32
threads=2
jar=target/quarkus-app/quarkus-run.jar
while (($#)); do
  case "$1" in
    --duration) duration=${2:?}; shift 2 ;;
    --connections) connections=${2:?}; shift 2 ;;
    --threads) threads=${2:?}; shift 2 ;;
    --jar) jar=${2:?}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ -f $jar ]] || { echo "$jar not found: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
for tool in wrk curl java sha256sum; do
  command -v "$tool" >/dev/null || { echo "$tool is required (wrk: apt-get install -y wrk)" >&2; exit 2; }
done

log() { printf '%s\n' "$*" >&2; }

source bench/lib.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/atlas-hostile.XXXXXX")
trap 'atlas_stop_all; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# Rate limits off: every wrk connection comes from 127.0.0.1, one client far over any per-client budget.
# shellcheck disable=SC2086
atlas_serve "$work/service.log" "$work/data" "$jar" ${JAVA_OPTS:-} -Datlas.rate-limit.enabled=false || exit 1
pid=$atlas_pid
base=$atlas_base
url=$base/graphql

rss_kib() { awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status"; }

# Answers that must not change: recorded before the load, compared after it.
checks=(
  '{"query":"{ countries { totalCount } statements { totalCount } sourceArticles { totalCount } }"}'
  '{"query":"{ statement(slug: \"dprk-russia-ballistic-missile-transfers-2024-01\") { title signatoryCount states: signatoryCount(kind: STATE) signatories { country { code } firstListedOn } } }"}'
  '{"query":"{ country(code: \"JP\") { name statements(first: 100) { totalCount nodes { slug } } } }"}'
)
answer() { curl -fs "$url" -H 'Content-Type: application/json' -d "$1"; }
for i in "${!checks[@]}"; do answer "${checks[$i]}" >"$work/before.$i"; done

# The cacheable GET's entity tag, and a persisted query registered for the hash-only requests.
etag=$(curl -fs -D - -o /dev/null "$url?query=%7B%20country(code%3A%20%22JP%22)%20%7B%20name%20flag%20%7D%20%7D" \
  | awk 'tolower($1) == "etag:" { print $2 }' | tr -d '\r')
apq_query='{ country(code: "FR") { name officialName flag } }'
apq_hash=$(printf '%s' "$apq_query" | sha256sum | cut -d' ' -f1)
curl -fs -o /dev/null "$url" -H 'Content-Type: application/json' \
  -d "{\"query\":\"$(printf '%s' "$apq_query" | sed 's/"/\\"/g')\",\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"$apq_hash\"}}}"

# Warm-up (JIT, caches), then the start RSS.
ETAG=$etag APQ_HASH=$apq_hash wrk -t1 -c4 -d5s -s bench/hostile-load.lua "$base" >/dev/null
rss_start=$(rss_kib)
errors_before=$(grep -c ' ERROR ' "$work/service.log" || true)

log "hostile load: $duration, $connections connections, $threads threads against $url (pid $pid)"
# RSS every 10 s during the run, to tell heap growth that levels off from a leak.
(while sleep 10; do kill -0 "$pid" 2>/dev/null && rss_kib; done >"$work/rss.txt" 2>/dev/null) &
sampler=$!
ETAG=$etag APQ_HASH=$apq_hash wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s --latency \
  -s bench/hostile-load.lua "$base" >"$work/wrk.txt"
rss_end=$(rss_kib)
kill "$sampler" 2>/dev/null || true
sleep 2
rss_settled=$(rss_kib)

changed=0
for i in "${!checks[@]}"; do
  if ! answer "${checks[$i]}" >"$work/after.$i" || ! cmp -s "$work/before.$i" "$work/after.$i"; then
    log "answer changed after the load: ${checks[$i]}"
    changed=1
  fi
done
errors=$(($(grep -c ' ERROR ' "$work/service.log" || true) - errors_before))
server_errors=$(awk '$1 == "status" && $2 >= 500 { n += $3 } END { print n + 0 }' "$work/wrk.txt")
requests=$(awk '$1 == "requests" { print $2 }' "$work/wrk.txt")
seconds=$(awk '$1 == "duration_s" { print $2 }' "$work/wrk.txt")

echo "## Hostile load: $duration, $connections connections, $threads wrk threads"
echo
echo "| measure | value |"
echo "|---|---|"
echo "| requests | $requests ($(awk -v r="$requests" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }') req/s) |"
awk '$1 == "status" { printf "| HTTP %s | %s |\n", $2, $3 }' "$work/wrk.txt"
echo "| 5xx | $server_errors |"
awk '$1 == "socket_errors" { printf "| socket errors | %s %s %s %s |\n", $2, $3, $4, $5 }' "$work/wrk.txt"
awk '$1 == "latency_ms" { printf "| latency (ms) | %s %s %s %s |\n", $2, $3, $4, $5 }' "$work/wrk.txt"
echo "| RSS at start (after 5 s warm-up) | $((rss_start / 1024)) MiB |"
echo "| RSS at end | $((rss_end / 1024)) MiB (2 s later: $((rss_settled / 1024)) MiB) |"
echo "| RSS every 10 s (MiB) | $(awk '{ printf "%s%d", (NR > 1 ? " " : ""), $1 / 1024 }' "$work/rss.txt") |"
echo "| ERROR lines in the service log | $errors |"
echo "| answers unchanged afterwards | $([[ $changed == 0 ]] && echo yes || echo NO) |"

((server_errors == 0 && errors == 0 && changed == 0)) || {
  log "hostile-load: FAILED (5xx: $server_errors, ERROR lines: $errors, changed answers: $changed)"
  grep ' ERROR ' "$work/service.log" | head -5 >&2 || true
  exit 1
}
