#!/usr/bin/env bash
# Time from process start to the first GraphQL answer, and RSS right after it, for the packaged
# jar (target/quarkus-app/quarkus-run.jar) on JDK 17 and, when installed, JDK 25.
# Also compares a first start on an empty data dir with a restart on the data dir it left.
# Prints Markdown tables on stdout; progress goes to stderr. See bench/README.md.
#
# Usage: bench/startup.sh [--runs N] [--profile P] [--jar PATH] [--timeout S] [--no-restart]
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/startup.sh [options]
  --runs N       starts per configuration (default 5); medians are reported
  --profile P    run with -Dquarkus.profile=P (default: the jar's prod profile)
  --jar PATH     the jar to start (default target/quarkus-app/quarkus-run.jar)
  --timeout S    give up on a start after S seconds (default 60)
  --no-restart   skip the first-start vs restart comparison
Environment: JAVA17 (default: java on PATH), JDK25_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64).
USAGE
}

cd "$(dirname "${BASH_SOURCE[0]}")/.."

runs=5
profile=
jar=target/quarkus-app/quarkus-run.jar
timeout_s=60
restart=1
while (($#)); do
  case "$1" in
    --runs) runs=${2:?--runs needs a value}; shift 2 ;;
    --profile) profile=${2:?--profile needs a value}; shift 2 ;;
    --jar) jar=${2:?--jar needs a value}; shift 2 ;;
    --timeout) timeout_s=${2:?--timeout needs a value}; shift 2 ;;
    --no-restart) restart=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "--runs must be a positive integer" >&2; exit 2; }
