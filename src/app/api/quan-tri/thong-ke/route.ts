import { editorContext, failure } from '@/lib/editor/run-action';
import { usageRows } from '@/lib/feedback/usage';
import { csvText } from '@/lib/text/csv';

/** Usage statistics of the last year as CSV for Excel; administrators only. */
export async function GET() {
  try {
    const rows = await usageRows(await editorContext());
    return new Response(csvText(['Ngày', 'Địa chỉ trang', 'Loại trang', 'Lượt xem'], rows), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="luot-xem.csv"', 'Cache-Control': 'private, no-store' },
    });
  } catch (error) {
    const result = failure(error);
    return new Response(result.error, { status: result.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
}
