import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createArticle, saveArticle } from '@/lib/editor/article-store';
import { transition } from '@/lib/editor/workflow';
import { resetDatabase, testClient } from '../support/database';
import { articleForm, as } from '../support/editor';

// npm run backup, then npm run restore into a new database and an empty storage folder:
// every row of every table, every sequence and every stored file comes back the same.

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const client = testClient();
const sourceUrl = process.env.DATABASE_URL!;
const targetName = `restore_${process.pid}_${Date.now()}`;
const targetUrl = Object.assign(new URL(sourceUrl), { pathname: `/${targetName}` }).toString();
const temp = mkdtempSync(path.join(os.tmpdir(), 'portal-backup-test-'));
const sourceStorage = path.join(temp, 'storage');
const backups = path.join(temp, 'backups');

type Run = { code: number; output: string };
function script(file: string, args: string[], env: Record<string, string>, conditions: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...conditions, '--import', 'tsx', path.join(ROOT, file), ...args], { cwd: ROOT, env: { ...process.env, INIT_CWD: ROOT, ...env }, maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    );
  });
}
const backup = () => script('scripts/backup.ts', ['--out', backups], { DATABASE_URL: sourceUrl, STORAGE_DIR: sourceStorage });
const restore = (archive: string, storage: string) => script('scripts/restore.ts', [archive], { DATABASE_URL: targetUrl, STORAGE_DIR: storage });

async function withDatabase<T>(url: string, work: (db: pg.Client) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  try {
    return await work(db);
  } finally {
    await db.end();
  }
}

/** Every table as (rows, hash of its rows in a fixed order), and every sequence's position. */
function fingerprint(url: string) {
  return withDatabase(url, async (db) => {
    const tables = (await db.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows.map((row) => row.name);
    const out: Record<string, string> = {};
    for (const table of tables) {
      const rows = await db.query(`SELECT count(*) AS n, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS hash FROM "${table}" t`);
      out[table] = `${rows.rows[0].n} ${rows.rows[0].hash}`;
    }
    const sequences = await db.query(`SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`);
    for (const row of sequences.rows) out[`sequence ${row.sequencename}`] = String(row.last_value);
    return out;
  });
}

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = createHash('sha256').update(readFileSync(full)).digest('hex');
  }
  return out;
}

const archives = () => readdirSync(backups).filter((name) => name.endsWith('.tar.gz')).map((name) => path.join(backups, name));

beforeAll(async () => {
  await resetDatabase(client);
  const seeded = await script('scripts/seed.ts', [], { DATABASE_URL: sourceUrl, STORAGE_DIR: sourceStorage }, ['--conditions=react-server']);
  expect(seeded.code, seeded.output).toBe(0);
  // What the demo content lacks, so that no table is empty: revisions and the audit log
  // (a new article submitted), a pending edit of a live article (whose revision and article
  // point at each other), an old address, a session, a sign-in attempt.
  const role = (name: 'EDITOR' | 'APPROVER') => client.user.findFirstOrThrow({ where: { role: name } });
  const [editor, approver] = [await role('EDITOR'), await role('APPROVER')];
  const article = await client.article.findFirstOrThrow({ where: { status: 'PUBLISHED' }, orderBy: { id: 'asc' } });
  const created = await createArticle(as(editor), articleForm(article.sectionId, { tags: ['Sao lưu'] }));
  await transition(as(editor), created.id, 'submit', { version: created.version });
  await saveArticle(as(approver), article.id, article.version, articleForm(article.sectionId, { title: `${article.title} (bản sửa chờ duyệt)`, tags: [] }));
  expect((await client.article.findUniqueOrThrow({ where: { id: article.id } })).pendingRevisionId).not.toBeNull();
  await client.articleSlug.create({ data: { slug: 'dia-chi-cu-cua-bai', articleId: article.id } });
  const user = await client.user.findFirstOrThrow();
  await client.userSession.create({ data: { id: 'phien-thu', userId: user.id, ip: '10.0.0.9', userAgent: 'Thử nghiệm' } });
  await client.loginAttempt.create({ data: { email: user.email, ip: '10.0.0.9' } });
  // A citizen's comment with a file on a demo consultation, and a form draft.
  const consultation = await client.consultation.findFirstOrThrow({ include: { candidates: true } });
  await client.consultationResponse.create({
    data: {
      receiptCode: 'GY-2026-SAOLUU01',
      formToken: 'sao-luu-form-token-0001',
      consultationId: consultation.id,
      candidateId: consultation.candidates[0].id,
      fullName: 'Người góp ý',
      email: 'gopy@example.vn',
      content: 'Ý kiến thử sao lưu.',
      consentVersion: '2026-11-30',
      consentAt: new Date(),
      ipHash: 'abc',
      files: { create: { originalName: 'y-kien.pdf', mime: 'application/pdf', bytes: 3, checksum: 'abc', storageKey: 'responses/sao-luu' } },
    },
  });
  await client.formDraft.create({ data: { id: 'ban-nhap-sao-luu', payload: 'v1.x.y.z', expiresAt: new Date(Date.now() + 3600_000) } });
  // A reader's rating, a day's page views and a planned stop.
  await client.pageRating.create({ data: { path: '/van-ban', score: 4, comment: 'Dễ tìm.', raterDay: 'a'.repeat(32) } });
  await client.pageView.create({ data: { day: new Date('2026-11-29'), path: '/', kind: 'home', views: 12 } });
  await client.maintenanceWindow.create({ data: { startsAt: new Date('2026-12-20T15:00:00Z'), endsAt: new Date('2026-12-20T19:00:00Z'), message: 'Sao lưu thử.' } });
  await withDatabase(sourceUrl, (db) => db.query(`CREATE DATABASE "${targetName}"`));
}, 120_000);

