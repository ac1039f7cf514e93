// The explorer at / in Chromium against the packaged jar: every page loads from its own URL, the January 2024
// statement shows 51 signatories on the map, in the timeline (48, 49, 51) and in the table, the EU members that
// did not sign are Hungary and Slovakia, the downloads hold 51 rows, an article shows its highlighted mentions
// and claim verdicts, search works from the keyboard, unknown objects get a 404 page, no request fails, nothing
// is logged to the console, and axe-core finds no serious or critical accessibility violation. Country names
// come in the browser's language when the countries dataset has it, and a switch in the header changes them.
// Screenshots go to target/explorer-*.png.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { test } from 'node:test';

import { watch } from '../lib/browser.mjs';
import { serviceAndBrowser } from '../lib/session.mjs';

const JANUARY = '/statements/dprk-russia-ballistic-missile-transfers-2024-01';
const target = resolve(import.meta.dirname, '../../target');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const atlas = serviceAndBrowser();

/** A fresh page at a path of the explorer, with what it does recorded; waits until the page has rendered. */
async function open(path, { viewport = { width: 1280, height: 900 }, acceptDownloads = false, locale } = {}) {
  const context = await atlas.browser.newContext({ viewport, acceptDownloads, locale });
  const page = await context.newPage();
  const seen = watch(page, `${atlas.service.base}/graphql`);
  const response = await page.goto(atlas.service.base + path);
  await page.locator('main:not([aria-busy])[data-page]').waitFor({ timeout: 20_000 });
  await page.locator('main .status').waitFor({ state: 'detached', timeout: 20_000 }).catch(() => {});
  return { page, seen, response, context };
}

/** Nothing failed, nothing answered an error status, nothing went to the console, nothing logged at ERROR. */
function assertClean(seen) {
  assert.deepEqual(seen.failed, [], 'no request failed');
  assert.deepEqual(seen.badStatus, [], 'no response had an error status');
  assert.deepEqual(seen.consoleErrors, [], 'no console errors');
  assert.deepEqual(atlas.service.errors(), [], 'the service logged no ERROR');
}

async function assertAccessible(page, name) {
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy (script-src 'self') rightly
  // refuses an injected <script> element.
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const result = await page.evaluate(() => globalThis.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  console.log(`axe-core on ${name}: ${result.violations.length} violations`
    + (result.violations.length ? ` (${result.violations.map((v) => `${v.impact} ${v.id}`).join(', ')})` : ''));
  assert.deepEqual(bad, [], `no serious or critical axe-core violations on ${name}`);
}

test('the January 2024 statement: map, growth of the list, table, EU non-signatories', async () => {
  const { page, seen, response } = await open(JANUARY);
  assert.equal(response.status(), 200);
  assert.match(await page.locator('h1').textContent(), /DPRK-Russia Ballistic Missile Transfers/);
  assert.match(await page.locator('.facts').textContent(), /9 January 2024 in Washington/);

  const map = page.locator('svg[role="img"]');
  await map.waitFor();
  assert.match(await map.locator(':scope > title').textContent(), /signatories/);
  const states = await map.locator('[data-code][data-state]').evaluateAll((els) =>
    els.map((el) => [el.dataset.code, el.dataset.state]));
  const signed = states.filter(([, s]) => s === 'signed' || s === 'added-later');
  assert.equal(signed.length, 51, '51 shapes or entries are signed or added later');
  assert.equal(new Set(signed.map(([c]) => c)).size, 51);
  assert.deepEqual(states.filter(([, s]) => s === 'added-later').map(([c]) => c).sort(), ['FM', 'MK', 'PY']);
  assert.deepEqual(states.filter(([, s]) => s === 'non-signatory').map(([c]) => c).sort(), ['HU', 'SK']);
  assert.ok(states.every(([c]) => /^[A-Z]{2}$/.test(c)), 'every shape carries an alpha-2 code');
  assert.match(await map.locator('[data-code="HU"] > title').textContent(), /^Hungary: did not sign/);
  assert.match(await map.locator('[data-code="PY"] > title').textContent(), /^Paraguay: added to the list later/);
  assert.match(await page.locator('.non-signatories').textContent(), /did not sign: Hungary, Slovakia$/);

  const growth = await page.locator('.growth [data-date][data-count]').evaluateAll((els) =>
    els.map((el) => [el.dataset.date, Number(el.dataset.count)]));
  assert.deepEqual(growth, [['2024-01-09', 48], ['2024-01-10', 49], ['2024-01-12', 51]]);
  assert.match(await page.locator('.growth li').nth(1).textContent(), /10 January 2024.*49 signatories.*North Macedonia/);

  const table = page.locator('table', { has: page.locator('caption', { hasText: 'Signatories' }) });
  assert.equal(await table.locator('tbody tr').count(), 51);
  assert.equal(await table.locator('tbody tr th').first().textContent(), 'Albania');

  await page.locator('a[data-sort="listed"]').click();
  await page.locator('th[aria-sort="ascending"] a[data-sort="listed"]').waitFor();
  await page.locator('a[data-sort="listed"]').click();
  await page.locator('th[aria-sort="descending"] a[data-sort="listed"]').waitFor();
  const latest = await table.locator('tbody tr').evaluateAll((rows) => rows.slice(0, 3).map((r) => r.dataset.code).sort());
  assert.deepEqual(latest, ['FM', 'MK', 'PY'], 'sorted by first listed, newest first');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.sort), 'listed', 'focus stays on the column');
  assert.match(page.url(), /sort=-listed/);

  await page.getByRole('radio', { name: 'NATO' }).check();
  await page.locator('.non-signatories[data-group="NATO"]').waitFor();
  assert.match(await page.locator('.non-signatories').textContent(), /Hungary, Slovakia, Türkiye/);
  assert.match(page.url(), /group=NATO/);
  await page.locator('svg[role="img"]').waitFor();
  assert.equal(await page.locator('svg[role="img"] [data-state="non-signatory"]').count(), 3);

  await page.screenshot({ path: join(target, 'explorer-statement.png'), fullPage: true });
  await assertAccessible(page, JANUARY);
  assertClean(seen);
});

