import { revalidatePath } from 'next/cache';
import { fromOwnServer } from '@/lib/server/internal-secret';

/**
 * Called once by our own server right after it starts (scripts/serve.mjs): pages cached
 * by an earlier process, or prerendered at build time against another database, are
 * marked stale so the first visitor gets current content. Guarded by a per-process secret.
 */
export async function POST(request: Request) {
  if (!fromOwnServer(request)) return new Response('Không có quyền.', { status: 403 });
  revalidatePath('/', 'layout');
  (globalThis as { __portalPurgePageCache?: () => void }).__portalPurgePageCache?.();
  return Response.json({ ok: true });
}
