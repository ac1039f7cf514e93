// The editor's desk in Chromium against the packaged jar: a reader sees no editor control; a wrong token gets a
// clear message; an editor signs in (the token kept in sessionStorage only, never in a URL, localStorage or the
// service's log), previews an article from text and one from HTML with nothing stored, saves one and lands on its
// page, and signs out. axe-core finds no violation on the desk's pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { after, before, test } from 'node:test';

import { launchChromium, watch } from '../lib/browser.mjs';
import { EDITOR_TOKEN, startService } from '../lib/service.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const article = readFileSync(resolve(import.meta.dirname,
  '../../src/main/resources/dataset/articles/000_ac203d616922ef85.txt'), 'utf8')
  .replace('in a joint statement.', 'in a joint statement, the desk test reports.');

let service;
let browser;

before(async () => {
  service = await startService();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await service?.stop();
});

async function open(context, path) {
  const page = await context.newPage();
  const seen = watch(page, `${service.base}/graphql`);
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(service.base + path);
  await page.locator('main:not([aria-busy])[data-page]').waitFor({ timeout: 20_000 });
  return { page, seen, urls };
}

async function articleCount() {
  const response = await fetch(`${service.base}/graphql`, { method: 'POST',
    headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ sourceArticles { totalCount } }' }) });
  return (await response.json()).data.sourceArticles.totalCount;
}

async function assertNoViolations(page, name) {
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  console.log(`axe-core on ${name}: ${result.violations.length} violations`
    + (result.violations.length ? ` (${result.violations.map((v) => `${v.impact} ${v.id}`).join(', ')})` : ''));
  assert.deepEqual(result.violations.map((v) => v.id), [], `no axe-core violations on ${name}`);
}

test('a reader sees no editor controls, and the desk only offers to sign in', async () => {
  const context = await browser.newContext();
  for (const path of ['/', '/statements/dprk-russia-ballistic-missile-transfers-2024-01', '/articles/U291cmNlQXJ0aWNsZTox']) {
    const { page } = await open(context, path);
    assert.equal(await page.locator('#session').isHidden(), true, path);
    assert.equal(await page.getByRole('button', { name: /sign out|save|preview/i }).count(), 0, path);
    await page.close();
  }
  const { page } = await open(context, '/desk/articles/new');
  assert.equal(await page.locator('h1').textContent(), 'Sign in');
  assert.equal(await page.locator('#article-body').count(), 0, 'no article form before signing in');
  await assertNoViolations(page, '/desk (sign-in)');
  await page.fill('#token', 'not-the-token');
  await page.click('.desk-form button[type="submit"]');
  await page.locator('.form-message', { hasText: 'not valid' }).waitFor();
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'a wrong token is not kept');
  await assertNoViolations(page, '/desk (wrong token)');
  await context.close();
});

test('an editor signs in, previews from text and from HTML with nothing stored, saves, and signs out', async () => {
  const context = await browser.newContext();
  const { page, seen, urls } = await open(context, '/desk');
  await page.fill('#token', EDITOR_TOKEN);
  await page.click('.desk-form button[type="submit"]');
  await page.locator('h1', { hasText: 'Signed in as browser-test-editor' }).waitFor();
  assert.equal(await page.locator('#session .editor-name').textContent(), 'browser-test-editor');
  await assertNoViolations(page, '/desk (signed in)');

  await page.click('a[href="/desk/articles/new"]');
  await page.locator('#article-body').waitFor();
  const before = await articleCount();
  await page.fill('#article-url', 'https://desk.example/articles/47-countries');
  await page.fill('#article-body', article);
  await page.click('.desk-form button[type="submit"]');
  await page.locator('.preview .save').waitFor();
  assert.ok(await page.locator('.preview .article-text mark').count() >= 20, 'mentions highlighted');
  assert.ok(await page.locator('.preview mark[data-code="KP"]').count() >= 1);
  assert.match(await page.locator('.preview .claims').textContent(), /47 countries/);
  assert.match(await page.locator('.preview .suggested').textContent(), /DPRK-Russia Ballistic Missile Transfers.*confidence \d+%/s);
  assert.ok(await page.locator('.preview .candidates tbody tr').count() >= 1);
  assert.equal(await page.locator('.preview details.removed-chrome').getAttribute('open'), null, 'chrome collapsed');
  assert.match(await page.locator('.preview details.removed-chrome li').first().textContent(), /Support Us/);
  assert.match(await page.locator('.preview-date').textContent(), /10 January 2024.*precision/);
  await assertNoViolations(page, '/desk/articles/new (preview from text)');
  assert.equal(await articleCount(), before, 'nothing stored by the preview from text');

  await page.fill('#article-url', '');
  await page.fill('#article-body', '<html><head><title>Ministers condemn transfers</title></head><body><nav>Home | World</nav>'
    + '<article><h1>Ministers condemn transfers</h1><p>The foreign ministers of 47 countries condemned North Korea\'s'
    + ' supply of ballistic missiles to Russia on 10 January 2024, with Japan, Germany and France.</p></article></body></html>');
  await page.click('.desk-form button[type="submit"]');
  await page.locator('.preview-headline', { hasText: 'Ministers condemn transfers' }).waitFor();
  assert.ok(await page.locator('.preview mark[data-code="JP"]').count() >= 1);
  assert.equal(await articleCount(), before, 'nothing stored by the preview from HTML');

  await page.fill('#article-url', 'https://desk.example/articles/47-countries');
  await page.fill('#article-body', article);
  await page.click('.desk-form button[type="submit"]');
  await page.locator('.preview mark[data-code="KP"]').first().waitFor();
  await page.click('.preview .save');
  await page.locator('main[data-page="article"] h1').waitFor();
  assert.match(await page.locator('h1').textContent(), /Foreign ministers of 47 countries/);
  assert.equal(await articleCount(), before + 1, 'saving stored the article');

  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing in localStorage');
  assert.ok(urls.every((u) => !u.includes(EDITOR_TOKEN)), 'the token is in no URL');
  assert.ok(!service.log().includes(EDITOR_TOKEN), 'the token is not in the log');
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.failed, []);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('#session').waitFor({ state: 'hidden' });
  await page.locator('main[data-page="home"]:not([aria-busy]) .timeline').waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'signed out: the token is gone');
  await context.close();
});
