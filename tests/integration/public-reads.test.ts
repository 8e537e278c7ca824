import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latestArticles, lookupArticle, pagedArticles, relatedArticles, sectionBlocks } from '@/lib/content/public-queries';
import { getPublicAttachment } from '@/lib/content/public-attachments';
import { createArticle, resetDatabase, testClient } from '../support/database';

const client = testClient();
const hour = 3600_000;
let sectionId: number;
const titles = {
  published: 'Tin đã đăng về thi đua',
  dueScheduled: 'Tin hẹn giờ đã đến giờ',
  futureScheduled: 'Tin hẹn giờ chưa đến giờ',
  futurePublished: 'Tin đăng với giờ tương lai',
  draft: 'Bản nháp chưa duyệt',
  submitted: 'Bài chờ duyệt',
  returned: 'Bài bị trả lại',
  withdrawn: 'Bài đã gỡ',
};

beforeAll(async () => {
  await resetDatabase(client);
  const section = await client.section.create({ data: { name: 'Tin hoạt động', slug: 'tin-hoat-dong' } });
  sectionId = section.id;
  const tag = await client.tag.create({ data: { name: 'Thi đua', slug: 'thi-dua' } });
  const now = Date.now();
  const rows = [
    { title: titles.published, status: 'PUBLISHED', publishedAt: new Date(now - 2 * hour) },
    { title: titles.dueScheduled, status: 'SCHEDULED', publishedAt: new Date(now - hour) },
    { title: titles.futureScheduled, status: 'SCHEDULED', publishedAt: new Date(now + 5 * hour) },
    { title: titles.futurePublished, status: 'PUBLISHED', publishedAt: new Date(now + 5 * hour) },
    { title: titles.draft, status: 'DRAFT', publishedAt: null },
    { title: titles.submitted, status: 'SUBMITTED', publishedAt: null },
    { title: titles.returned, status: 'RETURNED', publishedAt: null },
    { title: titles.withdrawn, status: 'WITHDRAWN', publishedAt: new Date(now - 3 * hour) },
  ] as const;
  for (const row of rows) {
    const article = await createArticle(client, { ...row, sectionId });
    await client.articleTag.create({ data: { articleId: article.id, tagId: tag.id } });
    await client.attachment.create({
      data: { articleId: article.id, title: `Tệp của ${row.title}`, originalName: 'a.pdf', mime: 'application/pdf', bytes: 1, checksum: 'x', storageKey: `files/t-${article.id}` },
    });
  }
});

afterAll(async () => {
  await client.$disconnect();
});

const visible = [titles.dueScheduled, titles.published];

describe('public reads return only published, due articles', () => {
  it('latest', async () => {
    expect((await latestArticles(50)).map((a) => a.title)).toEqual(visible);
  });

  it('section and tag lists', async () => {
    const bySection = await pagedArticles({ sectionSlug: 'tin-hoat-dong' }, 1);
    expect(bySection.items.map((a) => a.title)).toEqual(visible);
    expect(bySection.total).toBe(2);
    expect((await pagedArticles({ tagSlug: 'thi-dua' }, 1)).items.map((a) => a.title)).toEqual(visible);
  });

  it('home section blocks and related articles', async () => {
    const [block] = await sectionBlocks(10);
    expect(block.articles.map((a) => a.title)).toEqual(visible);
    const [first] = await latestArticles(1);
    expect((await relatedArticles(first.id, 'tin-hoat-dong', 10)).map((a) => a.title)).toEqual([titles.published]);
  });

  it('article pages: hidden states are missing, withdrawn is told apart', async () => {
    for (const title of visible) expect((await lookupArticle(slugOf(title))).kind).toBe('found');
    for (const title of [titles.futureScheduled, titles.futurePublished, titles.draft, titles.submitted, titles.returned]) {
      expect((await lookupArticle(slugOf(title))).kind, title).toBe('missing');
    }
    expect(await lookupArticle(slugOf(titles.withdrawn))).toMatchObject({ kind: 'withdrawn', title: titles.withdrawn });
  });

  it('attachments of unpublished articles cannot be downloaded', async () => {
    const files = await client.attachment.findMany({ include: { article: true } });
    for (const file of files) {
      const expected = visible.includes(file.article!.title);
      expect(Boolean(await getPublicAttachment(file.id)), file.title).toBe(expected);
    }
  });

  it('an old slug points to the current one', async () => {
    const article = await client.article.findFirstOrThrow({ where: { title: titles.published } });
    await client.articleSlug.create({ data: { slug: 'ten-cu-cua-bai', articleId: article.id } });
    expect(await lookupArticle('ten-cu-cua-bai')).toEqual({ kind: 'moved', slug: article.slug });
  });
});

