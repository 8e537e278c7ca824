import { createHash } from 'node:crypto';
import { db } from '../../src/lib/db';
import { extractDocumentText } from '../../src/lib/content/extract-text';
import { headWords, TYPE_LABELS } from '../../src/lib/documents/document-labels';
import { getStorage, newStorageId } from '../../src/lib/storage/storage';
import { nfcDeep } from '../../src/lib/text/normalize';
import { numberSlug } from '../../src/lib/text/slug';
import { generatePdf } from './documents';
import { DEMO_DOCUMENTS, DEMO_FORMS, DEMO_PROCEDURES, portalUrl, type DemoLegalDocument } from './documents-data';

// The demo documents register (a chain of replaced decrees, an amended provincial
// regulation, an expired plan), its forms and the procedure links.

const vietnamese = (date: string) => {
  const [year, month, day] = date.split('-');
  return `ngày ${day} tháng ${month} năm ${year}`;
};

async function storePdf(bytes: Buffer, title: string, originalName: string, on: string, userId: number) {
  const storageKey = `files/${newStorageId(new Date(on))}`;
  await getStorage().put(storageKey, bytes);
  return { title, originalName, mime: 'application/pdf', bytes: bytes.length, checksum: createHash('sha256').update(bytes).digest('hex'), storageKey, text: await extractDocumentText(bytes, 'application/pdf'), createdById: userId };
}

async function documentFile(doc: DemoLegalDocument, userId: number) {
  const pdf = await generatePdf({
    agency: doc.issuer,
    number: doc.number,
    place: doc.scope === 'CENTRAL' ? 'Hà Nội' : 'An Hòa',
    date: vietnamese(doc.issuedOn),
    kind: TYPE_LABELS[doc.type],
    subject: doc.summary,
    paragraphs: [...doc.body, 'Bản này do cổng thông tin tạo để minh họa; toàn văn chính thức tại Cơ sở dữ liệu quốc gia về văn bản pháp luật.'],
    signer: { title: doc.signerTitle.replace(', ', '\n'), name: doc.signerName },
  });
  return storePdf(pdf, `${TYPE_LABELS[doc.type]} ${doc.number} (toàn văn)`, `${numberSlug(doc.number, doc.issuedOn)}.pdf`, doc.issuedOn, userId);
}

export async function seedDocuments(users: { editorId: number; approverId: number }) {
  if ((await db.legalDocument.count()) > 0) return;
  const ids = new Map<string, number>();
  for (const doc of DEMO_DOCUMENTS) {
    const publishedAt = new Date(Date.parse(doc.issuedOn) + 2 * 86_400_000);
    const row = await db.legalDocument.create({
      data: nfcDeep({
        slug: numberSlug(doc.number, doc.issuedOn),
        number: doc.number,
        type: doc.type,
        issuer: doc.issuer,
        signerName: doc.signerName,
        signerTitle: doc.signerTitle,
        issuedOn: new Date(doc.issuedOn),
        effectiveFrom: new Date(doc.effectiveFrom),
        effectiveTo: doc.effectiveTo ? new Date(doc.effectiveTo) : null,
        summary: doc.summary,
        field: 'Thi đua, khen thưởng',
        scope: doc.scope,
        headWords: headWords(doc.type, doc.number),
        status: 'PUBLISHED',
        publishedAt,
        createdById: users.editorId,
        lastEditorId: users.editorId,
        attachments: { create: await documentFile(doc, users.editorId) },
      }),
      select: { id: true, number: true, type: true, issuer: true, issuedOn: true, effectiveFrom: true, effectiveTo: true, summary: true, status: true },
    });
    const { id, ...snapshot } = row;
    await db.legalDocumentRevision.create({ data: { documentId: id, version: 1, kind: 'PUBLISH', snapshot: JSON.parse(JSON.stringify(snapshot)), createdById: users.approverId, createdAt: publishedAt } });
    ids.set(doc.key, id);
  }
  for (const doc of DEMO_DOCUMENTS) {
    for (const relation of doc.relations ?? []) {
      await db.legalDocumentRelation.create({ data: nfcDeep({ fromId: ids.get(doc.key)!, toId: ids.get(relation.to)!, kind: relation.kind, partial: relation.partial ?? false, note: relation.note ?? '' }) });
    }
  }
  for (const [position, form] of DEMO_FORMS.entries()) {
    const source = DEMO_DOCUMENTS.find((doc) => doc.key === form.source)!;
    const pdf = await generatePdf({
      agency: 'Tên cơ quan, đơn vị',
      number: '........',
      place: '........',
      date: 'ngày ... tháng ... năm ...',
      kind: form.code,
      subject: form.title,
      paragraphs: ['I. Sơ lược lý lịch, quá trình công tác.', 'II. Thành tích đạt được: kết quả thực hiện nhiệm vụ được giao; các giải pháp, sáng kiến đã áp dụng.', 'III. Các hình thức đã được khen thưởng.'],
      signer: { title: 'Thủ trưởng đơn vị', name: '(Ký, đóng dấu)' },
    });
    await db.documentForm.create({
      data: nfcDeep({
        code: form.code,
        title: form.title,
        sourceDocumentId: ids.get(form.source)!,
        position: position + 1,
        published: true,
        attachments: { create: await storePdf(pdf, `${form.code} (PDF)`, `${numberSlug(form.code, source.issuedOn)}.pdf`, source.issuedOn, users.editorId) },
      }),
    });
  }
  for (const [position, procedure] of DEMO_PROCEDURES.entries()) {
    const { url, ...data } = procedure;
    await db.procedureLink.create({ data: nfcDeep({ ...data, url: url ? portalUrl(procedure.nationalCode) : '', published: url, position: position + 1 }) });
  }
}
