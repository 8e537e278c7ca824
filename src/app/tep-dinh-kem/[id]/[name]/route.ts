import { Readable } from 'node:stream';
import { contentDisposition } from '@/lib/content/attachment-files';
import { getAttachmentForEditors, getPublicAttachment } from '@/lib/content/public-attachments';
import { getStorage } from '@/lib/storage/storage';

const notFound = () => new Response('Không tìm thấy tệp đính kèm.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Downloads an attached file: always as a download, never rendered inline. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) return notFound();
  // Files of unpublished articles exist only for signed-in editors (the preview links here).
  const file = (await getPublicAttachment(Number(id))) ?? (await getAttachmentForEditors(Number(id)));
  if (!file) return notFound();
  const stored = await getStorage().stream(file.storageKey);
  if (!stored) return notFound();
  return new Response(Readable.toWeb(stored.stream) as ReadableStream, {
    headers: {
      'Content-Type': file.mime,
      'Content-Length': String(stored.bytes),
      'Content-Disposition': contentDisposition(file.originalName),
      'Cache-Control': file.public ? 'public, max-age=300' : 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      Digest: `sha-256=${Buffer.from(file.checksum, 'hex').toString('base64')}`,
    },
  });
}
