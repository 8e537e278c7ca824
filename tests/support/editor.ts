import type { PrismaClient, Role } from '@/generated/prisma/client';
import type { EditorContext } from '@/lib/editor/context';
import { AppError } from '@/lib/errors';
import { afterAll, beforeAll } from 'vitest';
import { paragraphs, resetDatabase, testClient } from './database';

/** One account per role (two approvers and two contributors, for four-eyes and ownership). */
export async function createStaff(client: PrismaClient) {
  const make = (email: string, role: Role) => client.user.create({ data: { email, name: email.split('@')[0], role, passwordHash: 'x' } });
  return {
    contributor: await make('ctv@example.vn', 'CONTRIBUTOR'),
    contributor2: await make('ctv2@example.vn', 'CONTRIBUTOR'),
    editor: await make('bientap@example.vn', 'EDITOR'),
    approver: await make('duyet@example.vn', 'APPROVER'),
    approver2: await make('duyet2@example.vn', 'APPROVER'),
    admin: await make('quantri@example.vn', 'ADMIN'),
  };
}

/** The AppError a call is refused with; fails the test when it is not refused. */
export async function refused(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

export const as = (user: { id: number; role: Role } | null): EditorContext => ({ actor: user ? { id: user.id, role: user.role } : null, ip: '10.0.0.9' });

/** What the article form sends for a complete, publishable article. */
export function articleForm(sectionId: number, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Tổng kết phong trào thi đua năm 2026',
    slug: '',
    sapo: 'Sáng nay, Hội đồng Thi đua – Khen thưởng tỉnh tổ chức hội nghị tổng kết.',
    source: '',
    byline: 'Ngọc Hân',
    sectionId,
    tags: ['Thi đua yêu nước'],
    publishedAt: '',
    body: JSON.stringify(paragraphs('Đoạn thứ nhất.', 'Đoạn thứ hai.')),
    leadMediaId: null,
    photos: [],
    attachments: [],
    ...overrides,
  };
}

/** An empty database with the staff and one section, as the editor-area tests start. */
export async function setUpEditorial(client: PrismaClient) {
  await resetDatabase(client);
  const staff = await createStaff(client);
  const sectionId = (await client.section.create({ data: { name: 'Tin hoạt động', slug: 'tin-hoat-dong' } })).id;
  return { staff, sectionId };
}

/**
 * The usual start of an editor-area test file: the test database emptied, with the staff
 * and one section made before the file's tests, and the client closed after them.
 */
export function useEditorial() {
  const editorial = { client: testClient(), staff: undefined as unknown as Awaited<ReturnType<typeof createStaff>>, sectionId: 0 };
  beforeAll(async () => {
    Object.assign(editorial, await setUpEditorial(editorial.client));
  });
  afterAll(() => editorial.client.$disconnect());
  return editorial;
}

/** "ok", or the code of the AppError the work failed with (anything else is rethrown). */
export async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}
