// The explorer in the serverless profile (in-memory database from the bundled snapshot, read-only): the
// January 2024 statement page renders with its 51 signatories, and nothing fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { watch } from '../lib/browser.mjs';
import { serviceAndBrowser } from '../lib/session.mjs';

// Plain-text logs, so that atlas.service.errors() can read them.
const atlas = serviceAndBrowser({ QUARKUS_PROFILE: 'serverless', QUARKUS_LOG_CONSOLE_JSON_ENABLED: 'false' });

test('the read-only serverless profile serves the explorer', async () => {
  const page = await atlas.browser.newPage();
  const seen = watch(page, `${atlas.service.base}/graphql`);
  const response = await page.goto(`${atlas.service.base}/statements/dprk-russia-ballistic-missile-transfers-2024-01`);
  assert.equal(response.status(), 200);
  await page.locator('svg[role="img"] [data-code]').first().waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('svg[role="img"] [data-state="signed"], svg[role="img"] [data-state="added-later"]').count(), 51);
  assert.equal(await page.locator('table tbody tr').count(), 51);
  assert.ok(seen.graphql.every((r) => r.method === 'GET'), 'the explorer reads by GET');
  assert.deepEqual(seen.failed, []);
  assert.deepEqual(seen.badStatus, []);
  assert.deepEqual(seen.consoleErrors, []);
  assert.deepEqual(atlas.service.errors(), []);
});
