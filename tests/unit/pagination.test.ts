import { describe, expect, it } from 'vitest';
import { pageCount, parsePage } from '@/lib/text/pagination';
import { pageWindow } from '@/components/ui/pagination';

describe('parsePage', () => {
  it('reads whole page numbers', () => {
    expect(parsePage(undefined)).toBe(1);
    expect(parsePage('')).toBe(1);
    expect(parsePage('1')).toBe(1);
    expect(parsePage('12')).toBe(12);
    expect(parsePage(['3', '4'])).toBe(3);
  });

  it('refuses anything else', () => {
    for (const bad of ['abc', '-1', '0', '1.5', '1e3', ' 2', '99999999999999999999', '10001', '%00', '２']) {
      expect(parsePage(bad), bad).toBeNull();
    }
  });

  it('counts pages', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
  });

  it('shows a window of page links with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, 'gap', 3, 4, 5, 6, 7, 'gap', 10]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
  });
});
