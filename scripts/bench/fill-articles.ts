// Generated published articles for the benchmarks, written straight into the database in
// batches of 1,000: slugs "bai-tai-0" … "bai-tai-{count-1}", spread over the last years,
// all in the first section, with the search corpus's Vietnamese titles, leads and bodies.
import pg from 'pg';
import { corpusArticle } from './search-corpus';

export async function fillArticles(url: string, count: number, onProgress?: (done: number) => void) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const section = (await client.query(`SELECT id FROM "Section" ORDER BY position LIMIT 1`)).rows[0].id;
    for (let from = 0; from < count; from += 1000) {
      const rows = Array.from({ length: Math.min(1000, count - from) }, (_, i) => ({ index: from + i, ...corpusArticle(from + i) }));
      await client.query(
        `INSERT INTO "Article" (title, slug, sapo, body, "bodyText", byline, status, "publishedAt", "sectionId", "updatedAt")
         SELECT t, s, sa, jsonb_build_object('type', 'doc', 'content', jsonb_build_array(jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', b))))),
                b, by, 'PUBLISHED', now() - make_interval(days => d), $7, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) AS x(t, s, sa, b, by, d)`,
        [rows.map((r) => r.title), rows.map((r) => `bai-tai-${r.index}`), rows.map((r) => r.sapo), rows.map((r) => r.bodyText), rows.map((r) => r.byline), rows.map((r) => r.days), section],
      );
      onProgress?.(from + rows.length);
    }
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
