#!/usr/bin/env bash
# The scale generator (bench/generate-scale.sh): two runs with one seed write identical CSV files, another seed
# writes different ones, and a small generated database loads and passes the packaged jar's schema validation
# with the expected totals. Needs a built target/quarkus-app, Java, Node.js and curl.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

work=$(mktemp -d "${TMPDIR:-/tmp}/atlas-scale-check.XXXXXX")
trap 'rm -rf "$work"' EXIT
small=(--statements 40 --signatures 2000 --articles 60)

digest() { (cd "$1" && sha256sum ./*.csv | sha256sum | cut -d' ' -f1); }
java bench/scale/ScaleData.java "${small[@]}" --seed 7 --out "$work/a" >/dev/null
java bench/scale/ScaleData.java "${small[@]}" --seed 7 --out "$work/b" >/dev/null
java bench/scale/ScaleData.java "${small[@]}" --seed 8 --out "$work/c" >/dev/null
[[ $(digest "$work/a") == "$(digest "$work/b")" ]] || { echo "check-scale: one seed gave different files" >&2; exit 1; }
[[ $(digest "$work/a") != "$(digest "$work/c")" ]] || { echo "check-scale: two seeds gave the same files" >&2; exit 1; }
echo "check-scale: deterministic ($(digest "$work/a"))"

out=$(bench/generate-scale.sh "${small[@]}" --seed 7 "$work/db")
echo "$out"
expected='{"data":{"statements":{"totalCount":49},"sourceArticles":{"totalCount":65}}}'
grep -qF "$expected" <<<"$out" || { echo "check-scale: expected $expected after the restart" >&2; exit 1; }
