// Run once when a server instance starts (Next.js instrumentation), not during a build.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startScheduler } = await import('./lib/editor/scheduler');
  startScheduler();
}
