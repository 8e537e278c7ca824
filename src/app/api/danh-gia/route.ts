import { isDatabaseBusy, isDatabaseUnavailable, AppError } from '@/lib/errors';
import { submitRating } from '@/lib/feedback/ratings';
import { isForeignOrigin } from '@/lib/request-origin';
import { readLimitedBody } from '@/lib/uploads/receive';

// The satisfaction rating's POST. The page's script sends it and reads JSON; without a
// script the browser posts the form and gets a short page of thanks with the way back.
// No account, no cookie; the route stores what ratings.ts says and nothing else.

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(status: number, message: string, back: string | null) {
  const link = back ? `<p><a href="${escape(back)}">Quay lại trang trước</a></p>` : '<p><a href="/">Về trang chủ</a></p>';
  return new Response(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Đánh giá mức độ hài lòng</title></head><body style="font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><h1 style="font-size:1.4rem">Đánh giá mức độ hài lòng</h1><p>${escape(message)}</p>${link}</body></html>`, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const answer = (status: number, message: string, back: string | null) => (wantsJson ? Response.json({ ok: status < 300, message }, { status, headers: { 'Cache-Control': 'no-store' } }) : page(status, message, back));
  if (isForeignOrigin(request)) return answer(403, 'Yêu cầu không hợp lệ.', null);
  let back: string | null = null;
  try {
    const body = await readLimitedBody(request, 8 * 1024, 'Nội dung gửi quá dài.');
    const form = new URLSearchParams(body.toString('utf8'));
    back = (form.get('path') ?? '').startsWith('/') ? (form.get('path') ?? '').split(/[?#]/)[0] : null;
    // A field people never see: whoever fills it is a machine, and is thanked all the same.
    if ((form.get('website') ?? '').trim() !== '') return answer(200, 'Cảm ơn bạn đã đánh giá.', back);
    await submitRating({ path: form.get('path') ?? '', score: form.get('score') ?? '', comment: form.get('comment') ?? '' }, { ip: request.headers.get('x-portal-client-ip') });
    const withComment = (form.get('comment') ?? '').trim() !== '';
    return answer(200, withComment ? 'Cảm ơn bạn; góp ý của bạn đã được ghi nhận.' : 'Cảm ơn bạn đã đánh giá.', back);
  } catch (error) {
    if (error instanceof AppError) return answer(error.status, error.message, back);
    if (isDatabaseUnavailable(error) || isDatabaseBusy(error)) return answer(503, 'Hệ thống đang bận; đánh giá chưa được ghi nhận, vui lòng thử lại sau.', back);
    console.error(error);
    return answer(500, 'Có lỗi ngoài dự kiến; đánh giá chưa được ghi nhận.', back);
  }
}
