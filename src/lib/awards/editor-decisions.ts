import 'server-only';
import { assertCan, canOnDecision, type Action } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { decisionFacts } from './decision-store';

// The newsroom's reads of award decisions: the list, and one with everything its page
// needs (its list, files, revisions, what the signed-in user may do next).

export const DECISION_STATUS_LABELS = { DRAFT: 'Bản nháp', SUBMITTED: 'Chờ duyệt', RETURNED: 'Bị trả lại', PUBLISHED: 'Đã công bố', ANNULLED: 'Đã hủy bỏ' } as const;

export const DECISION_REVISION_LABELS: Record<string, string> = {
  CREATE: 'Tạo',
  SAVE: 'Lưu',
  IMPORT: 'Nhập danh sách',
  SUBMIT: 'Gửi duyệt',
  RETURN: 'Trả lại',
  PUBLISH: 'Công bố',
  CORRECT: 'Đính chính',
  ANNUL: 'Hủy bỏ',
};

export const PUBLISH_LEVEL_LABELS = { FULL: 'Công bố đầy đủ', NAME_UNIT: 'Chỉ tên và đơn vị', HIDDEN: 'Không công bố' } as const;

/** Rows shown on the decision's editor page; the whole list is in its CSV and on the public page. */
export const EDITOR_GRANT_ROWS = 300;

export async function listDecisionsForEditors(ctx: EditorContext) {
  assertCan(ctx.actor, 'decision.read');
  return db.awardDecision.findMany({
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    take: 200,
    select: { id: true, number: true, issuedOn: true, summary: true, slug: true, status: true, updatedAt: true, _count: { select: { grants: true } } },
  });
}

const ACTIONS: Action[] = ['decision.edit', 'decision.submit', 'decision.publish', 'decision.return', 'decision.correct', 'decision.annul'];

export async function getDecisionForEditor(ctx: EditorContext, id: number) {
  assertCan(ctx.actor, 'decision.read');
  const row = await db.awardDecision.findUnique({
    where: { id },
    include: {
      grants: { orderBy: { position: 'asc' }, take: EDITOR_GRANT_ROWS, include: { awardType: { select: { name: true } }, commune: { select: { name: true } } } },
      attachments: { orderBy: [{ position: 'asc' }, { id: 'asc' }], select: { id: true, title: true, originalName: true, mime: true, bytes: true } },
      revisions: { orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: 30, select: { id: true, version: true, kind: true, note: true, createdAt: true, createdBy: { select: { name: true } } } },
      createdBy: { select: { name: true } },
      _count: { select: { grants: true } },
    },
  });
  if (!row) throw new AppError('not_found', 'Không tìm thấy quyết định.');
  const allowed = Object.fromEntries(ACTIONS.map((action) => [action, canOnDecision(ctx.actor!, action, decisionFacts(row))])) as Record<Action, boolean>;
  return { row, allowed };
}
