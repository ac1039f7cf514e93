#!/usr/bin/env bash
# Fits the weights of the plain-text chrome model (ChromeLineModel) on the tuning half of the evaluation set
# (src/test/resources/ingest/eval/tuning) and prints them; paste the last line into ChromeLineModel.WEIGHTS.
# Needs the compiled test classes: it runs ./mvnw test-compile first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" org.statementatlas.ingest.ChromeModelFit
