import { summaryCsv, summaryOf } from '@/lib/consultations/response-inbox';
import { failure, editorContext } from '@/lib/editor/run-action';
import { formatVietnamTime } from '@/lib/text/dates';

/** "Tổng hợp ý kiến" as CSV for Excel; approvers and administrators only, audited as a read. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const summary = await summaryOf(await editorContext(), /^\d{1,9}$/.test(id) ? Number(id) : 0);
    return new Response(summaryCsv(summary, formatVietnamTime), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="tong-hop-y-kien-${summary.consultation.id}.csv"`,
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    const result = failure(error);
    return new Response(result.error, { status: result.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
}
