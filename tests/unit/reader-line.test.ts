import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createReaderLine, rendersPublicPage } from '@/server/reader-line.mjs';

const request = (headers: Record<string, string> = {}) => ({ headers }) as unknown as IncomingMessage;

describe('the readers’ line', () => {
  it('lets a few renders run, the rest in order of arrival, and a full line is told to come back', async () => {
    const line = createReaderLine({ concurrency: 2, maxWaiting: 2 });
    const order: string[] = [];
    const a = await line.enter();
    const b = await line.enter();
    const c = line.enter().then((release) => (order.push('c'), release));
    const d = line.enter().then((release) => (order.push('d'), release));
    expect(await line.enter()).toBeNull();
    expect(line.stats()).toEqual({ running: 2, waiting: 2 });

    b!();
    b!(); // a second release of the same turn changes nothing
    const releaseC = await c;
    expect(order).toEqual(['c']);
    expect(line.stats()).toEqual({ running: 2, waiting: 1 });
    a!();
    const releaseD = await d;
    expect(order).toEqual(['c', 'd']);
    releaseC!();
    releaseD!();
    expect(line.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it('holds public pages only: never the editor area, sign-in, server actions or files', () => {
    const queued = ['/', '/bai-viet/tin-moi', '/tim-kiem', '/chuyen-muc/tin-hoat-dong', '/the/khen-thuong', '/rss.xml', '/quan-tri-vien'];
    const free = ['/quan-tri', '/quan-tri/bai-viet/12', '/dang-nhap', '/api/auth/session', '/_next/static/chunks/a.js', '/anh/abc/640.webp', '/tep-dinh-kem/3/bao-cao.pdf'];
    expect(queued.filter((path) => rendersPublicPage(request(), path))).toEqual(queued);
    expect(free.filter((path) => rendersPublicPage(request(), path))).toEqual([]);
    expect(rendersPublicPage(request({ 'next-action': 'abc' }), '/bai-viet/tin-moi')).toBe(false);
  });
});
