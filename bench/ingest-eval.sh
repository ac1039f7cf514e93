#!/usr/bin/env bash
# Precision and recall of the ingestion pipeline per field, and the articles fully right, on the annotated evaluation
# set (src/test/resources/ingest/eval): the tuning, held-apart and blind halves, with every miss under -v.
# Usage: bench/ingest-eval.sh [tuning] [heldout] [blind] [-v]   (no half: tuning and heldout)
# Needs the compiled test classes: it runs ./mvnw test-compile first.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source bench/lib.sh
atlas_exec_test_class org.statementatlas.ingest.IngestEvaluation "$@"
