// Mixed soak driver for bench/soak.sh (Node 20, no dependencies): readers of every shape, editors writing with
// optimistic locking, article ingestion and a hostile slice, all at once against one running service, for a
// fixed time. Every request's latency and status is kept per interval (a tenth of the run); the service's RSS
// and the ERROR lines of its log are read at the end of each interval. Afterwards it checks consistency: every
// acknowledged write is present, and the change log holds exactly one entry per acknowledged write.
//
// Environment: URL (the /graphql endpoint), TOKEN (an editor token), PID (the service), LOG (its log file),
// DURATION_S, READERS, EDITORS. Prints a Markdown report; exits 1 when a check fails.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const url = process.env.URL;
const token = process.env.TOKEN;
const pid = process.env.PID;
const logFile = process.env.LOG;
const durationMs = Number(process.env.DURATION_S ?? 600) * 1000;
const readers = Number(process.env.READERS ?? 6);
const editors = Number(process.env.EDITORS ?? 2);
const intervals = 10;
const intervalMs = durationMs / intervals;
const DPRK = "dprk-russia-ballistic-missile-transfers-2024-01";

const started = performance.now();
const buckets = Array.from({ length: intervals }, () => ({ latencies: [], s5xx: 0, byKind: {}, rss: 0, errors: 0 }));
const unexpected = [];

function bucket() {
  return buckets[Math.min(intervals - 1, Math.floor((performance.now() - started) / intervalMs))];
}

function running() {
  return performance.now() - started < durationMs;
}

/** Sends one request, records it, and returns { status, body } (body parsed when JSON). */
async function send(kind, init, path = "") {
  const t0 = performance.now();
  let status = 0;
  let text = "";
  try {
    const response = await fetch(url + path, init);
    status = response.status;
    text = await response.text();
  } catch (e) {
    unexpected.push(`${kind}: ${e.message}`);
  }
  if (status >= 500 || status === 0) {
    unexpected.push(`${kind}: HTTP ${status} ${text.slice(0, 200)}`);
  }
  // The consistency checks after the run are not part of the load.
  if (kind !== "check") {
    const b = bucket();
    b.latencies.push(performance.now() - t0);
    b.byKind[kind] = (b.byKind[kind] ?? 0) + 1;
    if (status >= 500 || status === 0) b.s5xx++;
  }
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: fine for the hostile slice
  }
  return { status, body };
}

/** Requests refused by the service's time budget (LIMIT_EXCEEDED before a field starts, so nothing written). */
let overBudget = 0;

/** Records an answer with errors: a refusal for time is counted, anything else is unexpected. */
function failed(what, body) {
  if (body?.errors?.[0]?.extensions?.code === "LIMIT_EXCEEDED") overBudget++;
  else unexpected.push(`${what}: ${JSON.stringify(body).slice(0, 200)}`);
}

