import { registerCsvRow, REGISTER_CSV_HEADER } from '@/lib/awards/register';
import { getPublicDecision } from '@/lib/awards/public-decisions';
import { siteUrl } from '@/lib/env';
import { csvText } from '@/lib/text/csv';

/** A decision's list as CSV (what the decision page shows: every grant not hidden, in its order). */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const decision = await getPublicDecision(slug);
  if (!decision) return new Response('Không tìm thấy quyết định.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const site = siteUrl();
  return new Response(csvText(REGISTER_CSV_HEADER, decision.grants.map((row, index) => registerCsvRow(row, index + 1, site))), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="danh-sach-${decision.slug}.csv"`,
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex',
    },
  });
}