test('the signatories download as CSV (51 data rows) and JSON', async () => {
  const { page, seen, context } = await open(JANUARY, { acceptDownloads: true });
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="csv"]').click()]);
  assert.equal(csv.suggestedFilename(), 'dprk-russia-ballistic-missile-transfers-2024-01-signatories.csv');
  const lines = readFileSync(await csv.path(), 'utf8').trimEnd().split('\r\n');
  assert.equal(lines[0], 'code,name,kind,first_listed_on,disputed,signer_title');
  assert.equal(lines.length - 1, 51, '51 data rows');
  assert.ok(lines.includes('MK,North Macedonia,STATE,2024-01-10,false,'), lines.slice(0, 3).join('\n'));
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('a[data-format="json"]').click()]);
  const body = JSON.parse(readFileSync(await json.path(), 'utf8'));
  assert.equal(body.signatories.length, 51);
  assert.equal(body.issuedOn, '2024-01-09');
  await context.close();
  assertClean(seen);
});

test('search finds DPRK and is driven by the keyboard', async () => {
  const { page, seen } = await open('/');
  assert.equal(await page.locator('.timeline > li').count(), 9, 'nine statements on the timeline');
  const dates = await page.locator('.timeline > li').evaluateAll((els) => els.map((el) => el.dataset.date));
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');

  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // brand
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search');
  await page.keyboard.type('DPRK');
  await page.keyboard.press('Enter');
  await page.locator('#results a').first().waitFor();
  assert.match(page.url(), /\?search=DPRK$/);
  const results = await page.locator('#results a .title').allTextContents();
  assert.ok(results.includes('North Korea'), results.join(' | '));
  assert.ok(results.includes('Joint Statement on DPRK-Russia Ballistic Missile Transfers'));

  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'CountryNorth Korea');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await page.locator('main[data-page="country"] h1').waitFor();
  assert.match(page.url(), /\/countries\/KP$/);
  assert.equal(await page.locator('h1').textContent(), 'North Korea');
  await page.goBack();
  await page.locator('#results').waitFor();
  assert.equal(await page.inputValue('#search'), 'DPRK');
  await assertAccessible(page, '/?search=DPRK');
  assertClean(seen);
});

