#!/usr/bin/env bash
# Native build and native integration tests: builds the GraalVM native binary and runs every *IT against it,
# in the serverless profile (@QuarkusIntegrationTest) and again in the prod profile (H2 file). See README
# "Native binary".
#
# Not part of .ci/run: it needs a GraalVM 25 home, which these machines cannot download (no GraalVM
# distribution, no Docker for Quarkus' builder image). It uses, in this order:
#   1. GRAALVM_HOME, when set (any GraalVM or Mandrel for JDK 25);
#   2. a home assembled by ../shared/native/graalvm-home.sh (Temurin 25 + Maven Central builder jars + C parts
#      built from GraalVM's sources), cached in ~/.cache/statement-atlas/graalvm-home.
# It also needs about 6 GB of memory for native-image, and takes about 16 min on 2 quiet cores, 27 min beside
# other builds (docs/performance.md, "Native").
#
# Usage: bash .ci/native.sh [extra Maven arguments]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

jdk25=$(ls -d /usr/lib/jvm/temurin-25-jdk* 2>/dev/null | head -n 1 || true)
if [[ -z "${GRAALVM_HOME:-}" ]]; then
    assembler=../shared/native/graalvm-home.sh
    if [[ ! -x "$assembler" ]]; then
        echo "native.sh: set GRAALVM_HOME to a GraalVM 25 home (none given, and $assembler is absent)" >&2
        exit 2
    fi
    GRAALVM_HOME="${XDG_CACHE_HOME:-$HOME/.cache}/statement-atlas/graalvm-home"
    [[ -x "$GRAALVM_HOME/bin/native-image" ]] || "$assembler" "$GRAALVM_HOME" >&2
fi
export GRAALVM_HOME
# The builder runs on the home's JDK; Maven and the tests run on a JDK 25 as well (the classes stay release 17).
export JAVA_HOME="${JAVA_HOME_25:-${jdk25:-$GRAALVM_HOME}}"
echo "GRAALVM_HOME=$GRAALVM_HOME JAVA_HOME=$JAVA_HOME"

# Unit tests are .ci/run's; here only the test that writes the dataset snapshot runs before packaging.
./mvnw -B clean verify -Dnative -Dquarkus.native.native-image-xmx=6g \
    -Dtest=WriteDatasetSnapshot -Dsurefire.failIfNoSpecifiedTests=false "$@"
