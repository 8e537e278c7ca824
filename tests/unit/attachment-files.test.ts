import { describe, expect, it } from 'vitest';
import { attachmentUrl, contentDisposition, fileTypeLabel, safeFileName } from '@/lib/content/attachment-files';
import { formatBytes, formatNumber } from '@/lib/text/format';

describe('attachment files', () => {
  it('keeps Vietnamese names readable and safe', () => {
    expect(safeFileName('Quyết định khen thưởng.pdf')).toBe('Quyết định khen thưởng.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('etc passwd');
    expect(safeFileName('a\u0000b<c>.pdf')).toBe('a b c .pdf');
    expect(safeFileName('   ')).toBe('tep-dinh-kem');
    expect(safeFileName(`${'dài '.repeat(100)}.docx`).length).toBeLessThanOrEqual(150);
  });

  it('builds a Content-Disposition with an ASCII fallback and the UTF-8 name', () => {
    const header = contentDisposition('Quyết định "khen" thưởng.pdf');
    expect(header).toMatch(/^attachment; filename="quyet-dinh-khen-thuong\.pdf"; filename\*=UTF-8''/);
    expect(header).not.toContain('"khen"');
    expect(decodeURIComponent(header.split("UTF-8''")[1])).toBe('Quyết định khen thưởng.pdf');
  });

  it('labels file types for people', () => {
    expect(fileTypeLabel('application/pdf', 'a.pdf')).toBe('PDF');
    expect(fileTypeLabel('application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'a.docx')).toBe('Word');
    expect(fileTypeLabel('application/vnd.ms-excel', 'a.xls')).toBe('Excel');
    expect(fileTypeLabel('application/octet-stream', 'bang.odt')).toBe('ODT');
  });

  it('links to a download URL', () => {
    expect(attachmentUrl({ id: 5, fileName: 'Báo cáo.pdf' })).toBe(`/tep-dinh-kem/5/${encodeURIComponent('Báo cáo.pdf')}`);
  });

  it('formats numbers and sizes the Vietnamese way', () => {
    expect(formatNumber(5000)).toBe('5.000');
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1,5 KB');
    expect(formatBytes(2_400_000)).toBe('2,3 MB');
  });
});
