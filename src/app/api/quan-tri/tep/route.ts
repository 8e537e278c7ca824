import { assertCan } from '@/lib/auth/permissions';
import { runRoute } from '@/lib/editor/run-action';
import { readLimitedBody, uploadedFileName } from '@/lib/uploads/receive';
import { MAX_ATTACHMENT_BYTES, uploadAttachment } from '@/lib/uploads/store-upload';

/** Uploads one attachment ("File đính kèm"): raw bytes as the body, the name in X-File-Name. */
export function POST(request: Request) {
  return runRoute(request, async (ctx) => {
    assertCan(ctx.actor, 'media.upload'); // before reading a byte of the body
    const bytes = await readLimitedBody(request, MAX_ATTACHMENT_BYTES, 'Tệp đính kèm vượt quá 50 MB.');
    return uploadAttachment(ctx, bytes, uploadedFileName(request));
  });
}
