#!/usr/bin/env bash
# Precision and recall of the ingestion pipeline per field, and the articles fully right, on the annotated evaluation
# set (src/test/resources/ingest/eval): the tuning, held-apart and blind halves, with every miss under -v.
# Usage: bench/ingest-eval.sh [tuning] [heldout] [blind] [-v]   (no half: tuning and heldout)
# Needs the compiled test classes: it runs ./mvnw test-compile first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
exec java -Dorg.jboss.logging.provider=jdk -Djava.util.logging.SimpleFormatter.format='%5$s%n' \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.statementatlas.ingest.IngestEvaluation "$@"
