import { readRegisterQuery, registerBatches, registerCsvRow, REGISTER_CSV_HEADER, unitMap } from '@/lib/awards/register';
import { siteUrl } from '@/lib/env';
import { csvStream } from '@/lib/text/csv';

/**
 * The register's current result as CSV: the same query string as /tra-cuu-khen-thuong,
 * the same rows in the same order (all pages), streamed a thousand rows at a time.
 */
export async function GET(request: Request) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const [query, units] = await Promise.all([readRegisterQuery(params), unitMap()]);
  const site = siteUrl();
  let index = 0;
  async function* rows() {
    for await (const batch of registerBatches(query, units)) yield batch.map((row) => registerCsvRow(row, (index += 1), site));
  }
  return new Response(csvStream(REGISTER_CSV_HEADER, rows()), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="tra-cuu-khen-thuong.csv"`,
      'Cache-Control': 'public, max-age=60',
      'X-Content-Type-Options': 'nosniff',
      'X-Robots-Tag': 'noindex',
    },
  });
}
