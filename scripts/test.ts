// `npm test`: unit and integration tests (vitest, real PostgreSQL) and end-to-end tests
// (Playwright, real Chromium, the production build) on throw-away databases: an embedded
// PostgreSQL in a temporary folder, or fresh databases on the DATABASE_URL server.
//   npm test                 everything
//   npm test -- unit|integration|e2e|scale   one part (several may be named)
// The scale part runs two production instances of one build on one database and one
// S3-compatible store (s3rver), and checks that each shows the other's changes.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { buildIfNeeded } from './lib/build';
import { freePort, startEmbeddedDatabase, type EmbeddedDatabase } from './lib/embedded-db';
import { migrate } from './lib/migrate';
import { ROOT, run, runServerScript, startInstance, startServer, stopChild } from './lib/processes';
import { startLocalS3 } from '../tests/support/s3';

const parts = process.argv.slice(2).filter((arg) => ['unit', 'integration', 'e2e', 'scale'].includes(arg));
const wanted = (part: string) => parts.length === 0 || parts.includes(part);
const temp = mkdtempSync(path.join(os.tmpdir(), 'portal-test-'));
// The embedded PostgreSQL runs as the user "postgres", which must be able to enter it.
chmodSync(temp, 0o755);
const suffix = randomBytes(4).toString('hex');
const cleanups: (() => Promise<void>)[] = [];
let server: ChildProcess | undefined;
const instances: ChildProcess[] = [];

/** Three empty databases (integration, e2e, scale) on the outside server or an embedded one. */
async function databases(): Promise<{ integration: string; e2e: string; scale: string }> {
  const names = { integration: `portal_test_${suffix}_int`, e2e: `portal_test_${suffix}_e2e`, scale: `portal_test_${suffix}_scale` };
  let adminUrl = process.env.DATABASE_URL;
  let embedded: EmbeddedDatabase | undefined;
  if (!adminUrl) {
    embedded = await startEmbeddedDatabase({ dataDir: path.join(temp, 'postgres'), database: 'postgres', quiet: true });
    cleanups.push(() => embedded!.stop());
    adminUrl = embedded.url;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  for (const name of Object.values(names)) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  if (!embedded) {
    cleanups.push(async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      for (const name of Object.values(names)) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    });
  }
  const withName = (name: string) => {
    const url = new URL(adminUrl!);
    url.pathname = `/${name}`;
    return url.toString();
  };
  return { integration: withName(names.integration), e2e: withName(names.e2e), scale: withName(names.scale) };
}

type Counts = { passed: number; failed: number; skipped: number };
const totals: Counts = { passed: 0, failed: 0, skipped: 0 };

function readJson<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null;
}

async function vitest(files: string[], env: NodeJS.ProcessEnv) {
  const report = path.join(temp, `vitest-${files.join('-').replace(/\W+/g, '-')}.json`);
  const vitestBin = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  const result = await run(process.execPath, [vitestBin, 'run', ...files, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { env }).then(
    () => true,
    () => false,
  );
  const json = readJson<{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }>(report);
  if (json) {
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
  }
  if (!result && (!json || json.numFailedTests === 0)) totals.failed += 1;
}

async function playwright(env: NodeJS.ProcessEnv, config = 'playwright.config.ts') {
  const report = path.join(temp, `${path.basename(config, '.ts')}.json`);
  const playwrightBin = path.join(ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const ok = await run(process.execPath, [playwrightBin, 'test', '--config', config], { env: { ...env, PLAYWRIGHT_JSON_OUTPUT: report } }).then(
    () => true,
    () => false,
  );
  const json = readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(report);
  if (json) {
    totals.passed += json.stats.expected + json.stats.flaky;
    totals.failed += json.stats.unexpected;
    totals.skipped += json.stats.skipped;
  }
  if (!ok && (!json || json.stats.unexpected === 0)) totals.failed += 1;
}

async function main() {
  const urls = await databases();
  const base: NodeJS.ProcessEnv = { ...process.env, TZ: 'UTC', NEXT_TELEMETRY_DISABLED: '1', AUTH_SECRET: randomBytes(32).toString('base64url') };

  if (wanted('unit')) await vitest(['tests/unit'], base);
  if (wanted('integration')) {
    await migrate(urls.integration, () => undefined);
    await vitest(['tests/integration'], { ...base, DATABASE_URL: urls.integration, STORAGE_DIR: path.join(temp, 'storage-int') });
  }
  if (wanted('e2e')) {
    const port = String(await freePort());
    const env: NodeJS.ProcessEnv = {
      ...base,
      NODE_ENV: 'production',
      DATABASE_URL: urls.e2e,
      STORAGE_DIR: path.join(temp, 'storage-e2e'),
      NEXT_DIST_DIR: '.next-test',
      PORT: port,
      HOST: '127.0.0.1',
      SITE_URL: `http://localhost:${port}`,
      NEXTAUTH_URL: `http://localhost:${port}`,
      BASE_URL: `http://localhost:${port}`,
    };
    await migrate(urls.e2e, () => undefined);
    await runServerScript('scripts/seed.ts', [], env);
    await buildIfNeeded('.next-test', env);
    server = await startServer(env, { quiet: true });
    await playwright(env);
    await stopChild(server);
  }
  if (wanted('scale')) await scale(urls.scale, base);
}

/** Two instances of one build (A and B) on one database and one S3-compatible store. */
async function scale(databaseUrl: string, base: NodeJS.ProcessEnv) {
  const s3 = await startLocalS3();
  cleanups.push(() => s3.stop());
  const common: NodeJS.ProcessEnv = { ...base, ...s3.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, NEXT_DIST_DIR: '.next-test', HOST: '127.0.0.1' };
  await migrate(databaseUrl, () => undefined);
  await runServerScript('scripts/seed.ts', [], common);
  await buildIfNeeded('.next-test', common);
  const urls: string[] = [];
  for (let i = 0; i < 2; i += 1) {
    const { server: instance, url } = await startInstance(common);
    instances.push(instance);
    urls.push(url);
  }
  await playwright({ ...common, BASE_URL: urls[0], OTHER_URL: urls[1] }, 'playwright.scale.config.ts');
}

async function cleanup() {
  await stopChild(server);
  for (const instance of instances) await stopChild(instance);
  for (const step of cleanups.reverse()) await step().catch((error) => console.error('cleanup:', error));
  rmSync(temp, { recursive: true, force: true });
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(error);
  totals.failed += 1;
}
await cleanup();
if (totals.failed > 0) exitCode = 1;
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(exitCode);
