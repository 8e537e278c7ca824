// The portal as the benchmarks run it: a throw-away embedded database in `temp`, migrated
// and seeded with the demo content (and `articles` generated ones), and the production build served on a free port.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { buildIfNeeded } from '../lib/build';
import { freePort, startEmbeddedDatabase } from '../lib/embedded-db';
import { migrate } from '../lib/migrate';
import { runServerScript, startServer, stopChild } from '../lib/processes';
import { fillArticles } from './fill-articles';

export async function startBenchPortal(temp: string, options: { articles?: number; nodeFlags?: string[] } = {}) {
  const dataDir = path.join(temp, 'postgres');
  const database = await startEmbeddedDatabase({ dataDir, database: 'bench', quiet: true });
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    STORAGE_DIR: path.join(temp, 'storage'),
    PORT: String(port),
    HOST: '127.0.0.1',
    SITE_URL: `http://localhost:${port}`,
    NEXTAUTH_URL: `http://localhost:${port}`,
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    // The server writes where its memory is to this file on SIGUSR2 (src/server/serve.ts).
    MEMORY_REPORT_FILE: path.join(temp, 'memory.json'),
  };
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  const stop = async () => {
    await stopChild(server);
    await database.stop();
  };
  try {
    await migrate(database.url, () => undefined);
    await runServerScript('scripts/seed.ts', [], env);
    if (options.articles) {
      const started = performance.now();
      await fillArticles(database.url, options.articles, (done) => done % 10_000 === 0 && process.stdout.write(`  ${done.toLocaleString('en-US')} articles…\r`));
      console.log(`Added ${options.articles.toLocaleString('en-US')} generated articles in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    }
    await buildIfNeeded('.next', env);
    server = await startServer(env, { quiet: true, nodeFlags: options.nodeFlags });
  } catch (error) {
    await stop();
    throw error;
  }
  return { base: `http://127.0.0.1:${port}`, env, dataDir, server, stop };
}
