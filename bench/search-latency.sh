#!/usr/bin/env bash
# Latency of search and the text filters against a running service, one request at a time (no concurrency), so
# that H2's LIKE scans and PostgreSQL's full-text indexes can be compared on the same data. Usage:
#   bench/search-latency.sh [--runs 20] http://127.0.0.1:8080/graphql
# Start the service with -Datlas.response-cache.enabled=false -Datlas.rate-limit.enabled=false, on the scale
# dataset (bench/generate-scale.sh for H2; bench/scale/LoadPostgreSQL.java for PostgreSQL). Prints a Markdown
# table: per query the totalCount or result count, then the median and 90th percentile of curl's time_total
# over the runs, after 3 warm-up requests.
set -euo pipefail

runs=20
if [[ ${1:-} == --runs ]]; then
  runs=$2
  shift 2
fi
url=${1:?usage: bench/search-latency.sh [--runs N] GRAPHQL_URL}

queries=(
  'search missile|{ search(text: \"missile\", first: 20) { __typename } }'
  'search cyber attacks|{ search(text: \"cyber attacks\", first: 10) { __typename } }'
  'search slug|{ search(text: \"msmt-launch-2024-10-16\", first: 10) { __typename } }'
  'statements text missile|{ statements(filter: {text: \"missile\"}, first: 20) { totalCount nodes { slug } } }'
  'sourceArticles text cyber|{ sourceArticles(filter: {text: \"cyber\"}, first: 20) { totalCount nodes { url } } }'
  'sourceArticles text sanctions monitoring|{ sourceArticles(filter: {text: \"sanctions monitoring\"}, first: 20) { totalCount nodes { url } } }'
)

echo "| query | results | median ms | p90 ms |"
echo "|---|---:|---:|---:|"
for entry in "${queries[@]}"; do
  name=${entry%%|*}
  query=${entry#*|}
  body="{\"query\":\"$query\"}"
  answer=$(curl -sf -H 'content-type: application/json' -d "$body" "$url")
  results=$(node -e 'const d = JSON.parse(process.argv[1]).data; const v = Object.values(d)[0];
    console.log(Array.isArray(v) ? v.length : v.totalCount);' "$answer")
  for _ in 1 2 3; do curl -sf -o /dev/null -H 'content-type: application/json' -d "$body" "$url"; done
  times=$(for _ in $(seq 1 "$runs"); do
    curl -sf -o /dev/null -w '%{time_total}\n' -H 'content-type: application/json' -d "$body" "$url"
  done | sort -n)
  median=$(echo "$times" | awk -v n="$runs" 'NR == int((n + 1) / 2) { printf "%.1f", $1 * 1000 }')
  p90=$(echo "$times" | awk -v n="$runs" 'NR == int(n * 0.9 + 0.5) { printf "%.1f", $1 * 1000 }')
  echo "| $name | $results | $median | $p90 |"
done
