// Entry point of `npm start`, `npm test` and the other npm scripts. It uses only Node's
// own modules so it can run on a fresh clone: it installs dependencies when they are
// missing or stale, generates the Prisma client, then hands over to the TypeScript task.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tasks = {
  start: 'scripts/start.ts',
  dev: 'scripts/start.ts',
  test: 'scripts/test.ts',
  bench: 'scripts/bench/pages.ts',
  'bench:search': 'scripts/bench/search.ts',
  'bench:register': 'scripts/bench/register.ts',
  'bench:upload': 'scripts/bench/upload.ts',
  'bench:load': 'scripts/bench/load.ts',
  'bench:instances': 'scripts/bench/instances.ts',
  build: 'scripts/build.ts',
  serve: 'scripts/serve.ts',
  migrate: 'scripts/migrate-cli.ts',
  backup: 'scripts/backup.ts',
  restore: 'scripts/restore.ts',
  'storage:migrate': 'scripts/storage-migrate.ts',
};
// Tasks that import the application's server modules run as Next runs them.
const reactServer = new Set(['bench:search', 'bench:upload', 'bench:register']);

const task = process.argv[2];
if (!tasks[task]) {
  console.error(`Unknown task "${task}". Known: ${Object.keys(tasks).join(', ')}`);
  process.exit(2);
}

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const at = (...parts) => path.join(root, ...parts);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n"${command} ${args.join(' ')}" failed (exit ${result.status}).`);
    process.exit(result.status ?? 1);
  }
}

const installedStamp = at('node_modules', '.package-lock.json');
if (
  !existsSync(installedStamp) ||
  mtime(at('package.json')) > mtime(installedStamp) ||
  mtime(at('package-lock.json')) > mtime(installedStamp)
) {
  console.log('Installing dependencies (npm install)…');
  run('npm', ['install', '--no-audit', '--no-fund']);
}

const generatedClient = at('src', 'generated', 'prisma', 'client.ts');
if (mtime(at('prisma', 'schema.prisma')) > mtime(generatedClient)) {
  console.log('Generating the Prisma client…');
  run(process.execPath, [at('node_modules', 'prisma', 'build', 'index.js'), 'generate']);
}

const conditions = reactServer.has(task) ? ['--conditions=react-server'] : [];
const child = spawn(process.execPath, [...conditions, '--import', 'tsx', at(tasks[task]), ...process.argv.slice(3)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORTAL_TASK: task, NEXT_TELEMETRY_DISABLED: '1' },
});
// The child is in our process group, so a terminal's Ctrl-C reaches it directly; a
// SIGTERM sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
// npm does not pass a SIGTERM sent to it alone on to us; when it goes, we are re-parented.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) child.kill('SIGTERM');
}, 1000).unref();
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
