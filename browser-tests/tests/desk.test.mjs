// The editor's desk in Chromium against the packaged jar: a reader sees no editor control; a wrong token gets a
// clear message; an editor signs in (the token kept in sessionStorage only, never in a URL, localStorage or the
// service's log), previews an article from text and one from HTML with nothing stored, saves one and lands on its
// page, and signs out. An editor saves an article with a false mention removed and a missed one added, sees the
// corrected set and the history on its page, and re-ingesting keeps the corrections. An editor creates a statement
// and adds signatories through the country picker; a second editor, working from the older version, gets the
// conflict view and reapplies. axe-core finds no violation on any of the desk's pages.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { test } from 'node:test';

import { watch } from '../lib/browser.mjs';
import { EDITOR_TOKEN } from '../lib/service.mjs';
import { serviceAndBrowser } from '../lib/session.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const article = readFileSync(resolve(import.meta.dirname,
  '../../src/main/resources/dataset/articles/000_ac203d616922ef85.txt'), 'utf8')
  .replace('in a joint statement.', 'in a joint statement, the desk test reports.');

const atlas = serviceAndBrowser();

async function open(context, path) {
  const page = await context.newPage();
  const seen = watch(page, `${atlas.service.base}/graphql`);
  const urls = [];
  page.on('request', (request) => urls.push(request.url()));
  await page.goto(atlas.service.base + path);
  await page.locator('main:not([aria-busy])[data-page]').waitFor({ timeout: 20_000 });
  return { page, seen, urls };
}

async function articleCount() {
  const response = await fetch(`${atlas.service.base}/graphql`, { method: 'POST',
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
  const context = await atlas.browser.newContext();
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
  const context = await atlas.browser.newContext();
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
  assert.ok(!atlas.service.log().includes(EDITOR_TOKEN), 'the token is not in the log');
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.failed, []);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.locator('#session').waitFor({ state: 'hidden' });
  await page.locator('main[data-page="home"]:not([aria-busy]) .timeline').waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(await page.evaluate(() => sessionStorage.length), 0, 'signed out: the token is gone');
  await context.close();
});

/** A new browser context with an editor signed in through the desk's form. */
async function signedIn() {
  const context = await atlas.browser.newContext();
  const { page, seen, urls } = await open(context, '/desk');
  await page.fill('#token', EDITOR_TOKEN);
  await page.click('.desk-form button[type="submit"]');
  await page.locator('h1', { hasText: 'Signed in as browser-test-editor' }).waitFor();
  return { context, page, seen, urls };
}

/** Waits for a page of the explorer to finish rendering after a click or a navigation. */
const settled = (page, name) => page.locator(`main:not([aria-busy])[data-page="${name}"]`).waitFor({ timeout: 20_000 });

/** Types into a country picker and picks the suggestion for a code. */
async function pick(page, id, text, code) {
  await page.fill('#' + id, text);
  await page.waitForFunction(([list, c]) => [...document.querySelectorAll(`#${list} option`)].some((o) => o.value.endsWith(`(${c})`)),
    [id + '-options', code]);
  const option = await page.locator(`#${id}-options option`).evaluateAll((options, c) =>
    options.map((o) => o.value).find((v) => v.endsWith(`(${c})`)), code);
  await page.fill('#' + id, option);
}

function assertTokenKept(page, urls) {
  return page.evaluate(() => [Object.keys(localStorage), Object.values(localStorage)]).then(([keys, values]) => {
    assert.ok(!values.some((v) => v.includes(EDITOR_TOKEN)) && !keys.some((k) => /token/.test(k)), 'no token in localStorage');
    assert.ok(urls.every((u) => !u.includes(EDITOR_TOKEN)), 'the token is in no URL');
    assert.ok(!atlas.service.log().includes(EDITOR_TOKEN), 'the token is not in the log');
  });
}

const CORRECTED = 'Foreign ministers of 47 countries condemned North Korea on 10 January 2024. Jordan Smith, a spokesman'
  + ' in Washington, said the Hermit Kingdom denied the transfers. Japan and Germany signed.';
const CORRECTED_URL = 'https://desk.example/articles/corrected';

/** Previews an article on /desk/articles/new and waits for the preview. */
async function previewText(page, url, text) {
  await page.goto(atlas.service.base + '/desk/articles/new');
  await page.locator('#article-body').waitFor();
  await page.fill('#article-url', url);
  await page.fill('#article-body', text);
  await page.click('.desk-form button[type="submit"]');
  await page.locator('.preview .save').waitFor();
}

const marks = (page) => page.locator('main .article-text mark').evaluateAll((all) => all.map((m) => `${m.dataset.code} ${m.textContent}`));

