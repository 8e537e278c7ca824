import { assertCan } from '@/lib/auth/permissions';
import { MAX_LIST_BYTES, previewGrantList, replaceGrantList } from '@/lib/awards/decision-store';
import { runRoute } from '@/lib/editor/run-action';
import { readLimitedBody } from '@/lib/uploads/receive';

/**
 * A decision's list (CSV or XLSX, raw bytes as the body), checked row by row. With
 * `?nhap=<version>` the same file replaces the decision's list, only if every row is
 * right; without it nothing is stored.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const version = new URL(request.url).searchParams.get('nhap');
  return runRoute(request, async (ctx) => {
    assertCan(ctx.actor, 'decision.edit'); // before reading a byte of the body
    const bytes = await readLimitedBody(request, MAX_LIST_BYTES, 'Tệp danh sách vượt quá 8 MB.');
    const decisionId = /^\d{1,9}$/.test(id) ? Number(id) : 0;
    if (version !== null) return replaceGrantList(ctx, decisionId, /^\d{1,9}$/.test(version) ? Number(version) : -1, bytes);
    return previewGrantList(ctx, decisionId, bytes);
  });
}