function gql(kind, query, variables = {}, auth = token) {
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  if (auth) headers.Authorization = `Bearer ${auth}`;
  return send(kind, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
}

// ---- readers: every shape the API offers --------------------------------------------------------------
const reads = [
  ["read:countries", "{ countries(first: 50, orderBy: {field: CODE, direction: ASC}) { totalCount nodes { code name flag } } }"],
  ["read:statement", `{ statement(slug: "${DPRK}") { title signatoryCount states: signatoryCount(kind: STATE)
      early: signatories(asOf: "2024-01-09") { country { code } } signatories { country { code name } firstListedOn disputed }
      nonSignatories(group: "EU") { code } sources { url } claims { phrase verdict actualOnPublication } } }`],
  ["read:statements", "{ statements(first: 20, orderBy: {field: ISSUED_ON, direction: DESC}) { totalCount pageInfo { endCursor hasNextPage } nodes { slug version signatories { country { name } } sourceArticles { headline } } } }"],
  ["read:country", `{ country(code: "JP") { name groups { code } statements(first: 20) { totalCount nodes { slug } } coSignatories(first: 10) { country { name } sharedStatements } mentionedIn(first: 5) { nodes { headline } } } }`],
  ["read:search", `{ search(text: "missile", first: 20) { __typename ... on Statement { slug } ... on Country { code } ... on SourceArticle { headline } } }`],
  ["read:articles", "{ sourceArticles(first: 20) { totalCount nodes { headline outlet { name } publishedOn mentions { country { code } count offsets { start end } } claims { phrase verdict } statements { slug } } } }"],
  ["read:changes", "{ changes(first: 20) { totalCount nodes { operation entity actor } } }"],
  ["read:node", `{ node(id: "U3RhdGVtZW50OjE") { __typename ... on Statement { slug } } }`],
];

async function reader(n) {
  for (let i = n; running(); i++) {
    const [kind, query] = reads[i % reads.length];
    const { body } = await gql(kind, query, {}, null);
    if (!body?.data || body.errors) failed(kind, body);
    if (i % 10 === 0) {
      // A cacheable GET (ETag, 304 on revalidation) now and then.
      await send("read:get", { method: "GET" }, "?query=" + encodeURIComponent('{ country(code: "FR") { name flag } }'));
    }
  }
}

// ---- editors: writes with optimistic locking -------------------------------------------------------------
/** What the driver knows it wrote, per statement: the writes acknowledged and the state they left. */
const statements = new Map();
const articles = new Map();
let acknowledged = 0;
let conflicts = 0;
const CODES = ["JP", "FR", "DE", "CA", "AU", "NZ", "KR", "GB", "US", "IT", "ES", "PL", "NO", "SE", "FI"];

function ack(record) {
  record.writes++;
  acknowledged++;
}

async function editor(w) {
  for (let n = 0; running(); n++) {
    const slug = `soak-${w}-${n}`;
    const created = await gql("write:create", `mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id version } } }`,
      { in: { title: `Soak ${slug}`, slug, kind: "JOINT_STATEMENT", issuedOn: "2024-03-01" } });
    const s = created.body?.data?.createStatement?.statement;
    if (!s) {
      failed(`create ${slug}`, created.body);
      continue;
    }
    const record = { id: s.id, slug, version: s.version, title: `Soak ${slug}`, codes: new Set(), writes: 0 };
    statements.set(slug, record);
    ack(record);
    for (let k = 0; k < 3 && running(); k++) {
      const title = `Soak ${slug} edit ${k}`;
      // Every third edit sends a stale version on purpose: CONFLICT, and nothing written.
      const stale = k === 1;
      const updated = await gql("write:update", `mutation($in: UpdateStatementInput!) { updateStatement(input: $in) { statement { version } } }`,
        { in: { id: record.id, expectedVersion: stale ? record.version - 1 : record.version, title } });
      if (stale) {
        if (updated.body?.errors?.[0]?.extensions?.code === "CONFLICT") conflicts++;
        else failed(`stale update of ${slug} (not refused with CONFLICT)`, updated.body);
        continue;
      }
      const v = updated.body?.data?.updateStatement?.statement?.version;
      if (v === undefined) {
        failed(`update ${slug}`, updated.body);
        continue;
      }
      record.version = v;
      record.title = title;
      ack(record);
      const codes = [CODES[(n + k) % CODES.length], CODES[(n + k + 5) % CODES.length]];
      const added = await gql("write:sign", `mutation($in: AddSignatoriesInput!) { addSignatories(input: $in) { statement { version } } }`,
        { in: { statementId: record.id, countryCodes: codes, firstListedOn: "2024-03-02", expectedVersion: record.version } });
      const v2 = added.body?.data?.addSignatories?.statement?.version;
      if (v2 === undefined) {
        failed(`sign ${slug}`, added.body);
        continue;
      }
      record.version = v2;
      codes.forEach((c) => record.codes.add(c));
      ack(record);
    }
  }
}

async function ingester() {
  for (let n = 0; running(); n++) {
    // Every fourth article is sent again under the same address: an update, and its own change-log entry.
    const key = n % 4 === 3 ? n - 1 : n;
    const articleUrl = `https://soak.example/article-${key}`;
    const text = `Soak article ${key}. Foreign ministers of ${40 + (key % 10)} countries condemned the missile transfers`
      + ` on 10 January 2024, Japan and France said in a joint statement: "We stand together." Moscow denied it.`
      + (key === n ? "" : " Updated.");
    const answer = await gql("write:ingest", `mutation($in: IngestArticleInput!) { ingestArticle(input: $in) { article { id } created } }`,
      { in: { url: articleUrl, text } });
    const id = answer.body?.data?.ingestArticle?.article?.id;
    if (!id) {
      failed(`ingest ${articleUrl}`, answer.body);
      continue;
    }
    const record = articles.get(articleUrl) ?? { id, writes: 0 };
    articles.set(articleUrl, record);
    ack(record);
  }
}

// ---- the hostile slice: none of it may be a 5xx or write anything ---------------------------------------
const deep = `{ country(code: "JP") { ${"statements(first: 1) { nodes { issuer { ".repeat(4)}name${" } } }".repeat(4)} } }`;
const hostile = [
  () => send("hostile:json", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{\"query\":" }),
  () => send("hostile:variables", { method: "POST", headers: { "Content-Type": "application/json" }, body: '{"query":"{ __typename }","variables":"x"}' }),
  () => gql("hostile:deep", deep, {}, null),
  () => gql("hostile:unknown", "{ nope { nothing } }", {}, null),
  () => gql("hostile:first", "{ countries(first: 100000) { totalCount } }", {}, null),
  () => gql("hostile:anonymous-write", `mutation { createStatement(input: {title: "x", slug: "soak-hostile", kind: JOINT_STATEMENT, issuedOn: "2024-03-01"}) { statement { id } } }`, {}, null),
  () => gql("hostile:wrong-token", `mutation { createStatement(input: {title: "x", slug: "soak-hostile", kind: JOINT_STATEMENT, issuedOn: "2024-03-01"}) { statement { id } } }`, {}, "not-a-token"),
  () => gql("hostile:aliases", `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(" ")} }`, {}, null),
  () => send("hostile:type", { method: "POST", headers: { "Content-Type": "text/plain" }, body: "{ __typename }" }),
  () => send("hostile:big", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ query: `{ __typename } # ${"x".repeat(2_500_000)}` }) }),
  () => gql("hostile:bad-input", `mutation($in: CreateStatementInput!) { createStatement(input: $in) { statement { id } } }`,
    { in: { title: "", slug: "Not A Slug!", kind: "JOINT_STATEMENT", issuedOn: "yesterday" } }),
];

