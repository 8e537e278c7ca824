import { describe, expect, it } from 'vitest';
import { sniffDocument } from '@/lib/uploads/sniff-document';

/** A stored (uncompressed) ZIP holding these entries, with a central directory. */
function zip(entries: [string, string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('attachments are recognised by their bytes, not their names', () => {
  it('knows PDF, Word/Excel/PowerPoint (old and new) and OpenDocument', () => {
    expect(sniffDocument(Buffer.from('%PDF-1.7\n…'), 'quyet-dinh.docx')?.mime).toBe('application/pdf');
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(sniffDocument(ole, 'Danh sách.xls')).toEqual({ mime: 'application/vnd.ms-excel', extension: 'xls' });
    expect(sniffDocument(zip([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w/>']]), 'to-trinh.bin')?.extension).toBe('docx');
    expect(sniffDocument(zip([['[Content_Types].xml', '<Types/>'], ['xl/workbook.xml', '<x/>']]), 'a')?.extension).toBe('xlsx');
    expect(sniffDocument(zip([['[Content_Types].xml', '<Types/>'], ['ppt/presentation.xml', '<p/>']]), 'a')?.extension).toBe('pptx');
    expect(sniffDocument(zip([['mimetype', 'application/vnd.oasis.opendocument.text'], ['content.xml', '<o/>']]), 'a')?.extension).toBe('odt');
  });

  it('refuses HTML, scripts, images, plain ZIPs and OLE files with an unknown extension', () => {
    expect(sniffDocument(Buffer.from('<!doctype html><script>alert(1)</script>'), 'bao-cao.pdf')).toBeNull();
    expect(sniffDocument(Buffer.from([0xff, 0xd8, 0xff, 0xe0]), 'anh.doc')).toBeNull();
    expect(sniffDocument(zip([['evil.exe', 'MZ']]), 'bao-cao.docx')).toBeNull();
    expect(sniffDocument(zip([['mimetype', 'application/vnd.oasis.opendocument.textx']]), 'a.odt')).toBeNull();
    expect(sniffDocument(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'setup.msi')).toBeNull();
  });
});
