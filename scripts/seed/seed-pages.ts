import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { bodyToText } from '../../src/lib/content/body-text';
import { db } from '../../src/lib/db';
import { ingestImage } from '../../src/lib/media/ingest-image';
import { localeOfPath } from '../../src/lib/pages/page-paths';
import { nfcDeep } from '../../src/lib/text/normalize';
import { slugify } from '../../src/lib/text/slug';
import { DEFAULT_FOOTER_MENU } from '../../src/lib/site/menus';
import { randomBytes } from 'node:crypto';
import { QUESTION_CONSENT } from '../../src/lib/questions/question-input';
import { newQuestionCode } from '../../src/lib/questions/questions';
import { DEMO_PAGES, DEMO_QUESTIONS, DEMO_WEBSITE_LINKS } from './agency-pages';
import { linesToBody } from './body-lines';

// The demo agency's pages (Giới thiệu, Lãnh đạo with portraits, Liên hệ, the English
// section) and its "Liên kết website" block. Portraits and logos are drawn here.

async function storeImage(bytes: Buffer, name: string) {
  const checksum = createHash('sha256').update(bytes).digest('hex');
  const existing = await db.media.findUnique({ where: { checksum } });
  if (existing) return existing;
  return db.media.create({ data: { ...(await ingestImage(bytes)), originalName: name } });
}

/** A head-and-shoulders silhouette on a soft background: a stand-in portrait. */
function portrait(seed: number): Promise<Buffer> {
  const hue = (seed * 67) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1000">
    <defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},35%,82%)"/><stop offset="1" stop-color="hsl(${hue},30%,62%)"/></linearGradient></defs>
    <rect width="800" height="1000" fill="url(#g)"/>
    <circle cx="400" cy="380" r="170" fill="hsl(${hue},15%,30%)"/>
    <path d="M110 1000 C130 720 250 620 400 620 C550 620 670 720 690 1000 Z" fill="hsl(${hue},20%,22%)"/>
    <path d="M340 640 L400 760 L460 640 Z" fill="#f4f4f4"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}

function logo(initials: string, hue: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400">
    <circle cx="200" cy="200" r="196" fill="hsl(${hue},70%,35%)"/>
    <circle cx="200" cy="200" r="170" fill="none" stroke="#f0c44c" stroke-width="10"/>
    <text x="200" y="235" font-family="DejaVu Sans, sans-serif" font-size="${initials.length > 2 ? 110 : 140}" font-weight="bold" fill="#fff" text-anchor="middle">${initials}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export async function seedAgencyPages(now: Date, users: { editorId: number; approverId: number }) {
  if ((await db.agencyPage.count()) > 0) return;
  const section = await db.section.findFirst({ orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true } });
  if (!section) return;
  const ids = new Map<string, number>();
  for (const [index, page] of DEMO_PAGES.entries()) {
    const media: { id: number }[] = [];
    for (const [i, person] of (page.portraits ?? []).entries()) media.push(await storeImage(await portrait(i + 1), `chan-dung-${slugify(person.name)}.jpg`));
    const body = linesToBody(page.body, media.map((m) => m.id));
    const when = new Date(now.getTime() - (40 - index) * 86_400_000);
    const article = await db.article.create({
      data: nfcDeep({
        title: page.title,
        slug: `trang-${slugify(page.path.replace(/\//g, '-'))}`,
        sapo: page.sapo,
        body,
        bodyText: bodyToText(body),
        status: 'PUBLISHED' as const,
        publishedAt: when,
        createdAt: when,
        sectionId: section.id,
        createdById: users.editorId,
        lastEditorId: users.approverId,
        photos: { create: (page.portraits ?? []).map((person, i) => ({ mediaId: media[i].id, position: i, alt: `Chân dung ${person.name}`, caption: person.caption })) },
      }),
    });
    const created = await db.agencyPage.create({
      data: { articleId: article.id, path: page.path, locale: localeOfPath(page.path), contactBlock: page.contactBlock ?? false, position: (index + 1) * 10, translationId: page.translates ? ids.get(page.translates) : null },
    });
    ids.set(page.path, created.id);
  }
  await db.siteSettings.update({ where: { id: 1 }, data: { officeHours: 'Sáng 7 giờ – 11 giờ 30, chiều 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết)' } });
  // The footer's links as an administrator would have set them; the main menu stays the default.
  await db.menuItem.createMany({ data: DEFAULT_FOOTER_MENU.map((item, index) => ({ place: 'FOOTER' as const, label: item.label, href: item.href, position: (index + 1) * 10 })) });
  for (const [position, link] of DEMO_WEBSITE_LINKS.entries()) {
    const image = await storeImage(await logo(link.initials, link.hue), `logo-${slugify(link.name)}.png`);
    await db.websiteLink.create({ data: nfcDeep({ name: link.name, url: link.url, logoMediaId: image.id, position: (position + 1) * 10 }) });
  }
}

export async function seedQuestions(now: Date, users: { editorId: number; approverId: number }) {
  if ((await db.question.count()) > 0) return;
  for (const question of DEMO_QUESTIONS) {
    const askedAt = new Date(now.getTime() - question.daysAgo * 86_400_000);
    const answered = question.answer !== '';
    await db.question.create({
      data: nfcDeep({
        receiptCode: newQuestionCode(askedAt),
        formToken: randomBytes(18).toString('base64url'),
        fullName: question.fullName,
        email: `${slugify(question.fullName).replace(/-/g, '.')}@example.vn`,
        field: question.field,
        title: question.title,
        content: question.content,
        consentVersion: QUESTION_CONSENT.version,
        consentAt: askedAt,
        ipHash: 'demo',
        status: answered ? ('ANSWERED' as const) : ('RECEIVED' as const),
        answer: question.answer,
        assigneeId: answered ? users.editorId : null,
        drafterId: answered ? users.editorId : null,
        publisherId: answered ? users.approverId : null,
        answeredAt: answered ? new Date(askedAt.getTime() + 4 * 86_400_000) : null,
        createdAt: askedAt,
      }),
    });
  }
}
