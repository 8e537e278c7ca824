import { readRegisterQuery, unitMap } from '@/lib/awards/register';
import { getStatistics, statisticsCsvRows, type StatKey } from '@/lib/awards/statistics';
import { csvText } from '@/lib/text/csv';

const KEYS: StatKey[] = ['nam', 'hinh-thuc', 'cap', 'doi-tuong', 'xa'];

/** One statistics table as CSV (/thong-ke-khen-thuong/nam.csv?…): the same figures, filters and order as the page. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const key = KEYS.find((k) => file === `${k}.csv`);
  if (!key) return new Response('Không có bảng thống kê này.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const search = Object.fromEntries(new URL(request.url).searchParams);
  const [base, units] = await Promise.all([readRegisterQuery(search), unitMap()]);
  const query = { ...base, text: '', words: [], page: 1 };
  const stat = (await getStatistics(query, units)).tables.find((table) => table.key === key)!;
  return new Response(csvText(stat.head, statisticsCsvRows(stat)), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="thong-ke-khen-thuong-${key}.csv"`,
      'Cache-Control': 'public, max-age=300',
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex',
    },
  });
}
