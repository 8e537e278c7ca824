import { saveFormDraft } from '@/lib/consultations/form-drafts';
import { AppError, isDatabaseBusy, isDatabaseUnavailable } from '@/lib/errors';
import { QUESTION_FORM_FIELDS } from '@/lib/questions/question-input';
import { newQuestionCode, submitQuestion } from '@/lib/questions/questions';
import { isForeignOrigin } from '@/lib/request-origin';
import { readLimitedBody } from '@/lib/uploads/receive';

// The question form's POST: a 303 to the receipt, or back to the form with a sealed draft
// of what was typed and why it was not accepted (400, 429, 503: never a stack trace).

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
const plain = (status: number, text: string) => new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });

export async function POST(request: Request) {
  if (isForeignOrigin(request)) return plain(403, 'Yêu cầu không hợp lệ.');
  let values: Record<string, string> = {};
  try {
    const body = await readLimitedBody(request, 64 * 1024, 'Câu hỏi quá dài.');
    const form = new URLSearchParams(body.toString('utf8'));
    values = Object.fromEntries(QUESTION_FORM_FIELDS.map((name) => [name, form.get(name) ?? '']));
    // A field people never see: whoever fills it is a machine, and is told nothing.
    if ((form.get('website') ?? '').trim() !== '') return seeOther(`/hoi-dap/da-gui?ma=${newQuestionCode()}`);
    const { receiptCode } = await submitQuestion(values, { ip: request.headers.get('x-portal-client-ip') });
    return seeOther(`/hoi-dap/da-gui?ma=${receiptCode}`);
  } catch (error) {
    const failure =
      error instanceof AppError
        ? { status: error.status, message: error.message, errors: error.fieldErrors ?? {} }
        : isDatabaseUnavailable(error) || isDatabaseBusy(error)
          ? { status: 503, message: 'Hệ thống đang bận; câu hỏi chưa được lưu, vui lòng thử lại sau ít phút.', errors: {} }
          : (console.error(error), { status: 500, message: 'Có lỗi ngoài dự kiến; câu hỏi chưa được lưu, vui lòng thử lại.', errors: {} });
    try {
      const draft = await saveFormDraft({ values, errors: failure.errors, message: failure.message, status: failure.status });
      return seeOther(`/hoi-dap/dat-cau-hoi?nhap=${draft}`);
    } catch {
      return plain(failure.status, failure.message);
    }
  }
}
