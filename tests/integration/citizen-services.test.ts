import { EventEmitter } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratingAggregates, RATINGS_PER_DAY, submitRating } from '@/lib/feedback/ratings';
import { usageReport, usageRows } from '@/lib/feedback/usage';
import { scheduleMaintenance, cancelMaintenance } from '@/lib/site/maintenance';
import { createViewCounter } from '../../src/server/view-counter';
import { as, refused, setUpEditorial } from '../support/editor';
import { testClient } from '../support/database';

// The portal's services to readers through the real path: the satisfaction rating stores
// the page, score and comment and never the address; page views are counted by the
// server without anything personal; a maintenance stop is announced 7 working days ahead.

const client = testClient();
let staff: Awaited<ReturnType<typeof setUpEditorial>>['staff'];

beforeAll(async () => {
  ({ staff } = await setUpEditorial(client));
});
afterAll(() => client.$disconnect());

describe('the satisfaction rating', () => {
  it('keeps the page, the score and the comment, never the address', async () => {
    await submitRating({ path: '/van-ban/98-2023-nd-cp?x=1#top', score: '4', comment: '' }, { ip: '203.0.113.7' });
    // The comment sent after the tap completes the same rating; a second tap the same day replaces the score.
    await submitRating({ path: '/van-ban/98-2023-nd-cp', score: '3', comment: 'Nên có bản tiếng Anh.' }, { ip: '203.0.113.7' });
    await submitRating({ path: '/van-ban/98-2023-nd-cp', score: '1', comment: '' }, { ip: '198.51.100.2' });
    const rows = await client.pageRating.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((row) => [row.path, row.score, row.comment])).toEqual([
      ['/van-ban/98-2023-nd-cp', 3, 'Nên có bản tiếng Anh.'],
      ['/van-ban/98-2023-nd-cp', 1, ''],
    ]);
    const stored = JSON.stringify(await client.$queryRaw`SELECT * FROM "PageRating"`);
    expect(stored).not.toContain('203.0.113.7');
    expect(stored).not.toContain('198.51.100.2');
    // The next day the same reader is someone the table cannot link to yesterday.
    await submitRating({ path: '/van-ban/98-2023-nd-cp', score: '4', comment: '' }, { ip: '203.0.113.7', now: new Date(Date.now() + 86_400_000) });
    const hashes = (await client.pageRating.findMany({ select: { raterDay: true } })).map((row) => row.raterDay);
    expect(new Set(hashes).size).toBe(3);
  });

  it('refuses what is not a rating, with a Vietnamese message, and stops a flood', async () => {
    for (const [fields, message] of [
      [{ path: '/quan-tri/bai-viet', score: '4', comment: '' }, 'Trang được đánh giá không hợp lệ.'],
      [{ path: 'javascript:alert(1)', score: '4', comment: '' }, 'Trang được đánh giá không hợp lệ.'],
      [{ path: '/', score: '9', comment: '' }, 'Chọn một mức đánh giá.'],
      [{ path: '/', score: '4', comment: 'x'.repeat(1001) }, 'Góp ý tối đa 1000 ký tự.'],
    ] as const) {
      expect((await refused(submitRating(fields, { ip: '192.0.2.1' }))).message).toBe(message);
    }
    for (let i = 0; i < RATINGS_PER_DAY; i += 1) await submitRating({ path: `/bai-viet/bai-${i}`, score: '4', comment: '' }, { ip: '192.0.2.99' });
    expect((await refused(submitRating({ path: '/bai-viet/mot-bai-nua', score: '4', comment: '' }, { ip: '192.0.2.99' }))).status).toBe(429);
  });

  it('is summed for administrators only, by month and by page', async () => {
    expect((await refused(ratingAggregates(as(staff.approver)))).status).toBe(403);
    const { byPage, total, comments } = await ratingAggregates(as(staff.admin), new Date(Date.now() + 2 * 86_400_000));
    expect(byPage[0]).toEqual({ label: '/van-ban/98-2023-nd-cp', count: 3, average: (3 + 1 + 4) / 3, byScore: [1, 1, 0, 1] });
    expect(total.count).toBe(3 + RATINGS_PER_DAY);
    expect(comments.map((c) => c.comment)).toEqual(['Nên có bản tiếng Anh.']);
  });
});

/** A request and its response as the edge sees them, finished with `status`. */
function served(path: string, headers: Record<string, string>, status = 200) {
  const req = { method: 'GET', url: path, headers } as unknown as IncomingMessage;
  const res = Object.assign(new EventEmitter(), { statusCode: status }) as unknown as ServerResponse;
  return { req, res, finish: () => (res as unknown as EventEmitter).emit('finish') };
}

