import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { NEXT_BIN, ROOT, run, serverBundlePath } from './processes';
import { bundleServer } from './server-bundle';

const INPUTS = ['src', 'public', 'next.config.ts', 'postcss.config.mjs', 'tsconfig.json', 'package-lock.json'];

function walk(target: string, out: string[]) {
  if (!existsSync(target)) return;
  const info = statSync(target);
  if (info.isDirectory()) {
    for (const entry of readdirSync(target).sort()) walk(path.join(target, entry), out);
  } else {
    out.push(`${path.relative(ROOT, target)}:${info.size}:${info.mtimeMs}`);
  }
}

/** A fingerprint of everything the build reads, to skip builds that would change nothing. */
export function sourceStamp(): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(ROOT, input), files);
  return createHash('sha256').update(files.join('\n')).digest('hex');
}

/** Builds into `distDir` unless a build of the same sources is already there. */
export async function buildIfNeeded(distDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  const stampFile = path.join(ROOT, distDir, 'portal-source-stamp');
  const stamp = sourceStamp();
  const built =
    existsSync(path.join(ROOT, distDir, 'BUILD_ID')) &&
    existsSync(serverBundlePath(distDir)) &&
    existsSync(stampFile) &&
    readFileSync(stampFile, 'utf8') === stamp;
  if (built) return;
  await buildPortal(distDir, env, stamp);
}

/** `next build` into `distDir`, then the server beside it (scripts/lib/server-bundle.ts). */
export async function buildPortal(distDir: string, env: NodeJS.ProcessEnv, stamp = sourceStamp()): Promise<void> {
  console.log(`Building the portal (next build → ${distDir})…`);
  await run(process.execPath, [NEXT_BIN, 'build'], { env: { ...env, NEXT_DIST_DIR: distDir } });
  await bundleServer(distDir);
  writeFileSync(path.join(ROOT, distDir, 'portal-source-stamp'), stamp);
}
