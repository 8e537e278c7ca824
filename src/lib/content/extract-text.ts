import 'server-only';
import { cleanLine, nfc } from '@/lib/text/normalize';
import { docxText } from './docx-text';

/** Enough for any decision or plan; the rest of a huge file is not indexed. */
const MAX_TEXT = 500_000;

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function tidy(text: string): string {
  return nfc(text)
    .split('\n')
    .map(cleanLine)
    .filter(Boolean)
    .join('\n')
    .slice(0, MAX_TEXT);
}

/**
 * The text inside an attached PDF or DOCX, for search. A file without a text layer (a
 * scanned PDF) or one that cannot be read gives "": it is simply not indexed.
 */
export async function extractDocumentText(bytes: Buffer, mime: string): Promise<string> {
  try {
    if (mime === 'application/pdf') {
      const { extractText, getDocumentProxy } = await import('unpdf');
      const pdf = await getDocumentProxy(new Uint8Array(bytes));
      const { text } = await extractText(pdf, { mergePages: true });
      return tidy(text);
    }
    if (mime === DOCX) return tidy(docxText(bytes));
    return '';
  } catch (error) {
    console.warn(`Could not extract text from a ${mime} file:`, (error as Error).message);
    return '';
  }
}
