// How the explorer is served, seen from Chromium against the packaged jar: a cold load of the January 2024 statement
// page arrives gzipped and under 150 KB; a reload revalidates the page and takes the versioned files from the cache;
// and after a second build with a changed script, served on the same address, a plain reload runs the new script
// and never asks for a file of the old build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';

import { launchChromium, watch } from '../lib/browser.mjs';
import { APP_DIR, freePort, startService } from '../lib/service.mjs';

const JANUARY = '/statements/dprk-russia-ballistic-missile-transfers-2024-01';
const sources = resolve(import.meta.dirname, '../../src/main/resources');

let browser;
const cleanUp = [];

before(async () => { browser = await launchChromium(); });
after(async () => {
  await browser?.close();
  for (const step of cleanUp.reverse()) await step();
});

/** Waits until the statement page shows its table with 51 rows and the map. */
const rendered = (page) => page.waitForFunction(() => document.querySelectorAll('table tbody tr').length === 51
  && document.querySelector('svg[role="img"] path[data-code]'));

/** Every response the page gets: status, url and content-encoding. */
function responses(page) {
  const seen = [];
  page.on('response', async (response) => seen.push({ status: response.status(), url: response.url(),
    encoding: (await response.allHeaders())['content-encoding'] }));
  return seen;
}

test('a cold load is gzipped and under 150 KB; a reload revalidates only the page', async () => {
  const service = await startService();
  cleanUp.push(() => service.stop());
  const context = await browser.newContext();
  const page = await context.newPage();
  const seen = watch(page, `${service.base}/graphql`);
  const got = responses(page);
  await page.goto(service.base + JANUARY);
  await rendered(page);
  const bytes = await page.evaluate(() => performance.getEntriesByType('navigation')
    .concat(performance.getEntriesByType('resource')).reduce((sum, e) => sum + e.transferSize, 0));
  console.log(`cold load of ${JANUARY}: ${(bytes / 1024).toFixed(1)} KiB transferred`);
  assert.ok(bytes < 150_000, `${bytes} bytes transferred`);
  const files = got.filter((r) => new URL(r.url).pathname.startsWith('/assets/'));
  assert.ok(files.length >= 8, 'the scripts, the style sheet and the map come from /assets/');
  assert.ok(files.every((r) => r.status === 200 && r.encoding === 'gzip'), JSON.stringify(files));

  got.length = 0;
  await page.reload();
  await rendered(page);
  const again = got.filter((r) => !new URL(r.url).pathname.startsWith('/graphql'));
  const pageAnswer = again.find((r) => new URL(r.url).pathname === JANUARY);
  assert.ok([200, 304].includes(pageAnswer.status), 'the page is revalidated');
  const network = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((e) => new URL(e.name).pathname.startsWith('/assets/') && e.transferSize > 0).map((e) => e.name));
  assert.deepEqual(network, [], 'versioned files come from the browser cache on a reload');
  assert.deepEqual(seen.failed, []);
  assert.deepEqual(seen.consoleErrors, []);
  await context.close();
});

test('a second build with a changed script is picked up by a reload, with no stale file', async () => {
  const port = await freePort();
  const first = await startService({}, { port });
  const context = await browser.newContext();
  const page = await context.newPage();
  const got = responses(page);
  await page.goto(first.base + JANUARY);
  await rendered(page);
  const oldVersion = await page.evaluate(() => document.querySelector('script[type="module"]').src);
  await first.stop();

  // The second build: the packaged app with one changed script (dom.js marks the document).
  const second = mkdtempSync(join(tmpdir(), 'atlas-second-build-'));
  cleanUp.push(() => rmSync(second, { recursive: true, force: true }));
  for (const shared of ['lib', 'quarkus']) symlinkSync(join(APP_DIR, shared), join(second, shared));
  cpSync(join(APP_DIR, 'quarkus-run.jar'), join(second, 'quarkus-run.jar'));
  cpSync(join(APP_DIR, 'app'), join(second, 'app'), { recursive: true });
  const appJar = join(second, 'app', readdirSync(join(second, 'app')).find((f) => f.endsWith('.jar')));
  const tree = join(second, 'tree');
  mkdirSync(tree);
  execFileSync('jar', ['xf', appJar], { cwd: tree }); // repacked whole: `jar uf` refuses its duplicate META-INF/
  writeFileSync(join(tree, 'explorer/app/dom.js'), readFileSync(join(sources, 'explorer/app/dom.js'), 'utf8')
    + "\ndocument.documentElement.dataset.build = 'second';\n");
  execFileSync('jar', ['cfM', appJar, '-C', tree, '.']);

  const service = await startService({}, { port, appDir: second });
  cleanUp.push(() => service.stop());
  got.length = 0;
  await page.reload();
  await rendered(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.build), 'second', 'the new script ran');
  const newVersion = await page.evaluate(() => document.querySelector('script[type="module"]').src);
  assert.notEqual(newVersion, oldVersion, 'the new build has a new version');
  const oldPrefix = oldVersion.slice(0, oldVersion.indexOf('/app/'));
  assert.deepEqual(got.filter((r) => r.url.startsWith(oldPrefix)).map((r) => r.url), [], 'no file of the old build');
  assert.deepEqual(got.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`), []);
  await context.close();
});
