// GraphiQL, as the README tells a newcomer to open it: the schema loads (the documentation explorer lists
// Statement), a typed query returns data, and no request fails.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { graphqlHeaders, watch } from '../lib/browser.mjs';
import { serviceAndBrowser } from '../lib/session.mjs';

const atlas = serviceAndBrowser();

test('GraphiQL loads the schema, runs a typed query and no request fails', async () => {
  const page = await atlas.browser.newPage();
  const seen = watch(page, `${atlas.service.base}/graphql`);
  await page.goto(`${atlas.service.base}/q/graphql-ui/`);

  await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
  const docs = page.locator('.graphiql-doc-explorer');
  await docs.getByText('Query', { exact: true }).first().click();
  await docs.getByText('statement', { exact: true }).first().click();
  await assert.doesNotReject(docs.getByText('Statement', { exact: true }).first().waitFor({ timeout: 15_000 }),
    'the documentation explorer lists Statement');

  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // CodeMirror closes brackets as it goes; typing without them gives the full query.
  await page.keyboard.type('{ country(code: "JP") { name alpha3');
  await page.locator('.graphiql-execute-button').click();
  const response = page.locator('.graphiql-response .CodeMirror');
  await assert.doesNotReject(response.getByText('"Japan"').waitFor({ timeout: 15_000 }), 'the answer shows Japan');
  const answer = JSON.parse(await response.evaluate((el) => el.CodeMirror.getValue()));
  assert.deepEqual(answer, { data: { country: { name: 'Japan', alpha3: 'JPN' } } });

  assert.ok(seen.graphql.length >= 2, 'GraphiQL sent the introspection and the query');
  assert.deepEqual(seen.failed, []);
  assert.deepEqual(seen.badStatus, []);
  assert.deepEqual(seen.consoleErrors, []);
  console.log('GraphiQL sends:', JSON.stringify(graphqlHeaders({ method: seen.graphql[0].method, ...seen.graphql[0].headers })));
  assert.deepEqual(atlas.service.errors(), []);
});
