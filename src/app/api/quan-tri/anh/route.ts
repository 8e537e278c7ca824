import { runRoute } from '@/lib/editor/run-action';
import { MAX_IMAGE_BYTES } from '@/lib/media/ingest-image';
import { readLimitedBody, uploadedFileName } from '@/lib/uploads/receive';
import { uploadPhoto } from '@/lib/uploads/store-upload';
import { assertCan } from '@/lib/auth/permissions';

/** Uploads one photo: the raw bytes as the body, the file name URI-encoded in X-File-Name. */
export function POST(request: Request) {
  return runRoute(request, async (ctx) => {
    assertCan(ctx.actor, 'media.upload'); // before reading a byte of the body
    const bytes = await readLimitedBody(request, MAX_IMAGE_BYTES, 'Ảnh vượt quá 25 MB.');
    return uploadPhoto(ctx, bytes, uploadedFileName(request));
  });
}
