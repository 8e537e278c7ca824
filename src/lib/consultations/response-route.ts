import 'server-only';
import { isDatabaseBusy, isDatabaseUnavailable, AppError } from '@/lib/errors';
import { isForeignOrigin } from '@/lib/request-origin';
import { readLimitedBody } from '@/lib/uploads/receive';
import { saveFormDraft } from './form-drafts';
import { RESPONSE_LIMITS, responseFieldsOf } from './response-input';
import { newReceiptCode, submitResponse, type IncomingFile } from './responses';

// The comment form's POST. With JavaScript the page's script sends it and reads JSON (the
// form, files included, stays as typed); without, the browser posts and follows a 303:
// to the receipt, or back to the form with a sealed draft of what was typed and why not.
// Either way the status says what happened: 400, 404, 409, 413, 429.

const BODY_LIMIT = RESPONSE_LIMITS.files * RESPONSE_LIMITS.fileBytes + 512 * 1024;

function failureOf(error: unknown): { status: number; message: string; fieldErrors: Record<string, string[]> } {
  if (error instanceof AppError) return { status: error.status, message: error.message, fieldErrors: error.fieldErrors ?? {} };
  if (isDatabaseUnavailable(error) || isDatabaseBusy(error)) return { status: 503, message: 'Hệ thống đang bận; góp ý của bạn chưa được lưu, vui lòng thử lại sau ít phút.', fieldErrors: {} };
  console.error(error);
  return { status: 500, message: 'Có lỗi ngoài dự kiến; góp ý của bạn chưa được lưu, vui lòng thử lại.', fieldErrors: {} };
}

export async function handleResponsePost(request: Request, slug: string): Promise<Response> {
  const wantsJson = (request.headers.get('accept') ?? '').includes('application/json');
  const formPath = `/lay-y-kien/${encodeURIComponent(slug)}/gop-y`;
  const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
  if (isForeignOrigin(request)) {
    return Response.json({ ok: false, error: 'Yêu cầu không hợp lệ.' }, { status: 403 });
  }
  let values: Record<string, string> = {};
  try {
    const body = await readLimitedBody(request, BODY_LIMIT, 'Tổng dung lượng tệp gửi kèm quá lớn (tối đa 3 tệp, mỗi tệp 10 MB).');
    const form = await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData().catch(() => {
      throw new AppError('bad_request', 'Biểu mẫu gửi lên không đọc được; vui lòng thử lại.');
    });
    values = responseFieldsOf(form);
    // A field people never see: whoever fills it is a machine, and is told nothing.
    const trap = form.get('website');
    if (typeof trap === 'string' && trap.trim() !== '') {
      const decoy = newReceiptCode();
      return wantsJson ? Response.json({ ok: true, receiptCode: decoy, location: `${formPath}/da-gui?ma=${decoy}` }) : seeOther(`${formPath}/da-gui?ma=${decoy}`);
    }
    const files: IncomingFile[] = [];
    for (const entry of form.getAll('files')) {
      if (typeof entry !== 'string' && entry.size > 0) files.push({ name: entry.name, bytes: Buffer.from(await entry.arrayBuffer()) });
    }
    const ip = request.headers.get('x-portal-client-ip');
    const { receiptCode } = await submitResponse(slug, values, files, { ip });
    const location = `${formPath}/da-gui?ma=${receiptCode}`;
    return wantsJson ? Response.json({ ok: true, receiptCode, location }, { headers: { 'Cache-Control': 'no-store' } }) : seeOther(location);
  } catch (error) {
    const failure = failureOf(error);
    if (wantsJson) return Response.json({ ok: false, error: failure.message, fieldErrors: failure.fieldErrors }, { status: failure.status, headers: { 'Cache-Control': 'no-store' } });
    if (failure.status === 404) return new Response(failure.message, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    try {
      const draft = await saveFormDraft({ values, errors: failure.fieldErrors, message: failure.message, status: failure.status });
      return seeOther(`${formPath}?nhap=${draft}`);
    } catch {
      return new Response(failure.message, { status: failure.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    }
  }
}
