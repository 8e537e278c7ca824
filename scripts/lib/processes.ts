import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './embedded-db';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/** Runs a command to completion, output shown; rejects on a non-zero exit. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}

/** Runs a TypeScript script that imports the application's server modules. */
export function runServerScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  // react-server resolves `server-only` to its empty module, as inside Next.
  return run(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(ROOT, script), ...args], { env });
}

/**
 * The young generation (semi-spaces of 8 MB) is sized for first renders, whose garbage
 * dies young: with 4 MB the scavenges come twice as often and, presumably, promote more
 * of the renders in flight for the slower full collector to find. Side by side (two
 * servers, alternating chunks of 5,000 new pages): 14.8 against 15.5 ms of CPU a page,
 * 83.9 against 79.3 pages/s. Whole passes over 100,000 articles on one day: 86.3, 75.5
 * and 75.8 pages/s with 8 MB, 69.3 with 4 MB, at much the same resident memory (npm run
 * bench). 16 MB went past 300 MB and ran out of heap on the 208 MB old generation.
 * A bounded old generation (SERVER_HEAP_MB, 208 by default) makes V8 collect before
 * it grows: without it, a sitemap or a crawler's pass leaves the process some 300 MB
 * larger for good (npm run bench, "Memory"). The live heap after a crawler's pass is
 * about 125 MB (24 of them the page cache); below some 190 MB the collector starts to
 * eat the crawl's throughput.
 */
export const SERVER_NODE_FLAGS = ['--max-semi-space-size=8', `--max-old-space-size=${Number(process.env.SERVER_HEAP_MB) || 208}`];

/**
 * glibc's allocator, told to give memory back: at most two arenas (Node's worker threads
 * would each get their own, and keep what a gzip of a large sitemap took), and large
 * blocks mapped and unmapped rather than kept in an arena. After a crawler's pass this
 * keeps the server about 130 MB smaller (npm run bench, phase 5).
 */
const GLIBC_ALLOCATOR_ENV = { MALLOC_ARENA_MAX: '2', MALLOC_MMAP_THRESHOLD_: '131072', MALLOC_TRIM_THRESHOLD_: '131072' };

/** Debian's jemalloc (`apt install libjemalloc2`), where the distributions put it. */
export const JEMALLOC = [
  '/usr/lib/x86_64-linux-gnu/libjemalloc.so.2',
  '/usr/lib/aarch64-linux-gnu/libjemalloc.so.2',
  '/usr/lib64/libjemalloc.so.2',
].find((file) => existsSync(file));

/**
 * Even so, glibc keeps the free memory between live blocks: after a crawler's pass over
 * 100,000 articles its two arenas hold some 100 MB, most of it free. jemalloc, where it is
 * installed, gives free pages back within a second (a background thread; two arenas for
 * two cores): the same pass ends about 50 MB smaller, at the same speed (npm run bench,
 * "Memory"). Without it the server runs on glibc as tuned above.
 */
const JEMALLOC_CONF = 'background_thread:true,dirty_decay_ms:1000,muzzy_decay_ms:0,narenas:2';

/**
 * The allocator's environment for the server process only. Set the same in whatever runs
 * the server (a systemd unit, a container); values already there win.
 */
export const SERVER_ALLOCATOR_ENV: Record<string, string> = JEMALLOC
  ? { ...GLIBC_ALLOCATOR_ENV, LD_PRELOAD: JEMALLOC, MALLOC_CONF: JEMALLOC_CONF }
  : GLIBC_ALLOCATOR_ENV;

/** Where the build in `distDir` keeps the portal's server as plain JavaScript (scripts/lib/server-bundle.ts). */
export function serverBundlePath(distDir: string): string {
  return path.resolve(ROOT, distDir, 'portal-server', 'serve.mjs');
}

/**
 * The command line of the built portal's server: plain `node`, no TypeScript loader.
 * `nodeFlags` come after the server's own, so they can override them (V8 takes the last).
 */
export function serverArgs(distDir = process.env.NEXT_DIST_DIR || '.next', nodeFlags: string[] = []): string[] {
  return [...SERVER_NODE_FLAGS, ...nodeFlags, serverBundlePath(distDir)];
}

/** The development server (src/server/serve.ts with PORTAL_DEV=1), TypeScript run by tsx. */
export const DEV_SERVER_ARGS = ['--import', 'tsx', path.join(ROOT, 'src', 'server', 'serve.ts')];

/** Starts the portal server and resolves once it says it is ready. */
export function startServer(env: NodeJS.ProcessEnv, options: { quiet?: boolean; nodeFlags?: string[] } = {}): Promise<ChildProcess> {
  if (!options.quiet && !JEMALLOC && !env.LD_PRELOAD) {
    console.warn("Note: jemalloc is not installed (apt install libjemalloc2), so the server runs on glibc's allocator and keeps some 50 MB more after a heavy load.");
  }
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, serverArgs(env.NEXT_DIST_DIR || '.next', options.nodeFlags), {
      cwd: ROOT,
      env: { ...SERVER_ALLOCATOR_ENV, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let started = false;
    child.stdout?.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      if (!options.quiet || !started) process.stdout.write(text);
      if (!started && text.includes('Portal ready')) {
        started = true;
        resolve(child);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (!started) reject(new Error(`The portal server exited with ${code} before it was ready`));
    });
  });
}

/** One more instance of the portal on a free local port, as its own origin; its server and address. */
export async function startInstance(env: NodeJS.ProcessEnv): Promise<{ server: ChildProcess; url: string }> {
  const port = String(await freePort());
  const url = `http://localhost:${port}`;
  return { server: await startServer({ ...env, PORT: port, SITE_URL: url, NEXTAUTH_URL: url }, { quiet: true }), url };
}

export function stopChild(child: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), 5000).unref();
  });
}
