#!/usr/bin/env bash
# Throughput of the ingestion pipeline (no database) in articles per second on the five bundled articles.
# Usage: bench/ingest-throughput.sh [warm-up seconds] [rounds] [seconds per round]   (default 5 5 3)
# Needs the compiled test classes: it runs ./mvnw test-compile first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./mvnw -B -q test-compile
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test >/dev/null
# Outside Quarkus, log through java.util.logging: one plain line per message.
exec java -Dorg.jboss.logging.provider=jdk -Djava.util.logging.SimpleFormatter.format='%5$s%n' \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  org.statementatlas.ingest.IngestThroughput "${1:-5}" "${2:-5}" "${3:-3}"
