'use server';

import { revalidatePath } from 'next/cache';
import { TAGS } from '@/lib/content/cache-tags';
import { refreshTags } from '@/lib/content/invalidate';
import { formInt, formString } from '@/lib/editor/form-values';
import { runAction } from '@/lib/editor/run-action';
import { assignQuestion, declineQuestion, publishAnswer, returnAnswer, submitAnswer } from '@/lib/questions/question-workflow';
import type { FormResult } from './admin-actions';

// The newsroom's steps on a citizen's question, for useActionState. The data layer checks
// the permission table, the state and the version, and records each step.

export async function questionStepAction(_: FormResult, form: FormData): Promise<FormResult> {
  return runAction(async (ctx) => {
    const id = formInt(form, 'id');
    const version = formInt(form, 'version');
    const step = formString(form, 'step');
    revalidatePath(`/quan-tri/hoi-dap/${id}`);
    if (step === 'assign') {
      await assignQuestion(ctx, id, version, formInt(form, 'assigneeId'));
      return 'Đã giao câu hỏi.';
    }
    if (step === 'answer') {
      await submitAnswer(ctx, id, version, formString(form, 'answer'));
      return 'Đã gửi câu trả lời để duyệt.';
    }
    if (step === 'publish') {
      await publishAnswer(ctx, id, version);
      refreshTags([TAGS.questions]);
      return 'Đã công bố câu trả lời: người hỏi tra cứu được bằng mã, và câu hỏi đã có trên trang Hỏi đáp.';
    }
    if (step === 'return') {
      await returnAnswer(ctx, id, version, formString(form, 'comment'));
      return 'Đã trả lại người soạn.';
    }
    if (step === 'decline') {
      await declineQuestion(ctx, id, version, formString(form, 'reason'));
      return 'Đã ghi nhận: người hỏi sẽ thấy lý do khi tra cứu.';
    }
    throw new Error('Unknown step');
  });
}
