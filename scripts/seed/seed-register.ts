import { createHash } from 'node:crypto';
import type { Prisma } from '../../src/generated/prisma/client';
import { db } from '../../src/lib/db';
import { extractDocumentText } from '../../src/lib/content/extract-text';
import { numberSlug } from '../../src/lib/text/slug';
import { getStorage, newStorageId } from '../../src/lib/storage/storage';
import { nfcDeep } from '../../src/lib/text/normalize';
import { slugify } from '../../src/lib/text/slug';
import { generatePdf } from './documents';
import { DEMO_UNITS } from './register-data';
import { generateDecisions, type GeneratedDecision } from './register-generator';

// The demo awards register: the province's communes and wards (current and former), six
// years of published decisions with their signed PDFs and lists, one annulled decision
// and one draft waiting for the newsroom.

export async function seedUnits() {
  await db.administrativeUnit.createMany({
    data: DEMO_UNITS.map((unit) => ({ code: unit.code, name: unit.name, type: unit.type, parentCode: '30', validFrom: new Date('2025-07-01') })),
    skipDuplicates: true,
  });
  await db.administrativeUnit.createMany({
    data: DEMO_UNITS.flatMap((unit) => unit.formers.map((former) => ({ code: former.code, name: former.name, type: former.type, parentCode: '30', validTo: new Date('2025-06-30'), mergedIntoCode: unit.code }))),
    skipDuplicates: true,
  });
}

/** The decision's rows as AwardGrant data (listed once published, unless hidden). */
export function grantRows(decision: GeneratedDecision, decisionId: number, awardTypeId: number, published: boolean): Prisma.AwardGrantCreateManyInput[] {
  return decision.grants.map((grant, index) => ({
    decisionId,
    position: index + 1,
    awardTypeId,
    awardClass: grant.awardClass,
    recipientKind: grant.kind,
    displayName: grant.name,
    jobTitle: grant.jobTitle,
    unit: grant.unit,
    communeCode: grant.communeCode,
    citation: grant.citation,
    achievementYear: decision.achievementYear,
    publishLevel: grant.publishLevel,
    listed: published && grant.publishLevel !== 'HIDDEN',
    issuedOn: new Date(decision.issuedOn),
    level: decision.level,
  }));
}

async function signedPdf(decision: GeneratedDecision, awardName: string, editorId: number) {
  const [year, month, day] = decision.issuedOn.split('-');
  const pdf = await generatePdf({
    agency: decision.issuer,
    number: decision.number,
    place: 'An Hòa',
    date: `ngày ${day} tháng ${month} năm ${year}`,
    kind: 'Quyết định',
    subject: decision.summary,
    paragraphs: [
      'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;',
      `Xét đề nghị của Giám đốc Sở Nội vụ, tặng ${awardName} cho ${decision.grants.length} tập thể, cá nhân, hộ gia đình có tên trong danh sách kèm theo (danh sách đầy đủ đăng trên cổng thông tin).`,
    ],
    list: { heading: 'Danh sách kèm theo (trích)', items: decision.grants.slice(0, 12).map((g) => (g.publishLevel === 'HIDDEN' ? 'Một cá nhân (không công bố theo đề nghị)' : `${g.name}${g.unit ? `, ${g.unit}` : ''}`)) },
    signer: { title: decision.signerTitle.replace(', ', '\n'), name: decision.signerName },
  });
  const storageKey = `files/${newStorageId(new Date(decision.issuedOn))}`;
  await getStorage().put(storageKey, pdf);
  return {
    title: `Quyết định số ${decision.number} (bản có chữ ký)`,
    originalName: `quyet-dinh-${numberSlug(decision.number, decision.issuedOn)}.pdf`,
    mime: 'application/pdf',
    bytes: pdf.length,
    checksum: createHash('sha256').update(pdf).digest('hex'),
    storageKey,
    text: await extractDocumentText(pdf, 'application/pdf'),
    createdById: editorId,
  };
}

export async function seedRegister(now: Date, users: { editorId: number; approverId: number }) {
  if ((await db.awardDecision.count()) > 0) return;
  await seedUnits();
  const today = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  const thisYear = Number(today.slice(0, 4));
  const awards = new Map((await db.awardType.findMany({ select: { id: true, code: true, name: true } })).map((a) => [a.code, a]));
  const decisions = [...generateDecisions({ fromYear: thisYear - 6, toYear: thisYear - 1, linesPerYear: 150, seed: 2026, today })];
  const draft = decisions.at(-1)!;
  const annulled = decisions.find((d) => d.award === 'BANG_KHEN_CHU_TICH_TINH' && d.grants.length < 40 && d.achievementYear === thisYear - 5);
  for (const decision of decisions) {
    const award = awards.get(decision.award)!;
    const published = decision !== draft;
    const publishedAt = new Date(Date.parse(decision.issuedOn) + 3 * 86_400_000 + 2 * 3600_000);
    const created = await db.awardDecision.create({
      data: nfcDeep({
        slug: numberSlug(decision.number, decision.issuedOn),
        number: decision.number,
        issuedOn: new Date(decision.issuedOn),
        issuer: decision.issuer,
        signerName: decision.signerName,
        signerTitle: decision.signerTitle,
        summary: decision.summary,
        achievementYear: decision.achievementYear,
        level: decision.level,
        status: published ? 'PUBLISHED' : 'DRAFT',
        publishedAt: published ? publishedAt : null,
        createdById: users.editorId,
        lastEditorId: users.editorId,
        createdAt: new Date(publishedAt.getTime() - 2 * 86_400_000),
        attachments: { create: await signedPdf(decision, award.name, users.editorId) },
      }),
    });
    await db.awardGrant.createMany({ data: nfcDeep(grantRows(decision, created.id, award.id, published)) });
    if (published) {
      await db.awardDecisionRevision.create({ data: { decisionId: created.id, version: 1, kind: 'PUBLISH', snapshot: { number: decision.number, grants: decision.grants.length }, createdById: users.approverId, createdAt: publishedAt } });
    }
    if (decision === annulled) {
      const annulledAt = new Date(publishedAt.getTime() + 40 * 86_400_000);
      const by = `${Number(decision.number.split('/')[0]) + 415}/QĐ-UBND ngày ${new Date(annulledAt.getTime() + 7 * 3600_000).toISOString().slice(0, 10).split('-').reverse().join('/')}`;
      const reason = 'Hồ sơ đề nghị khen thưởng của đơn vị trình không đúng đối tượng theo quy định; các tập thể, cá nhân sẽ được xem xét lại.';
      await db.awardDecision.update({ where: { id: created.id }, data: { status: 'ANNULLED', annulledBy: by, annulmentReason: reason, annulledAt, version: 2 } });
      await db.awardGrant.updateMany({ where: { decisionId: created.id }, data: { listed: false } });
      await db.awardDecisionRevision.create({ data: { decisionId: created.id, version: 2, kind: 'ANNUL', snapshot: {}, note: `Hủy bỏ theo Quyết định ${by}: ${reason}`, publicNote: true, createdById: users.approverId, createdAt: annulledAt } });
    }
  }
}

