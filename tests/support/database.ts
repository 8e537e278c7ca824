import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/generated/prisma/client';
import type { BodyDoc } from '@/lib/content/body-schema';
import { bodyToText } from '@/lib/content/body-text';
import { slugify } from '@/lib/text/slug';

/** A client on the test database (npm test sets DATABASE_URL to a throw-away one). */
export function testClient() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('Run the integration tests through `npm test`, which provides a database.');
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
}

/** The reference data the migrations ship (award taxonomy, working-day calendar). */
const REFERENCE_DATA = readFileSync(path.resolve(import.meta.dirname, '..', '..', 'prisma', 'migrations', '20261130000100_award_reference_data', 'migration.sql'), 'utf8');

/** Empties every table the application owns, then puts back the reference data a fresh install has. */
export async function resetDatabase(client: PrismaClient) {
  const tables = await client.$queryRaw<{ tablename: string }[]>`
    SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`;
  if (tables.length === 0) return;
  await client.$executeRawUnsafe(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
  for (const statement of REFERENCE_DATA.split(/;\s*$/m).map((s) => s.trim()).filter((s) => /^\s*INSERT/m.test(s))) {
    await client.$executeRawUnsafe(statement);
  }
}

export function paragraphs(...lines: string[]): BodyDoc {
  return { type: 'doc', content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })) };
}

type ArticleInput = {
  title: string;
  status?: 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'SCHEDULED' | 'PUBLISHED' | 'WITHDRAWN';
  publishedAt?: Date | null;
  sectionId: number;
  sapo?: string;
  body?: BodyDoc;
};

export async function createArticle(client: PrismaClient, input: ArticleInput) {
  const body = input.body ?? paragraphs(`Nội dung của bài “${input.title}”.`);
  return client.article.create({
    data: {
      title: input.title,
      slug: slugify(input.title),
      sapo: input.sapo ?? '',
      body,
      bodyText: bodyToText(body),
      status: input.status ?? 'PUBLISHED',
      publishedAt: input.publishedAt === undefined ? new Date(Date.now() - 3600_000) : input.publishedAt,
      sectionId: input.sectionId,
      withdrawnAt: input.status === 'WITHDRAWN' ? new Date() : null,
    },
  });
}