async function attacker() {
  for (let i = 0; running(); i++) {
    await hostile[i % hostile.length]();
  }
}

// ---- per-interval RSS and ERROR lines ------------------------------------------------------------------
function rssMiB() {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
}

function errorLines() {
  return readFileSync(logFile, "utf8").split("\n").filter((l) => / ERROR /.test(l)).length;
}

const errorsAtStart = errorLines();
const sampler = setInterval(() => {
  const i = Math.min(intervals - 1, Math.round((performance.now() - started) / intervalMs) - 1);
  if (i >= 0) {
    buckets[i].rss = rssMiB();
    buckets[i].errors = errorLines() - errorsAtStart;
  }
}, intervalMs);

await Promise.all([
  ...Array.from({ length: readers }, (_, n) => reader(n)),
  ...Array.from({ length: editors }, (_, w) => editor(w)),
  ingester(),
  attacker(),
]);
clearInterval(sampler);
const last = buckets[intervals - 1];
last.rss = last.rss || rssMiB();
last.errors = errorLines() - errorsAtStart;

// ---- consistency ---------------------------------------------------------------------------------------
const problems = [];
async function changeCount(id) {
  const { body } = await gql("check", "query($id: ID) { changes(entityId: $id) { totalCount } }", { id }, null);
  return body?.data?.changes?.totalCount;
}
for (const [slug, r] of statements) {
  const { body } = await gql("check", "query($slug: String) { statement(slug: $slug) { id title version signatories { country { code } } } }", { slug }, null);
  const s = body?.data?.statement;
  if (!s) { problems.push(`${slug}: missing`); continue; }
  if (s.title !== r.title || s.version !== r.version) problems.push(`${slug}: ${s.title} v${s.version}, acknowledged ${r.title} v${r.version}`);
  const codes = new Set(s.signatories.map((x) => x.country.code));
  for (const c of r.codes) if (!codes.has(c)) problems.push(`${slug}: signatory ${c} missing`);
  const changes = await changeCount(r.id);
  if (changes !== r.writes) problems.push(`${slug}: ${changes} change-log entries for ${r.writes} acknowledged writes`);
}
for (const [articleUrl, r] of articles) {
  const { body } = await gql("check", "query($url: String) { sourceArticle(url: $url) { id } }", { url: articleUrl }, null);
  if (body?.data?.sourceArticle?.id !== r.id) problems.push(`${articleUrl}: missing`);
  const changes = await changeCount(r.id);
  if (changes !== r.writes) problems.push(`${articleUrl}: ${changes} change-log entries for ${r.writes} acknowledged writes`);
}
const total = (await gql("check", "{ changes { totalCount } }", {}, null)).body?.data?.changes?.totalCount;
if (total !== acknowledged) problems.push(`change log holds ${total} entries for ${acknowledged} acknowledged writes`);

