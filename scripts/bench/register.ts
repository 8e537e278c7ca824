// `npm run bench:register`: the awards register at the scale of a province's twenty years:
// 200,000 grants in a throw-away database. Prints the import time of a 2,000-row XLSX list
// (checked, then imported whole), name search p50/p95/p99 through the same code as
// /tra-cuu-khen-thuong, a streamed CSV of 10,000 rows (time and memory), and the
// statistics page's figures. Not part of the tests.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import pg from 'pg';
import { startEmbeddedDatabase } from '../lib/embedded-db';
import { migrate } from '../lib/migrate';
import { DEMO_UNITS } from '../seed/register-data';
import { generateDecisions, type GeneratedDecision } from '../seed/register-generator';
import { xlsx } from '../../tests/support/xlsx';

const YEARS = 20;
const PER_YEAR = Number(process.env.BENCH_GRANTS ?? 200_000) / YEARS;
const temp = mkdtempSync(path.join(os.tmpdir(), 'portal-bench-register-'));
chmodSync(temp, 0o755);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const NAME_QUERIES = [
  'nguyen van an', 'NGUYỄN THỊ HƯƠNG', 'tran minh', 'le thi thu', 'vo van', 'huynh ngoc', 'pham quoc viet', 'dang thi kim', 'ho van phuc', 'ngo thanh',
  'duong', 'lam thi my', 'truong cong', 'bui hoang long', 'dinh thi ha', 'to duc', 'doan van hau', 'cao thi nga', 'chau anh', 'ta minh khoa',
  'truong tieu hoc', 'hoi nong dan', 'cong an xa', 'tram y te', 'hop tac xa',
];

async function fill(client: pg.Client, decisions: GeneratedDecision[], awardIds: Map<string, number>) {
  for (const decision of decisions) {
    const { rows } = await client.query(
      `INSERT INTO "AwardDecision" (slug, number, "issuedOn", issuer, "signerName", "signerTitle", summary, "achievementYear", level, status, "publishedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PUBLISHED', now(), now()) RETURNING id`,
      [`${decision.number.replace(/\W+/g, '-').toLowerCase()}-${decision.issuedOn}`, decision.number, decision.issuedOn, decision.issuer, decision.signerName, decision.signerTitle, decision.summary, decision.achievementYear, decision.level],
    );
    const g = decision.grants;
    await client.query(
      `INSERT INTO "AwardGrant" ("decisionId", position, "awardTypeId", "awardClass", "recipientKind", "displayName", "jobTitle", unit, "communeCode", citation, "achievementYear", "publishLevel", listed, "issuedOn", level)
       SELECT $1, p, $2, c, k::"RecipientKind", n, j, u, cc, ci, $3, pl::"PublishLevel", pl <> 'HIDDEN', $4, $5::"AwardLevel"
       FROM unnest($6::int[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[]) AS x(p, c, k, n, j, u, cc, ci, pl)`,
      [
        rows[0].id, awardIds.get(decision.award), decision.achievementYear, decision.issuedOn, decision.level,
        g.map((_, i) => i + 1), g.map((x) => x.awardClass), g.map((x) => x.kind), g.map((x) => x.name), g.map((x) => x.jobTitle), g.map((x) => x.unit), g.map((x) => x.communeCode), g.map((x) => x.citation), g.map((x) => x.publishLevel),
      ],
    );
  }
}

