import { editorContext, failure } from '@/lib/editor/run-action';
import { ratingAggregates, SCORE_LABELS, SCORES } from '@/lib/feedback/ratings';
import { csvText } from '@/lib/text/csv';

/** The satisfaction ratings by month and by page as CSV for Excel; administrators only. */
export async function GET() {
  try {
    const { byMonth, byPage } = await ratingAggregates(await editorContext());
    const head = ['Nhóm', 'Tháng hoặc trang', ...SCORES.map((score) => SCORE_LABELS[score]), 'Số lượt', 'Điểm trung bình (1–4)'];
    const rows = [
      ...byMonth.map((row) => ['Theo tháng', row.label, ...row.byScore.map(String), String(row.count), row.average.toFixed(2)]),
      ...byPage.map((row) => ['Theo trang', row.label, ...row.byScore.map(String), String(row.count), row.average.toFixed(2)]),
    ];
    return new Response(csvText(head, rows), {
      headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': 'attachment; filename="danh-gia-hai-long.csv"', 'Cache-Control': 'private, no-store' },
    });
  } catch (error) {
    const result = failure(error);
    return new Response(result.error, { status: result.status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
  }
}
