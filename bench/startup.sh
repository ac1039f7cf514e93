#!/usr/bin/env bash
# Time from process start to the first GraphQL answer, and RSS right after it, for the packaged app:
# JVM 17, JVM 25, JVM 25 with the AOT cache, the native executable where one was built, and the
# serverless profile against the same app with an empty database. Configurations take turns run by
# run; medians and same-run ratios go to stdout as Markdown, progress to stderr. See bench/README.md.
#
# Usage: bench/startup.sh [--runs N] [--profile P] [--app-dir DIR] [--native PATH] [--timeout S]
#                         [--no-restart]
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/startup.sh [options]
  --runs N        starts per configuration (default 5); medians are reported
  --profile P     Quarkus profile of every start (default serverless)
  --app-dir DIR   the packaged app (default target/quarkus-app); its app.aot, if any, is used for
                  "JVM 25 + AOT cache" (build it with JDK 25: ./mvnw -B verify -Paot)
  --native PATH   the native executable (default target/*-runner, when it exists)
  --timeout S     give up on a start after S seconds (default 90)
  --no-restart    skip the prod-profile check that a restart on a data dir loads nothing again
Environment: JAVA17 (default: java on PATH), JDK25_HOME (default /usr/lib/jvm/temurin-25-jdk-amd64).
USAGE
}

cd "$(dirname "${BASH_SOURCE[0]}")/.."
repo=$(pwd)

runs=5
profile=serverless
app_dir=target/quarkus-app
native=
timeout_s=90
restart=1
while (($#)); do
  case "$1" in
    --runs) runs=${2:?--runs needs a value}; shift 2 ;;
    --profile) profile=${2:?--profile needs a value}; shift 2 ;;
    --app-dir) app_dir=${2:?--app-dir needs a value}; shift 2 ;;
    --native) native=${2:?--native needs a value}; shift 2 ;;
    --timeout) timeout_s=${2:?--timeout needs a value}; shift 2 ;;
    --no-restart) restart=0; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "--runs must be a positive integer" >&2; exit 2; }
[[ $timeout_s =~ ^[1-9][0-9]*$ ]] || { echo "--timeout must be a positive integer" >&2; exit 2; }
app_dir=$(cd "$app_dir" 2>/dev/null && pwd) || { echo "$app_dir not found: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
[[ -f $app_dir/quarkus-run.jar ]] || { echo "$app_dir/quarkus-run.jar not found: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
if [[ -z $native ]]; then
  for f in "$repo"/target/*-runner; do [[ -x $f ]] && native=$f; done
fi
command -v curl >/dev/null || { echo "curl is required" >&2; exit 2; }

java17=${JAVA17:-java}
jdk25_home=${JDK25_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

readonly QUERY='{"query":"{ countries(first:1){ totalCount } }"}'
# Row counts compared across a restart.
readonly CHECK_FULL='{"query":"{ countries(first:1){ totalCount } statements(first:1){ totalCount } sourceArticles(first:1){ totalCount } }"}'

log() { printf '%s\n' "$*" >&2; }
die() { log "startup.sh: $*"; exit 1; }

source bench/lib.sh
root=$(mktemp -d "${TMPDIR:-/tmp}/atlas-startup.XXXXXX")
trap 'atlas_stop_all; rm -rf "$root"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

now_ns() { date +%s%N; }

# Configurations: a label, the command (a java binary or the native executable, then its flags),
# extra -D options, and the countries totalCount the first answer must show.
labels=() cmds=() opts=() expect=()
add_config() { labels+=("$1"); cmds+=("$2"); opts+=("$3"); expect+=("$4"); }

java_version() { "$1" -version 2>&1 | head -n 1; }
v17=$(java_version "$java17") || die "cannot run $java17"
[[ $v17 == *'"17'* ]] || log "warning: $java17 is not JDK 17 ($v17); set JAVA17"
add_config "JVM 17" "$java17" "" 250
if [[ $profile == serverless ]]; then
  add_config "JVM 17, empty database" "$java17" "-Datlas.dataset.load-on-start=false" 0
  add_config "JVM 17, dataset through the pipeline" "$java17" "-Datlas.dataset.snapshot=false" 250
fi
if [[ -x $jdk25_home/bin/java ]]; then
  add_config "JVM 25" "$jdk25_home/bin/java" "" 250
  if [[ -f $app_dir/app.aot ]]; then
    # AOTMode=on: fail rather than silently run without the cache (it must match the JDK and the jar).
    add_config "JVM 25 + AOT cache" "$jdk25_home/bin/java -XX:AOTMode=on -XX:AOTCache=app.aot" "" 250
  else
    log "no $app_dir/app.aot: skipping JVM 25 + AOT cache (build with JDK 25: ./mvnw -B verify -Paot)"
  fi
else
  log "no JDK 25 at $jdk25_home: skipping JVM 25 and the AOT cache"
fi
# The prod-profile restart check runs JVM 17 and, where there is one, the native executable.
restart_configs=(0)
if [[ -n $native ]]; then
  add_config "native" "$native" "" 250
  restart_configs+=($((${#labels[@]} - 1)))
else
  log "no native executable (target/*-runner): skipping native"
fi

# start_app INDEX DATA_DIR PORT LOG [PROFILE]: starts configuration INDEX from the app dir, as Cloud Run
# would (the port in $PORT, and as -Dquarkus.http.port for profiles that do not read $PORT);
# sets app_pid and app_t0.
start_app() {
  local i=$1 dir=$2 port=$3 logfile=$4 prof=${5:-$profile}
  local -a cmd opt
  read -r -a cmd <<<"${cmds[$i]}"
  read -r -a opt <<<"${opts[$i]}"
  if [[ ${cmd[0]} == "$native" ]]; then
    cmd=("$native")
  else
    cmd+=(-jar quarkus-run.jar)
  fi
  app_t0=$(now_ns)
  PORT=$port atlas_launch -C "$app_dir" "$logfile" "${cmd[0]}" "-Dquarkus.profile=$prof" "-Datlas.data-dir=$dir" \
    "-Dquarkus.http.port=$port" "${opt[@]}" "${cmd[@]:1}"
  app_pid=$atlas_pid
}

# wait_answer PID PORT T0 LOG EXPECTED: polls every 20 ms; sets ans_ms and ans_rss_kb.
wait_answer() {
  local pid=$1 port=$2 t0=$3 logfile=$4 expected=$5
  local deadline=$((t0 + timeout_s * 1000000000)) body="$root/body" code t1
  while :; do
    code=$(curl -s -o "$body" -w '%{http_code}' --max-time 5 \
      -H 'Content-Type: application/json' -H 'Accept: application/json' \
      --data "$QUERY" "http://127.0.0.1:$port/graphql" 2>/dev/null) || true
    if [[ $code == 200 ]] && grep -q '"totalCount"' "$body"; then
      t1=$(now_ns)
      ans_rss_kb=$(awk '/^VmRSS:/ {print $2}' "/proc/$pid/status")
      ans_ms=$(((t1 - t0) / 1000000))
      grep -q "\"totalCount\":$expected[,}]" "$body" || die "first answer $(cat "$body") is not the expected totalCount $expected"
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      grep -qE '(seems to be|is already) in use by another process' "$logfile" && return 1
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
stop_app() { atlas_stop "$1"; }

# measure INDEX DATA_DIR LOG EXPECTED [PROFILE]: one start of configuration INDEX until its first answer;
# sets port, app_pid, ans_ms, ans_rss_kb. A start whose port another process took between atlas_free_port and
# the bind (other builds share the machine) is discarded and made again on another port.
measure() {
  local i=$1 dir=$2 logfile=$3 expected=$4 prof=${5:-$profile} attempt
  for attempt in 1 2 3; do
    port=$(atlas_free_port) || die "no free port found"
    start_app "$i" "$dir" "$port" "$logfile" "$prof"
    if wait_answer "$app_pid" "$port" "$app_t0" "$logfile" "$expected"; then
      return 0
    fi
    stop_app "$app_pid"
    log "port $port was taken by another process; starting again (attempt $((attempt + 1)))"
  done
  die "port collisions on three attempts in a row"
}

# load_ms LOG: the dataset load time the app logged ("Bundled dataset loaded in N ms"), or nothing.
load_ms() { sed -n 's/.*Bundled dataset loaded in \([0-9]*\) ms.*/\1/p' "$1" | head -n 1; }

counts() {
  curl -s --max-time 10 -H 'Content-Type: application/json' --data "$CHECK_FULL" "http://127.0.0.1:$1/graphql" || true
}

# median FILE: median of the numbers in FILE, one a line.
median() {
  sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
minmax() { sort -n "$1" | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%d–%d", lo, hi }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# paired A B: median over runs of A's time divided by B's time in the same run. On a shared machine the
# load swings between runs far more than within one, so this is steadier than a ratio of medians.
paired() {
  paste "$root/ms-$1" "$root/ms-$2" | awk '{ print $1 / $2 }' >"$root/paired-$1-$2"
  printf '%.2f' "$(median "$root/paired-$1-$2")"
}
mb() { awk -v kb="$1" 'BEGIN { printf "%.0f", kb / 1024 }'; }

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
mem=$(awk '/^MemTotal:/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
log "app: $app_dir (profile $profile); $runs run(s) per configuration; timeout ${timeout_s}s"
log "machine: $(nproc) CPUs ($cpu), $mem, load average $load_before"
for i in "${!labels[@]}"; do log "${labels[$i]}: ${cmds[$i]} ${opts[$i]}"; done

restart_ok=1
for run in $(seq 1 "$runs"); do
  # Configurations take turns, so that drift on a noisy machine hits them alike.
  for i in "${!labels[@]}"; do
    dir="$root/data-$i-$run"
    mkdir -p "$dir"
    measure "$i" "$dir" "$root/log-$i-$run" "${expect[$i]}"
    echo "$ans_ms" >>"$root/ms-$i"
    echo "$ans_rss_kb" >>"$root/rss-$i"
    load_ms "$root/log-$i-$run" >>"$root/load-$i"
    log "run $run ${labels[$i]}: first answer after ${ans_ms} ms, RSS $((ans_rss_kb / 1024)) MB"
    stop_app "$app_pid"
  done

  if ((restart)); then
    # The prod profile keeps H2 in a file: a restart on the same data dir must load nothing again.
    for c in "${restart_configs[@]}"; do
      dir="$root/data-restart-$c-$run"
      mkdir -p "$dir"
      measure "$c" "$dir" "$root/log-prod-$c-$run-first" 250 prod
      load_ms "$root/log-prod-$c-$run-first" >>"$root/load-prod-first-$c"
      echo "$ans_ms" >>"$root/ms-prod-first-$c"
      echo "$ans_rss_kb" >>"$root/rss-prod-first-$c"
      before=$(counts "$port")
      stop_app "$app_pid"
      logfile="$root/log-prod-$c-$run-restart"
      measure "$c" "$dir" "$logfile" 250 prod
      echo "$ans_ms" >>"$root/ms-prod-restart-$c"
      echo "$ans_rss_kb" >>"$root/rss-prod-restart-$c"
      after=$(counts "$port")
      log "run $run ${labels[$c]} prod restart: first answer after ${ans_ms} ms; counts $after"
      if [[ $before != "$after" ]]; then
        log "restart changed the data: before $before, after $after"
        restart_ok=0
      elif grep -q 'Bundled dataset loaded' "$logfile"; then
        log "restart logged 'Bundled dataset loaded': the dataset was loaded again"
        restart_ok=0
      fi
      stop_app "$app_pid"
    done
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

base_ms=$(median "$root/ms-0")
echo
echo "Startup of \`${app_dir#"$repo"/}\` (profile \`$profile\`), medians of $runs run(s), $(date -u +%Y-%m-%d)"
echo "Machine: $(nproc) CPUs ($cpu), $mem, Linux $(uname -r); load average $load_before before, $load_after after."
echo "$v17; $(if [[ -x $jdk25_home/bin/java ]]; then java_version "$jdk25_home/bin/java"; else echo 'no JDK 25'; fi)."
echo
echo "| configuration | first answer (ms), median | min–max (ms) | dataset load, as logged (ms) | RSS after it (MB) | vs JVM 17, ratio of medians | vs JVM 17, median of same-run ratios |"
echo "|---|---:|---:|---:|---:|---:|---:|"
row() {
  local label=$1 f=$2
  local ms load=–
  ms=$(median "$root/ms-$f")
  [[ -s $root/load-$f ]] && load=$(printf '%.0f' "$(median "$root/load-$f")")
  printf '| %s | %.0f | %s | %s | %s | %s | %s |\n' "$label" "$ms" "$(minmax "$root/ms-$f")" "$load" \
    "$(mb "$(median "$root/rss-$f")")" "$(ratio "$ms" "$base_ms")" "$(paired "$f" 0)"
}
for i in "${!labels[@]}"; do row "${labels[$i]}" "$i"; done
if ((restart)); then
  for c in "${restart_configs[@]}"; do
    row "${labels[$c]}, prod profile, first start on an empty data dir" "prod-first-$c"
    row "${labels[$c]}, prod profile, restart on that data dir" "prod-restart-$c"
  done
fi
echo
for i in "${!labels[@]}"; do
  case "${labels[$i]}" in
    "JVM 17, empty database")
      echo "- Serverless profile vs the same app with an empty database: $(ratio "$base_ms" "$(median "$root/ms-$i")") as a ratio of medians, $(paired 0 "$i") as the median of same-run ratios (target: at most 1.2)." ;;
    "JVM 25 + AOT cache")
      echo "- JVM 25 + AOT cache vs JVM 17: $(ratio "$(median "$root/ms-$i")" "$base_ms") as a ratio of medians, $(paired "$i" 0) as the median of same-run ratios (target: at most 0.4)." ;;
  esac
done
if ((restart)); then
  if ((restart_ok)); then
    echo "- Restart check: row counts unchanged and no dataset load logged on restart."
  else
    echo "- Restart check FAILED: the restart reloaded or changed the dataset (details on stderr)."
    exit 1
  fi
fi
