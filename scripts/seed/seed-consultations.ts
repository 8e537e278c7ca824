import { createHash } from 'node:crypto';
import { db } from '../../src/lib/db';
import { extractDocumentText } from '../../src/lib/content/extract-text';
import { computeDeadline, WorkingCalendar } from '../../src/lib/consultations/working-days';
import { getStorage, newStorageId } from '../../src/lib/storage/storage';
import { nfcDeep } from '../../src/lib/text/normalize';
import { DEMO_CONSULTATIONS, DEMO_CONTACTS } from './consultations';
import { generatePdf } from './documents';

/** The demo consultations, their windows counted on the shipped working-day calendar. */
export async function seedConsultations(now: Date, users: { editorId: number; approverId: number }) {
  const calendar = new WorkingCalendar(
    (await db.workingCalendarDay.findMany()).map((row) => ({ date: row.date.toISOString().slice(0, 10), kind: row.kind, name: row.name })),
  );
  const awards = new Map((await db.awardType.findMany({ select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  for (const demo of DEMO_CONSULTATIONS) {
    if (await db.consultation.findUnique({ where: { slug: demo.slug } })) continue;
    // Opened at 08:00 Vietnam time, `openedDaysAgo` days before today.
    const opensAt = new Date(Math.floor((now.getTime() + 7 * 3600_000) / 86_400_000) * 86_400_000 - 7 * 3600_000 + 8 * 3600_000 - demo.openedDaysAgo * 86_400_000);
    const deadline = computeDeadline(calendar, opensAt, demo.workingDays);
    const pdf = await generatePdf(demo.notice.document);
    const storageKey = `files/${newStorageId(opensAt)}`;
    await getStorage().put(storageKey, pdf);
    const created = await db.consultation.create({
      data: nfcDeep({
        slug: demo.slug,
        title: demo.title,
        summary: demo.summary,
        legalBasis: demo.legalBasis,
        proposingBody: demo.proposingBody,
        proposalRef: demo.proposalRef,
        opensAt,
        workingDays: demo.workingDays,
        closesOn: new Date(deadline.closesOn),
        closesAt: deadline.closesAt,
        ...DEMO_CONTACTS,
        status: demo.concluded ? 'CONCLUDED' : 'OPEN',
        outcomeText: demo.concluded?.outcome ?? null,
        outcomeUrl: demo.concluded?.url ?? null,
        outcomePublishedAt: demo.concluded ? new Date(deadline.closesAt.getTime() + 5 * 86_400_000) : null,
        createdById: users.editorId,
        lastEditorId: users.editorId,
        createdAt: new Date(opensAt.getTime() - 2 * 86_400_000),
        candidates: {
          create: demo.candidates.map((c, position) => ({
            position,
            kind: c.kind,
            name: c.name,
            jobTitle: c.jobTitle ?? '',
            unit: c.unit,
            commune: c.commune,
            awardTypeId: awards.get(c.award)!,
            awardClass: c.awardClass ?? null,
            posthumous: c.posthumous ?? false,
            achievementSummary: c.achievement,
          })),
        },
        attachments: {
          create: {
            title: demo.notice.title,
            originalName: demo.notice.fileName,
            mime: 'application/pdf',
            bytes: pdf.length,
            checksum: createHash('sha256').update(pdf).digest('hex'),
            storageKey,
            text: await extractDocumentText(pdf, 'application/pdf'),
            createdById: users.editorId,
          },
        },
      }),
    });
    await db.consultationRevision.create({
      data: { consultationId: created.id, version: 1, kind: 'PUBLISH', snapshot: { title: created.title, candidates: demo.candidates.length }, createdById: users.approverId, createdAt: opensAt },
    });
  }
}
