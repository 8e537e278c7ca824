import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, serverBundlePath } from '../../scripts/lib/processes';
import { bundleServer } from '../../scripts/lib/server-bundle';

// The server production runs: src/server/serve.ts bundled into one plain JavaScript file.
const distDir = mkdtempSync(path.join(os.tmpdir(), 'portal-bundle-'));
afterAll(() => rmSync(distDir, { recursive: true, force: true }));

describe('the server bundle', () => {
  it('imports packages from node_modules and the plain modules of src/server where they are, nothing else', async () => {
    await bundleServer(distDir);
    const file = serverBundlePath(distDir);
    const code = readFileSync(file, 'utf8');
    const imports = [...code.matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
    const local = imports.filter((specifier) => specifier.startsWith('.'));
    const packages = [...new Set(imports.filter((specifier) => !specifier.startsWith('.') && !specifier.startsWith('node:')))].sort();

    // Next's cache handler (next.config.ts) is the very module the server expires: one store.
    const resolved = local.map((specifier) => new URL(specifier, pathToFileURL(file)).href);
    expect(resolved).toContain(pathToFileURL(path.join(ROOT, 'src', 'server', 'page-cache.mjs')).href);
    for (const url of resolved) expect(url.startsWith(pathToFileURL(path.join(ROOT, 'src', 'server')).href)).toBe(true);

    // No query engine at the edge: the withdrawn list and the view counter speak plain SQL.
    expect(packages).toEqual(['next', 'pg']);
    expect(code).not.toContain('@prisma/client');
  });
});
