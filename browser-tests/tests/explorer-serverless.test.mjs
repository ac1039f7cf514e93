// The explorer in the serverless profile (in-memory database from the bundled snapshot, read-only): the
// January 2024 statement page renders with its 51 signatories, and nothing fails.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { launchChromium, watch } from '../lib/browser.mjs';
import { startService } from '../lib/service.mjs';

let service;
let browser;

before(async () => {
  // Plain-text logs, so that service.errors() can read them.
  service = await startService({ QUARKUS_PROFILE: 'serverless', QUARKUS_LOG_CONSOLE_JSON_ENABLED: 'false' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await service?.stop();
});

test('the read-only serverless profile serves the explorer', async () => {
  const page = await browser.newPage();
  const seen = watch(page, `${service.base}/graphql`);
  const response = await page.goto(`${service.base}/statements/dprk-russia-ballistic-missile-transfers-2024-01`);
  assert.equal(response.status(), 200);
  await page.locator('svg[role="img"] [data-code]').first().waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('svg[role="img"] [data-state="signed"], svg[role="img"] [data-state="added-later"]').count(), 51);
  assert.equal(await page.locator('table tbody tr').count(), 51);
  assert.ok(seen.graphql.every((r) => r.method === 'GET'), 'the explorer reads by GET');
  assert.deepEqual(seen.failed, []);
  assert.deepEqual(seen.badStatus, []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(service.errors(), []);
});
