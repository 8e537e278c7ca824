import { describe, expect, it } from 'vitest';
import { isSlug, numberSlug, slugify } from '@/lib/text/slug';

describe('slugify', () => {
  it('drops diacritics and maps đ to d', () => {
    expect(slugify('Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023')).toBe('hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2023');
    expect(slugify('ĐỒNG CHÍ Đặng Văn Đức')).toBe('dong-chi-dang-van-duc');
  });

  it('gives the same slug for NFD (combining) input', () => {
    const nfd = 'Thi đua yêu nước'.normalize('NFD');
    expect(nfd).not.toBe('Thi đua yêu nước');
    expect(slugify(nfd)).toBe('thi-dua-yeu-nuoc');
  });

  it('collapses punctuation and trims dashes', () => {
    expect(slugify('  “Dân vận khéo” – lan tỏa!  ')).toBe('dan-van-kheo-lan-toa');
    expect(slugify('!!!')).toBe('');
  });

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('thi đua '.repeat(40), 50);
    expect(slug.length).toBeLessThanOrEqual(50);
    expect(slug.endsWith('-')).toBe(false);
    expect(isSlug(slug)).toBe(true);
  });

  it('recognizes slugs', () => {
    expect(isSlug('thi-dua-2024')).toBe(true);
    expect(isSlug('Thi-dua')).toBe(false);
    expect(isSlug('a--b')).toBe(false);
    expect(isSlug('')).toBe(false);
    expect(isSlug('a'.repeat(121))).toBe(false);
  });
});

describe('numberSlug', () => {
  it('names a document by its number, adding the year only when the number lacks it', () => {
    expect(numberSlug('163/QĐ-UBND', '2024-04-27')).toBe('163-qd-ubnd-2024');
    expect(numberSlug('98/2023/NĐ-CP', '2023-12-26')).toBe('98-2023-nd-cp');
    expect(numberSlug('06/2022/QH15', '2022-06-15')).toBe('06-2022-qh15');
  });
});
