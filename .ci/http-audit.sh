#!/usr/bin/env bash
# GraphQL-over-HTTP conformance: runs the graphql-http server audit (bench/http-audit, versions pinned by
# its package-lock.json) against the packaged jar, started here on a free port with a temporary data dir.
# Fails on any audit warning or error, and if the service logged anything at ERROR meanwhile (the audit
# sends only client mistakes and valid queries). Needs a built target/quarkus-app, Java and Node.js 20.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

jar=target/quarkus-app/quarkus-run.jar
[[ -f $jar ]] || { echo "http-audit: $jar not found; build it first (./mvnw -B package)" >&2; exit 2; }

source bench/lib.sh
data=$(mktemp -d "${TMPDIR:-/tmp}/atlas-audit.XXXXXX")
log=$data/service.log
trap 'atlas_stop_all; rm -rf "$data"' EXIT
trap 'exit 130' INT TERM

atlas_serve "$log" "$data" "$jar" || exit 1
base=$atlas_base

(cd bench/http-audit && npm ci --no-audit --no-fund --loglevel=error)
node bench/http-audit/audit.mjs "$base/graphql"

if grep -E '^[0-9-]+ [0-9:,]+ ERROR ' "$log"; then
  echo "http-audit: the service logged at ERROR during the audit" >&2
  exit 1
fi
