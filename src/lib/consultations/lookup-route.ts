import 'server-only';
import { isForeignOrigin } from '@/lib/request-origin';
import { readLimitedBody } from '@/lib/uploads/receive';
import { saveFormDraft } from './form-drafts';
import { lookupResponse } from './responses';

// The status lookup's POST: the code and the email or phone never go into an address; the
// answer comes back to /tra-cuu-gop-y through a sealed draft that lasts an hour.

export async function handleLookupPost(request: Request): Promise<Response> {
  if (isForeignOrigin(request)) return new Response('Yêu cầu không hợp lệ.', { status: 403 });
  const body = await readLimitedBody(request, 16 * 1024, 'Yêu cầu quá lớn.').catch(() => Buffer.alloc(0));
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData().catch(() => new FormData());
  const code = String(form.get('code') ?? '').slice(0, 40);
  const contact = String(form.get('contact') ?? '').slice(0, 254);
  const errors: Record<string, string[]> = {};
  if (!code.trim()) errors.code = ['Vui lòng nhập mã tiếp nhận (ví dụ: GY-2026-7K3Q9M2X).'];
  if (!contact.trim()) errors.contact = ['Vui lòng nhập thư điện tử hoặc số điện thoại đã khai khi gửi góp ý.'];
  const found = Object.keys(errors).length === 0 ? await lookupResponse(code, contact) : null;
  const message = Object.keys(errors).length > 0 ? 'Vui lòng nhập đủ các mục.' : found ? '' : 'Không tìm thấy góp ý với mã tiếp nhận và thông tin liên hệ này. Vui lòng kiểm tra lại.';
  const draft = await saveFormDraft({
    values: { code, contact },
    errors,
    message,
    status: found ? 200 : Object.keys(errors).length > 0 ? 400 : 404,
    result: found
      ? { receiptCode: found.receiptCode, status: found.status, submittedAt: found.submittedAt, handledAt: found.handledAt, title: found.consultation.title, slug: found.consultation.slug, candidateName: found.candidateName }
      : undefined,
  });
  return new Response(null, { status: 303, headers: { Location: `/tra-cuu-gop-y?ket-qua=${draft}`, 'Cache-Control': 'no-store' } });
}
