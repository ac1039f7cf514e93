#!/usr/bin/env bash
# Fuzzes each Jazzer target (the @FuzzTest methods of *FuzzTest) in turn, each for the maxDuration its
# annotation gives (60 s), with JAZZER_FUZZ=1. A finding fails the run and is written by Jazzer into the
# target's input directory under src/test/resources (<Class>Inputs/<method>/crash-*): fix the code, keep the
# file, and `./mvnw test` replays it from then on. Without JAZZER_FUZZ, `./mvnw test` only replays the inputs.
#   bench/fuzz.sh                       every target
#   bench/fuzz.sh RequestFuzzTest       the targets of one class
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

filter=${1:-}
targets=()
for file in $(grep -rl '@FuzzTest' src/test/java); do
  class=$(basename "$file" .java)
  [[ -z $filter || $class == "$filter" ]] || continue
  for method in $(grep -A1 '@FuzzTest' "$file" | grep -oE 'void [a-zA-Z0-9_]+' | cut -d' ' -f2); do
    targets+=("$class#$method")
  done
done
((${#targets[@]})) || { echo "fuzz: no @FuzzTest target matches '$filter'" >&2; exit 2; }

failed=0
for target in "${targets[@]}"; do
  echo "== $target" >&2
  if ! JAZZER_FUZZ=1 ./mvnw -B -q test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false; then
    echo "fuzz: $target found something; see the crash-* file under src/test/resources" >&2
    failed=1
  fi
done
exit $failed