// ---- report --------------------------------------------------------------------------------------------
function pct(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] : 0;
}
const seconds = intervalMs / 1000;
console.log(`| interval (${seconds} s each) | requests | req/s | p50 ms | p99 ms | 5xx | ERROR lines (cumulative) | RSS MiB |`);
console.log("|---|---|---|---|---|---|---|---|");
buckets.forEach((b, i) => {
  const sorted = b.latencies.sort((x, y) => x - y);
  console.log(`| ${i + 1} | ${sorted.length} | ${(sorted.length / seconds).toFixed(0)} | ${pct(sorted, 50).toFixed(1)} | ${pct(sorted, 99).toFixed(1)} | ${b.s5xx} | ${b.errors} | ${b.rss.toFixed(0)} |`);
});
const kinds = {};
buckets.forEach((b) => Object.entries(b.byKind).forEach(([k, v]) => (kinds[k] = (kinds[k] ?? 0) + v)));
const s5xx = buckets.reduce((n, b) => n + b.s5xx, 0);
const rssGrowth = buckets[1].rss ? (100 * (buckets[intervals - 1].rss - buckets[1].rss)) / buckets[1].rss : 0;
console.log();
console.log(`Requests by kind: ${Object.entries(kinds).sort().map(([k, v]) => `${k} ${v}`).join(", ")}`);
console.log(`Acknowledged writes: ${acknowledged} (${statements.size} statements created, ${articles.size} article addresses);`
  + ` stale-version updates refused with CONFLICT: ${conflicts}; change-log entries: ${total}`);
console.log(`Refused by the 5 s time budget (LIMIT_EXCEEDED, nothing written): ${overBudget}`);
console.log(`5xx: ${s5xx}; ERROR lines: ${last.errors}; RSS growth from interval 2 to ${intervals}: ${rssGrowth.toFixed(1)} %`);
console.log(`Consistency: ${problems.length === 0 ? "every acknowledged write present, one change-log entry each" : problems.length + " problems"}`);
problems.slice(0, 20).forEach((p) => console.log(`  - ${p}`));
unexpected.slice(0, 20).forEach((u) => console.log(`  unexpected: ${u}`));

const checkRss = durationMs >= 300_000;
const failure = s5xx > 0 || last.errors > 0 || problems.length > 0 || unexpected.length > 0 || (checkRss && rssGrowth >= 10);
console.log(`Result: ${failure ? "FAILED" : "passed"}${checkRss ? "" : " (RSS growth not judged in runs under 5 minutes)"}`);
process.exit(failure ? 1 : 0);
