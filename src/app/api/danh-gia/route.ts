import { isDatabaseBusy, isDatabaseUnavailable, AppError } from '@/lib/errors';
import { submitRating } from '@/lib/feedback/ratings';
import { isForeignOrigin } from '@/lib/request-origin';
import { readLimitedBody } from '@/lib/uploads/receive';

// The satisfaction rating's POST. The page's script sends it and reads JSON; without a
// script the browser posts the form and gets a short page of thanks with the way back.
// No account, no cookie; the route stores what ratings.ts says and nothing else.

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** After a tap without a comment, the way to add one (readers' pages carry no script, so this is the usual path). */
function commentForm(path: string, score: string) {
  return (
    `<form method="post" action="/api/danh-gia"><input type="hidden" name="path" value="${escape(path)}"><input type="hidden" name="score" value="${escape(score)}">` +
    '<label for="gop-y" style="display:block;font-weight:600">Góp ý thêm để trang tốt hơn (không bắt buộc)</label>' +
    '<textarea id="gop-y" name="comment" rows="4" maxlength="1000" style="display:block;width:100%;box-sizing:border-box;margin-top:.25rem;font:inherit;padding:.5rem"></textarea>' +
    '<button type="submit" style="margin-top:.5rem;min-height:44px;padding:0 1rem;font:inherit;font-weight:600;color:#fff;background:#9b1c1c;border:0;border-radius:4px">Gửi góp ý</button></form>'
  );
}

function page(status: number, message: string, back: string | null, extra = '') {
  const link = back ? `<p><a href="${escape(back)}">Quay lại trang trước</a></p>` : '<p><a href="/">Về trang chủ</a></p>';
  return new Response(`<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Đánh giá mức độ hài lòng</title></head><body style="font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><main><h1 style="font-size:1.4rem">Đánh giá mức độ hài lòng</h1><p role="status">${escape(message)}</p>${extra}${link}</main></body></html>`, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export async function POST(request: Request) {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const answer = (status: number, message: string, back: string | null, extra = '') => (wantsJson ? Response.json({ ok: status < 300, message }, { status, headers: { 'Cache-Control': 'no-store' } }) : page(status, message, back, extra));
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
    if (withComment) return answer(200, 'Cảm ơn bạn; góp ý của bạn đã được ghi nhận.', back);
    return answer(200, 'Cảm ơn bạn đã đánh giá.', back, back ? commentForm(back, form.get('score') ?? '') : '');
  } catch (error) {
    if (error instanceof AppError) return answer(error.status, error.message, back);
    if (isDatabaseUnavailable(error) || isDatabaseBusy(error)) return answer(503, 'Hệ thống đang bận; đánh giá chưa được ghi nhận, vui lòng thử lại sau.', back);
    console.error(error);
    return answer(500, 'Có lỗi ngoài dự kiến; đánh giá chưa được ghi nhận.', back);
  }
}
