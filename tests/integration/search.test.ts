import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuery, type SearchQuery } from '@/lib/search/query';
import { searchArticles, type SearchFilters } from '@/lib/search/search-articles';
import { createArticle, paragraphs, resetDatabase, testClient } from '../support/database';

const client = testClient();
const day = 86_400_000;
let sections: { news: number; awards: number };

function q(text: string): SearchQuery {
  const parsed = parseQuery(text);
  if (typeof parsed === 'string') throw new Error(`unusable query ${text}`);
  return parsed;
}

async function titles(text: string, filters: SearchFilters = {}, page = 1) {
  return (await searchArticles(q(text), filters, page)).hits.map((hit) => hit.slug);
}

beforeAll(async () => {
  await resetDatabase(client);
  const news = await client.section.create({ data: { name: 'Tin hoạt động', slug: 'tin-hoat-dong' } });
  const awards = await client.section.create({ data: { name: 'Khen thưởng', slug: 'khen-thuong' } });
  sections = { news: news.id, awards: awards.id };
  const now = Date.now();
  const make = async (title: string, options: { sapo?: string; body?: string; days: number; section?: number; status?: 'PUBLISHED' | 'DRAFT' | 'WITHDRAWN' | 'SCHEDULED' }) =>
    createArticle(client, {
      title,
      sapo: options.sapo ?? '',
      body: paragraphs(options.body ?? 'Nội dung.'),
      sectionId: options.section ?? news.id,
      status: options.status ?? 'PUBLISHED',
      publishedAt: new Date(now - options.days * day),
    });

  await make('Hội nghị tổng kết công tác thi đua khen thưởng', { days: 10 });
  await make('Tin về khen thưởng và thi đua', { days: 1 });
  await make('Báo cáo năm', { sapo: 'Tổng kết phong trào thi đua khen thưởng của tỉnh.', days: 2 });
  await make('Tin tổng hợp', { body: 'Đồng chí Chủ tịch nhấn mạnh công tác thi đua khen thưởng.', days: 3 });
  await make('Ngày hội đại đoàn kết', { body: 'Cộng hòa xã hội chủ nghĩa Việt Nam.', days: 4, section: awards.id });
  const captioned = await make('Lễ trao tặng', { days: 5 });
  const media = await client.media.create({ data: { storageKey: 'k1', mime: 'image/jpeg', bytes: 1, width: 10, height: 10, checksum: 'c1' } });
  await client.articleMedia.create({ data: { articleId: captioned.id, mediaId: media.id, caption: 'Toàn cảnh hội trường Tỉnh ủy' } });
  const tagged = await make('Bản tin cuối tuần', { days: 6 });
  const tag = await client.tag.create({ data: { name: 'Nông thôn mới', slug: 'nong-thon-moi' } });
  await client.articleTag.create({ data: { articleId: tagged.id, tagId: tag.id } });
  const withFile = await make('Thông báo lấy ý kiến', { days: 7, section: awards.id });
  await client.attachment.create({
    data: {
      articleId: withFile.id,
      title: 'Danh sách đề nghị',
      originalName: 'ds.pdf',
      mime: 'application/pdf',
      bytes: 1,
      checksum: 'x',
      storageKey: 'files/ds',
      text: 'Danh sách: Bà Trần Thị Mỹ Duyên, Giáo viên Trường Tiểu học Phú Lộc B.',
    },
  });
  await make('Đại hội Thi đua yêu nước nhiệm kỳ 2025-2030', { days: 8, body: 'Giai đoạn 2020–2025 đã thực hiện Nghị định 98/2023/NĐ-CP và Quyết định số 163/QĐ-UBND.' });
  await make('Bài nháp về thi đua khen thưởng', { days: 1, status: 'DRAFT' });
  await make('Bài đã gỡ về thi đua khen thưởng', { days: 1, status: 'WITHDRAWN' });
  await make('Bài hẹn giờ về thi đua khen thưởng', { days: -1, status: 'SCHEDULED' });
});

afterAll(() => client.$disconnect());

