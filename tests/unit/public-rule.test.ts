import { describe, expect, it } from 'vitest';
import { isPublicArticle } from '@/lib/content/public-rule';

const now = new Date('2026-05-10T08:00:00Z');
const before = new Date('2026-05-10T07:59:59Z');
const after = new Date('2026-05-10T08:00:01Z');

describe('isPublicArticle: the public rule for an article already read', () => {
  it('shows what is published, or scheduled and due, at a time not in the future', () => {
    const cases = [
      { status: 'PUBLISHED', publishedAt: before },
      { status: 'PUBLISHED', publishedAt: now },
      { status: 'SCHEDULED', publishedAt: before },
      { status: 'SCHEDULED', publishedAt: before.toISOString() },
    ];
    expect(cases.map((article) => isPublicArticle(article, now))).toEqual([true, true, true, true]);
  });

  it('hides a scheduled article before its time, one without a publication time, and every other status', () => {
    const cases = [
      { status: 'SCHEDULED', publishedAt: after },
      { status: 'PUBLISHED', publishedAt: null },
      { status: 'DRAFT', publishedAt: before },
      { status: 'SUBMITTED', publishedAt: before },
      { status: 'RETURNED', publishedAt: before },
      { status: 'WITHDRAWN', publishedAt: before },
    ];
    expect(cases.map((article) => isPublicArticle(article, now))).toEqual([false, false, false, false, false, false]);
  });
});
