import { Readable } from 'node:stream';
import { contentDisposition } from '@/lib/content/attachment-files';
import { responseFileForReader } from '@/lib/consultations/response-files';
import { editorContext, failure } from '@/lib/editor/run-action';
import { getStorage } from '@/lib/storage/storage';

/** Downloads a file sent with a comment: always as a download, sandboxed, never cached. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  try {
    const file = await responseFileForReader(await editorContext(), /^\d{1,9}$/.test(id) ? Number(id) : 0);
    const stored = await getStorage().stream(file.storageKey);
    if (!stored) return new Response('Không tìm thấy tệp.', { status: 404 });
    return new Response(Readable.toWeb(stored.stream) as ReadableStream, {
      headers: {
        'Content-Type': file.mime,
        'Content-Length': String(stored.bytes),
        'Content-Disposition': contentDisposition(file.originalName),
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
      },
    });
  } catch (error) {
    const result = failure(error);
    return new Response(result.error, { status: result.status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  }
}