describe('usage statistics', () => {
  it('counts pages opened by browsers, per day and kind, and nothing about the reader', async () => {
    const counter = createViewCounter(process.env.DATABASE_URL!, { intervalMs: 60_000 });
    const browser = { accept: 'text/html,application/xhtml+xml', 'user-agent': 'Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36' };
    const visits: [string, Record<string, string>, number][] = [
      ['/', browser, 200],
      ['/', browser, 200],
      ['/van-ban/98-2023-nd-cp', browser, 200],
      ['/bai-viet/tin-moi/', browser, 200],
      ['/khong-co', browser, 404],
      ['/rss.xml', browser, 200],
      ['/quan-tri/bai-viet', browser, 200],
      ['/', { ...browser, 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1)' }, 200],
      ['/', { accept: 'text/x-component', 'user-agent': browser['user-agent'], rsc: '1' }, 200],
    ];
    for (const [path, headers, status] of visits) {
      const { req, res, finish } = served(path, headers, status);
      counter.observe(req, res, path);
      finish();
    }
    await counter.close();
    const rows = await client.pageView.findMany({ orderBy: { path: 'asc' } });
    expect(rows.map((row) => [row.path, row.kind, row.views])).toEqual([
      ['/', 'home', 2],
      ['/bai-viet/tin-moi', 'article', 1],
      ['/van-ban/98-2023-nd-cp', 'document', 1],
    ]);
    expect((await refused(usageReport(as(staff.editor)))).status).toBe(403);
    const report = await usageReport(as(staff.admin));
    expect(report.total).toBe(4);
    expect(report.byDay.at(-1)!.views).toBe(4);
    expect(report.byKind.slice(0, 3).map((row) => [row.label, row.views])).toEqual([
      ['Trang chủ', 2],
      ['Tin bài', 1],
      ['Văn bản, biểu mẫu, thủ tục', 1],
    ]);
    expect((await usageRows(as(staff.admin))).map((row) => row.slice(1))).toEqual([
      ['/', 'Trang chủ', '2'],
      ['/bai-viet/tin-moi', 'Tin bài', '1'],
      ['/van-ban/98-2023-nd-cp', 'Văn bản, biểu mẫu, thủ tục', '1'],
    ]);
  });
});

describe('a planned maintenance stop', () => {
  // Thursday 3 December 2026, 10:00 in Vietnam; the working-day calendar has no entries.
  const now = new Date('2026-12-03T03:00:00Z');

  it('must be announced at least 7 working days ahead, by an administrator', async () => {
    const fields = { startsAt: '14/12/2026 22:00', endsAt: '15/12/2026 02:00', message: '' };
    expect((await refused(scheduleMaintenance(as(staff.approver), fields, now))).status).toBe(403);
    // Seven working days after Thursday 3/12: 4, 7, 8, 9, 10, 11, 14 December; the stop may begin at 00:00 on the 15th.
    const early = await refused(scheduleMaintenance(as(staff.admin), fields, now));
    expect(early.fieldErrors?.startsAt).toEqual(['Phải thông báo trước ít nhất 7 ngày làm việc: sớm nhất từ 00:00 15/12/2026.']);
    // A holiday in the calendar pushes it a day further.
    await client.workingCalendarDay.create({ data: { date: new Date('2026-12-08'), kind: 'HOLIDAY', name: 'Ngày nghỉ thử', source: 'Thông báo thử' } });
    expect((await refused(scheduleMaintenance(as(staff.admin), { ...fields, startsAt: '15/12/2026 22:00', endsAt: '16/12/2026 01:00' }, now))).fieldErrors?.startsAt).toEqual([
      'Phải thông báo trước ít nhất 7 ngày làm việc: sớm nhất từ 00:00 16/12/2026.',
    ]);
    expect((await refused(scheduleMaintenance(as(staff.admin), { startsAt: '16/12/2026 22:00', endsAt: '16/12/2026 21:00', message: '' }, now))).fieldErrors?.endsAt).toEqual(['Thời điểm hoạt động trở lại phải sau thời điểm bắt đầu tạm dừng.']);
    expect((await refused(scheduleMaintenance(as(staff.admin), { startsAt: 'mai', endsAt: '', message: '' }, now))).fieldErrors?.startsAt).toEqual(['Thời điểm bắt đầu tạm dừng không đúng dạng (ví dụ: 10/12/2026 22:00).']);
    expect(await client.maintenanceWindow.count()).toBe(0);
    const { id } = await scheduleMaintenance(as(staff.admin), { startsAt: '16/12/2026 22:00', endsAt: '17/12/2026 02:00', message: 'Hồ sơ vẫn nộp được trên Cổng Dịch vụ công quốc gia.' }, now);
    const row = await client.maintenanceWindow.findUniqueOrThrow({ where: { id } });
    expect([row.startsAt.toISOString(), row.endsAt.toISOString()]).toEqual(['2026-12-16T15:00:00.000Z', '2026-12-16T19:00:00.000Z']);
    await cancelMaintenance(as(staff.admin), id);
    expect((await refused(cancelMaintenance(as(staff.admin), id))).status).toBe(404);
  });
});