test('an editor saves an article with a false mention removed and a missed one added; re-ingesting keeps both', async () => {
  const { context, page, seen, urls } = await signedIn();
  const before = await articleCount();
  await previewText(page, CORRECTED_URL, CORRECTED);
  assert.deepEqual(await marks(page), ['KP North Korea', 'US Washington', 'JP Japan', 'DE Germany'], 'what the pipeline found');
  await page.getByRole('button', { name: 'Remove the mention of United States at 105' }).click();
  await pick(page, 'mention-country', 'DPRK', 'KP');
  await page.fill('#mention-phrase', 'Hermit Kingdom');
  await page.click('.add-mention button[type="submit"]');
  await page.locator('.pending-corrections', { hasText: '1 mention(s) removed and 1 added' }).waitFor();
  assert.deepEqual(await marks(page), ['KP North Korea', 'KP Hermit Kingdom', 'JP Japan', 'DE Germany'], 'the preview shows the corrections');
  await assertNoViolations(page, '/desk/articles/new (preview with corrections)');
  assert.equal(await articleCount(), before, 'nothing stored before saving');

  await page.click('.preview .save');
  await settled(page, 'article');
  await page.locator('.desk-panel').waitFor();
  assert.equal(await articleCount(), before + 1);
  const corrected = ['KP North Korea', 'KP Hermit Kingdom', 'JP Japan', 'DE Germany'];
  assert.deepEqual(await marks(page), corrected, 'the article page shows the corrected set');
  assert.deepEqual(await page.locator('.history li').evaluateAll((all) => all.map((li) => li.dataset.operation)),
    ['addMention', 'removeMention', 'ingestArticle'], 'the history lists the corrections, newest first');
  await assertNoViolations(page, '/articles/{id} (corrections desk)');

  await previewText(page, CORRECTED_URL, CORRECTED);
  await page.click('.preview .save');
  await settled(page, 'article');
  await page.locator('.desk-panel').waitFor();
  assert.equal(await articleCount(), before + 1, 're-ingesting updated the same article');
  assert.deepEqual(await marks(page), corrected, 're-ingesting kept the corrections');

  const reader = await atlas.browser.newContext();
  const { page: readerPage } = await open(reader, new URL(page.url()).pathname);
  assert.deepEqual(await marks(readerPage), corrected, 'readers see the corrected set');
  assert.equal(await readerPage.locator('.desk-panel, .remove-mention').count(), 0, 'and no editor control');
  await reader.close();

  await assertTokenKept(page, urls);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(seen.failed, []);
  await context.close();
});

test('two editors edit one statement: the second gets the conflict view with the newer version and reapplies', async () => {
  const first = await signedIn();
  await first.page.click('a[href="/desk/statements/new"]');
  await first.page.locator('#title').waitFor();
  await assertNoViolations(first.page, '/desk/statements/new');
  await first.page.fill('#title', 'Desk test statement on missile transfers');
  assert.equal(await first.page.inputValue('#slug'), 'desk-test-statement-on-missile-transfers', 'the slug follows the title');
  await first.page.fill('#issuedOn', '2024-03-01');
  await first.page.click('.new-statement button[type="submit"]');
  await settled(first.page, 'statement');
  await first.page.locator('.desk-panel[data-version="0"]').waitFor();
  for (const [text, code] of [['japan', 'JP'], ['us', 'US'], ['Republic of Korea', 'KR']]) {
    const version = await first.page.locator('.desk-panel').getAttribute('data-version');
    await pick(first.page, 'signatory-country', text, code);
    await first.page.click('.add-signatory button[type="submit"]');
    await first.page.locator(`.desk-panel:not([data-version="${version}"])`).waitFor();
  }
  assert.deepEqual(await first.page.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.code)),
    ['JP', 'KR', 'US']);
  await assertNoViolations(first.page, '/statements/{slug} (editor)');

  const second = await signedIn();
  await second.page.goto(first.page.url());
  await settled(second.page, 'statement');
  await second.page.locator('.desk-panel[data-version="3"]').waitFor();

  await first.page.getByRole('button', { name: 'Mark disputed: Japan' }).click();
  await first.page.locator('.desk-panel[data-version="4"]').waitFor();
  assert.match(await first.page.locator('tr[data-code="JP"]').textContent(), /disputed/);

  await second.page.getByRole('button', { name: 'Remove United States' }).click();
  await second.page.locator('.conflict').waitFor();
  assert.equal(await second.page.locator('.conflict .current-version').textContent(), '4');
  assert.match(await second.page.locator('.conflict').textContent(),
    /Your change \(Remove United States\) was not saved.*version 4, after setSignatoryDisputed by browser-test-editor/);
  assert.match(await second.page.locator('tr[data-code="JP"]').textContent(), /disputed/, 'the page shows the newer version');
  assert.equal(await second.page.locator('tr[data-code="US"]').count(), 1, 'the refused change was not written');
  await assertNoViolations(second.page, '/statements/{slug} (conflict view)');

  await second.page.click('.conflict .reapply');
  await second.page.locator('.desk-panel[data-version="5"]').waitFor();
  assert.equal(await second.page.locator('.conflict').count(), 0);
  assert.deepEqual(await second.page.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.code)),
    ['JP', 'KR'], 'reapplied to the newer version');
  assert.match(await second.page.locator('tr[data-code="JP"]').textContent(), /disputed/, 'and the first editor\'s change stays');

  for (const { page, urls } of [first, second]) await assertTokenKept(page, urls);
  for (const { seen } of [first, second]) assert.deepEqual(seen.failed, []);
  await first.context.close();
  await second.context.close();
});