describe('matching', () => {
  it('ignores diacritics, case and Unicode form, with đ ≡ d', async () => {
    const expected = await titles('thi đua');
    expect(expected.length).toBeGreaterThan(0);
    for (const typed of ['thi dua', 'THI ĐUA', 'Thi Dua', 'thi đua'.normalize('NFD'), 'THI DUA']) {
      expect(await titles(typed), typed).toEqual(expected);
    }
    expect(await titles('dong chi')).toEqual(['tin-tong-hop']);
    expect(await titles('Viet Nam')).toEqual(['ngay-hoi-dai-doan-ket']);
  });

  it('searches captions, tags and the text inside attachments', async () => {
    expect(await titles('hoi truong tinh uy')).toEqual(['le-trao-tang']);
    expect(await titles('nong thon moi')).toEqual(['ban-tin-cuoi-tuan']);
    const result = await searchArticles(q('Trần Thị Mỹ Duyên'), {}, 1);
    expect(result.hits.map((h) => h.slug)).toEqual(['thong-bao-lay-y-kien']);
    expect(result.hits[0].inAttachment).toBe('Danh sách đề nghị');
    expect(result.hits[0].snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['Trần Thị Mỹ Duyên']);
  });

  it('never returns drafts, withdrawn or not-yet-due articles to the public', async () => {
    const found = await titles('thi dua khen thuong');
    for (const slug of found) expect(slug).not.toMatch(/^bai-(nhap|da-go|hen-gio)/);
    const editor = await searchArticles(q('thi dua khen thuong'), {}, 1, { kind: 'editor' });
    expect(editor.hits.map((h) => h.slug)).toEqual(expect.arrayContaining(['bai-nhap-ve-thi-dua-khen-thuong', 'bai-da-go-ve-thi-dua-khen-thuong']));
    const drafts = await searchArticles(q('thi dua khen thuong'), {}, 1, { kind: 'editor', statuses: ['DRAFT'] });
    expect(drafts.hits.map((h) => h.slug)).toEqual(['bai-nhap-ve-thi-dua-khen-thuong']);
  });

  it('takes the last word as a prefix only when whole words find nothing, then looks for similar titles', async () => {
    expect(await titles('thi du')).toContain('hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong');
    const typo = await searchArticles(q('thong bao lay y kienn'), {}, 1);
    expect(typo.approximate).toBe(true);
    expect(typo.hits[0].slug).toBe('thong-bao-lay-y-kien');
    expect((await searchArticles(q('xyzxyz qwqwqw'), {}, 1)).hits).toEqual([]);
  });
});

describe('numbers written with separators', () => {
  it('finds "2025-2030", "2020–2025", "98/2023/NĐ-CP" and "163/QĐ-UBND" however they are typed', async () => {
    const slug = 'dai-hoi-thi-dua-yeu-nuoc-nhiem-ky-2025-2030';
    for (const typed of ['2025-2030', 'nhiem ky 2025-2030', 'nhiệm kỳ 2025–2030', '2025 2030', '2020–2025', '2020-2025', '98/2023', '98/2023/NĐ-CP', '98/2023/ND-CP', 'nghi dinh 98', '163/QĐ-UBND', '163/qd-ubnd']) {
      expect(await titles(typed), typed).toEqual([slug]);
    }
  });

  it('marks the whole number, separators included', async () => {
    const [hit] = (await searchArticles(q('nhiem ky 2025-2030'), {}, 1)).hits;
    expect(hit.title.filter((s) => s.match).map((s) => s.text)).toEqual(['nhiệm kỳ 2025-2030']);
    const [body] = (await searchArticles(q('98/2023/ND-CP'), {}, 1)).hits;
    expect(body.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(['98/2023/NĐ-CP']);
  });
});

describe('ranking', () => {
  it('puts title matches first (the phrase before scattered words), then the lead, then the body', async () => {
    expect(await titles('thi dua khen thuong')).toEqual([
      'hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong', // the phrase in the title
      'tin-ve-khen-thuong-va-thi-dua', // every word in the title, not as a phrase
      'bao-cao-nam', // the phrase in the lead
      'tin-tong-hop', // the phrase in the body
    ]);
  });

  it('puts newer articles first among equals', async () => {
    expect(await titles('tin')).toEqual(['tin-ve-khen-thuong-va-thi-dua', 'tin-tong-hop', 'ban-tin-cuoi-tuan']);
  });
});

describe('highlighting', () => {
  it('marks the original words with or without diacritics in the query', async () => {
    for (const typed of ['thi dua khen thuong', 'thi đua khen thưởng']) {
      const [first] = (await searchArticles(q(typed), {}, 1)).hits;
      expect(first.title.filter((s) => s.match).map((s) => s.text)).toEqual(['thi đua khen thưởng']);
    }
  });
});

describe('filters and bad input', () => {
  it('filters by section, tag and date range', async () => {
    expect(await titles('thi dua', { section: 'khen-thuong' })).toEqual([]);
    expect(await titles('viet nam', { section: 'khen-thuong' })).toEqual(['ngay-hoi-dai-doan-ket']);
    expect(await titles('ban tin', { tag: 'nong-thon-moi' })).toEqual(['ban-tin-cuoi-tuan']);
    const recent = await titles('thi dua khen thuong', { from: new Date(Date.now() - 2.5 * day) });
    expect(recent).toEqual(['tin-ve-khen-thuong-va-thi-dua', 'bao-cao-nam']);
    expect(await titles('thi dua khen thuong', { to: new Date(Date.now() - 9 * day) })).toEqual(['hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong']);
  });

  it('answers every odd query without an error', async () => {
    const odd = [
      `thi & dua | !(khen) : * <-> x`,
      `'; DROP TABLE "Article"; --`,
      `" thi " dua "`,
      'thi đua 😀 🎉',
      'thi\u0000dua\u0007',
      'a'.repeat(10_000),
      'thi dua '.repeat(500),
      '%_\\',
      '1 2 3 4 5 6 7 8 9 10 11 12 13 14',
    ];
    for (const text of odd) {
      const parsed = parseQuery(text);
      if (typeof parsed === 'string') continue;
      await expect(searchArticles(parsed, {}, 1), text.slice(0, 30)).resolves.toBeDefined();
    }
    await expect(searchArticles(q('thi dua'), {}, 10_000)).resolves.toMatchObject({ hits: [] });
    expect(await client.article.count()).toBeGreaterThan(0);
  });
});
