// First render of the explorer's January 2024 statement page in headless Chromium against the packaged jar.
// Measures, per run, the time from navigation start (performance.timeOrigin) until the page shows the map with
// its shapes and the signatory table with all 51 rows; cold runs use a fresh browser context (empty HTTP cache,
// persisted queries already registered on the server), warm runs reload in the same context. Prints medians and
// ranges, and the bytes the page transferred. Also reports the gzipped size of the explorer's JavaScript, CSS
// and HTML, and of the map geometry, from the source tree.
// Usage (needs target/quarkus-app and browser-tests' node_modules: cd browser-tests && npm ci):
//   node bench/explorer-first-render.mjs [runs]      (default 11)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { launchChromium } from '../browser-tests/lib/browser.mjs';
import { startService } from '../browser-tests/lib/service.mjs';

const runs = Number(process.argv[2] || 11);
const path = '/statements/dprk-russia-ballistic-missile-transfers-2024-01';
const resources = resolve(import.meta.dirname, '../src/main/resources/explorer');

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const gz = (files) => files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0);
const code = ['index.html', ...readdirSync(join(resources, 'app')).map((f) => join('app', f))].map((f) => join(resources, f));
console.log(`JavaScript, CSS and HTML: ${code.length} files, ${(gz(code) / 1024).toFixed(1)} KiB gzipped`);
console.log(`Map geometry (map/world.json): ${(gz([join(resources, 'map/world.json')]) / 1024).toFixed(1)} KiB gzipped`);

const rendered = () => document.querySelectorAll('table tbody tr').length === 51
  && document.querySelector('svg[role="img"] path[data-code]') && performance.now();

const service = await startService();
const browser = await launchChromium();
try {
  const warmUp = await browser.newPage();
  for (let i = 0; i < 3; i++) { await warmUp.goto(service.base + path); await warmUp.waitForFunction(rendered); }
  await warmUp.close();
  const cold = [], warm = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(service.base + path);
    cold.push(await (await page.waitForFunction(rendered, null, { polling: 'raf' })).jsonValue());
    bytes = await page.evaluate(() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
      .reduce((sum, e) => sum + e.transferSize, 0));
    await page.reload();
    warm.push(await (await page.waitForFunction(rendered, null, { polling: 'raf' })).jsonValue());
    await context.close();
  }
  const show = (xs) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
  console.log(`First render, cold cache, ${runs} runs: ${show(cold)}`);
  console.log(`First render, reload, ${runs} runs: ${show(warm)}`);
  console.log(`Bytes transferred on a cold load (headers and bodies, as the service sends them): ${(bytes / 1024).toFixed(1)} KiB`);
} finally {
  await browser.close();
  await service.stop();
}
