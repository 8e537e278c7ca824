import { assertCan } from '@/lib/auth/permissions';
import { MAX_IMPORT_BYTES, previewImport } from '@/lib/consultations/import-preview';
import { runRoute } from '@/lib/editor/run-action';
import { readLimitedBody } from '@/lib/uploads/receive';

/** A candidate list (CSV or XLSX, raw bytes as the body) checked row by row; nothing is imported here. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return runRoute(request, async (ctx) => {
    assertCan(ctx.actor, 'consultation.edit'); // before reading a byte of the body
    const bytes = await readLimitedBody(request, MAX_IMPORT_BYTES, 'Tệp danh sách vượt quá 2 MB.');
    return previewImport(ctx, /^\d{1,9}$/.test(id) ? Number(id) : 0, bytes);
  });
}
