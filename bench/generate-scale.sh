#!/usr/bin/env bash
# Makes a scale database: the bundled dataset plus N generated statements with about S signatures in all and M
# articles (with links, mentions and claims), the same rows for the same arguments. Usage, from the project root,
# after ./mvnw -B package -DskipTests:
#   bench/generate-scale.sh [--statements 10000] [--signatures 1000000] [--articles 100000] [--seed 1] DATA_DIR
# Then serve it with: ATLAS_DATA_DIR=DATA_DIR java -jar target/quarkus-app/quarkus-run.jar
# Steps: bench/scale/ScaleData.java writes CSV files; the packaged jar starts once on the new DATA_DIR (Flyway
# migrates, the bundled dataset loads); H2's RunScript bulk-loads the CSV files with bench/scale/load.sql
# (INSERT ... SELECT FROM CSVREAD, no per-row Hibernate work); the jar starts again, which validates the schema,
# and the counts are checked through GraphQL.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

args=()
while (($# > 1)); do
  args+=("$1" "$2")
  shift 2
done
(($# == 1)) || { sed -n '2,5p' "$0" >&2; exit 2; }
data=$(realpath -m "$1")
[[ ! -e $data/atlas.mv.db ]] || { echo "generate-scale: $data already holds a database; give a new directory" >&2; exit 2; }
jar=target/quarkus-app/quarkus-run.jar
[[ -f $jar ]] || { echo "generate-scale: $jar not found; build it first (./mvnw -B package -DskipTests)" >&2; exit 2; }
h2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
mkdir -p "$data"
source bench/lib.sh
csv=$(mktemp -d "${TMPDIR:-/tmp}/atlas-scale.XXXXXX")
trap 'atlas_stop_all; rm -rf "$csv"' EXIT
trap 'exit 130' INT TERM

seconds() { date +%s.%N; }
elapsed() { printf '%.1f' "$(echo "$(seconds) - $1" | bc)"; }

# Starts the service on $data, waits for it, runs the query given, keeps its answer in $answer, stops the service.
serve_and_query() {
  atlas_serve "$data/generate.log" "$data" "$jar" || exit 1
  answer=$(curl -sf -H 'content-type: application/json' -d "{\"query\":\"$1\"}" "$atlas_base/graphql")
  atlas_stop "$atlas_pid"
}

t=$(seconds)
java bench/scale/ScaleData.java "${args[@]}" --out "$csv"
echo "generate-scale: CSV written in $(elapsed "$t") s ($(du -sh "$csv" | cut -f1))"

t=$(seconds)
serve_and_query '{ statements { totalCount } }'
echo "generate-scale: schema migrated and bundled dataset loaded in $(elapsed "$t") s"

t=$(seconds)
sed "s|@DIR@|$csv|g" bench/scale/load.sql >"$csv/load.sql"
java -cp "$h2" org.h2.tools.RunScript -url "jdbc:h2:file:$data/atlas" -user sa -script "$csv/load.sql"
echo "generate-scale: bulk load in $(elapsed "$t") s"

t=$(seconds)
serve_and_query '{ statements { totalCount } sourceArticles { totalCount } }'
echo "generate-scale: restarted with schema validation in $(elapsed "$t") s: $answer"
echo "generate-scale: database in $data ($(du -sh "$data" | cut -f1))"
