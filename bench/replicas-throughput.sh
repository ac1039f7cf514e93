#!/usr/bin/env bash
# Scale-out in PostgreSQL mode: one replica against two on the same database. Starts replica 1 of the -Ppostgresql
# jar, loads it alone with wrk; starts replica 2 on another port, loads both at once (one wrk per replica, each with
# half the connections and threads, rates summed); each later round repeats both with the two processes kept. Per
# row: req/s, the ratio to { __typename } in the same round, p50/p99, and the cost per request: CPU ms of the Atlas
# processes and of their PostgreSQL backends (/proc/<pid>/stat utime+stime deltas over the timed run, divided by the
# requests), connections held (pg_stat_activity per application_name, against the pool size), RSS. See
# bench/README.md.
#
# Usage: bench/replicas-throughput.sh [--url JDBC_URL --user U --password P] [--pgdata DIR] [--csv DIR]
#          [--duration 15s] [--warmup 10s] [--connections 32] [--threads 2] [--rounds 1] [--pool 20]
#          [--jvm "-XX:MaxRAM=512m"] [--cache] [--lock /tmp/bench.lock] [--jar target/quarkus-app/quarkus-run.jar]
#          [--prepare] [QUERY_FILE...]     (default: typename, q1 and q2 of bench/queries)
# --prepare: only make (or check) the database, then stop.
# --url: a database of your own; filled with the scale dataset as below if it has no schema yet. The PostgreSQL CPU
# columns need the server on this machine (its backends' pids in /proc); elsewhere they read 0.
# Without --url: a PostgreSQL server (Debian's postgresql package, or PG_BIN=dir of initdb/pg_ctl) on 127.0.0.1 with
# its data in --pgdata (default ${TMPDIR:-/tmp}/atlas-replicas-pg), created and filled with the scale dataset
# (ScaleData.java --seed 1 10k/1M/100k, or the CSV files in --csv, then LoadPostgreSQL.java) when the directory is
# new, reused when it exists; stopped on exit, the directory kept.
# --cache: leave the response cache on (default off). Rate limits are always off (every client is 127.0.0.1).
# Every timed run and warm-up holds flock on --lock (per block of rows), so that benchmarks on a shared machine do
# not overlap; starting the processes and making the data do not.
set -euo pipefail
export LC_ALL=C

cd "$(dirname "${BASH_SOURCE[0]}")/.."

url="" user=atlas password=atlas pgdata=${TMPDIR:-/tmp}/atlas-replicas-pg csv=""
duration=15s warmup=10s connections=32 threads=2 rounds=1 pool=20 jvm="-XX:MaxRAM=512m" cache=false
lock=/tmp/bench.lock jar=target/quarkus-app/quarkus-run.jar docs=() prepare=0
while (($#)); do
  case "$1" in
    --url) url=${2:?}; shift 2 ;;
    --user) user=${2:?}; shift 2 ;;
    --password) password=${2:?}; shift 2 ;;
    --pgdata) pgdata=${2:?}; shift 2 ;;
    --csv) csv=${2:?}; shift 2 ;;
    --duration) duration=${2:?}; shift 2 ;;
    --warmup) warmup=${2:?}; shift 2 ;;
    --connections) connections=${2:?}; shift 2 ;;
    --threads) threads=${2:?}; shift 2 ;;
    --rounds) rounds=${2:?}; shift 2 ;;
    --pool) pool=${2:?}; shift 2 ;;
    --jvm) jvm=${2?}; shift 2 ;;
    --cache) cache=true; shift ;;
    --prepare) prepare=1; shift ;;
    --lock) lock=${2:?}; shift 2 ;;
    --jar) jar=${2:?}; shift 2 ;;
    -*) sed -n "2,23p" "$0" >&2; exit 2 ;;
    *) docs+=("$1"); shift ;;
  esac