async function main() {
  const database = await startEmbeddedDatabase({
    dataDir: path.join(temp, 'postgres'),
    database: 'bench_register',
    quiet: true,
    settings: { shared_buffers: '256MB', effective_cache_size: '4GB', work_mem: '16MB' },
  });
  process.env.DATABASE_URL = database.url;
  const client = new pg.Client({ connectionString: database.url });
  try {
    await migrate(database.url, () => undefined);
    await client.connect();
    for (const unit of DEMO_UNITS) {
      await client.query(`INSERT INTO "AdministrativeUnit" (code, name, type) VALUES ($1, $2, $3)`, [unit.code, unit.name, unit.type]);
      for (const former of unit.formers) await client.query(`INSERT INTO "AdministrativeUnit" (code, name, type, "validTo", "mergedIntoCode") VALUES ($1, $2, $3, '2025-06-30', $4)`, [former.code, former.name, former.type, unit.code]);
    }
    const editor = await client.query(`INSERT INTO "User" (email, name, role, "passwordHash", "updatedAt") VALUES ('bench@example.vn', 'Bench', 'EDITOR', 'x', now()) RETURNING id`);
    const awardIds = new Map<string, number>((await client.query('SELECT id, code FROM "AwardType"')).rows.map((r) => [r.code, r.id]));
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const thisYear = Number(today.slice(0, 4));

    let start = process.hrtime.bigint();
    const decisions = [...generateDecisions({ fromYear: thisYear - YEARS, toYear: thisYear - 1, linesPerYear: PER_YEAR, seed: 20, today })];
    await fill(client, decisions, awardIds);
    await client.query('VACUUM ANALYZE');
    const total = (await client.query('SELECT count(*)::int AS n, count(*) FILTER (WHERE listed)::int AS listed FROM "AwardGrant"')).rows[0];
    console.log(`Filled ${total.n.toLocaleString('en-US')} grants (${total.listed.toLocaleString('en-US')} listed) in ${decisions.length} decisions over ${YEARS} years in ${(ms(start) / 1000).toFixed(1)} s`);

    // The application's own code paths (imported after DATABASE_URL is set).
    const { createDecision, previewGrantList, replaceGrantList } = await import('../../src/lib/awards/decision-store');
    const { loadUnits, unitsByCode, searchRegister, registerBatches, registerCsvRow, REGISTER_CSV_HEADER } = await import('../../src/lib/awards/register');
    const { parseRegisterQuery } = await import('../../src/lib/awards/register-query');
    const { computeStatistics } = await import('../../src/lib/awards/statistics');
    const { csvStream } = await import('../../src/lib/text/csv');
    const ctx = { actor: { id: editor.rows[0].id as number, role: 'EDITOR' as const }, ip: null };

    // 1. A 2,000-row list from Excel: checked (preview), then imported whole.
    const list = [...generateDecisions({ fromYear: thisYear - 1, toYear: thisYear - 1, linesPerYear: 4000, seed: 99, today, maxLines: 2000 })].find((d) => d.grants.length === 2000)!;
    const names = new Map([...DEMO_UNITS.map((u) => [u.code, u.name] as const), ...DEMO_UNITS.flatMap((u) => u.formers.map((f) => [f.code, f.name] as const))]);
    const sheet = xlsx([
      ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Hình thức', 'Hạng', 'Xã/phường', 'Loại'],
      ...list.grants.map((g, i) => [String(i + 1), g.name, g.jobTitle, g.unit, 'Bằng khen của Chủ tịch UBND tỉnh', '', names.get(g.communeCode) ?? '', g.kind === 'INDIVIDUAL' ? 'cá nhân' : g.kind === 'COLLECTIVE' ? 'tập thể' : 'hộ gia đình']),
    ]);
    const draft = await createDecision(ctx, { number: '9999/QĐ-UBND', issuedOn: today.split('-').reverse().join('/'), issuer: 'Ủy ban nhân dân tỉnh', signerName: '', signerTitle: '', summary: 'Quyết định thử tốc độ nhập danh sách', achievementYear: String(thisYear - 1), level: 'PROVINCIAL' });
    start = process.hrtime.bigint();
    const preview = await previewGrantList(ctx, draft.id, sheet);
    const previewMs = ms(start);
    for (const row of preview.rows.filter((r) => r.errors.length > 0).slice(0, 3)) console.log(`  row ${row.line}: ${row.errors.join(' ')}`);
    start = process.hrtime.bigint();
    const imported = await replaceGrantList(ctx, draft.id, draft.version, sheet);
    const importMs = ms(start);
    console.log(`\nImport of a ${list.grants.length.toLocaleString('en-US')}-row XLSX (${(sheet.length / 1024).toFixed(0)} KB): check ${(previewMs / 1000).toFixed(2)} s (${preview.errorCount} rows with errors), check and import ${(importMs / 1000).toFixed(2)} s (${imported.count} rows) (target < 10 s)`);

    // 2. Name search through the register's own code.
    const units = unitsByCode(await loadUnits());
    const awards = (await client.query('SELECT id, code, name, slug FROM "AwardType"')).rows;
    const context = { awards, awardSlugs: new Map(awards.map((a) => [a.id as number, a.slug as string])), unitCodes: new Set(units.keys()), thisYear };
    const search = async (params: Record<string, string>) => {
      const t = process.hrtime.bigint();
      const result = await searchRegister(parseRegisterQuery(params, context), units);
      return [ms(t), result.capped ? `${result.total}+` : String(result.total)] as const;
    };
    for (const q of NAME_QUERIES) await search({ q });
    const samples: number[] = [];
    const perQuery: [string, number, string][] = [];
    for (let round = 0; round < 3; round += 1) {
      for (const q of NAME_QUERIES) {
        const [time, found] = await search({ q });
        samples.push(time);
        if (round === 0) perQuery.push([q, time, found]);
      }
    }
    samples.sort((a, b) => a - b);
    console.log(`\nName search (same code as /tra-cuu-khen-thuong, page 1 and the count; ${samples.length} runs of ${NAME_QUERIES.length} names): p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms, p99 ${percentile(samples, 99).toFixed(1)} ms (target p95 ≤ 50 ms)`);
    console.log('Slowest:', perQuery.sort((a, b) => b[1] - a[1]).slice(0, 4).map(([q, t, n]) => `“${q}” ${t.toFixed(0)} ms (${n} found)`).join(', '));
    const filters: Record<string, string>[] = [{}, { 'hinh-thuc': 'huan-chuong-lao-dong', hang: 'Ba' }, { nam: String(thisYear - 3), xa: '31005' }, { 'doi-tuong': 'tap-the', cap: 'tinh' }, { q: 'nguyen', xa: '30201' }];
    const filterTimes: string[] = [];
    for (const params of filters) {
      await search(params);
      const [time, found] = await search(params);
      filterTimes.push(`${JSON.stringify(params)} ${time.toFixed(0)} ms (${found})`);
    }
    console.log('Filters:', filterTimes.join('; '));

    // 3. The CSV of 10,000 rows, streamed a thousand at a time.
    const everyone = parseRegisterQuery({}, context);
    let bytes = 0;
    let peak = process.memoryUsage().rss;
    const before = peak;
    const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
    start = process.hrtime.bigint();
    let index = 0;
    async function* rows() {
      for await (const batch of registerBatches(everyone, units, 1000, 10_000)) yield batch.map((row) => registerCsvRow(row, (index += 1), 'https://example.vn'));
    }
    const stream = csvStream(REGISTER_CSV_HEADER, rows());
    await stream.pipeTo(Writable.toWeb(new Writable({ write: (chunk, _encoding, done) => ((bytes += chunk.length), done()) })));
    clearInterval(sample);
    console.log(`\nCSV of ${index.toLocaleString('en-US')} rows: ${(ms(start) / 1000).toFixed(2)} s, ${(bytes / 1024 / 1024).toFixed(1)} MB sent; process RSS ${mb(before)} before, peak ${mb(peak)} (+${mb(peak - before)})`);

    // 4. The statistics page's figures.
    const statTimes: string[] = [];
    for (const params of [{}, { nam: String(thisYear - 2) }, { 'hinh-thuc': 'bang-khen-cua-chu-tich-ubnd-tinh' }]) {
      const query = parseRegisterQuery(params, context);
      await computeStatistics(query, units);
      const runs: number[] = [];
      for (let i = 0; i < 5; i += 1) {
        const t = process.hrtime.bigint();
        await computeStatistics(query, units);
        runs.push(ms(t));
      }
      runs.sort((a, b) => a - b);
      statTimes.push(`${JSON.stringify(params)} median ${percentile(runs, 50).toFixed(0)} ms`);
    }
    console.log(`\nStatistics (five tables from one grouped count, uncached; the page keeps them until the register changes): ${statTimes.join('; ')}`);
  } finally {
    await client.end().catch(() => undefined);
    const { db, readerDb } = await import('../../src/lib/db');
    await Promise.all([db.$disconnect(), readerDb.$disconnect()]);
    await database.stop();
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
