// The portal's server (src/server/serve.ts) as one plain JavaScript file beside the Next
// build, so production runs it with plain `node`. Running the TypeScript through tsx
// costs some 40 MB of resident memory for the life of the process: tsx's module hooks
// live in a thread of their own, with a JavaScript heap of their own, and the compiled
// modules stay in memory (npm run bench, "Memory"). Development keeps tsx (DEV_SERVER_ARGS).
import { build, type Plugin } from 'esbuild';
import path from 'node:path';
import { ROOT, serverBundlePath } from './processes';

/**
 * The plain JavaScript modules of src/server stay files of their own, imported from the
 * bundle where they are. Next loads page-cache.mjs as its cache handler, and the server
 * must share that one module (one store, expired by the server's change listener), so it
 * may not get a copy inside the bundle.
 */
function plainModulesInPlace(outDir: string): Plugin {
  return {
    name: 'plain-modules-in-place',
    setup(builder) {
      builder.onResolve({ filter: /\.mjs$/ }, (args) => {
        if (!args.path.startsWith('.')) return undefined;
        const target = path.resolve(args.resolveDir, args.path);
        const relative = path.relative(outDir, target).split(path.sep).join('/');
        return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
      });
    },
  };
}

/** Bundles src/server/serve.ts and its TypeScript imports; packages stay in node_modules. */
export async function bundleServer(distDir: string): Promise<void> {
  const outfile = serverBundlePath(distDir);
  await build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(ROOT, 'src', 'server', 'serve.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    plugins: [plainModulesInPlace(path.dirname(outfile))],
    logLevel: 'warning',
  });
}
