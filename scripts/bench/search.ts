// `npm run bench:search`: 100,000 generated articles in a separate, throw-away database;
// index build time, database size, and p50/p95/p99 of 50 queries through the same code
// as the search page, next to a naive ILIKE over unaccented text. Not part of the tests.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../lib/embedded-db';
import { migrate } from '../lib/migrate';
import { BENCH_QUERIES, corpusArticle } from './search-corpus';

const COUNT = Number(process.env.BENCH_ARTICLES ?? 100_000);
const BATCH = 2000;
const temp = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-search-'));
chmodSync(temp, 0o755);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const seconds = (start: bigint) => (ms(start) / 1000).toFixed(1);

async function load(client: pg.Client) {
  const section = await client.query(`INSERT INTO "Section" (name, slug, "updatedAt") VALUES ('Tin tức', 'tin-tuc', now()) RETURNING id`);
  const sectionId = section.rows[0].id;
  // Triggers off while loading; the search documents are built in one pass afterwards.
  await client.query('SET session_replication_role = replica');
  for (let from = 0; from < COUNT; from += BATCH) {
    const rows = Array.from({ length: Math.min(BATCH, COUNT - from) }, (_, i) => ({ index: from + i, ...corpusArticle(from + i) }));
    await client.query(
      `INSERT INTO "Article" (title, slug, sapo, body, "bodyText", byline, status, "publishedAt", "sectionId", "updatedAt")
       SELECT t, s, sa, '{"type":"doc","content":[]}', b, by, 'PUBLISHED', now() - make_interval(days => d), $7, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) AS x(t, s, sa, b, by, d)`,
      [rows.map((r) => r.title), rows.map((r) => `bai-${r.index}`), rows.map((r) => r.sapo), rows.map((r) => r.bodyText), rows.map((r) => r.byline), rows.map((r) => r.days), sectionId],
    );
    const files = rows.filter((r) => r.attachment);
    if (files.length) {
      await client.query(
        `INSERT INTO "Attachment" ("articleId", title, "originalName", mime, bytes, checksum, "storageKey", text)
         SELECT a.id, 'Danh sách khen thưởng', 'danh-sach.pdf', 'application/pdf', 1000, 'x', 'files/' || a.slug, f.text
         FROM unnest($1::text[], $2::text[]) AS f(slug, text) JOIN "Article" a ON a.slug = f.slug`,
        [files.map((r) => `bai-${r.index}`), files.map((r) => r.attachment!)],
      );
    }
  }
  await client.query('SET session_replication_role = DEFAULT');
}

async function main() {
  // Sized like a production server for this corpus: the search tables fit in memory.
  const database = await startEmbeddedDatabase({
    dataDir: path.join(temp, 'postgres'),
    database: 'bench_search',
    quiet: true,
    settings: { shared_buffers: '512MB', effective_cache_size: '4GB', work_mem: '16MB' },
  });
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  try {
    await migrate(database.url, () => undefined);
    await client.connect();
    let start = process.hrtime.bigint();
    await load(client);
    console.log(`Loaded ${COUNT.toLocaleString('en-US')} articles in ${seconds(start)} s`);

    start = process.hrtime.bigint();
    await client.query('DROP INDEX "ArticleSearch_words_idx", "ArticleSearch_titleFolded_trgm_idx"');
    await client.query('SELECT portal_refresh_article_search(id) FROM "Article"');
    const documents = ms(start);
    const indexStart = process.hrtime.bigint();
    await client.query(`SET maintenance_work_mem = '256MB'`);
    await client.query('CREATE INDEX "ArticleSearch_words_idx" ON "ArticleSearch" USING GIN ("words")');
    await client.query('CREATE INDEX "ArticleSearch_titleFolded_trgm_idx" ON "ArticleSearch" USING GIN ("titleFolded" gin_trgm_ops)');
    await client.query('VACUUM ANALYZE');
    console.log(`Index build: documents ${(documents / 1000).toFixed(1)} s + GIN indexes ${seconds(indexStart)} s = ${seconds(start)} s`);
    const size = await client.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS db, pg_size_pretty(pg_total_relation_size('"ArticleSearch"')) AS search`);
    console.log(`Database size: ${size.rows[0].db} (search table and indexes: ${size.rows[0].search})`);

    // The page's own code path (imported after DATABASE_URL is set).
    const { parseQuery } = await import('../../src/lib/search/query');
    const { searchArticles } = await import('../../src/lib/search/search-articles');
    const run = async (text: string) => {
      const parsed = parseQuery(text);
      if (typeof parsed === 'string') return 0;
      const t = process.hrtime.bigint();
      await searchArticles(parsed, {}, 1);
      return ms(t);
    };
    for (const text of BENCH_QUERIES) await run(text);
    const samples: number[] = [];
    const perQuery: [string, number][] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const text of BENCH_QUERIES) {
        const time = await run(text);
        samples.push(time);
        if (round === 0) perQuery.push([text, time]);
      }
    }
    samples.sort((a, b) => a - b);
    console.log(`\nSearch (same code as /tim-kiem, ${samples.length} runs of ${BENCH_QUERIES.length} queries): p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms (targets p95 ≤ 50, p99 ≤ 150)`);
    console.log('Slowest queries:', perQuery.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([q, t]) => `“${q}” ${t.toFixed(0)} ms`).join(', '));

    const naive: number[] = [];
    for (const text of BENCH_QUERIES) {
      const t = process.hrtime.bigint();
      await client.query(
        `SELECT a.id FROM "Article" a
         WHERE a.status IN ('PUBLISHED', 'SCHEDULED') AND a."publishedAt" <= now()
           AND portal_fold(a.title || ' ' || a.sapo || ' ' || a."bodyText") LIKE '%' || portal_fold($1) || '%'
         ORDER BY a."publishedAt" DESC LIMIT 20`,
        [text],
      );
      naive.push(ms(t));
    }
    naive.sort((a, b) => a - b);
    console.log(`Naive ILIKE over unaccented text (${naive.length} runs): p50 ${percentile(naive, 50).toFixed(0)} ms, p95 ${percentile(naive, 95).toFixed(0)} ms, p99 ${percentile(naive, 99).toFixed(0)} ms`);
  } finally {
    await client.end().catch(() => undefined);
    const { db } = await import('../../src/lib/db');
    await db.$disconnect();
    if (process.env.BENCH_KEEP) {
      // For EXPLAIN by hand: the database stays up until this process is stopped.
      console.log(`Kept running at ${database.url} (Ctrl-C to stop)`);
      await new Promise((resolve) => process.once('SIGINT', resolve));
    }
    await database.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
