#!/usr/bin/env bash
# Proves that check.mjs fails on broken deployment files: each case breaks a copy of compose.yml or the Kubernetes
# manifest one way (copies sit beside the originals, so relative paths still resolve) and expects exit code 1 with
# the expected complaint. Run by .ci/check-deploy.sh after the real check; the originals are never touched.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."

compose=deploy/compose/compose.yml
kube=deploy/kubernetes/postgresql.yml
tag=$$
bc=deploy/compose/.self-test-$tag.yml
bk=deploy/kubernetes/.self-test-$tag.yml
bn=deploy/compose/.self-test-$tag-nginx.conf
trap 'rm -f "$bc" "$bk" "$bn"' EXIT

failed=0
cases=0
# expect LABEL EXPECTED-FAIL-TEXT: runs the check on the current copies.
expect() {
  cases=$((cases + 1))
  local out rc=0
  out=$(node .ci/deploy-check/check.mjs --compose "$bc" --kubernetes "$bk" 2>&1) || rc=$?
  if [[ $rc -eq 1 ]] && grep -F -- "$2" <<<"$(grep 'FAIL' <<<"$out")" >/dev/null; then
    printf '  ok    caught: %s\n' "$1"
  else
    printf '  FAIL  not caught: %s (exit %s, expected a FAIL line with "%s")\n' "$1" "$rc" "$2"
    failed=$((failed + 1))
  fi
}
# fresh: new copies of both files.
fresh() { cp "$compose" "$bc"; cp "$kube" "$bk"; }

# The unbroken copies pass, so every failure below comes from its one change.
fresh
node .ci/deploy-check/check.mjs --compose "$bc" --kubernetes "$bk" >/dev/null \
  || { echo "deploy-check self-test: FAIL: the unbroken copies do not pass" >&2; exit 1; }

fresh; sed -i 's/^    dockerfile: Dockerfile.jvm$/    dockerfile: Dockerfile.jvmx/' "$bc"
expect "compose: Dockerfile that does not exist" "Dockerfile.jvmx does not exist"
fresh; sed -i 's|- ./nginx.conf:|- ./nginx-missing.conf:|' "$bc"
expect "compose: mounted file that does not exist" "nginx-missing.conf does not exist"
fresh; sed -i 's|^    context: ../..$|    context: ../../nowhere|' "$bc"
expect "compose: build context that does not exist" "is not a directory"
fresh; sed -i 's/QUARKUS_DATASOURCE_JDBC_MAX_SIZE:/QUARKUS_DATASOURCE_JDBC_MAXSIZE:/' "$bc"
expect "compose: misspelt Quarkus variable" "QUARKUS_DATASOURCE_JDBC_MAXSIZE is not a configuration key"
fresh; sed -i 's/ATLAS_RATE_LIMIT_TRUSTED_PROXIES:/ATLAS_RATELIMIT_TRUSTED_PROXIES:/' "$bc"
expect "compose: misspelt application variable" "ATLAS_RATELIMIT_TRUSTED_PROXIES matches no"
fresh; sed -i 's/^    QUARKUS_DATASOURCE_PASSWORD:/    QUARKUS_DATASOURCE_DB_KIND: postgresql\n&/' "$bc"
expect "compose: build-time key set at run time" "is fixed at build time"
fresh; sed -i 's/^    QUARKUS_DATASOURCE_PASSWORD:/    QUARKUS_PROFILE: prod\n&/' "$bc"
expect "compose: QUARKUS_PROFILE without postgresql" "drops the postgresql profile"
fresh; sed -i 's/^      MAVEN_PROFILES: postgresql$/      MAVEN_PROFILES: postgres/' "$bc"
expect "compose: Maven profile that does not exist" "pom.xml has no Maven profile postgres"
fresh; sed -i 's/^    image: postgres:17$/    image: postgres:14/' "$bc"
expect "compose: PostgreSQL older than 15" "is not PostgreSQL 15 or newer"
fresh; sed -i 's|/q/health/ready HTTP|/q/healthz HTTP|' "$bc"
expect "compose: healthcheck on a path that does not exist" "healthcheck asks no SmallRye Health endpoint"
fresh; sed -i 's/^  healthcheck:$/  healtcheck:/' "$bc"
expect "compose: misspelt service key" 'must NOT have additional properties ("healtcheck")'
fresh; sed -i 's/^      retries: 30$/      retries: 30\n      interva: 2s/' "$bc"
expect "compose: misspelt healthcheck key (Compose schema)" '/services/postgres/healthcheck must NOT have additional properties ("interva")'
fresh; sed -i 's/^      - "127.0.0.1:8082:8080"$/      - published: 8082\n        target: [8080]/' "$bc"
expect "compose: port of the wrong type (Compose schema)" "/services/atlas-2/ports/0"
fresh; sed -i 's|jdbc:postgresql://postgres:5432/atlas|jdbc:postgresql://db:5432/atlas|' "$bc"
expect "compose: JDBC URL naming no service" "names host db, which is no service"
fresh; sed -i 's/^      POSTGRES_PASSWORD: .*/      POSTGRES_PASSWORD: other/' "$bc"
expect "compose: credentials that differ from the database's" "differ from postgres's"
fresh; sed -i 's/^      atlas-1:$/      atlas-one:/' "$bc"
expect "compose: depends_on a service that does not exist" "depends_on atlas-one, which is no service"
fresh; sed -i 's/"max_connections=100"\]/"max_connections=100"/' "$bc"
expect "compose: YAML that no longer parses (an unclosed flow sequence)" "Flow sequence in block collection must be sufficiently indented and end with a ]"
fresh; sed -i 's/^    environment:$/    environment:\n      POSTGRES_DB: twice/' "$bc"
expect "compose: duplicate key" "Map keys must be unique"
fresh; sed 's/server atlas-2:8080/server atlas-3:8080/' deploy/compose/nginx.conf >"$bn"
sed -i "s|- ./nginx.conf:|- ./$(basename "$bn"):|" "$bc"
expect "nginx: upstream that is no replica" "upstream atlas-3:8080"

