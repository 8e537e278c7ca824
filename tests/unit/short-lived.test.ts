import { afterEach, describe, expect, it, vi } from 'vitest';
import { shortLivedMap } from '@/lib/cache/short-lived';

afterEach(() => vi.useRealTimers());

describe('shortLivedMap', () => {
  it('forgets an entry once its time is up', () => {
    vi.useFakeTimers();
    const map = shortLivedMap<string>(1000, 10);
    map.set('a', 'một');
    vi.advanceTimersByTime(999);
    expect(map.get('a')).toBe('một');
    vi.advanceTimersByTime(1);
    expect(map.get('a')).toBeUndefined();
    expect(map.size).toBe(0);
  });

  it('lets the oldest entry go when full, and a renewed entry counts as new', () => {
    const map = shortLivedMap<number>(60_000, 3);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    map.set('a', 10);
    map.set('d', 4);
    expect(['a', 'b', 'c', 'd'].map((key) => map.get(key))).toEqual([10, undefined, 3, 4]);
    map.clear();
    expect(map.size).toBe(0);
  });
});
