// Runs the graphql-http server audit (GraphQL-over-HTTP spec conformance) against a running server.
// It starts nothing itself: `node audit.mjs http://127.0.0.1:8080/graphql`.
// Prints one line per audit that did not pass, then the ok/notice/warn/error counts;
// exits 1 on any warning or error (notices are MAY-level suggestions), 2 on bad usage.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql endpoint URL>');
  process.exit(2);
}

const results = await auditServer({ url });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const result of results) {
  counts[result.status]++;
  if (result.status !== 'ok') {
    console.log(`${result.status.toUpperCase()} ${result.id} ${result.name}: ${result.reason}`);
  }
}
console.log(`graphql-http audit of ${url}: ${counts.ok} ok, ${counts.notice} notice, ${counts.warn} warn, ${counts.error} error`);
process.exit(counts.warn + counts.error > 0 ? 1 : 0);
