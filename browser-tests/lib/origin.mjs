// A second origin: the client page (page/), its script bundled by esbuild from the npm packages, served by a
// plain Node HTTP server on another port of 127.0.0.1. To the browser that is another site's page.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { build } from 'esbuild';

const pageDir = resolve(import.meta.dirname, '../page');

/** Bundles page/clients.js with its client libraries into one ES module, in memory. */
async function bundle() {
  const result = await build({
    entryPoints: [join(pageDir, 'clients.js')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].contents;
}

/** Serves the client page on the given port; resolves to { origin, close() }. */
export async function serveClientPage(port) {
  const files = {
    '/': { type: 'text/html; charset=utf-8', body: readFileSync(join(pageDir, 'index.html')) },
    '/clients.js': { type: 'text/javascript; charset=utf-8', body: await bundle() },
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url, 'http://x').pathname];
    response.writeHead(file ? 200 : 404, { 'content-type': file ? file.type : 'text/plain' });
    response.end(file ? file.body : 'not found');
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((ok) => server.close(ok)) };
}
