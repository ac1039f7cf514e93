// The packaged service and Chromium for one test file: started before its tests, stopped after them.
import { after, before } from 'node:test';

import { launchChromium } from './browser.mjs';
import { startService } from './service.mjs';

/**
 * Registers the file's before and after hooks; the returned object holds `service` and `browser` once the tests
 * run. `env` reaches the service's environment (startService).
 */
export function serviceAndBrowser(env) {
  const session = {};
  before(async () => {
    session.service = await startService(env);
    session.browser = await launchChromium();
  });
  after(async () => {
    await session.browser?.close();
    await session.service?.stop();
  });
  return session;
}
