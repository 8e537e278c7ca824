import { describe, expect, it } from 'vitest';
import { lookupArticle } from '@/lib/content/public-queries';
import { db, readerDb } from '@/lib/db';
import { createArticle, saveArticle } from '@/lib/editor/article-store';
import { failure } from '@/lib/editor/run-action';
import { env } from '@/lib/env';
import { articleForm, as, useEditorial } from '../support/editor';

// Readers and the newsroom draw on separate pools: a crowd holding every reader connection
// does not delay a save, and when the newsroom's own pool is full the editor is told the
// system is busy (503), with nothing half-saved, and the same save goes through later.

const editorial = useEditorial();
const { client } = editorial;

/** Every connection of a pool busy for `seconds`. */
function hold(pool: typeof db, connections: number, seconds: number) {
  return Promise.all(
    Array.from({ length: connections }, () => pool.$transaction(async (tx) => tx.$executeRaw`SELECT pg_sleep(${seconds})`, { maxWait: 10_000, timeout: 20_000 })),
  );
}

describe('a busy database', () => {
  it('lets an editor save while readers hold every reader connection', async () => {
    const created = await createArticle(as(editorial.staff.editor), articleForm(editorial.sectionId, { title: 'Bản tin giờ cao điểm', tags: [] }));
    let crowdLeft = false;
    const crowd = hold(readerDb, env().DB_POOL_READERS, 3).then(() => (crowdLeft = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const saved = await saveArticle(as(editorial.staff.editor), created.id, created.version, articleForm(editorial.sectionId, { title: 'Bản tin giờ cao điểm (sửa)', tags: [] }));
    // Saved while the crowd still held every reader connection: it did not wait for them.
    expect({ saved: saved.version > created.version, crowdLeft }).toEqual({ saved: true, crowdLeft: false });
    await crowd;
  });

  it('answers 503 "busy" when the newsroom pool is full, saves nothing, and the same save succeeds once it frees', async () => {
    const created = await createArticle(as(editorial.staff.editor), articleForm(editorial.sectionId, { title: 'Đính chính số liệu', tags: [] }));
    const form = articleForm(editorial.sectionId, { title: 'Đính chính số liệu khen thưởng', tags: [] });
    const busy = hold(db, env().DB_POOL_NEWSROOM, 4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const refused = await saveArticle(as(editorial.staff.editor), created.id, created.version, form).then(() => null, failure);
    expect(refused).toMatchObject({ ok: false, status: 503, error: expect.stringMatching(/^Hệ thống đang bận; dữ liệu của bạn chưa được lưu và vẫn còn trên trang/) });
    // Readers are not held up by the newsroom's pool either.
    expect((await lookupArticle('khong-co-bai-nay')).kind).toBe('missing');
    await busy;
    expect((await client.article.findUniqueOrThrow({ where: { id: created.id } })).title).toBe('Đính chính số liệu');
    const saved = await saveArticle(as(editorial.staff.editor), created.id, created.version, form);
    expect((await client.article.findUniqueOrThrow({ where: { id: saved.id } })).title).toBe('Đính chính số liệu khen thưởng');
  });
});