test('an article shows its mentions highlighted, its claims with verdicts and the statement it reports', async () => {
  const { page, seen } = await open('/articles/U291cmNlQXJ0aWNsZTox');
  assert.match(await page.locator('h1').textContent(), /Foreign ministers of 47 countries/);
  const marks = page.locator('.article-text mark');
  assert.ok(await marks.count() >= 30, 'every mention is highlighted');
  const hungary = await marks.evaluateAll((els) => els.map((el) => [el.textContent, el.dataset.code]));
  assert.ok(hungary.some(([text, code]) => text === 'DPRK' && code === 'KP'), 'DPRK is marked as North Korea');
  assert.ok(hungary.some(([text, code]) => text === 'Moscow' && code === 'RU'), 'a capital counts for its country');
  await marks.first().focus();
  assert.equal(await marks.first().getAttribute('title'), 'North Korea');
  const claims = await page.locator('.claims li').evaluateAll((els) => els.map((el) => [el.querySelector('q').textContent,
    el.dataset.verdict, el.querySelector('.verdict').textContent]));
  assert.deepEqual(claims, [['47 countries', 'MATCHES_EXCLUDING_LEAD', 'Matches without the lead signer']]);
  assert.match(await page.locator('.link').textContent(), /DPRK-Russia Ballistic Missile Transfers.*Confidence 100%/);
  await page.locator('.link a').click();
  await page.locator('main[data-page="statement"] svg[role="img"]').waitFor();
  assert.match(page.url(), new RegExp(JANUARY + '$'));
  await page.goBack();
  await page.locator('main[data-page="article"] mark').first().waitFor();
  await page.screenshot({ path: join(target, 'explorer-article.png'), fullPage: true });
  await assertAccessible(page, 'an article');
  assertClean(seen);
});

test('a country page lists what it signed, who it signs with and the articles naming it', async () => {
  const { page, seen, response } = await open('/countries/jp');
  assert.equal(response.status(), 200);
  assert.equal(await page.locator('h1').textContent(), 'Japan');
  assert.match(await page.locator('.facts').textContent(), /Group of Seven/);
  assert.equal(await page.locator('.statement-list > li').count(), 8);
  assert.equal(await page.locator('.cosigners tbody tr').first().locator('th').textContent(), 'South Korea');
  assert.ok(await page.locator('section', { hasText: 'Articles that mention Japan' }).locator('li').count() >= 1);
  await assertAccessible(page, '/countries/jp');
  assertClean(seen);
});

test('every statement page loads, on a 360 px wide phone too', async () => {
  const { page, seen } = await open('/', { viewport: { width: 360, height: 780 } });
  const links = await page.locator('.timeline a').evaluateAll((els) => els.map((a) => a.getAttribute('href')));
  assert.equal(links.length, 9);
  for (const href of links) {
    await page.goto(atlas.service.base + href);
    await page.locator('main[data-page="statement"] table caption').waitFor();
    assert.ok(await page.locator('tbody tr').count() >= 1, href);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 360, `${href} fits 360 px (scroll width ${width})`);
  }
  await page.goto(atlas.service.base + JANUARY);
  await page.locator('svg[role="img"]').waitFor();
  await page.screenshot({ path: join(target, 'explorer-phone.png'), fullPage: true });
  assertClean(seen);
});

test('unknown slugs, codes and ids get a not-found page with HTTP 404', async () => {
  for (const path of ['/statements/no-such-statement', '/countries/ZZ', '/articles/U291cmNlQXJ0aWNsZTo5OTk', '/articles/x',
    '/nope', '/app/main.js', '/assets/000000000000/app/main.js']) {
    const { page, response, seen, context } = await open(path);
    assert.equal(response.status(), 404, path);
    assert.equal(await page.locator('main[data-page="not-found"] h1').textContent(), 'Not found', path);
    assert.deepEqual(seen.consoleErrors.filter((e) => !/404/.test(e)), [], path);
    assert.deepEqual(seen.failed, [], path);
    await context.close();
  }
});

test('country names follow the browser language, and the switch in the header changes them', async () => {
  const { page, seen, context } = await open(JANUARY, { locale: 'fr-FR' });
  const names = () => page.locator('table tbody tr th').allTextContents();
  assert.equal(await page.inputValue('#names-language'), 'fr');
  assert.ok((await names()).includes('Allemagne'), 'French names from a French browser');
  assert.match(await page.locator('.non-signatories').textContent(), /Hongrie.*Slovaquie/);
  await assertAccessible(page, `${JANUARY} (country names in French)`);
  await page.selectOption('#names-language', 'ja');
  await page.waitForFunction(() => [...document.querySelectorAll('table tbody tr th')].some((th) => th.textContent === 'ドイツ'));
  await page.reload();
  await page.locator('main:not([aria-busy])[data-page="statement"] table').waitFor();
  assert.equal(await page.inputValue('#names-language'), 'ja', 'the choice is kept');
  assert.ok((await names()).includes('ドイツ'));
  await page.selectOption('#names-language', 'en');
  await page.waitForFunction(() => [...document.querySelectorAll('table tbody tr th')].some((th) => th.textContent === 'Germany'));
  assertClean(seen);
  await context.close();
});
