import 'server-only';
import { assertCan, assertCanOnConsultation } from '@/lib/auth/permissions';
import { db } from '@/lib/db';
import type { EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { readSpreadsheet } from '@/lib/uploads/spreadsheet';
import { checkCandidateRows, type ImportRow } from './candidate-import';
import { awardRules, factsOf } from './consultation-store';

export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** A spreadsheet checked row by row against the taxonomy; nothing is stored (the editor confirms afterwards). */
export async function previewImport(ctx: EditorContext, consultationId: number, bytes: Buffer): Promise<{ rows: ImportRow[]; awards: Record<number, string> }> {
  assertCan(ctx.actor, 'consultation.edit');
  const consultation = await db.consultation.findUnique({ where: { id: consultationId }, select: { status: true, createdById: true, lastEditorId: true } });
  if (!consultation) throw new AppError('not_found', 'Không tìm thấy đợt lấy ý kiến.');
  assertCanOnConsultation(ctx.actor, 'consultation.edit', factsOf(consultation));
  const awards = await awardRules();
  const { rows, error } = checkCandidateRows(readSpreadsheet(bytes), awards);
  if (error) throw new AppError('bad_request', error);
  return { rows, awards: Object.fromEntries(awards.map((award) => [award.id, award.name])) };
}
