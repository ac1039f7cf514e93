#!/usr/bin/env bash
# Statement Atlas against PostGraphile, side by side in one run: the same logical queries (Q1-Q3 of the peer kit)
# over the same rows, each server loaded in turn with the peer kit's bench.sh (wrk, 2 threads, 32 connections), so
# both see the same machine noise. Prints per query the median req/s and p99 of each server and the median of the
# per-round ratios Atlas / PostGraphile; with --before, a second Atlas build runs beside the first (before/after).
# Then { __typename } on each Atlas, and each Atlas's RSS (now and peak). Any non-2xx answer fails the run.
#
# Usage: bench/peer-compare.sh [--jar JAR] [--before JAR] [--data DIR] [--peer-db DB] [--runs 3] [--seconds 15]
#                              [--warmup 20] [--queries "q1 q2 q3"] [--extra "bench/queries/e1-....graphql ..."]
#   --data DIR    an Atlas data directory (copied per server; e.g. one scale_atlas.py filled); none: bundled dataset
#   --peer-db DB  the PostgreSQL database PostGraphile serves: atlas_peer (bundled rows) or atlas_peer_scale
#   --extra       more Atlas-only documents, measured on every Atlas build (before/after), not on the peer
# Needs the peer kit (PEER_KIT, default ../shared/peer beside the repository) set up with its setup.sh (and
# scale.py for atlas_peer_scale). The service runs as a 512 MiB container would: -XX:MaxRAM=512m, response cache
# and rate limit off. Every query is warmed on every server for --warmup seconds before the measured rounds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

kit=${PEER_KIT:-$(cd .. && pwd)/shared/peer}
jar=target/quarkus-app/quarkus-run.jar before="" data="" peerdb=atlas_peer runs=3 secs=15 warmup=20
queries="q1 q2 q3" extra=""
while (($#)); do
  case "$1" in
    --jar) jar=${2:?}; shift 2 ;;
    --before) before=${2:?}; shift 2 ;;
    --data) data=${2:?}; shift 2 ;;
    --peer-db) peerdb=${2:?}; shift 2 ;;
    --runs) runs=${2:?}; shift 2 ;;
    --seconds) secs=${2:?}; shift 2 ;;
    --warmup) warmup=${2:?}; shift 2 ;;
    --queries) queries=${2:?}; shift 2 ;;
    --extra) extra=${2:?}; shift 2 ;;
    *) sed -n '7,14p' "$0" >&2; exit 2 ;;
  esac
done
[[ -x $kit/bench.sh ]] || { echo "peer kit not found at $kit (set PEER_KIT)" >&2; exit 2; }
for tool in wrk curl java python3; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

source bench/lib.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/atlas-peer-compare.XXXXXX")
declare -A pid=() url=()
cleanup() {
  atlas_stop_all
  [[ -z ${pid[peer]:-} ]] || kill "${pid[peer]}" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_atlas() { # name jar
  local name=$1 dir=$work/$1
  mkdir -p "$dir"
  if [[ -n $data ]]; then cp -r "$data" "$dir/data"; else mkdir "$dir/data"; fi
  ATLAS_RESPONSE_CACHE_ENABLED=false ATLAS_RATE_LIMIT_ENABLED=false \
    atlas_serve -C "$dir" "$dir/log" "$dir/data" "$2" -XX:MaxRAM=512m || { echo "$name did not start" >&2; exit 1; }
  pid[$name]=$atlas_pid
  url[$name]=http://127.0.0.1:$atlas_port/graphql
}

servers=(after)
start_atlas after "$jar"
if [[ -n $before ]]; then start_atlas before "$before"; servers=(before after); fi
peerport=$(atlas_free_port)
peerpid=$("$kit/serve.sh" "$peerport" "$peerdb")
pid[peer]=$peerpid
url[peer]=http://127.0.0.1:$peerport/graphql

doc() { # server query -> file
  if [[ $1 == peer ]]; then ls "$kit"/queries/postgraphile/"$2"-*.graphql; else ls "$kit"/queries/atlas/"$2"-*.graphql; fi
}
# bench.sh prints: name req/s=… p50=…ms p99=…ms non2xx=N …; a non-2xx answer fails the run.
measure() { # server file seconds -> "rate p99"
  local line
  line=$(WARMUP=0 "$kit/bench.sh" "${url[$1]}" "$2" "$3")
  echo "$1 $line" >&2
  [[ $line =~ non2xx=0\  ]] || { echo "non-2xx answers from $1: $line" >&2; exit 1; }
  python3 -c 'import re,sys; v=dict(re.findall(r"(\S+?)=([0-9.]+)", sys.argv[1])); print(v["req/s"], v["p99"])' "$line"
}

results=$work/results
for q in $queries; do
  for s in "${servers[@]}" peer; do measure "$s" "$(doc "$s" "$q")" "$warmup" >/dev/null; done
  for r in $(seq 1 "$runs"); do
    for s in "${servers[@]}" peer; do echo "$q $r $s $(measure "$s" "$(doc "$s" "$q")" "$secs")" >>"$results"; done
  done
done
typename=$work/typename.graphql
echo '{ __typename }' >"$typename"
for f in $extra "$typename"; do
  name=$(basename "$f" .graphql)
  for s in "${servers[@]}"; do measure "$s" "$f" "$warmup" >/dev/null; done
  for r in $(seq 1 "$runs"); do
    for s in "${servers[@]}"; do echo "$name $r $s $(measure "$s" "$f" "$secs")" >>"$results"; done
  done
done
for s in "${servers[@]}"; do
  echo "rss $s $(awk '/VmRSS/ {r=$2} /VmHWM/ {h=$2} END {printf "%.0f %.0f", r/1024, h/1024}' "/proc/${pid[$s]}/status")" >>"$results"
done

python3 - "$results" "${servers[*]}" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
servers = sys.argv[2].split()
rss = {r[1]: (r[2], r[3]) for r in rows if r[0] == "rss"}
data = {}
for q, run, server, rate, p99 in (r for r in rows if r[0] != "rss"):
    data.setdefault(q, {}).setdefault(run, {})[server] = (float(rate), float(p99))
med = statistics.median
head = "| query | PostGraphile req/s |" + "".join(f" Atlas {s} req/s | {s} p99 ms | {s} / PostGraphile |" for s in servers)
print(head)
print("|" + "---|" * (head.count("|") - 1))
for q, runs in data.items():
    peer = [r["peer"][0] for r in runs.values() if "peer" in r]
    cells = [f"{med(peer):.0f}" if peer else "-"]
    for s in servers:
        rates = [r[s][0] for r in runs.values()]
        ratio = [r[s][0] / r["peer"][0] for r in runs.values() if "peer" in r]
        cells += [f"{med(rates):.0f}", f"{med(r[s][1] for r in runs.values()):.0f}",
                  f"{med(ratio):.2f}x" if ratio else "-"]
    print(f"| {q} | " + " | ".join(cells) + " |")
print()
for s in servers:
    print(f"RSS of Atlas {s} after the run: {rss[s][0]} MiB (peak {rss[s][1]} MiB)")
EOF