fresh; sed -i 's/^  replicas: 3$/  replicas: 1/' "$bk"
expect "kubernetes: a single replica" "replicas is 1, more than 1 expected"
fresh; sed -i 's|path: /q/health/live$|path: /q/health/alive|' "$bk"
expect "kubernetes: probe on a path that does not exist" "path /q/health/alive is not a SmallRye Health endpoint"
fresh; sed -i 's|path: /q/health/live$|path: /q/health/ready|' "$bk"
expect "kubernetes: liveness on the database check" "liveness does not ask /q/health/live"
fresh; sed -i 's/port: http$/port: 9000/' "$bk"
expect "kubernetes: probe on a port the container does not have" "port 9000 is no container port"
fresh; sed -i 's/name: statement-atlas-db$/name: atlas-credentials/' "$bk"
expect "kubernetes: Secret nobody creates" "Secret atlas-credentials is neither in"
fresh; sed -i '0,/key: password$/s//key: passwd/' "$bk"
expect "kubernetes: Secret key the documented command does not create" "does not give key passwd"
fresh; sed -i '/- name: QUARKUS_DATASOURCE_PASSWORD/{n;N;N;N;c\              value: secret
}' "$bk"
expect "kubernetes: password as a plain value" "QUARKUS_DATASOURCE_PASSWORD does not come from a required secretKeyRef"
fresh; sed -i 's/QUARKUS_DATASOURCE_JDBC_MAX_SIZE: "10"/QUARKUS_DATASOURCE_JDBC_MAX_SIZE: "25"/' "$bk"
expect "kubernetes: pools larger than max_connections allows" "over the budget of"
fresh; sed -i 's/^      targetPort: http$/      targetPort: web/' "$bk"
expect "kubernetes: Service to a port the container does not have" "targetPort web is no container port"
fresh; sed -i 's/^  ATLAS_RATE_LIMIT_TRUSTED_PROXIES:/  ATLAS_RATE_LIMITS_TRUSTED_PROXIES:/' "$bk"
expect "kubernetes: misspelt variable in the ConfigMap" "ATLAS_RATE_LIMITS_TRUSTED_PROXIES matches no"
fresh; sed -i '0,/^      app.kubernetes.io\/name: statement-atlas$/s//      app: other/' "$bk"
expect "kubernetes: selector that misses the pods" "spec.selector.matchLabels does not match"
fresh; sed -i '/^          resources:$/,/^              memory: 512Mi$/{/^              memory: 512Mi$/d}' "$bk"
expect "kubernetes: no memory request" "no memory requests"
fresh; sed -i 's/periodSeconds: 5$/periodSeconds: "5"/' "$bk"
expect "kubernetes: a number as a string (API schema)" "/spec/template/spec/containers/0/startupProbe/periodSeconds must be integer"
fresh; sed -i '/^          ports:$/{n;s/- name: http/- protocol: HTTP\n              name: http/}' "$bk"
expect "kubernetes: a value outside an enum (API schema)" "protocol must be equal to one of the allowed values"
fresh; sed -i 's|^apiVersion: policy/v1$|apiVersion: policy/v1beta1|' "$bk"
expect "kubernetes: an old apiVersion" "apiVersion policy/v1beta1, expected policy/v1"
fresh; sed -i 's/^kind: PodDisruptionBudget$/kind: PodDisruptionBudget\nkind: Service/' "$bk"
expect "kubernetes: duplicate key" "Map keys must be unique"

if ((failed)); then
  echo "deploy-check self-test: FAIL: $failed of $cases broken copies passed the check" >&2
  exit 1
fi
echo "deploy-check self-test: OK: all $cases broken copies fail the check"
