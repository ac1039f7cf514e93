#!/usr/bin/env bash
# Checks the Knative Service manifest that quarkus-kubernetes writes to target/kubernetes/knative.yml
# during every build (no Docker or registry involved). Run after ./mvnw package or verify.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

manifest=target/kubernetes/knative.yml
fail() {
  echo "check-knative: FAIL: $*" >&2
  exit 1
}

[[ -s $manifest ]] || fail "$manifest was not generated (is quarkus.kubernetes.deployment-target=knative set?)"
need() {
  grep -qE "$1" "$manifest" || fail "$manifest lacks $2"
  echo "  ok  $2"
}
need '^apiVersion: serving\.knative\.dev/v1$' "a serving.knative.dev/v1 resource"
need '^kind: Service$' "a Knative Service"
need 'path: /q/health/live$' "a liveness probe on /q/health/live"
need 'path: /q/health/ready$' "a readiness probe on /q/health/ready"
need 'name: QUARKUS_PROFILE$' "the QUARKUS_PROFILE variable"
need 'value: serverless$' "the serverless profile"
need '^ +memory: [0-9]+Mi$' "memory requests and limits"
need 'containerPort: 8080$' "container port 8080"
echo "check-knative: OK: $manifest"
