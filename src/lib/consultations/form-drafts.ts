import 'server-only';
import { randomBytes } from 'node:crypto';
import { open, seal } from '@/lib/auth/secret-box';
import { db } from '@/lib/db';

// A public form sent without JavaScript (the browser posts and follows a redirect) that
// could not be accepted comes back with what was typed and why: the redirect names a
// draft, sealed in the database for an hour, never in the address bar or a cookie.

export type FormDraftData = { values: Record<string, string>; errors: Record<string, string[]>; message: string; status: number; result?: Record<string, string | null> };

const TTL_MS = 3600_000;

export async function saveFormDraft(data: FormDraftData, now = new Date()): Promise<string> {
  const id = randomBytes(18).toString('base64url');
  await db.formDraft.create({ data: { id, payload: seal(JSON.stringify(data)), expiresAt: new Date(now.getTime() + TTL_MS) } });
  return id;
}

export async function readFormDraft(id: string | undefined, now = new Date()): Promise<FormDraftData | null> {
  if (!id || !/^[A-Za-z0-9_-]{24}$/.test(id)) return null;
  const row = await db.formDraft.findUnique({ where: { id } });
  if (!row || row.expiresAt <= now) return null;
  const plain = open(row.payload);
  return plain ? (JSON.parse(plain) as FormDraftData) : null;
}

export async function deleteExpiredFormDrafts(now = new Date()) {
  await db.formDraft.deleteMany({ where: { expiresAt: { lte: now } } });
}
