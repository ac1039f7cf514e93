#!/usr/bin/env bash
# Mixed soak of the packaged jar on 127.0.0.1: bench/soak.mjs runs readers of every shape, editors writing with
# optimistic locking, article ingestion and a hostile slice at once, for a fixed time (10 minutes by default).
# Reports requests, p50/p99, 5xx, ERROR log lines and RSS per tenth of the run, then checks that every acknowledged
# write is present with exactly one change-log entry. Exits 1 on any 5xx, ERROR line, inconsistency, or (runs of
# 5 minutes and more) RSS growth of 10 % or more between the second and the last tenth. See bench/README.md.
#
# Usage: bench/soak.sh [--duration SECONDS] [--readers N] [--editors N] [--jar PATH]
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: bench/soak.sh [options]
  --duration S   seconds of load (default 600; 30 for a quick check)
  --readers N    concurrent readers (default 6)
  --editors N    concurrent editors (default 2)
  --jar PATH     the jar to start (default target/quarkus-app/quarkus-run.jar)
Environment: JAVA_OPTS, JVM options for the service (default -Xmx384m).
USAGE
}

cd "$(dirname "${BASH_SOURCE[0]}")/.."

duration=600
readers=6
editors=2
jar=target/quarkus-app/quarkus-run.jar
while (($#)); do
  case "$1" in
    --duration) duration=${2:?}; shift 2 ;;
    --readers) readers=${2:?}; shift 2 ;;
    --editors) editors=${2:?}; shift 2 ;;
    --jar) jar=${2:?}; shift 2 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ -f $jar ]] || { echo "$jar not found: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
for tool in node curl java sha256sum; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 2; }
done

source bench/lib.sh
work=$(mktemp -d "${TMPDIR:-/tmp}/atlas-soak.XXXXXX")
trap 'atlas_stop_all; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# An editor token of this run only, given to the service by digest as an operator would.
token=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
digest=$(printf %s "$token" | sha256sum | cut -d' ' -f1)

# A bounded heap, as a container gives one: with the JVM's default (a quarter of the machine's memory) the heap,
# and so RSS, keeps growing for as long as there is garbage, leak or not, and the RSS check would measure the
# collector's sizing policy instead of the service.
java_opts=${JAVA_OPTS:--Xmx384m}
# Rate limits off: every client of the driver is 127.0.0.1, far over one client's budget.
# shellcheck disable=SC2086
atlas_serve "$work/service.log" "$work/data" "$jar" $java_opts \
  -Datlas.rate-limit.enabled=false -Datlas.security.editor-tokens="soak:$digest" || exit 1
pid=$atlas_pid
base=$atlas_base

echo "## Soak: ${duration} s, $readers readers, $editors editors, 1 ingester, 1 hostile client"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1), service JVM options: $java_opts;" \
  "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
status=0
URL=$base/graphql TOKEN=$token PID=$pid LOG=$work/service.log DURATION_S=$duration READERS=$readers EDITORS=$editors \
  node bench/soak.mjs || status=$?
echo
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
if ((status != 0)); then
  grep ' ERROR ' "$work/service.log" | head -5 >&2 || true
fi
exit "$status"
