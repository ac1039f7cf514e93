// Starts the packaged jar (target/quarkus-app/quarkus-run.jar) on a free loopback port, with its own data
// directory, and stops it again. Tests run against the artifact users run, never against dev mode.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, openSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
/** The packaged app: target/quarkus-app. */
export const APP_DIR = join(root, 'target/quarkus-app');

/** The plaintext editor token whose SHA-256 the service is started with. */
export const EDITOR_TOKEN = 'atlas-browser-test-editor-token';
const EDITOR_DIGEST = 'browser-test-editor:b4295ce1af7bc756cbf5810fd83cf325cf2f822ff7c5936cae2c9e866a3fc191';

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => ok(port));
    });
  });
}

/**
 * Starts the service; env adds to (or overrides) its environment; port (default: a free one) and appDir (default:
 * APP_DIR) choose where it listens and which build runs. Resolves once /q/health/ready answers 200.
 * The returned object has base (http://127.0.0.1:port), log() (its output so far), errors() (ERROR log lines so far)
 * and stop().
 */
export async function startService(env = {}, { port, appDir = APP_DIR } = {}) {
  port ??= await freePort();
  const jar = join(appDir, 'quarkus-run.jar');
  const data = mkdtempSync(join(tmpdir(), 'atlas-browser-'));
  const log = join(data, 'service.log');
  const out = openSync(log, 'w');
  const child = spawn('java', ['-Dquarkus.http.host=127.0.0.1', `-Dquarkus.http.port=${port}`, '-jar', jar], {
    env: { ...process.env, ATLAS_DATA_DIR: join(data, 'db'), ATLAS_SECURITY_EDITOR_TOKENS: EDITOR_DIGEST, ...env },
    stdio: ['ignore', out, out],
  });
  let exited = null;
  child.once('exit', (code) => { exited = code; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (exited !== null) {
      throw new Error(`the service exited with ${exited} before it was ready:\n${readFileSync(log, 'utf8').slice(-4000)}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the service was not ready within 120 s:\n${readFileSync(log, 'utf8').slice(-4000)}`);
    }
    try {
      if ((await fetch(`${base}/q/health/ready`)).ok) break;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    log: () => readFileSync(log, 'utf8'),
    errors: () => readFileSync(log, 'utf8').split('\n').filter((line) => / ERROR /.test(line)),
    async stop() {
      if (exited === null) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await gone;
      }
      rmSync(data, { recursive: true, force: true });
    },
  };
}