[[ $timeout_s =~ ^[1-9][0-9]*$ ]] || { echo "--timeout must be a positive integer" >&2; exit 2; }
[[ -f $jar ]] || { echo "$jar not found: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
command -v curl >/dev/null || { echo "curl is required" >&2; exit 2; }

java17=${JAVA17:-java}
jdk25_home=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

readonly QUERY='{"query":"{ countries(first:1){ totalCount } }"}'
# Row counts compared across a restart; falls back to countries alone if the others are not there yet.
readonly CHECK_FULL='{"query":"{ countries(first:1){ totalCount } statements(first:1){ totalCount } sourceArticles(first:1){ totalCount } }"}'

log() { printf '%s\n' "$*" >&2; }
die() { log "startup.sh: $*"; exit 1; }

root=$(mktemp -d "${TMPDIR:-/tmp}/atlas-startup.XXXXXX")
pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$root"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now_ns() { date +%s%N; }

free_port() {
  local port _
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    # A refused connection means nothing listens there.
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  die "no free port found"
}

# start_app JAVA DATA_DIR PORT LOG: starts the jar in the background; sets app_pid and app_t0.
start_app() {
  local java=$1 dir=$2 port=$3 logfile=$4
  local -a props=("-Datlas.data-dir=$dir" "-Dquarkus.http.port=$port")
  [[ -n $profile ]] && props+=("-Dquarkus.profile=$profile")
  app_t0=$(now_ns)
  "$java" "${props[@]}" -jar "$jar" >"$logfile" 2>&1 </dev/null &
  app_pid=$!
  pids+=("$app_pid")
}

# wait_answer PID PORT T0 LOG: polls every 20 ms; sets ans_ms and ans_rss_kb.
wait_answer() {
  local pid=$1 port=$2 t0=$3 logfile=$4
  local deadline=$((t0 + timeout_s * 1000000000)) body="$root/body" code t1
  while :; do
    code=$(curl -s -o "$body" -w '%{http_code}' --max-time 5 \
      -H 'Content-Type: application/json' -H 'Accept: application/json' \
      --data "$QUERY" "http://127.0.0.1:$port/graphql" 2>/dev/null) || true
    if [[ $code == 200 ]] && grep -q '"totalCount"' "$body"; then
      t1=$(now_ns)
      ans_rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
      ans_ms=$(((t1 - t0) / 1000000))
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      log "--- last lines of $logfile ---"; tail -n 20 "$logfile" >&2
      die "the app exited before answering (last HTTP status ${code:-none})"
    fi
    if (($(now_ns) > deadline)); then
      log "--- last lines of $logfile ---"; tail -n 20 "$logfile" >&2
      die "no GraphQL answer within ${timeout_s}s (last HTTP status ${code:-none})"
    fi
    sleep 0.02
  done
}

# stop_app PID: SIGTERM for a clean H2 shutdown, SIGKILL after 20 s.
stop_app() {
  local pid=$1 i
  kill -TERM "$pid" 2>/dev/null || true
  for i in $(seq 1 200); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    log "process $pid ignored SIGTERM for 20 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
  local -a keep=()
  for i in "${pids[@]}"; do [[ $i == "$pid" ]] || keep+=("$i"); done
  pids=("${keep[@]}")
}

counts() {
  local port=$1 out
  out=$(curl -s --max-time 10 -H 'Content-Type: application/json' --data "$CHECK_FULL" "http://127.0.0.1:$port/graphql") || true
  if [[ $out != *'"data"'* || $out == *'"errors"'* ]]; then
    out=$(curl -s --max-time 10 -H 'Content-Type: application/json' --data "$QUERY" "http://127.0.0.1:$port/graphql") || true
  fi
  printf '%s' "$out"
}

# median FILE: median of the numbers in FILE, one a line.
median() {
  sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

java_version() { "$1" -version 2>&1 | head -n 1; }

labels=() javas=()
v17=$(java_version "$java17") || die "cannot run $java17"
[[ $v17 == *'"17'* ]] || log "warning: $java17 is not JDK 17 ($v17); set JAVA17"
labels+=("JDK 17") javas+=("$java17")
if [[ -x $jdk25_home/bin/java ]]; then
  labels+=("JDK 25") javas+=("$jdk25_home/bin/java")
fi

log "jar: $jar${profile:+ (profile $profile)}; $runs run(s) per configuration; timeout ${timeout_s}s"
for i in "${!labels[@]}"; do log "${labels[$i]}: $(java_version "${javas[$i]}")"; done

restart_ok=1
for run in $(seq 1 "$runs"); do
  # Configurations take turns, so that drift on a noisy machine hits them alike.
  for i in "${!labels[@]}"; do
    dir="$root/data-$i-$run"
    mkdir -p "$dir"
    port=$(free_port)
    start_app "${javas[$i]}" "$dir" "$port" "$root/log-$i-$run-first"
    wait_answer "$app_pid" "$port" "$app_t0" "$root/log-$i-$run-first"
    echo "$ans_ms" >>"$root/ms-$i"
    echo "$ans_rss_kb" >>"$root/rss-$i"
    log "run $run ${labels[$i]}: first answer after ${ans_ms} ms, RSS $((ans_rss_kb / 1024)) MB"

    if ((restart && i == 0)); then
      before=$(counts "$port")
      stop_app "$app_pid"
      port=$(free_port)
      logfile="$root/log-$i-$run-restart"
      start_app "${javas[$i]}" "$dir" "$port" "$logfile"
      wait_answer "$app_pid" "$port" "$app_t0" "$logfile"
      echo "$ans_ms" >>"$root/ms-restart"
      echo "$ans_rss_kb" >>"$root/rss-restart"
      after=$(counts "$port")
      log "run $run ${labels[$i]} restart: first answer after ${ans_ms} ms, RSS $((ans_rss_kb / 1024)) MB; counts $after"
      if [[ $before != "$after" ]]; then
        log "restart changed the data: before $before, after $after"
        restart_ok=0
      elif grep -q 'Bundled dataset loaded' "$logfile"; then
        log "restart logged 'Bundled dataset loaded': the dataset was loaded again"
        restart_ok=0
      fi
    fi
    stop_app "$app_pid"
  done
done

mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }
base_ms=$(median "$root/ms-0")

echo
echo "Startup of \`$jar\`${profile:+ (profile \`$profile\`)}, medians of $runs run(s), $(nproc) CPUs, $(date -u +%Y-%m-%d)"
echo
echo "| configuration | time to first GraphQL answer (ms) | RSS after it (MB) | time vs JDK 17 |"
echo "|---|---:|---:|---:|"
for i in "${!labels[@]}"; do
  ms=$(median "$root/ms-$i")
  printf '| %s, empty data dir | %.0f | %s | %s |\n' "${labels[$i]}" "$ms" "$(mb "$(median "$root/rss-$i")")" \
    "$(awk -v a="$ms" -v b="$base_ms" 'BEGIN { printf "%.2f", a / b }')"
done
if ((restart)); then
  ms=$(median "$root/ms-restart")
  printf '| %s, restart on existing data dir | %.0f | %s | %s |\n' "${labels[0]}" "$ms" "$(mb "$(median "$root/rss-restart")")" \
    "$(awk -v a="$ms" -v b="$base_ms" 'BEGIN { printf "%.2f", a / b }')"
  echo
  if ((restart_ok)); then
    echo "Restart check: row counts unchanged and no dataset load logged on restart."
  else
    echo "Restart check FAILED: the restart reloaded or changed the dataset (details on stderr)."
    exit 1
  fi
fi
