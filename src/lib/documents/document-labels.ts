import type { DocumentRelationKind, DocumentScope, LegalDocumentType, ProcedureLevel, RecordStatus } from '@/generated/prisma/client';
import { foldedWords } from '@/lib/search/query';

// The names the register shows, in one place (pages, forms, search text, CSV).

export const DOCUMENT_TYPES: LegalDocumentType[] = ['LAW', 'ORDINANCE', 'RESOLUTION', 'DECREE', 'CIRCULAR', 'DECISION', 'DIRECTIVE', 'PLAN', 'GUIDANCE', 'OFFICIAL_LETTER', 'NOTICE'];

export const TYPE_LABELS: Record<LegalDocumentType, string> = {
  LAW: 'Luật',
  ORDINANCE: 'Pháp lệnh',
  RESOLUTION: 'Nghị quyết',
  DECREE: 'Nghị định',
  CIRCULAR: 'Thông tư',
  DECISION: 'Quyết định',
  DIRECTIVE: 'Chỉ thị',
  PLAN: 'Kế hoạch',
  GUIDANCE: 'Hướng dẫn',
  OFFICIAL_LETTER: 'Công văn',
  NOTICE: 'Thông báo',
};

/** The slug of each type in the register's filter (`?loai=nghi-dinh`). */
export const TYPE_SLUGS: Record<LegalDocumentType, string> = {
  LAW: 'luat',
  ORDINANCE: 'phap-lenh',
  RESOLUTION: 'nghi-quyet',
  DECREE: 'nghi-dinh',
  CIRCULAR: 'thong-tu',
  DECISION: 'quyet-dinh',
  DIRECTIVE: 'chi-thi',
  PLAN: 'ke-hoach',
  GUIDANCE: 'huong-dan',
  OFFICIAL_LETTER: 'cong-van',
  NOTICE: 'thong-bao',
};

export const SCOPE_LABELS: Record<DocumentScope, string> = { CENTRAL: 'Trung ương', PROVINCIAL: 'Tỉnh' };

/** How a relation reads from the newer document ("Thay thế …") and from the older one ("Được thay thế bởi …"). */
export const RELATION_LABELS: Record<DocumentRelationKind, { outgoing: string; incoming: string }> = {
  REPLACES: { outgoing: 'Thay thế', incoming: 'Được thay thế bởi' },
  AMENDS: { outgoing: 'Sửa đổi, bổ sung', incoming: 'Được sửa đổi, bổ sung bởi' },
  GUIDES: { outgoing: 'Hướng dẫn', incoming: 'Được hướng dẫn bởi' },
  REPEALS: { outgoing: 'Bãi bỏ', incoming: 'Bị bãi bỏ bởi' },
};

export const RECORD_STATUS_LABELS: Record<RecordStatus, string> = {
  DRAFT: 'Bản nháp',
  SUBMITTED: 'Chờ duyệt',
  RETURNED: 'Bị trả lại',
  PUBLISHED: 'Đã công bố',
  WITHDRAWN: 'Đã gỡ',
};

export const PROCEDURE_LEVEL_LABELS: Record<ProcedureLevel, string> = { PROVINCIAL: 'Cấp tỉnh', COMMUNE: 'Cấp xã' };

/** "Nghị định 98/2023/NĐ-CP". */
export function documentTitle(document: { type: LegalDocumentType; number: string }): string {
  return `${TYPE_LABELS[document.type]} ${document.number}`;
}

/**
 * The folded words of a document's type and number, with a space at each end:
 * " nghi dinh 98 2023 nd cp ". A number search matches a run of them (numberMatches).
 */
export function headWords(type: LegalDocumentType, number: string): string {
  return ` ${foldedWords(`${TYPE_LABELS[type]} ${number}`).join(' ')} `;
}
