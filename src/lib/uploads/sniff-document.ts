// Which office document a file is, by its bytes: PDF by its header, Word/Excel/PowerPoint
// 97–2003 by the OLE2 signature (the name's extension picks which of the three), OOXML and
// OpenDocument by what their ZIP container holds. Anything else is refused, whatever the
// file is called.

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

/** File names in a ZIP's central directory (enough to tell OOXML kinds apart). */
export function zipEntryNames(bytes: Buffer, limit = 2000): string[] {
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  const start = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= start; i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < Math.min(count, limit) && offset + 46 <= bytes.length; n += 1) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) break;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    names.push(bytes.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

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
    const names = zipEntryNames(bytes);
    if (!names.includes('[Content_Types].xml')) return null;
    if (names.some((name) => name.startsWith('word/'))) return { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extension: 'docx' };
    if (names.some((name) => name.startsWith('xl/'))) return { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' };
    if (names.some((name) => name.startsWith('ppt/'))) return { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extension: 'pptx' };
  }
  return null;
}
