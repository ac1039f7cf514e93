#!/usr/bin/env bash
# Browser tests in headless Chromium against the packaged jar: GraphiQL; Apollo Client, urql, graphql-request
# and plain fetch from pages on other origins; the explorer's pages, with axe-core (browser-tests/, versions
# pinned by its package-lock.json; screenshots in target/explorer-*.png). Installs Debian's chromium when it
# is missing (CI runs as root). Needs a built target/quarkus-app, Java and Node.js 20.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

[[ -f target/quarkus-app/quarkus-run.jar ]] || {
  echo "browser-tests: target/quarkus-app/quarkus-run.jar not found; build it first (./mvnw -B package)" >&2
  exit 2
}

if ! command -v "${CHROMIUM:-chromium}" >/dev/null; then
  if [[ $(id -u) -ne 0 ]]; then
    echo "browser-tests: chromium is not installed; install it with: sudo apt-get install -y chromium" >&2
    exit 2
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
export CHROMIUM
CHROMIUM=$(command -v "${CHROMIUM:-chromium}")

cd browser-tests
npm ci --no-audit --no-fund --loglevel=error
npm test