/** A handful of exemplary-model profiles: four demo stories, each with its awards added to a decision of the register. */
const DEMO_PROFILES = [
  { story: 'Cô giáo vùng sông nước 20 năm giữ lửa con chữ', name: 'Lê Thị Thu Sương', kind: 'INDIVIDUAL', field: 'Giáo dục', unit: 'Trường Tiểu học Mỹ Thạnh', commune: '31006', award: 'CSTD_CAP_TINH', jobTitle: 'Giáo viên', summary: 'Hai mươi năm đứng lớp ở điểm trường ven sông, giúp hàng trăm học trò nghèo tiếp tục đến trường.' },
  { story: 'Người nông dân sản xuất giỏi đưa lúa sạch vươn xa', name: 'Võ Văn Sáu', kind: 'INDIVIDUAL', field: 'Nông nghiệp, nông thôn', unit: 'Hợp tác xã Nông nghiệp Phú Lộc', commune: '31004', award: 'BANG_KHEN_THU_TUONG', jobTitle: 'Giám đốc', summary: 'Liên kết hơn 120 hộ sản xuất lúa hữu cơ, đưa gạo của hợp tác xã ra nước ngoài.' },
  { story: 'Nữ bác sĩ trẻ và những ca mổ giành lại sự sống', name: 'Trần Ngọc Bảo Trân', kind: 'INDIVIDUAL', field: 'Y tế', unit: 'Bệnh viện Đa khoa tỉnh An Hòa', commune: '31001', award: 'BANG_KHEN_CHU_TICH_TINH', jobTitle: 'Bác sĩ', summary: 'Hơn 900 ca phẫu thuật trong sáu năm, hai đề tài rút ngắn thời gian cấp cứu chấn thương.' },
  { story: 'Cựu chiến binh 15 năm hiến đất, làm cầu cho bà con', name: 'Nguyễn Văn Tám', kind: 'INDIVIDUAL', field: 'An sinh xã hội, từ thiện', unit: 'Hội Cựu chiến binh xã Long Điền', commune: '31005', award: 'BANG_KHEN_CHU_TICH_TINH', jobTitle: 'Hội viên', summary: 'Vận động xây 14 cây cầu bê tông và hiến hơn 1.000 m² đất làm đường.' },
] as const;

export async function seedProfiles(users: { editorId: number }) {
  if ((await db.exemplaryProfile.count()) > 0) return;
  for (const demo of DEMO_PROFILES) {
    const story = await db.article.findFirst({ where: { title: demo.story }, select: { id: true, photos: { orderBy: { position: 'asc' }, take: 1, select: { mediaId: true, alt: true } } } });
    if (!story) continue;
    const profile = await db.exemplaryProfile.create({
      data: nfcDeep({
        slug: slugify(demo.name),
        kind: demo.kind,
        name: demo.name,
        summary: demo.summary,
        field: demo.field,
        unit: demo.unit,
        communeCode: demo.commune,
        portraitMediaId: story.photos[0]?.mediaId ?? null,
        portraitAlt: story.photos[0]?.alt ?? '',
        articleId: story.id,
        createdById: users.editorId,
      }),
    });
    // The award the story tells of, added to the newest published decision of that kind.
    const award = await db.awardType.findUniqueOrThrow({ where: { code: demo.award } });
    const decision = await db.awardDecision.findFirst({ where: { status: 'PUBLISHED', grants: { some: { awardTypeId: award.id } } }, orderBy: { issuedOn: 'desc' }, include: { _count: { select: { grants: true } } } });
    if (!decision) continue;
    await db.awardGrant.create({
      data: nfcDeep({
        decisionId: decision.id,
        position: decision._count.grants + 1,
        awardTypeId: award.id,
        recipientKind: demo.kind,
        displayName: demo.name,
        jobTitle: demo.jobTitle,
        unit: demo.unit,
        communeCode: demo.commune,
        citation: demo.summary,
        achievementYear: decision.achievementYear,
        publishLevel: 'FULL',
        listed: true,
        issuedOn: decision.issuedOn,
        level: decision.level,
        profileId: profile.id,
      }),
    });
  }
}
