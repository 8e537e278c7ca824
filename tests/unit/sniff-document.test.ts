import { describe, expect, it } from 'vitest';
import { sniffDocument } from '@/lib/uploads/sniff-document';
import { zip } from '../support/zip';

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