afterAll(async () => {
  await client.$disconnect();
  await withDatabase(sourceUrl, (db) => db.query(`DROP DATABASE IF EXISTS "${targetName}" WITH (FORCE)`));
  rmSync(temp, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('brings back every table, sequence and stored file unchanged', async () => {
    const source = await fingerprint(sourceUrl);
    const empty = Object.entries(source).filter(([name, value]) => !name.startsWith('sequence') && value.startsWith('0 '));
    expect(empty, 'every table holds rows, so the comparison means something').toEqual([]);

    const made = await backup();
    expect(made.code, made.output).toBe(0);
    expect(made.output).toMatch(/Wrote .*portal-backup-\d{8}-\d{6}\.tar\.gz/);
    const [archive] = archives();

    const restoredStorage = path.join(temp, 'restored-storage');
    const restored = await restore(archive, restoredStorage);
    expect(restored.code, restored.output).toBe(0);
    expect(await fingerprint(targetUrl)).toEqual(source);
    expect(files(restoredStorage)).toEqual(files(sourceStorage));
    expect(Object.keys(files(sourceStorage)).length).toBeGreaterThan(20);

    // The restored portal goes on: search finds a demo article, and new rows get new ids.
    await withDatabase(targetUrl, async (db) => {
      const found = await db.query(`SELECT count(*)::int AS n FROM "ArticleSearch" WHERE words @@ to_tsquery('simple', 'khen & thuong')`);
      expect(found.rows[0].n).toBeGreaterThan(0);
      const before = await db.query(`SELECT max(id) AS id FROM "Tag"`);
      const added = await db.query(`INSERT INTO "Tag" (name, slug) VALUES ('Tag sau khôi phục', 'tag-sau-khoi-phuc') RETURNING id`);
      expect(added.rows[0].id).toBe(before.rows[0].id + 1);
    });
  }, 120_000);

  it('refuses a database or a storage folder that is not empty, and a damaged archive, changing nothing', async () => {
    const [archive] = archives();
    const again = await restore(archive, path.join(temp, 'another-storage'));
    expect({ code: again.code, output: again.output.trim() }).toEqual({ code: 1, output: expect.stringMatching(/^Restore refused: .* already holds data \(.*\)\. Restore needs an empty database/m) });

    const busyStorage = path.join(temp, 'busy-storage');
    mkdirSync(busyStorage);
    writeFileSync(path.join(busyStorage, 'photo.jpg'), 'x');
    const busy = await restore(archive, busyStorage);
    expect(busy.output).toMatch(/^Restore refused: The storage folder .*busy-storage is not empty\./m);

    const bytes = readFileSync(archive);
    bytes[Math.floor(bytes.length / 2)] ^= 0xff;
    const damaged = path.join(temp, 'damaged.tar.gz');
    writeFileSync(damaged, bytes);
    const before = await fingerprint(targetUrl);
    const refused = await restore(damaged, path.join(temp, 'never-written'));
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/^Restore refused: .*damaged\.tar\.gz (is not a readable backup archive|is damaged)/m);
    // A readable archive with one stored file changed is caught by its checksum.
    const unpacked = path.join(temp, 'unpacked');
    mkdirSync(unpacked);
    await tar.extract({ file: archive, cwd: unpacked });
    const photo = readdirSync(path.join(unpacked, 'storage', 'originals'))[0];
    writeFileSync(path.join(unpacked, 'storage', 'originals', photo), 'not the photo');
    const altered = path.join(temp, 'altered.tar.gz');
    await tar.create({ gzip: true, file: altered, cwd: unpacked }, readdirSync(unpacked));
    const caught = await restore(altered, path.join(temp, 'never-written'));
    expect(caught.output).toMatch(new RegExp(`^Restore refused: .*altered\\.tar\\.gz is damaged: 1 entry does not match the manifest: storage/originals/${photo}\\.$`, 'm'));
    expect(await fingerprint(targetUrl)).toEqual(before);
    expect(readdirSync(temp)).not.toContain('never-written');
  }, 60_000);
});
