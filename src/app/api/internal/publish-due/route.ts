import { refreshPublicPages } from '@/lib/content/invalidate';
import { publishDueArticles } from '@/lib/editor/workflow';
import { fromOwnServer } from '@/lib/server/internal-secret';

/**
 * Scheduled articles whose time has come: settled as published and their pages refreshed.
 * Our server calls this when its periodic check finds any (and so also right after a
 * start, catching up on whatever fell due while it was down).
 */
export async function POST(request: Request) {
  if (!fromOwnServer(request)) return new Response('Không có quyền.', { status: 403 });
  const { ids, change } = await publishDueArticles();
  if (ids.length > 0) await refreshPublicPages(change);
  return Response.json({ ok: true, published: ids });
}
