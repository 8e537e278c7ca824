import 'server-only';
import { settleConsultationPhases, startOfDayChores } from '@/lib/consultations/consultation-clock';
import { documentDayChange } from '@/lib/documents/document-clock';
import { maintenanceClock } from '@/lib/site/maintenance';
import { publishDueArticles } from './workflow';

// Scheduled articles whose time has come are settled as published (and consultations
// opened and closed, consultation-clock.ts) every second by
// every running instance; each due article is taken by one of them (FOR UPDATE SKIP
// LOCKED), whose transaction announces the change to all (src/lib/content/announce.ts).
// Public reads already show a due article before this runs; this makes the lists, feeds
// and cached pages show it too. At start it catches up with whatever fell due while the
// portal was down.

const INTERVAL_MS = Number(process.env.SCHEDULER_INTERVAL_MS) || 1000;
let started = false;

export function startScheduler() {
  if (started) return;
  started = true;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await publishDueArticles();
      await settleConsultationPhases();
      await startOfDayChores();
      await documentDayChange();
      await maintenanceClock();
    } catch {
      // The database is away; the next tick tries again.
    } finally {
      running = false;
    }
  };
  void tick();
  setInterval(tick, INTERVAL_MS).unref();
}
