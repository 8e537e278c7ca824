import 'server-only';
import { headers } from 'next/headers';
import { getActor } from '@/lib/auth/session';
import { isForeignOrigin } from '@/lib/request-origin';
import { AppError, isDatabaseBusy, isDatabaseUnavailable } from '@/lib/errors';
import { ConflictError } from './article-store';
import type { EditorContext } from './context';
import type { EditableArticle } from './editable-article';

// The one way server actions and route handlers of the editor area run: they get the
// signed-in user and client address, and every failure becomes a Vietnamese message
// (never a stack trace). Authorization itself happens in the data layer (assertCan).

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; status: number; fieldErrors?: Record<string, string[]>; conflict?: EditableArticle };

export async function editorContext(): Promise<EditorContext> {
  const [actor, list] = await Promise.all([getActor(), headers()]);
  return { actor, ip: list.get('x-portal-client-ip'), sessionId: actor?.sessionId ?? null };
}

export function failure(error: unknown): Extract<ActionResult<never>, { ok: false }> {
  if (error instanceof AppError) {
    return {
      ok: false,
      error: error.message,
      status: error.status,
      fieldErrors: error.fieldErrors,
      conflict: error instanceof ConflictError ? error.current : undefined,
    };
  }
  if (isDatabaseUnavailable(error)) return { ok: false, error: 'Cơ sở dữ liệu tạm thời không truy cập được; dữ liệu của bạn chưa được lưu, vui lòng thử lại.', status: 503 };
  if (isDatabaseBusy(error)) return { ok: false, error: 'Hệ thống đang bận; dữ liệu của bạn chưa được lưu và vẫn còn trên trang, vui lòng thử lại sau ít giây.', status: 503 };
  console.error(error);
  return { ok: false, error: 'Có lỗi ngoài dự kiến; dữ liệu của bạn chưa được lưu, vui lòng thử lại.', status: 500 };
}

export async function runAction<T>(work: (ctx: EditorContext) => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work(await editorContext()) };
  } catch (error) {
    return failure(error);
  }
}

/** For route handlers: the same, answered as JSON with the matching status. */
export async function runRoute(request: Request, work: (ctx: EditorContext) => Promise<unknown>): Promise<Response> {
  // Cookies are SameSite=Lax already; a foreign Origin is refused outright as well.
  if (isForeignOrigin(request)) {
    return Response.json({ ok: false, error: 'Yêu cầu không hợp lệ.' }, { status: 403 });
  }
  const result = await runAction(work);
  return Response.json(result, { status: result.ok ? 200 : result.status, headers: { 'Cache-Control': 'no-store' } });
}
