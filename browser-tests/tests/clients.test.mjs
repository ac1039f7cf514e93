// Real GraphQL client libraries in Chromium, on pages served from other origins (other ports of 127.0.0.1),
// against the packaged jar: anonymous reads work from any origin, an editor's write only from an origin on
// atlas.cors.editor-origins.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { graphqlHeaders, launchChromium, watch } from '../lib/browser.mjs';
import { serveClientPage } from '../lib/origin.mjs';
import { EDITOR_TOKEN, freePort, startService } from '../lib/service.mjs';

const JANUARY = 'dprk-russia-ballistic-missile-transfers-2024-01';

let service;
let browser;
let editorSite;
let otherSite;

before(async () => {
  editorSite = await serveClientPage(await freePort());
  otherSite = await serveClientPage(await freePort());
  service = await startService({ ATLAS_CORS_EDITOR_ORIGINS: editorSite.origin });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await service?.stop();
  await editorSite?.close();
  await otherSite?.close();
});

/** Opens the client page of a site, with the API's address; returns the page and what it did on the network. */
async function open(site) {
  const page = await browser.newPage();
  const seen = watch(page, `${service.base}/graphql`);
  await page.goto(`${site.origin}/?api=${encodeURIComponent(service.base)}`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, seen };
}

function record(client, seen) {
  for (const request of seen.graphql) {
    console.log(`${client} sends:`, JSON.stringify(graphqlHeaders({ method: request.method, ...request.headers })));
  }
}

test('Apollo Client 4 normalizes a statement and a country that share objects, cross-origin', async () => {
  const { page, seen } = await open(otherSite);
  const result = await page.evaluate(([slug]) => window.atlas.apollo(slug, 'JP'), [JANUARY]);
  assert.equal(result.statement.slug, JANUARY);
  assert.equal(result.statement.signatoryCount, 51);
  assert.equal(result.statement.signatories, 51);
  assert.equal(result.country.code, 'JP');
  assert.ok(result.country.statements.includes(JANUARY), 'Japan signed the January 2024 statement');
  assert.ok(result.sharedCountry, 'Japan in the signatory list is the cache entry of country(code: "JP")');
  assert.ok(result.sharedStatement, "the statement in Japan's list is the cache entry of statement(slug:)");
  assert.equal(result.countryEntries, 51, 'one cache entry per country, none duplicated');
  assert.equal(result.cachedName, 'Japan');
  assert.deepEqual([seen.failed, seen.badStatus, seen.consoleErrors], [[], [], []]);
  record('Apollo Client', seen);
});

test('urql reads cross-origin', async () => {
  const { page, seen } = await open(otherSite);
  const result = await page.evaluate(() => window.atlas.urql('FR'));
  assert.equal(result.name, 'France');
  assert.ok(result.statements > 0);
  assert.deepEqual([seen.failed, seen.badStatus, seen.consoleErrors], [[], [], []]);
  record('urql', seen);
});

test('graphql-request reads cross-origin', async () => {
  const { page, seen } = await open(otherSite);
  const result = await page.evaluate(([slug]) => window.atlas.graphqlRequest(slug), [JANUARY]);
  assert.equal(result.title, 'Joint Statement on DPRK-Russia Ballistic Missile Transfers');
  assert.equal(result.signatoryCount, 51);
  assert.deepEqual([seen.failed, seen.badStatus, seen.consoleErrors], [[], [], []]);
  record('graphql-request', seen);
});

test('fetch with GET and automatic persisted queries, with ETag revalidation, cross-origin', async () => {
  const { page, seen } = await open(otherSite);
  const query = '{ country(code: "DE") { name alpha3 } }';
  const result = await page.evaluate(([q]) => window.atlas.apqGet(q), [query]);
  // No data: 400 for application/graphql-response+json, as the GraphQL-over-HTTP spec says.
  assert.deepEqual(result.unknown, { status: 400, code: 'PERSISTED_QUERY_NOT_FOUND' });
  assert.deepEqual(result.registered, { status: 200, data: { country: { name: 'Germany', alpha3: 'DEU' } } });
  assert.equal(result.byHash.status, 200);
  assert.deepEqual(result.byHash.data, { country: { name: 'Germany', alpha3: 'DEU' } });
  assert.match(result.byHash.etag ?? '', /^"[\w-]+"$/, 'the ETag is readable by the script');
  assert.deepEqual(result.revalidated, { status: 304 });
  assert.deepEqual(seen.failed, []);
  // The only complaint is the browser's note about the expected 400 for the unknown hash.
  assert.deepEqual(seen.consoleErrors, ['Failed to load resource: the server responded with a status of 400 (Bad Request)']);
  record('fetch (APQ GET)', seen);
});

test('an editor write from an origin that is not on the editor list is blocked by the browser', async () => {
  const { page, seen } = await open(otherSite);
  const slug = `browser-blocked-${Date.now()}`;
  const result = await page.evaluate(([token, s]) => window.atlas.editorWrite(token, s), [EDITOR_TOKEN, slug]);
  assert.equal(result.outcome, 'blocked', JSON.stringify(result));
  assert.match(result.error, /TypeError: Failed to fetch/);
  assert.ok(seen.consoleErrors.some((e) => /CORS policy/.test(e) && /authorization/i.test(e)),
    `the browser says why: ${seen.consoleErrors.join(' | ')}`);
  const check = await fetch(`${service.base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($s: String) { statement(slug: $s) { id } }', variables: { s: slug } }),
  });
  assert.deepEqual(await check.json(), { data: { statement: null } }, 'nothing was written');
});

test('an editor write from an origin on the editor list works', async () => {
  const { page, seen } = await open(editorSite);
  const slug = `browser-editor-${Date.now()}`;
  const result = await page.evaluate(([token, s]) => window.atlas.editorWrite(token, s), [EDITOR_TOKEN, slug]);
  assert.deepEqual(result, { outcome: 'written', slug, deleted: true });
  assert.deepEqual([seen.failed, seen.badStatus, seen.consoleErrors], [[], [], []]);
  record('fetch (editor write)', seen);
  assert.deepEqual(service.errors(), []);
});
