import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceChange } from '@/lib/content/announce';
import type { ChangeNotice } from '@/lib/content/change-channel';
import { db } from '@/lib/db';
import { renameTag } from '@/lib/admin/tags';
import { saveSettings } from '@/lib/admin/site-admin';
import { createArticle, saveArticle } from '@/lib/editor/article-store';
import { transition, publishDueArticles } from '@/lib/editor/workflow';
import { listenToChanges } from '../support/change-notices';
import { articleForm, as, useEditorial } from '../support/editor';

// Every change to public content is announced to every instance by a PostgreSQL
// notification sent in the change's own transaction: delivered at commit, never for a
// change rolled back, and not for a draft's save.

const editorial = useEditorial();
let heard: ChangeNotice[] = [];
let stopListening: () => Promise<void>;

beforeAll(async () => {
  ({ heard, close: stopListening } = await listenToChanges());
});
afterAll(() => stopListening());

/** What was announced by `action`, once notices have had time to arrive. */
async function announcedBy(action: () => Promise<unknown>): Promise<ChangeNotice[]> {
  heard.length = 0;
  await action().catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 150));
  return [...heard];
}

describe('announcing changes', () => {
  it('announces nothing for a draft and its submission, and the article, lists, section and tags when it is published', async () => {
    const { staff, sectionId } = editorial;
    let version = 0;
    let id = 0;
    expect(
      await announcedBy(async () => {
        const created = await createArticle(as(staff.editor), articleForm(sectionId, { title: 'Biểu dương điển hình tiên tiến' }));
        ({ id, version } = created);
        ({ version } = await saveArticle(as(staff.editor), id, version, articleForm(sectionId, { title: 'Biểu dương điển hình tiên tiến năm 2026' })));
        ({ version } = await transition(as(staff.editor), id, 'submit', { version }));
      }),
    ).toEqual([]);

    const published = await announcedBy(async () => ({ version } = await transition(as(staff.approver), id, 'publish', { version })));
    expect(published).toEqual([{ tags: ['articles', 'article-slug:bieu-duong-dien-hinh-tien-tien', 'section:tin-hoat-dong', 'tag:thi-dua-yeu-nuoc'] }]);

    const withdrawn = await announcedBy(() => transition(as(staff.approver), id, 'withdraw', { version, reason: 'Thông tin chưa chính xác.' }));
    expect(withdrawn).toEqual(published);
  });

  it('announces nothing when the change is rolled back', async () => {
    const change = { slugs: ['bai-bi-huy'], sections: [], tags: [] };
    const heardNow = await announcedBy(() =>
      db.$transaction(async (tx) => {
        await announceChange(tx, change);
        throw new Error('rolled back');
      }),
    );
    expect(heardNow).toEqual([]);
    // The same call, committed, is heard.
    expect(await announcedBy(() => db.$transaction((tx) => announceChange(tx, change)))).toEqual([{ tags: ['articles', 'article-slug:bai-bi-huy'] }]);
  });

  it('announces a scheduled article falling due, a tag renamed and the settings saved', async () => {
    const { client, staff, sectionId } = editorial;
    const created = await createArticle(as(staff.editor), articleForm(sectionId, { title: 'Hẹn giờ đăng', publishedAt: '2030-01-01T08:00' }));
    await client.article.update({ where: { id: created.id }, data: { status: 'SCHEDULED', publishedAt: new Date(Date.now() - 1000) } });
    expect(await announcedBy(() => publishDueArticles())).toEqual([{ tags: ['articles', 'article-slug:hen-gio-dang', 'section:tin-hoat-dong', 'tag:thi-dua-yeu-nuoc'] }]);

    const tag = await client.tag.findFirstOrThrow({ where: { slug: 'thi-dua-yeu-nuoc' } });
    const renamed = await announcedBy(() => renameTag(as(staff.admin), { id: tag.id, name: 'Thi đua yêu nước 2026' }));
    expect(renamed).toHaveLength(1);
    expect((renamed[0] as { tags: string[] }).tags).toEqual(expect.arrayContaining(['articles', 'tag:thi-dua-yeu-nuoc', 'article-slug:hen-gio-dang']));

    const settings = { siteName: 'Cổng Thi đua', agencyName: 'Ban Thi đua – Khen thưởng tỉnh', parentAgency: '', description: '', managingAgency: '', responsiblePerson: '', address: '', phone: '', email: '', licence: '', officeHours: '', mapUrl: '', footerNote: '', logoMediaId: '', bannerMediaId: '' };
    expect(await announcedBy(() => saveSettings(as(staff.admin), settings))).toEqual([{ everything: true }]);
  });
});
