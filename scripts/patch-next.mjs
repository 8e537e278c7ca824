// Runs after every `npm install` (package.json "postinstall"): one fix to Next.js 16.4,
// applied to the installed copy, until Next carries it.
//
// Next's IncrementalCache.set measures every entry it is given as
// `JSON.stringify(data).length`, although only its data cache (unstable_cache, fetch)
// uses the figure, for a 2 MB limit. For a rendered page the entry holds the page's RSC
// payload as a Buffer, which JSON turns into an array of one number per byte: on every
// first render of an article some 1.2 ms of CPU and a few hundred kilobytes of garbage
// thrown away at once (npm run bench --profile: `set` and `Buffer.toJSON` were 8 % of
// a crawler's pass). Patched, only data-cache entries are measured; nothing else changes.
//
// Next ships the class once per compiled runtime, minified with different names, and once
// as plain JavaScript; every copy gets the same one-line change. The script is idempotent
// and says when Next's code no longer looks as expected (a Next upgrade that changed or
// fixed it): then nothing is patched, and this file should be looked at again.
// tests/unit/next-patch.test.ts fails while an installed copy still measures every entry.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The unconditional measure, minified: `let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152`. */
const MINIFIED = /let (\w+)=JSON\.stringify\((\w+)\)\.length;if\((\w+)\.fetchCache&&\1>2097152/g;
const PLAIN = 'const itemSize = JSON.stringify(data).length;';
const PLAIN_FIXED = 'const itemSize = ctx.fetchCache ? JSON.stringify(data).length : 0;';

/** The source with the measure taken for data-cache entries only; `changes` counts the copies changed. */
export function measureDataCacheOnly(source) {
  let changes = 0;
  let out = source.replace(MINIFIED, (_, size, data, ctx) => {
    changes += 1;
    return `let ${size}=${ctx}.fetchCache?JSON.stringify(${data}).length:0;if(${ctx}.fetchCache&&${size}>2097152`;
  });
  if (out.includes(PLAIN)) {
    changes += 1;
    out = out.replace(PLAIN, PLAIN_FIXED);
  }
  return { source: out, changes };
}

/** Whether a file still measures every entry (unpatched). */
export function measuresEveryEntry(source) {
  return new RegExp(MINIFIED.source).test(source) || source.includes(PLAIN);
}

/** The files of the installed Next that carry IncrementalCache.set. */
export function nextCacheFiles(root) {
  const next = path.join(root, 'node_modules', 'next', 'dist');
  const compiled = path.join(next, 'compiled', 'next-server');
  if (!existsSync(compiled)) return [];
  const files = readdirSync(compiled)
    .filter((name) => name.endsWith('.js'))
    .map((name) => path.join(compiled, name));
  files.push(path.join(next, 'server', 'lib', 'incremental-cache', 'index.js'));
  return files.filter((file) => existsSync(file) && readFileSync(file, 'utf8').includes('fetchCache'));
}

export function patchNext(root) {
  let patched = 0;
  let already = 0;
  for (const file of nextCacheFiles(root)) {
    const before = readFileSync(file, 'utf8');
    const { source, changes } = measureDataCacheOnly(before);
    if (changes) {
      writeFileSync(file, source);
      patched += 1;
    } else if (before.includes('.fetchCache?JSON.stringify(') || before.includes(PLAIN_FIXED)) {
      already += 1;
    }
  }
  return { patched, already };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const { patched, already } = patchNext(root);
  if (patched) console.log(`Next.js: page renders no longer measured as JSON (${patched} ${patched === 1 ? 'file' : 'files'} patched, scripts/patch-next.mjs).`);
  else if (!already && existsSync(path.join(root, 'node_modules', 'next'))) {
    console.warn('Next.js: IncrementalCache.set is not as scripts/patch-next.mjs expects; nothing patched (see that file).');
  }
}
