// Which office document a file is, by its bytes: PDF by its header, Word/Excel/PowerPoint
// 97–2003 by the OLE2 signature (the name's extension picks which of the three), OOXML and
// OpenDocument by what their ZIP container holds. Anything else is refused, whatever the
// file is called.

import { zipEntries } from './zip-directory';

export type DocumentType = { mime: string; extension: string };

const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const OLE_TYPES: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

const OPEN_DOCUMENT: Record<string, string> = {
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
};

export function sniffDocument(bytes: Buffer, fileName: string): DocumentType | null {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (bytes.length >= 5 && bytes.toString('latin1', 0, 5) === '%PDF-') return { mime: 'application/pdf', extension: 'pdf' };
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(OLE2)) {
    return OLE_TYPES[extension] ? { mime: OLE_TYPES[extension], extension } : null;
  }
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    // OpenDocument stores its type, uncompressed, as the first entry "mimetype".
    if (bytes.toString('latin1', 30, 38) === 'mimetype') {
      const declared = bytes.toString('latin1', 38, 38 + 60).replace(/[^a-z0-9./-].*$/s, '');
      const type = Object.keys(OPEN_DOCUMENT).find((mime) => declared.startsWith(mime) && declared.length === mime.length);
      return type ? { mime: type, extension: OPEN_DOCUMENT[type] } : null;
    }
    const names = zipEntries(bytes).map((entry) => entry.name);
    if (!names.includes('[Content_Types].xml')) return null;
    if (names.some((name) => name.startsWith('word/'))) return { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
    if (names.some((name) => name.startsWith('xl/'))) return { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
    if (names.some((name) => name.startsWith('ppt/'))) return { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' };
  }
  return null;
}
