import 'server-only';
import { z } from 'zod';
import { assertCan } from '@/lib/auth/permissions';
import { issuesByField } from '@/lib/consultations/consultation-input';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import type { PublishLevel } from './grant-import';

// The register's one setting: what an imported award to a person or household shows when
// its row does not say (the consent model of honours databases: full, name and unit only,
// or nothing). Collectives are always published in full unless their row says otherwise.


export async function readRegisterSettings(ctx: EditorContext): Promise<{ grantPublishLevel: PublishLevel }> {
  assertCan(ctx.actor, 'settings.manage');
  const row = await db.siteSettings.findUnique({ where: { id: 1 }, select: { grantPublishLevel: true } });
  return { grantPublishLevel: row?.grantPublishLevel ?? 'NAME_UNIT' };
}

export async function saveRegisterSettings(ctx: EditorContext, input: unknown) {
  assertCan(ctx.actor, 'settings.manage');
  const parsed = z.object({ grantPublishLevel: z.enum(['FULL', 'NAME_UNIT', 'HIDDEN'], { error: 'Chọn mức công bố.' }) }).safeParse(input);
  if (!parsed.success) throw new AppError('bad_request', 'Vui lòng sửa các mục được đánh dấu.', { fieldErrors: issuesByField(parsed.error.issues) });
  await db.$transaction(async (tx) => {
    if (!(await tx.siteSettings.findUnique({ where: { id: 1 }, select: { id: true } }))) throw new AppError('bad_request', 'Vui lòng lưu phần cài đặt chung của cổng trước.');
    await tx.siteSettings.update({ where: { id: 1 }, data: parsed.data });
    await recordAudit(tx, ctx, 'settings.register', { type: 'settings', id: 1 }, parsed.data);
  });
}