describe('an article page holds every part of the article, in the order the editor gave', () => {
  it('section, lead photo, photos, tags and files', async () => {
    const media = (n: number) =>
      client.media.create({ data: { storageKey: `media/bo-cuc-${n}`, mime: 'image/jpeg', bytes: 10, width: 800 + n, height: 600, checksum: `bo-cuc-${n}` } });
    const [lead, first, second] = [await media(0), await media(1), await media(2)];
    const article = await createArticle(client, { title: 'Bài có đủ các phần', sectionId });
    await client.article.update({ where: { id: article.id }, data: { leadMediaId: lead.id, byline: 'Hồng Nhung', source: 'Anhoa.gov.vn' } });
    // Rows made in another order than the one shown: the page follows `position`.
    await client.articleMedia.create({ data: { articleId: article.id, mediaId: second.id, position: 1, alt: 'Ảnh hai', caption: 'Chú thích hai', credit: 'Minh Khoa' } });
    await client.articleMedia.create({ data: { articleId: article.id, mediaId: first.id, position: 0, alt: '', caption: 'Hoa văn', decorative: true } });
    const later = await client.tag.create({ data: { name: 'Khen thưởng', slug: 'khen-thuong' } });
    const earlier = await client.tag.create({ data: { name: 'Điển hình tiên tiến', slug: 'dien-hinh-tien-tien' } });
    await client.articleTag.create({ data: { articleId: article.id, tagId: later.id, position: 1 } });
    await client.articleTag.create({ data: { articleId: article.id, tagId: earlier.id, position: 0 } });
    const file = (position: number, title: string) =>
      client.attachment.create({
        data: { articleId: article.id, title, originalName: `${title}.pdf`, mime: 'application/pdf', bytes: 1000 + position, checksum: title, storageKey: `files/bo-cuc-${position}`, position, text: 'Nội dung tệp '.repeat(50) },
      });
    const planFile = await file(1, 'Kế hoạch');
    const decisionFile = await file(0, 'Quyết định');

    const result = await lookupArticle(article.slug);
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    const photo = (m: typeof lead, words: { alt: string; caption: string; credit: string; decorative: boolean }) => ({
      mediaId: m.id,
      storageKey: m.storageKey,
      width: m.width,
      height: m.height,
      ...words,
    });
    expect(result.article).toStrictEqual({
      id: article.id,
      slug: article.slug,
      title: 'Bài có đủ các phần',
      sapo: '',
      publishedAt: article.publishedAt!.toISOString(),
      section: { name: 'Tin hoạt động', slug: 'tin-hoat-dong' },
      // The lead is not among the body's photos: it is told by the title.
      lead: photo(lead, { alt: 'Bài có đủ các phần', caption: '', credit: '', decorative: false }),
      source: 'Anhoa.gov.vn',
      body: article.body,
      bodyText: article.bodyText,
      byline: 'Hồng Nhung',
      revisedAt: null,
      tags: [
        { name: 'Điển hình tiên tiến', slug: 'dien-hinh-tien-tien' },
        { name: 'Khen thưởng', slug: 'khen-thuong' },
      ],
      photos: [
        photo(first, { alt: '', caption: 'Hoa văn', credit: '', decorative: true }),
        photo(second, { alt: 'Ảnh hai', caption: 'Chú thích hai', credit: 'Minh Khoa', decorative: false }),
      ],
      profileSlug: null,
      pagePath: null,
      attachments: [
        { id: decisionFile.id, title: 'Quyết định', fileName: 'Quyết định.pdf', mime: 'application/pdf', bytes: 1000 },
        { id: planFile.id, title: 'Kế hoạch', fileName: 'Kế hoạch.pdf', mime: 'application/pdf', bytes: 1001 },
      ],
    });

    // The lead among the photos carries the words it has there.
    await client.article.update({ where: { id: article.id }, data: { leadMediaId: second.id } });
    const again = await lookupArticle(article.slug);
    expect(again.kind === 'found' && again.article.lead).toStrictEqual(photo(second, { alt: 'Ảnh hai', caption: 'Chú thích hai', credit: 'Minh Khoa', decorative: false }));
  });
});

function slugOf(title: string) {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

describe('sitemap files', () => {
  it('split the public articles newest first into files, read in chunks, each article once, ties by id', async () => {
    const { getSitemapArticles } = await import('@/lib/content/public-feeds');
    const same = new Date(Date.now() - 30 * hour);
    for (let i = 0; i < 11; i += 1) {
      await createArticle(client, { title: `Bài cho sơ đồ số ${i}`, sectionId, publishedAt: i % 3 === 0 ? same : new Date(Date.now() - (40 + i) * hour) });
    }
    const all = (await client.article.findMany({ where: { status: { in: ['PUBLISHED', 'SCHEDULED'] }, publishedAt: { lte: new Date() } }, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], select: { slug: true } })).map((a) => a.slug);
    const files = [];
    for (let file = 1; file <= Math.ceil(all.length / 5); file += 1) files.push((await getSitemapArticles(file, 5, 2)).map((a) => a.slug));
    expect(files.map((f) => f.length)).toEqual([...Array(Math.floor(all.length / 5)).fill(5), ...(all.length % 5 ? [all.length % 5] : [])]);
    expect(files.flat()).toEqual(all);
    // Read whole, the same order.
    expect((await getSitemapArticles(1, 50_000)).map((a) => a.slug)).toEqual(all);
  });
});
