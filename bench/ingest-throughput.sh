#!/usr/bin/env bash
# Throughput of the ingestion pipeline (no database) in articles per second on the five bundled articles.
# Usage: bench/ingest-throughput.sh [warm-up seconds] [rounds] [seconds per round]   (default 5 5 3)
# Needs the compiled test classes: it runs ./mvnw test-compile first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/lib.sh
atlas_exec_test_class org.statementatlas.ingest.IngestThroughput "${1:-5}" "${2:-5}" "${3:-3}"
