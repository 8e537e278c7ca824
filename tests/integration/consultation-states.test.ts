import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ChangeNotice } from '@/lib/content/change-channel';
import { settleConsultationPhases } from '@/lib/consultations/consultation-clock';
import { phaseOf } from '@/lib/consultations/public-rule';
import { computeDeadline, WorkingCalendar } from '@/lib/consultations/working-days';
import { listenToChanges } from '../support/change-notices';
import { resetDatabase, testClient } from '../support/database';
import { createConsultation } from '../support/consultations';

// A consultation opens and closes by the clock: the stored status follows within a tick
// of the scheduler (also for what fell due while no instance ran), and every instance is
// told, so no cached page keeps offering the form after the deadline.

const client = testClient();
let heard: ChangeNotice[] = [];
let stopListening: () => Promise<void>;

beforeAll(async () => {
  ({ heard, close: stopListening } = await listenToChanges());
});
afterAll(async () => {
  await stopListening();
  await client.$disconnect();
});
beforeEach(() => resetDatabase(client));

const settle = async (now: Date) => {
  heard.length = 0;
  const result = await settleConsultationPhases(now);
  await new Promise((resolve) => setTimeout(resolve, 150));
  return result;
};

describe('the consultation clock', () => {
  it('opens a scheduled consultation at its time and closes it at 24:00 of its last day, announcing each', async () => {
    const opensAt = new Date('2026-06-05T09:00:00+07:00');
    const { closesAt, closesOn } = computeDeadline(new WorkingCalendar([]), opensAt, 10);
    expect(closesOn).toBe('2026-06-19');
    const row = await createConsultation(client, { title: 'Đợt theo lịch', status: 'SCHEDULED', opensAt, closesAt });

    expect(await settle(new Date(opensAt.getTime() - 1000))).toEqual({ opened: [], closed: [] });
    expect(heard).toEqual([]);
    expect(await settle(opensAt)).toEqual({ opened: [row.slug], closed: [] });
    expect(heard).toEqual([{ tags: ['consultations', `consultation:${row.slug}`] }]);

    // One second before midnight of Fri 19/06/2026 it is still open; at midnight it is closed.
    const lastSecond = new Date('2026-06-19T23:59:59+07:00');
    expect(await settle(lastSecond)).toEqual({ opened: [], closed: [] });
    expect(phaseOf(await client.consultation.findUniqueOrThrow({ where: { id: row.id } }), lastSecond)).toBe('open');
    expect(await settle(new Date('2026-06-20T00:00:00+07:00'))).toEqual({ opened: [], closed: [row.slug] });
    expect(heard).toEqual([{ tags: ['consultations', `consultation:${row.slug}`] }]);
    const closed = await client.consultation.findUniqueOrThrow({ where: { id: row.id } });
    expect(closed.status).toBe('CLOSED');
    expect((await client.auditLog.findMany({ where: { entityType: 'consultation' }, orderBy: { id: 'asc' } })).map((e) => e.action)).toEqual(['consultation.opened', 'consultation.closed']);
  });

  it('catches up after a restart: what opened and closed while nothing ran is settled at the first tick', async () => {
    const past = await createConsultation(client, { title: 'Đã qua khi máy tắt', status: 'OPEN', opensAt: new Date(Date.now() - 40 * 86_400_000), closesAt: new Date(Date.now() - 86_400_000) });
    const missed = await createConsultation(client, { title: 'Lẽ ra đã mở', status: 'SCHEDULED', opensAt: new Date(Date.now() - 3600_000) });
    const later = await createConsultation(client, { title: 'Chưa tới giờ', status: 'SCHEDULED', opensAt: new Date(Date.now() + 86_400_000) });
    const result = await settle(new Date());
    expect(result).toEqual({ opened: [missed.slug], closed: [past.slug] });
    const statuses = await client.consultation.findMany({ orderBy: { id: 'asc' }, select: { slug: true, status: true } });
    expect(statuses).toEqual([
      { slug: past.slug, status: 'CLOSED' },
      { slug: missed.slug, status: 'OPEN' },
      { slug: later.slug, status: 'SCHEDULED' },
    ]);
  });

  it('never opens what is not approved, and leaves a concluded one alone', async () => {
    await createConsultation(client, { title: 'Bản nháp', status: 'DRAFT', opensAt: new Date(Date.now() - 3600_000) });
    await createConsultation(client, { title: 'Đã có kết quả', status: 'CONCLUDED', opensAt: new Date(Date.now() - 40 * 86_400_000), closesAt: new Date(Date.now() - 86_400_000) });
    expect(await settle(new Date())).toEqual({ opened: [], closed: [] });
    expect(heard).toEqual([]);
  });
});
