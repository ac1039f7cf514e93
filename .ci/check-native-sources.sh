#!/usr/bin/env bash
# Runs every Quarkus native build step without GraalVM (sources-only) and fails unless the
# generated native-image input would bundle the dataset, its build-time snapshot and the Flyway
# migrations, and unless the executable would run the serverless profile by default.
#
# Quarkus 3.34 writes its resource registration to
#   target/native-sources/<artifact>-runner.jar!/META-INF/native-image/resource-config.json
# as Java regexes ("\Qdb/migration/V1__core_schema.sql\E" from Flyway, "dataset/.*" from
# quarkus.native.resources.includes=dataset/**). native-image.args may add more through
# -H:IncludeResources or -H:ResourceConfigurationFiles; both are honoured here too.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() {
  echo "check-native-sources: FAIL: $*" >&2
  exit 1
}

./mvnw -B package -Dnative -Dquarkus.native.sources-only=true -DskipTests

out=target/native-sources
args_file="$out/native-image.args"
[[ -f "$args_file" ]] || fail "$args_file was not written by the sources-only build"

shopt -s nullglob
runners=("$out"/*-runner.jar)
shopt -u nullglob
[[ ${#runners[@]} -eq 1 ]] || fail "expected exactly one $out/*-runner.jar, found ${#runners[@]}"
runner=${runners[0]}

# Expected resources, as classpath paths: the whole bundled dataset and every versioned migration of the
# native build's database (H2: db/migration/common and db/migration/h2, not the PostgreSQL mode's folder).
res=src/main/resources
mapfile -t expected < <(
  { find "$res/dataset" -type f 2>/dev/null
    find "$res/db/migration" -path "$res/db/migration/postgresql" -prune -o -type f -name 'V*.sql' -print 2>/dev/null; } \
    | sed "s|^$res/||" | LC_ALL=C sort
)
# Written by the build (the pom's dataset-snapshot execution), not kept in src/: the serverless profile loads it.
expected+=(dataset/snapshot.sql)
n_dataset=0 n_migrations=0
for r in "${expected[@]}"; do
  case "$r" in
    dataset/*) n_dataset=$((n_dataset + 1)) ;;
    db/migration/*) n_migrations=$((n_migrations + 1)) ;;
  esac
done
((n_dataset > 0)) || fail "no files under $res/dataset/ to check"
((n_migrations > 0)) || fail "no $res/db/migration/V*.sql to check"

# The JDK's jar tool is always there; unzip may not be.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runner_abs=$(cd "$(dirname "$runner")" && pwd)/$(basename "$runner")
(cd "$work" && jar xf "$runner_abs" META-INF/native-image)
jar tf "$runner" >"$work/entries.txt"
printf '%s\n' "${expected[@]}" >"$work/expected.txt"

node .ci/check-native-sources.mjs "$work" "$args_file" "$runner"

# The native profile builds with quarkus.profile=serverless, and Quarkus records the build profile as
# the executable's default runtime profile in a generated config class: look for that pair of constants.
customizer=io/quarkus/runtime/generated/RunTimeConfigCustomizer
(cd "$work" && jar xf "$runner_abs" "$customizer.class")
[[ -f $work/$customizer.class ]] || fail "$customizer.class not found in $runner (did Quarkus rename it?)"
if javap -c -constants "$work/$customizer.class" | grep -A1 'String quarkus.profile$' | grep -q 'String serverless$'; then
  echo "check-native-sources: OK: the native executable runs the serverless profile by default"
else
  fail "the native build does not record serverless as the default profile (quarkus.profile in the pom's native profile?)"
fi

# Jackson builds the dataset records reflectively: each must be registered (@RegisterForReflection).
reflect=$(cd "$work" && jar xf "$runner_abs" META-INF/native-image/reflect-config.json && cat META-INF/native-image/reflect-config.json)
for record in $(sed -n 's/^ *record \([A-Za-z]*\)(.*/\1/p' src/main/java/org/statementatlas/dataset/DatasetFiles.java); do
  grep -qF "\"org.statementatlas.dataset.DatasetFiles\$$record\"" <<<"$reflect" \
    || fail "DatasetFiles.$record is not registered for reflection (Jackson reads it in the native executable)"
done
echo "check-native-sources: OK: the dataset records are registered for reflection"
