import { timingSafeEqual } from 'node:crypto';
import { revalidatePath } from 'next/cache';

/**
 * Called once by our own server right after it starts (server.ts): pages cached by an
 * earlier process, or prerendered at build time against another database, are marked
 * stale so the first visitor gets current content. Guarded by a per-process secret.
 */
export async function POST(request: Request) {
  const secret = process.env.PORTAL_INTERNAL_SECRET ?? '';
  const given = request.headers.get('x-portal-internal') ?? '';
  if (!secret || given.length !== secret.length || !timingSafeEqual(Buffer.from(given), Buffer.from(secret))) {
    return new Response('Không có quyền.', { status: 403 });
  }
  revalidatePath('/', 'layout');
  (globalThis as { __portalPurgePageCache?: () => void }).__portalPurgePageCache?.();
  return Response.json({ ok: true });
}
