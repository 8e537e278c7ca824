// `npm run serve`: the built portal (npm run build) on DATABASE_URL, with the server's
// memory settings (scripts/lib/processes.ts): the same process `npm start` runs.
import { startServer, stopChild } from './lib/processes';

async function main() {
  const server = await startServer({ ...process.env, NODE_ENV: 'production' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stopChild(server, signal));
  server.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
