// `npm start`: the portal on http://localhost:3000 (PORT respected). Without
// DATABASE_URL it runs an embedded PostgreSQL under .data/ and seeds demo content into
// it once; with DATABASE_URL it uses that server and seeds only when SEED_DEMO=1.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { buildIfNeeded } from './lib/build';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './lib/embedded-db';
import { migrate } from './lib/migrate';
import { DEV_SERVER_ARGS, ROOT, runServerScript, startServer, stopChild } from './lib/processes';
import { spawn } from 'node:child_process';
import { persistentSecret } from './lib/secrets';
import { underSetupLock } from './lib/setup-lock';

if (existsSync(path.join(ROOT, '.env'))) process.loadEnvFile(path.join(ROOT, '.env'));

const dev = process.env.PORTAL_TASK === 'dev';
const port = process.env.PORT || '3000';
let database: EmbeddedDatabase | undefined;
let server: ChildProcess | undefined;
let stopping = false;

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  await stopChild(server);
  await database?.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
process.on('SIGHUP', () => void shutdown(0));

async function main() {
  const external = Boolean(process.env.DATABASE_URL);
  if (external && !process.env.AUTH_SECRET) {
    throw new Error(
      'AUTH_SECRET is not set. With DATABASE_URL pointing to a database server, set AUTH_SECRET (the same on every instance), for example: AUTH_SECRET=$(openssl rand -base64 32)',
    );
  }
  if (!external) {
    console.log('Starting the embedded PostgreSQL (.data/postgres)…');
    database = await startEmbeddedDatabase({ dataDir: path.join(ROOT, '.data', 'postgres'), database: 'portal' });
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL ?? database!.url,
    SITE_URL: process.env.SITE_URL ?? `http://localhost:${port}`,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? process.env.SITE_URL ?? `http://localhost:${port}`,
    // On an outside database several instances may share, each needs the same secret:
    // one written to this machine's disk would differ from the others'.
    AUTH_SECRET: process.env.AUTH_SECRET ?? persistentSecret(path.join(ROOT, '.data', 'auth-secret')),
    PORT: port,
    NEXT_TELEMETRY_DISABLED: '1',
  };

  await underSetupLock(env.DATABASE_URL!, async () => {
    await migrate(env.DATABASE_URL!);
    if (!external || process.env.SEED_DEMO === '1') {
      await runServerScript('scripts/seed.ts', ['--if-empty'], env);
    }
    await runServerScript('scripts/ensure-admin.ts', [], env);
  });

  if (dev) {
    // The same server and edge as production, with Next in development mode.
    server = spawn(process.execPath, DEV_SERVER_ARGS, { cwd: ROOT, env: { ...env, PORTAL_DEV: '1' }, stdio: 'inherit' });
  } else {
    await buildIfNeeded('.next', { ...env, NODE_ENV: 'production' });
    server = await startServer({ ...env, NODE_ENV: 'production' });
  }
  server.on('exit', (code) => void shutdown(code ?? 0));
}

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
