import { AppError } from '@/lib/errors';

/**
 * Reads a request body as it streams in and stops at `limit` bytes: a file that is too
 * big is refused as soon as that is known, without being held or stored. (Server actions
 * cap bodies at 1 MB, so uploads come through route handlers that use this.)
 */
export async function readLimitedBody(request: Request, limit: number, tooLarge: string): Promise<Buffer> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw new AppError('too_large', tooLarge);
  if (!request.body) throw new AppError('bad_request', 'Không nhận được tệp.');
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new AppError('too_large', tooLarge);
    }
    chunks.push(value);
  }
  if (total === 0) throw new AppError('bad_request', 'Tệp rỗng.');
  return Buffer.concat(chunks, total);
}

/** The client's file name, sent URI-encoded in a header (bodies carry only the bytes). */
export function uploadedFileName(request: Request): string {
  const raw = request.headers.get('x-file-name') ?? '';
  try {
    return decodeURIComponent(raw).normalize('NFC').slice(0, 255);
  } catch {
    return '';
  }
}
