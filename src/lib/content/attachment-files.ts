import { slugify } from '@/lib/text/slug';
import { nfc } from '@/lib/text/normalize';

const TYPE_LABELS: [RegExp, string][] = [
  [/pdf/, 'PDF'],
  [/wordprocessingml|msword|opendocument\.text/, 'Word'],
  [/spreadsheetml|ms-excel|opendocument\.spreadsheet/, 'Excel'],
  [/presentationml|ms-powerpoint/, 'PowerPoint'],
];

/** "PDF", "Word", "Excel"… for people; falls back to the file's extension. */
export function fileTypeLabel(mime: string, fileName: string): string {
  const match = TYPE_LABELS.find(([pattern]) => pattern.test(mime));
  if (match) return match[1];
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1];
  return extension ? extension.toUpperCase() : 'Tệp';
}

/**
 * A file name safe to offer for download: Vietnamese letters kept, path separators,
 * control and shell-special characters removed, length bounded, extension kept.
 */
export function safeFileName(name: string, fallback = 'tep-dinh-kem'): string {
  const cleaned = nfc(name.replace(/[\u0000-\u001f\u007f"*/:<>?\\|]+/g, ' '))
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .trim();
  if (!cleaned) return fallback;
  if (cleaned.length <= 150) return cleaned;
  const ext = /\.[^.]{1,5}$/.exec(cleaned)?.[0] ?? '';
  return cleaned.slice(0, 150 - ext.length).trim() + ext;
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(name: string): string {
  const safe = safeFileName(name);
  const ext = /\.([A-Za-z0-9]{1,5})$/.exec(safe)?.[1]?.toLowerCase();
  const asciiBase = slugify(safe.replace(/\.[^.]{1,5}$/, '')) || 'tep-dinh-kem';
  const ascii = ext ? `${asciiBase}.${ext}` : asciiBase;
  const encoded = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function attachmentUrl(file: { id: number; fileName: string }): string {
  return `/tep-dinh-kem/${file.id}/${encodeURIComponent(safeFileName(file.fileName))}`;
}
