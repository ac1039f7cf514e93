// Debian's Chromium, headless, driven by playwright-core (no browser download). The flags keep it off the
// network: this machine's closed network refuses Chromium's background connections.
import { chromium } from 'playwright-core';

const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

export function launchChromium() {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Records what a page does on the network and the console: every request to the GraphQL endpoint with the
 * headers the browser really sent, responses with an error status, failed (e.g. CORS-blocked) requests and
 * console errors. Tests assert on these, and print the headers for the record.
 */
export function watch(page, endpointPrefix) {
  const seen = { graphql: [], failed: [], badStatus: [], consoleErrors: [] };
  page.on('request', async (request) => {
    if (request.url().startsWith(endpointPrefix)) {
      const headers = await request.allHeaders();
      seen.graphql.push({ method: request.method(), url: request.url(), headers });
    }
  });
  page.on('requestfailed', (request) => seen.failed.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) seen.badStatus.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  page.on('console', (message) => { if (message.type() === 'error') seen.consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => seen.consoleErrors.push(String(error)));
  return seen;
}

/** The request headers that say how a client speaks GraphQL over HTTP (for the record). */
export function graphqlHeaders(headers) {
  const keep = ['method', 'content-type', 'accept', 'origin', 'authorization', 'if-none-match',
    'access-control-request-method', 'access-control-request-headers'];
  return Object.fromEntries(Object.entries(headers).filter(([name]) => keep.includes(name) || name.startsWith('apollo')
    || name.startsWith('x-apollo') || name.startsWith('graphql')));
}