done
((${#docs[@]})) || docs=(bench/queries/typename.graphql bench/queries/q1-latest-statements.graphql
  bench/queries/q2-statement-by-slug.graphql)
[[ -f $jar ]] || { echo "$jar not found: run ./mvnw -B package -Ppostgresql -DskipTests first" >&2; exit 2; }
driver=$(ls "$(dirname "$jar")"/lib/main/org.postgresql.postgresql-*.jar 2>/dev/null | head -1)
[[ -n $driver ]] || { echo "$jar is not the PostgreSQL build: run ./mvnw -B package -Ppostgresql -DskipTests" >&2; exit 2; }
for tool in wrk curl java node psql flock; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

source bench/lib.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/atlas-replicas.XXXXXX")
chmod 755 "$work"
tick=$(getconf CLK_TCK)
pids=() ports=() pg_started=0 pg_bin=""
stop_replica() {
  atlas_stop "${pids[$1]:-}"
  pids[$1]=""
}
cleanup() {
  atlas_stop_all
  if ((pg_started)); then as_pg "$pg_bin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# PostgreSQL refuses to run as root: as root, its commands run as the postgres user.
as_pg() { if ((EUID == 0)); then runuser -u postgres -- "$@"; else "$@"; fi; }

## The database
if [[ -z $url ]]; then
  pg_bin=${PG_BIN:-$(dirname "$(readlink -f "$(command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl | tail -1)")")}
  [[ -x $pg_bin/pg_ctl ]] || { echo "no PostgreSQL server found: apt-get install -y postgresql, or PG_BIN=DIR" >&2; exit 2; }
  pg_port=$(atlas_free_port)
  url=jdbc:postgresql://127.0.0.1:$pg_port/atlas
  fresh=0
  if [[ ! -f $pgdata/PG_VERSION ]]; then
    fresh=1
    mkdir -p "$pgdata"
    ((EUID != 0)) || chown postgres "$pgdata"
    as_pg "$pg_bin/initdb" -D "$pgdata" -U postgres --auth=trust -E UTF8 >"$work/initdb.log"
  fi
  as_pg "$pg_bin/pg_ctl" -D "$pgdata" -w -l "$pgdata/server.log" \
    -o "-c port=$pg_port -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c shared_buffers=256MB" start \
    >/dev/null
  pg_started=1
  postmaster=$(head -1 "$pgdata/postmaster.pid")
  if ((fresh)); then
    psql -q "postgresql://postgres@127.0.0.1:$pg_port/postgres" -c "CREATE ROLE $user LOGIN PASSWORD '$password'" \
      -c "CREATE DATABASE atlas OWNER $user"
  fi
fi
psql_url=postgresql://$user:$password@${url#jdbc:postgresql://}
psql_url=${psql_url%%\?*}
sql() { psql -X -qAt "$psql_url" -c "$1"; }
version=$(sql 'SHOW server_version')

# Starts replica $1 (0-based) on a free port; ApplicationName tells its connections apart in pg_stat_activity.
start_replica() {
  local i=$1 sep='?'
  [[ $url != *\?* ]] || sep='&'
  mkdir -p "$work/data-$i"
  # shellcheck disable=SC2086
  QUARKUS_DATASOURCE_JDBC_URL="$url${sep}ApplicationName=atlas-replica-$((i + 1))" \
    QUARKUS_DATASOURCE_USERNAME=$user QUARKUS_DATASOURCE_PASSWORD=$password \
    atlas_serve "$work/replica-$i.log" "$work/data-$i" "$jar" $jvm -Datlas.response-cache.enabled=$cache \
    -Datlas.rate-limit.enabled=false -Dquarkus.datasource.jdbc.max-size="$pool" \
    || { echo "replica $((i + 1)) failed to start" >&2; exit 1; }
  pids[i]=$atlas_pid ports[i]=$atlas_port
}

# An empty database: the first start migrates it and loads the bundled dataset; then the scale rows go in by COPY.
if [[ $(sql "SELECT count(*) FROM information_schema.tables WHERE table_name = 'statement'") == 0 ]]; then
  echo "replicas-throughput: empty database; migrating and loading the scale dataset (not timed, no lock)" >&2
  start_replica 0
  stop_replica 0
  if [[ -z $csv ]]; then
    csv=$work/csv
    java bench/scale/ScaleData.java --statements 10000 --signatures 1000000 --articles 100000 --seed 1 --out "$csv" >&2
  fi
  java -cp "$driver" bench/scale/LoadPostgreSQL.java "$url" "$user" "$password" "$csv" >&2
  # So that autovacuum does not visit the new rows during a timed run.
  PGOPTIONS='-c client_min_messages=error' sql 'VACUUM (ANALYZE)'
fi
counts=$(sql "SELECT (SELECT count(*) FROM statement) || ' statements, ' || (SELECT count(*) FROM signature)
  || ' signatures, ' || (SELECT count(*) FROM source_article) || ' articles'")
echo "replicas-throughput: PostgreSQL $version at $url: $counts" >&2
((!prepare)) || exit 0

## Measuring
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
rss() { awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$1/status"; }
# "pid application_name" of every backend of our replicas.
backends() { sql "SELECT pid, application_name FROM pg_stat_activity WHERE application_name LIKE 'atlas-replica-%'"; }
# CPU ticks of every backend of our replicas, "pid ticks" per line.
backend_ticks() { backends | while IFS='|' read -r pid _; do echo "$pid $(ticks "$pid")"; done; }
# CPU ticks of the whole server we started: postmaster, its live children and the children it reaped.
server_ticks() {
  local total
  total=$(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$postmaster/stat")
  for child in $(ps --ppid "$postmaster" -o pid=); do total=$((total + $(ticks "$child"))); done
  echo "$total"
}
machine_busy() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 }' /proc/stat; }
# wrk against every running replica at once (each with its share of connections and threads), $1 = duration;
# RESULT lines land in $work/wrk-<i>.out, wrk's own CPU seconds in $work/wrk-<i>.cpu; their pids in jobs.
load() {
  local n=${#active[@]} c t
  jobs=()
  c=$((connections / n)) t=$((threads / n))
  ((t > 0)) || t=1
  for i in "${active[@]}"; do
    BODY=$payload /usr/bin/time -f '%U %S' -o "$work/wrk-$i.cpu" wrk -t"$t" -c"$c" -d"$1" --timeout 30s \
      -s bench/query-load.lua "http://127.0.0.1:${ports[i]}/graphql" >/dev/null 2>"$work/wrk-$i.out" &
    jobs+=($!)
  done
}
seconds() { local s=${1%s}; echo "$s"; }

results=$work/results
printf 'round\treplicas\tquery\treqs\trate\tp50\tp99\tnon200\tatlas_ms\tpg_ms\tserver_ms\twrk_ms\tconns\tactive\trss\tload\tbusy\tours\n' >"$results"
# One row: warm-up, then the timed run with the CPU snapshots around it (the caller holds the lock).
measure() {
  local round=$1 doc=$2 name before_b after_b a0=() a1=() s0=0 s1=0 m0 m1 conns="" active_sum=0 samples=0
  name=$(basename "$doc" .graphql)
  payload=$(atlas_query_body "$doc")
  load "$warmup"
  wait "${jobs[@]}"
  before_b=$(backend_ticks)
  for i in "${active[@]}"; do a0[i]=$(ticks "${pids[i]}"); done
  ((!pg_started)) || s0=$(server_ticks)
  m0=$(machine_busy)
  load "$duration"
  # Connections: sampled every 2 s during the run; per replica the maximum held, in all the mean active.
  local end=$(($(date +%s) + $(seconds "$duration") - 1)) held=() app count act
  while (($(date +%s) < end)); do
    sleep 2
    while IFS='|' read -r app count act; do
      app=${app#atlas-replica-}
      ((count <= ${held[app]:-0})) || held[app]=$count
      active_sum=$((active_sum + act))
    done < <(sql "SELECT application_name, count(*), count(*) FILTER (WHERE state = 'active') FROM pg_stat_activity
      WHERE application_name LIKE 'atlas-replica-%' GROUP BY 1")
    samples=$((samples + 1))
  done
  for i in "${active[@]}"; do conns+="${conns:+/}${held[i + 1]:-0}"; done
  wait "${jobs[@]}"
  m1=$(machine_busy)
  ((!pg_started)) || s1=$(server_ticks)
  for i in "${active[@]}"; do a1[i]=$(ticks "${pids[i]}"); done
  after_b=$(backend_ticks)
  local load_avg
  load_avg=$(cut -d' ' -f1 /proc/loadavg)
  local reqs=0 rate=0 p50=0 p99=0 bad=0 atlas=0 wrk_cpu=0 rss_all=""
  for i in "${active[@]}"; do
    read -r _ n r q50 q99 b < <(grep '^RESULT' "$work/wrk-$i.out")
    reqs=$((reqs + n)) bad=$((bad + b))
    rate=$(echo "$rate + $r" | bc -l)
    p50=$(echo "if ($q50 > $p50) $q50 else $p50" | bc -l) p99=$(echo "if ($q99 > $p99) $q99 else $p99" | bc -l)
    atlas=$((atlas + a1[i] - a0[i]))
    wrk_cpu=$(echo "$wrk_cpu + $(tail -1 "$work/wrk-$i.cpu" | tr ' ' '+')" | bc -l)
    rss_all+="${rss_all:+/}$(rss "${pids[i]}")"
  done
  local pg
  pg=$(join <(sort <<<"$before_b") <(sort <<<"$after_b") -a 2 -e 0 -o 0,1.2,2.2 | awk '{ s += $3 - $2 } END { print s + 0 }')
  local busy ours
  busy=$(printf '%s %s' "$m0" "$m1" | awk '{ printf "%.0f", 100 * ($3 - $1) / ($4 - $2) }')
  # What the replicas, their PostgreSQL and wrk used, as a share of all the CPU the machine was busy with.
  ours=$(printf '%s %s %s' "$m0" "$m1" "$(echo "$atlas + $( ((pg_started)) && echo "$s1 - $s0" || echo "$pg") + $wrk_cpu * $tick" | bc -l)" |
    awk '{ printf "%.0f", 100 * $5 / ($3 - $1) }')
  local per_ms="1000 / $tick / $reqs"
  printf '%s\t%s\t%s\t%s\t%.1f\t%.1f\t%.1f\t%s\t%.2f\t%.2f\t%s\t%.2f\t%s\t%.1f\t%s\t%s\t%s\t%s\n' "$round" "${#active[@]}" \
    "$name" "$reqs" "$rate" "$p50" "$p99" "$bad" "$(echo "$atlas * $per_ms" | bc -l)" "$(echo "$pg * $per_ms" | bc -l)" \
    "$( ((pg_started)) && printf '%.2f' "$(echo "($s1 - $s0) * $per_ms" | bc -l)" || echo -)" \
    "$(echo "$wrk_cpu * 1000 / $reqs" | bc -l)" "$conns" "$(echo "$active_sum / ($samples + ($samples == 0))" | bc -l)" \
    "$rss_all" "$load_avg" "$busy" "$ours" >>"$results"
  echo "round $round, ${#active[@]} replica(s), $name: $(tail -1 "$results" | cut -f4-)" >&2
}

started="$(uptime | sed 's/^ *//')"
echo "replicas-throughput: $(nproc) cores, $started" >&2
# A replica just started gets every document for the warm-up time alone (JIT), before any row counts it.
start_and_warm() {
  local i=$1 doc
  start_replica "$i"
  for doc in "${docs[@]}"; do
    [[ $(curl -s -H 'content-type: application/json' -d "$(atlas_query_body "$doc")" "http://127.0.0.1:${ports[i]}/graphql") == '{"data"'* ]] ||
      { echo "$doc does not answer data" >&2; exit 1; }
  done
  locked
  active=("$i")
  for doc in "${docs[@]}"; do
    payload=$(atlas_query_body "$doc")
    load "$warmup"
    wait "${jobs[@]}"
  done
  unlocked
}
# The lock is held for a block of rows (one replica count of a round), so that its rows see the same machine.
locked() { exec 9>"$lock"; flock 9; }
unlocked() { flock -u 9; exec 9>&-; }

# Round 1: replica 1 alone, then replica 2 is started and both are loaded. Later rounds keep both running (replica 2
# idles during the one-replica rows), so that every round compares warm processes.
start_and_warm 0
for round in $(seq 1 "$rounds"); do
  active=(0)
  locked
  for doc in "${docs[@]}"; do measure "$round" "$doc"; done
  unlocked
  ((round > 1)) || start_and_warm 1
  active=(0 1)
  locked
  for doc in "${docs[@]}"; do measure "$round" "$doc"; done
  unlocked
done

## Report: every row, then the medians over the rounds with the two-replica scaling.
echo
echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/^Mem/ { print $2 }') GiB"
echo "uptime at the start: $started; at the end: $(uptime | sed 's/^ *//')"
echo "PostgreSQL $version ($url), $counts; jvm: ${jvm:-defaults}; response cache: $cache; rate limit: off; pool: $pool per replica"
echo "wrk: $connections connections and $threads threads in all (split over the replicas), warm-up $warmup, timed $duration; $rounds round(s)"
echo
echo "| round | replicas | query | requests | req/s | ratio | p50 / p99 ms | Atlas CPU ms/req | PG backends ms/req | PG server ms/req | wrk ms/req | connections held (max per replica) / pool | active (mean) | RSS MiB | load avg | machine busy % | ours % of busy | non-200 |"
echo "|---|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---|---:|---|---:|---:|---:|---:|"
awk -F'\t' -v pool="$pool" 'NR > 1 {
    if ($3 == "typename") base[$1 "," $2] = $5
    ratio = base[$1 "," $2] ? sprintf("%.3f", $5 / base[$1 "," $2]) : "-"
    printf "| %s | %s | %s | %s | %.0f | %s | %s / %s | %s | %s | %s | %s | %s of %d | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5,
      ratio, $6, $7, $9, $10, $11, $12, $13, pool, $14, $15, $16, $17, $18, $8
  }' "$results"
echo
echo "Medians over $rounds round(s):"
echo
echo "| query | 1 replica req/s | 2 replicas req/s | 2 / 1 | ratio to typename, 1 / 2 | Atlas CPU ms/req, 1 / 2 | PG backends ms/req, 1 / 2 |"
echo "|---|---:|---:|---:|---|---|---|"
node -e '
const rows = require("fs").readFileSync(process.argv[1], "utf8").trim().split("\n").slice(1).map(l => l.split("\t"));
const median = xs => { const s = [...xs].sort((a, b) => a - b), m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pick = (q, n, col) => rows.filter(r => r[2] === q && r[1] === String(n)).map(r => Number(r[col]));
const ratio = (q, n) => median(rows.filter(r => r[2] === q && r[1] === String(n)).map(r =>
  Number(r[4]) / Number(rows.find(b => b[0] === r[0] && b[1] === r[1] && b[2] === "typename")?.[4] ?? NaN)));
for (const q of [...new Set(rows.map(r => r[2]))]) {
  const one = median(pick(q, 1, 4)), two = median(pick(q, 2, 4));
  console.log(`| ${q} | ${one.toFixed(0)} | ${two.toFixed(0)} | ${(two / one).toFixed(2)} | ${ratio(q, 1).toFixed(3)} / ${ratio(q, 2).toFixed(3)} | ` +
    `${median(pick(q, 1, 8)).toFixed(2)} / ${median(pick(q, 2, 8)).toFixed(2)} | ${median(pick(q, 1, 9)).toFixed(2)} / ${median(pick(q, 2, 9)).toFixed(2)} |`);
}' "$results"
