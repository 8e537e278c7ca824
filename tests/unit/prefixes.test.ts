import { describe, expect, it } from 'vitest';
import { isCaptionLine, printedSapo, splitSapoSource, stripCaptionPrefix } from '@/lib/text/prefixes';

describe('"Ảnh:" typed before a caption', () => {
  it('is recognised whatever the spacing, separator, case or Unicode form', () => {
    for (const typed of [
      'Ảnh: Toàn cảnh Hội nghị',
      'Ảnh:Toàn cảnh Hội nghị',
      '  Ảnh :  Toàn cảnh Hội nghị ',
      'ẢNH: Toàn cảnh Hội nghị',
      'ảnh - Toàn cảnh Hội nghị',
      'Ảnh – Toàn cảnh Hội nghị',
      'Ảnh—Toàn cảnh Hội nghị',
      'Ảnh： Toàn cảnh Hội nghị',
      'Ảnh: Ảnh: Toàn cảnh Hội nghị',
      'Ảnh: Toàn cảnh Hội nghị'.normalize('NFD'),
    ]) {
      expect(stripCaptionPrefix(typed), typed).toBe('Toàn cảnh Hội nghị');
    }
  });

  it('leaves captions that only begin with the same letters alone', () => {
    expect(stripCaptionPrefix('Ảnh hưởng của phong trào thi đua')).toBe('Ảnh hưởng của phong trào thi đua');
    expect(stripCaptionPrefix('Anh: Nguyễn Văn A phát biểu')).toBe('Anh: Nguyễn Văn A phát biểu');
    expect(stripCaptionPrefix('Toàn cảnh Hội nghị')).toBe('Toàn cảnh Hội nghị');
  });

  it('tells pasted caption lines from paragraphs', () => {
    expect(isCaptionLine('Ảnh: Các đơn vị ký kết giao ước thi đua năm 2024')).toBe(true);
    expect(isCaptionLine(' ảnh – Toàn cảnh')).toBe(true);
    expect(isCaptionLine('Ảnh:')).toBe(false);
    expect(isCaptionLine('Ảnh hưởng lớn đến phong trào.')).toBe(false);
    expect(isCaptionLine(`Ảnh: ${'dài '.repeat(300)}`)).toBe(false);
  });
});

describe('a source typed before the sapo', () => {
  const split = (sapo: string, source = '', site = 'Anhoa.gov.vn') => splitSapoSource(sapo, source, site);

  it('moves a bracketed prefix to the source field, whatever the dash or spacing', () => {
    for (const typed of [
      '(Vinhlong.gov.vn) – Uỷ ban nhân dân tỉnh tổ chức Hội nghị.',
      '(Vinhlong.gov.vn) - Uỷ ban nhân dân tỉnh tổ chức Hội nghị.',
      '(Vinhlong.gov.vn)- Uỷ ban nhân dân tỉnh tổ chức Hội nghị.',
      '(Vinhlong.gov.vn)–Uỷ ban nhân dân tỉnh tổ chức Hội nghị.',
      ' ( Vinhlong.gov.vn ) — Uỷ ban nhân dân tỉnh tổ chức Hội nghị.',
      '(Vinhlong.gov.vn): Uỷ ban nhân dân tỉnh tổ chức Hội nghị.',
      '(Vinhlong.gov.vn) – (Vinhlong.gov.vn) – Uỷ ban nhân dân tỉnh tổ chức Hội nghị.',
    ]) {
      expect(split(typed), typed).toEqual({ sapo: 'Uỷ ban nhân dân tỉnh tổ chức Hội nghị.', source: 'Vinhlong.gov.vn' });
    }
  });

  it('takes the typed prefix over an older source, and strips an unbracketed known one', () => {
    expect(split('(TTXVN) – Sáng nay…', 'Anhoa.gov.vn')).toEqual({ sapo: 'Sáng nay…', source: 'TTXVN' });
    expect(split('Vinhlong.gov.vn – Sáng nay…', 'Vinhlong.gov.vn')).toEqual({ sapo: 'Sáng nay…', source: 'Vinhlong.gov.vn' });
    expect(split('VINHLONG.GOV.VN - Sáng nay…', 'Vinhlong.gov.vn')).toEqual({ sapo: 'Sáng nay…', source: 'Vinhlong.gov.vn' });
    expect(split('Anhoa.gov.vn – Sáng nay…')).toEqual({ sapo: 'Sáng nay…', source: '' });
  });

  it('leaves a sapo without a prefix as it is', () => {
    expect(split('Sáng 24-11, Ban Dân vận tổng kết – đánh giá phong trào.', 'Anhoa.gov.vn')).toEqual({ sapo: 'Sáng 24-11, Ban Dân vận tổng kết – đánh giá phong trào.', source: 'Anhoa.gov.vn' });
    expect(split('(Theo báo cáo của Sở) năm 2023 có 58 tập thể.')).toEqual({ sapo: '(Theo báo cáo của Sở) năm 2023 có 58 tập thể.', source: '' });
  });

  it('prints the lead once, with the site name when there is no source', () => {
    expect(printedSapo('Sáng nay…', '', 'Anhoa.gov.vn')).toBe('(Anhoa.gov.vn) – Sáng nay…');
    expect(printedSapo('Sáng nay…', 'Vinhlong.gov.vn', 'Anhoa.gov.vn')).toBe('(Vinhlong.gov.vn) – Sáng nay…');
  });
});
