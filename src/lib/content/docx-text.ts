import 'server-only';
import { inflateRawSync } from 'node:zlib';
import { zipEntries } from '@/lib/uploads/zip-directory';

// The words of a Word document (DOCX), for search: its main part, word/document.xml,
// inflated with a hard cap on what it may grow to (whatever its directory claims), and
// the text of its paragraphs. Layout, styles and pictures are of no use to search.

const MAX_XML_BYTES = 32 * 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** Paragraph by paragraph: the text runs (w:t), tabs and line breaks of each w:p. */
export function wordXmlText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((paragraph) => {
      let text = '';
      for (const match of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\s*\/>/g)) {
        text += match[1] !== undefined ? decode(match[1]) : match[2] === 'tab' ? '\t' : '\n';
      }
      return text;
    })
    .join('\n');
}

/** The document's text, or "" when it has no main part. Throws when the part would inflate past the cap. */
export function docxText(bytes: Buffer): string {
  const entry = zipEntries(bytes).find((e) => e.name === 'word/document.xml');
  if (!entry || entry.localOffset + 30 > bytes.length || bytes.readUInt32LE(entry.localOffset) !== 0x04034b50) return '';
  const start = entry.localOffset + 30 + bytes.readUInt16LE(entry.localOffset + 26) + bytes.readUInt16LE(entry.localOffset + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return wordXmlText(data.toString('utf8'));
  if (entry.method !== 8) return '';
  return wordXmlText(inflateRawSync(data, { maxOutputLength: MAX_XML_BYTES }).toString('utf8'));
}
