import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, cleanQuery, parseQuery, tsQueries } from '@/lib/search/query';
import { coverage, highlight, snippet } from '@/lib/search/highlight';
import { parseSearchRequest, parseVietnamDate } from '@/lib/search/search-params';

const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text);

describe('parseQuery', () => {
  it('folds diacritics, đ, case and Unicode form to the same words', () => {
    for (const typed of ['thi dua', 'THI ĐUA', 'thi đua', 'Thi Đua'.normalize('NFD')]) {
      expect(parseQuery(typed), typed).toMatchObject({ tokens: ['thi', 'dua'] });
    }
    expect(parseQuery('Đồng chí')).toMatchObject({ tokens: ['dong', 'chi'] });
  });

  it('splits numbers written with separators into the words the search text is stored as', () => {
    expect(parseQuery('98/2023/NĐ-CP')).toMatchObject({ tokens: ['98', '2023', 'nd', 'cp'] });
    expect(parseQuery('163/QĐ-UBND')).toMatchObject({ tokens: ['163', 'qd', 'ubnd'] });
    for (const typed of ['2025-2030', '2025–2030', '2025—2030', '2025 - 2030']) expect(parseQuery(typed), typed).toMatchObject({ tokens: ['2025', '2030'] });
    expect(parseQuery('nhiệm kỳ 2020–2025')).toMatchObject({ tokens: ['nhiem', 'ky', '2020', '2025'] });
  });

  it('marks a number and its separators as one', () => {
    expect(marked(highlight('Nhiệm kỳ 2025-2030, theo Nghị định 98/2023/NĐ-CP.', ['2025', '2030', '98', '2023', 'nd', 'cp']))).toEqual(['2025-2030', '98/2023/NĐ-CP']);
    expect(marked(highlight('Năm 2025 - năm 2030', ['2025', '2030']))).toEqual(['2025', '2030']);
  });

  it('turns anything typed into tsquery text made only of words', () => {
    const parsed = parseQuery(`thi & dua | !(khen) : * <-> 'x'; DROP TABLE "Article"; --`);
    expect(typeof parsed).toBe('object');
    const q = tsQueries((parsed as { tokens: string[] }).tokens, true);
    for (const text of Object.values(q)) expect(text).toMatch(/^[a-z0-9:*& <\->]+$/);
    expect(q.all).toBe('thi & dua & khen & x & drop & table & article:*');
    expect(tsQueries(['thi', 'dua'], false)).toEqual({ all: 'thi & dua', phrase: 'thi <-> dua' });
    expect(tsQueries(['thi', 'du'], true)).toEqual({ all: 'thi & du:*', phrase: 'thi <-> du:*' });
  });

  it('names what is wrong with unusable input', () => {
    expect(parseQuery('')).toBe('empty');
    expect(parseQuery('   \u0000\u0007 ')).toBe('empty');
    expect(parseQuery('a')).toBe('too_short');
    expect(parseQuery('!!! ??? ... «»')).toBe('no_words');
    expect(parseQuery('😀🎉')).toBe('no_words');
  });

  it('cuts very long queries instead of refusing them', () => {
    const parsed = parseQuery('thi đua '.repeat(2000));
    expect(typeof parsed).toBe('object');
    expect(cleanQuery('x'.repeat(10_000)).length).toBe(MAX_QUERY_LENGTH);
  });
});

describe('highlighting in the original text', () => {
  it('marks matches whether or not the query had diacritics', () => {
    expect(marked(highlight('Hội nghị tổng kết công tác thi đua, khen thưởng', ['thi', 'dua', 'khen', 'thuong']))).toEqual(['thi đua', 'khen thưởng']);
    expect(marked(highlight('Đồng chí Nguyễn Văn A', ['dong', 'chi']))).toEqual(['Đồng chí']);
    expect(marked(highlight('Cộng hòa xã hội chủ nghĩa Việt Nam', ['viet', 'nam']))).toEqual(['Việt Nam']);
  });

  it('marks whole words only, the last word also as a prefix', () => {
    expect(marked(highlight('thi đua, thiếu, thị trường', ['thi']))).toEqual(['thi', 'thị']);
    expect(marked(highlight('thi đua, thiếu, thị trường', ['thi'], true))).toEqual(['thi', 'thiếu', 'thị']);
    expect(marked(highlight('thi đua', ['thi', 'du']))).toEqual(['thi']);
    expect(marked(highlight('thi đua', ['thi', 'du'], true))).toEqual(['thi đua']);
  });

  it('cuts a snippet around the matches', () => {
    const text = `${'mở đầu '.repeat(100)}danh hiệu Chiến sĩ thi đua toàn quốc${' kết thúc'.repeat(100)}`;
    const parts = snippet(text, ['chien', 'si'])!;
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(joined.length).toBeLessThan(260);
    expect(marked(parts)).toEqual(['Chiến sĩ']);
    expect(snippet('không có gì', ['xyz'])).toBeNull();
  });

  it('counts how many words a text holds', () => {
    expect(coverage('Bà Trần Thị Mỹ Duyên, giáo viên', ['tran', 'thi', 'my', 'duyen'])).toBe(4);
    expect(coverage('Ban Thi đua', ['tran', 'thi', 'my', 'duyen'])).toBe(1);
  });
});

describe('search filters', () => {
  it('reads Vietnam dates', () => {
    expect(parseVietnamDate('27/04/2024')?.toISOString()).toBe('2024-04-26T17:00:00.000Z');
    expect(parseVietnamDate('1/4/2024')?.toISOString()).toBe('2024-03-31T17:00:00.000Z');
    for (const bad of ['31/02/2024', '2024-04-27', '27/13/2024', 'abc', '00/01/2024']) expect(parseVietnamDate(bad), bad).toBeNull();
  });

  it('turns bad filters into messages, not failures', () => {
    const request = parseSearchRequest({ q: 'thi đua', 'tu-ngay': '99/99/9999', 'den-ngay': '01/01/2024', trang: 'abc', 'chuyen-muc': '../x' });
    expect(request.errors).toHaveLength(2);
    expect(request.from).toBeNull();
    expect(request.to?.toISOString()).toBe('2024-01-01T16:59:59.999Z');
    expect(request.page).toBe(1);
    expect(request.section).toBeNull();
    const reversed = parseSearchRequest({ 'tu-ngay': '02/01/2024', 'den-ngay': '01/01/2024' });
    expect(reversed.errors[0]).toContain('phải trước');
    expect(reversed.from).toBeNull();
  });
});
