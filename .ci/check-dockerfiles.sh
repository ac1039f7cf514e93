#!/usr/bin/env bash
# Static checks of the top-level Dockerfiles, for machines without a Docker engine.
# Run after ./mvnw package, so that target/quarkus-app/ exists. Fails unless:
#  - every local path a Dockerfile COPYs or ADDs from the build context exists in the checkout (the
#    native executable, target/*-runner, only when it was built);
#  - .dockerignore (an allow-list) keeps every file under those paths in the build context;
#  - every COPY --from=<stage> names an earlier stage, and paths it takes from a stage's
#    target/ directory exist after the local build (the native executable is exempt: no
#    GraalVM here);
#  - each Dockerfile's final stage runs as a non-root USER and EXPOSEs 8080.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

shopt -s nullglob
dockerfiles=(Dockerfile*)
shopt -u nullglob
if [[ ${#dockerfiles[@]} -eq 0 ]]; then
  echo "check-dockerfiles: FAIL: no Dockerfile* in $(pwd)" >&2
  exit 1
fi

node .ci/check-dockerfiles.mjs "${dockerfiles[@]}"
