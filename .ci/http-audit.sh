#!/usr/bin/env bash
# GraphQL-over-HTTP conformance: runs the graphql-http server audit (bench/http-audit, versions pinned by
# its package-lock.json) against the packaged jar, started here on a free port with a temporary data dir.
# Fails on any audit warning or error, and if the service logged anything at ERROR meanwhile (the audit
# sends only client mistakes and valid queries). Needs a built target/quarkus-app, Java and Node.js 20.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

jar=target/quarkus-app/quarkus-run.jar
[[ -f $jar ]] || { echo "http-audit: $jar not found; build it first (./mvnw -B package)" >&2; exit 2; }

port=$(node -e 'const s = require("net").createServer(); s.listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); });')
data=$(mktemp -d "${TMPDIR:-/tmp}/atlas-audit.XXXXXX")
log=$data/service.log
base=http://127.0.0.1:$port

java -Datlas.data-dir="$data" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar "$jar" >"$log" 2>&1 &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

ready=0
for _ in $(seq 1 240); do
  if node -e 'fetch(process.argv[1]).then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$base/q/health/ready"; then
    ready=1
    break
  fi
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if ((!ready)); then
  echo "http-audit: the service did not become ready; its log:" >&2
  tail -50 "$log" >&2
  exit 1
fi

(cd bench/http-audit && npm ci --no-audit --no-fund --loglevel=error)
node bench/http-audit/audit.mjs "$base/graphql"

if grep -E '^[0-9-]+ [0-9:,]+ ERROR ' "$log"; then
  echo "http-audit: the service logged at ERROR during the audit" >&2
  exit 1
fi
