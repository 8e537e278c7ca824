import 'server-only';
import { assertCan } from '@/lib/auth/permissions';
import { announceTags } from '@/lib/content/announce';
import { TAGS } from '@/lib/content/cache-tags';
import { db } from '@/lib/db';
import { recordAudit, type EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { readSpreadsheet } from '@/lib/uploads/spreadsheet';
import { checkUnitRows, type UnitRow } from './unit-import';

// Administrators keep the communes and wards: imported from the province's list, checked
// whole, added or updated (never deleted: grants and profiles refer to them).

export async function listUnits(ctx: EditorContext) {
  assertCan(ctx.actor, 'awards.manage');
  return db.administrativeUnit.findMany({ orderBy: [{ validTo: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }], include: { _count: { select: { grants: true } } } });
}

export async function checkUnitFile(ctx: EditorContext, bytes: Buffer): Promise<{ rows: UnitRow[]; errorCount: number }> {
  assertCan(ctx.actor, 'awards.manage');
  const existing = new Set((await db.administrativeUnit.findMany({ select: { code: true } })).map((unit) => unit.code));
  const { rows, error } = checkUnitRows(readSpreadsheet(bytes), existing);
  if (error) throw new AppError('bad_request', error);
  return { rows, errorCount: rows.filter((row) => !row.unit).length };
}

export async function importUnits(ctx: EditorContext, bytes: Buffer): Promise<{ count: number }> {
  const { rows, errorCount } = await checkUnitFile(ctx, bytes);
  if (errorCount > 0) throw new AppError('bad_request', `Chưa nhập: ${errorCount} dòng có lỗi. Sửa tệp rồi nhập lại; danh mục hiện có được giữ nguyên.`);
  const units = rows.map((row) => row.unit!);
  await db.$transaction(
    async (tx) => {
      // Current units first, then the former ones that point at them.
      for (const unit of [...units].sort((a, b) => Number(Boolean(a.mergedIntoCode)) - Number(Boolean(b.mergedIntoCode)))) {
        const data = { name: unit.name, type: unit.type, mergedIntoCode: unit.mergedIntoCode, validTo: unit.validTo ? new Date(unit.validTo) : null };
        await tx.administrativeUnit.upsert({ where: { code: unit.code }, update: data, create: { code: unit.code, ...data } });
      }
      await recordAudit(tx, ctx, 'units.import', { type: 'units', id: 0 }, { count: units.length });
      await announceTags(tx, [TAGS.register, TAGS.profiles]);
    },
    { timeout: 60_000 },
  );
  return { count: units.length };
}
