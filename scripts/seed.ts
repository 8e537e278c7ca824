// Demo content: settings, sections, tags and 25 articles with generated photos and PDF
// attachments, consultations, and the awards register (six years of decisions).
// `--if-empty` does nothing when the database already has articles.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { db } from '../src/lib/db';
import { bodyToText } from '../src/lib/content/body-text';
import { extractDocumentText } from '../src/lib/content/extract-text';
import { ingestImage } from '../src/lib/media/ingest-image';
import { getStorage, newStorageId } from '../src/lib/storage/storage';
import { hashPassword } from '../src/lib/auth/password';
import { nfcDeep } from '../src/lib/text/normalize';
import { slugify } from '../src/lib/text/slug';
import type { DemoArticle } from './seed/article-type';
import { DEMO_ARTICLES } from './seed/demo-articles';
import { linesToBody } from './seed/body-lines';
import { generatePdf } from './seed/documents';
import { generatePhoto, type SceneKind } from './seed/photos';
import { DEMO_SECTIONS, DEMO_SETTINGS, DEMO_SOURCE } from './seed/sections';
import { DEMO_USERS } from './seed/users';
import { seedConsultations } from './seed/seed-consultations';
import { seedDocuments } from './seed/seed-documents';
import { seedAgencyPages, seedQuestions } from './seed/seed-pages';
import { seedProfiles, seedRegister } from './seed/seed-register';

const PHOTO_CACHE = path.resolve(import.meta.dirname, '..', '.data', 'seed-photos');

/** Generated photos are kept between runs: drawing them is the slow part of seeding. */
async function photo(scene: SceneKind, seed: number): Promise<Buffer> {
  const file = path.join(PHOTO_CACHE, `${scene}-${seed}.jpg`);
  if (existsSync(file)) return readFileSync(file);
  const bytes = await generatePhoto(scene, seed);
  mkdirSync(PHOTO_CACHE, { recursive: true });
  writeFileSync(file, bytes);
  return bytes;
}

async function storePhoto(scene: SceneKind, seed: number) {
  const bytes = await photo(scene, seed);
  const checksum = createHash('sha256').update(bytes).digest('hex');
  const existing = await db.media.findUnique({ where: { checksum } });
  if (existing) return existing;
  const stored = await ingestImage(bytes);
  return db.media.create({ data: { ...stored, originalName: `${scene}-${seed}.jpg` } });
}

/** Publication time `daysAgo` days back at `hour`:mm Vietnam time (UTC+7, no DST). */
function publishedAt(now: Date, daysAgo: number, hour: number, minute: number): Date {
  const vietnamNow = new Date(now.getTime() + 7 * 3600_000);
  const day = Date.UTC(vietnamNow.getUTCFullYear(), vietnamNow.getUTCMonth(), vietnamNow.getUTCDate() - daysAgo, hour, minute);
  return new Date(Math.min(day - 7 * 3600_000, now.getTime() - 60_000));
}

async function seedArticle(article: DemoArticle, index: number, now: Date, sectionIds: Map<string, number>, authorId: number) {
  const media: { id: number }[] = [];
  for (const [i, p] of article.photos.entries()) media.push(await storePhoto(p.scene, index * 10 + i + 1));
  const body = linesToBody(article.body, media.map((m) => m.id));
  const tagIds = [];
  for (const name of article.tags) {
    const tag = await db.tag.upsert({ where: { slug: slugify(name) }, update: {}, create: { name, slug: slugify(name) } });
    tagIds.push(tag.id);
  }
  const when = publishedAt(now, article.daysAgo, article.hour, (index * 17) % 60);
  const created = await db.article.create({
    data: nfcDeep({
      title: article.title,
      slug: slugify(article.title),
      sapo: article.sapo,
      source: DEMO_SOURCE,
      body,
      bodyText: bodyToText(body),
      byline: article.byline,
      status: 'PUBLISHED' as const,
      publishedAt: when,
      createdAt: when,
      sectionId: sectionIds.get(article.section)!,
      createdById: authorId,
      lastEditorId: authorId,
      leadMediaId: media[0]?.id ?? null,
      photos: {
        create: article.photos.map((p, i) => ({ mediaId: media[i].id, position: i, alt: p.alt, caption: p.caption, credit: p.credit ?? '' })),
      },
      tags: { create: tagIds.map((tagId, position) => ({ tagId, position })) },
    }),
  });
  if (article.attachment) {
    const pdf = await generatePdf(article.attachment.document);
    const storageKey = `files/${newStorageId(when)}`;
    await getStorage().put(storageKey, pdf);
    await db.attachment.create({
      data: nfcDeep({
        articleId: created.id,
        title: article.attachment.title,
        originalName: article.attachment.fileName,
        mime: 'application/pdf',
        bytes: pdf.length,
        checksum: createHash('sha256').update(pdf).digest('hex'),
        storageKey,
        text: await extractDocumentText(pdf, 'application/pdf'),
      }),
    });
  }
}

export async function seedDemo() {
  const now = new Date();
  await db.siteSettings.upsert({ where: { id: 1 }, update: {}, create: { id: 1, ...nfcDeep(DEMO_SETTINGS) } });
  const sectionIds = new Map<string, number>();
  for (const [position, section] of DEMO_SECTIONS.entries()) {
    const row = await db.section.upsert({ where: { slug: section.slug }, update: {}, create: { ...nfcDeep(section), position } });
    sectionIds.set(section.slug, row.id);
  }
  const userIds = new Map<string, number>();
  for (const user of DEMO_USERS) {
    const { password, ...data } = user;
    // Demo accounts sign in from this machine only: their passwords are in the README.
    const row = await db.user.upsert({ where: { email: user.email }, update: { demoAccount: true }, create: { ...nfcDeep(data), demoAccount: true, passwordHash: await hashPassword(password) } });
    userIds.set(user.role, row.id);
  }
  for (const [index, article] of DEMO_ARTICLES.entries()) await seedArticle(article, index, now, sectionIds, userIds.get('EDITOR')!);
  await seedConsultations(now, { editorId: userIds.get('EDITOR')!, approverId: userIds.get('APPROVER')! });
  await seedRegister(now, { editorId: userIds.get('EDITOR')!, approverId: userIds.get('APPROVER')! });
  await seedProfiles({ editorId: userIds.get('EDITOR')! });
  await seedDocuments({ editorId: userIds.get('EDITOR')!, approverId: userIds.get('APPROVER')! });
  await seedAgencyPages(now, { editorId: userIds.get('EDITOR')!, approverId: userIds.get('APPROVER')! });
  await seedQuestions(now, { editorId: userIds.get('EDITOR')!, approverId: userIds.get('APPROVER')! });
}

async function main() {
  const ifEmpty = process.argv.includes('--if-empty');
  if (ifEmpty && (await db.article.count()) > 0) return;
  const started = Date.now();
  console.log('Seeding demo content…');
  await seedDemo();
  console.log(`Seeded ${DEMO_ARTICLES.length} demo articles in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  main()
    .catch((error) => {
      console.error(error);
      process.exitCode = 1;
    })
    .finally(() => db.$disconnect());
}
