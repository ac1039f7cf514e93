#!/usr/bin/env bash
# Static checks of the deployment files, for machines without Docker or a cluster: deploy/compose/compose.yml
# (PostgreSQL and two Atlas replicas) and deploy/kubernetes/postgresql.yml. Run after ./mvnw package, so that
# target/quarkus-app/lib holds the extension jars whose config model names every Quarkus key. Fails unless:
#  - both files are well-formed YAML, compose.yml valid against the Compose Specification's JSON schema and each
#    Kubernetes object against its API schema, and free of dclint's errors (packages pinned by
#    .ci/deploy-check/package-lock.json);
#  - every path compose uses exists: build context, Dockerfile, mounted files, env files; build args are ARGs of
#    the Dockerfile and MAVEN_PROFILES names pom.xml profiles; volumes, networks and depends_on targets are declared;
#  - every environment variable given to Atlas is a run-time key: ATLAS_* of the @ConfigMapping interfaces or
#    application.properties, QUARKUS_* of an extension in the build (build-time keys are refused);
#  - compose runs at least two replicas of the PostgreSQL image, healthchecked on SmallRye Health, pointed at a
#    postgres:15+ service with its database and credentials, and nginx's upstreams are those replicas;
#  - the Deployment has more than one replica, credentials from a Secret (in the file or created by a documented
#    kubectl command with every key), startup/liveness/readiness probes on real health paths and ports, memory
#    requests and limits, a pool that fits PostgreSQL's max_connections, and a Service that selects its pods.
# Then .ci/deploy-check/self-test.sh proves that broken copies fail. Options (passed to check.mjs, to check other
# copies): --compose FILE, --kubernetes FILE.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

(cd .ci/deploy-check && npm ci --no-audit --no-fund --loglevel=error)
node .ci/deploy-check/check.mjs "$@"
# dclint's own rules for compose files, errors only (its style warnings, such as key order, are not enforced).
.ci/deploy-check/node_modules/.bin/dclint --quiet --color=false deploy/compose/compose.yml
echo "check-deploy: dclint: no errors in deploy/compose/compose.yml"
# And the check itself fails on broken copies of both files (every way self-test.sh breaks them).
bash .ci/deploy-check/self-test.sh
