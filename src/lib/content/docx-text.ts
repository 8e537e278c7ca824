import 'server-only';
import { decodeXmlText } from '@/lib/text/xml-text';
import { readZipEntry } from '@/lib/uploads/zip-directory';

// The words of a Word document (DOCX), for search: its main part, word/document.xml,
// inflated with a hard cap on what it may grow to (whatever its directory claims), and
// the text of its paragraphs. Layout, styles and pictures are of no use to search.

const MAX_XML_BYTES = 32 * 1024 * 1024;

/** Paragraph by paragraph: the text runs (w:t), tabs and line breaks of each w:p. */
export function wordXmlText(xml: string): string {
  return xml
    .split('</w:p>')
    .map((paragraph) => {
      let text = '';
      for (const match of paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(tab|br|cr)\s*\/>/g)) {
        text += match[1] !== undefined ? decodeXmlText(match[1]) : match[2] === 'tab' ? '\t' : '\n';
      }
      return text;
    })
    .join('\n');
}

/** The document's text, or "" when it has no main part. Throws when the part would inflate past the cap. */
export function docxText(bytes: Buffer): string {
  const xml = readZipEntry(bytes, 'word/document.xml', MAX_XML_BYTES);
  return xml === null ? '' : wordXmlText(xml.toString('utf8'));
}
