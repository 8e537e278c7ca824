import { describe, expect, it } from 'vitest';
import { bodySchema, parseBody } from '@/lib/content/body-schema';
import { bodyFigureIds, bodyToText, excerpt } from '@/lib/content/body-text';

const link = (href: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'xem', marks: [{ type: 'link', attrs: { href } }] }] }],
});

describe('the body document', () => {
  it('accepts the allowed structure', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kết quả' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Đậm', marks: [{ type: 'bold' }] }, { type: 'hardBreak' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }] }] },
        { type: 'figure', attrs: { mediaId: 7 } },
      ],
    };
    expect(bodySchema.safeParse(doc).success).toBe(true);
    expect(bodyFigureIds(parseBody(doc))).toEqual([7]);
    expect(bodyToText(parseBody(doc))).toBe('Kết quả\nĐậm\nMột');
  });

  it('refuses unsafe links and unknown nodes', () => {
    expect(bodySchema.safeParse(link('https://anhoa.gov.vn')).success).toBe(true);
    expect(bodySchema.safeParse(link('/bai-viet/abc')).success).toBe(true);
    for (const href of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', '//evil.example', 'vbscript:x']) {
      expect(bodySchema.safeParse(link(href)).success, href).toBe(false);
    }
    expect(bodySchema.safeParse({ type: 'doc', content: [{ type: 'html', html: '<script>' }] }).success).toBe(false);
    expect(bodySchema.safeParse({ type: 'doc', content: [{ type: 'heading', attrs: { level: 1 } }] }).success).toBe(false);
  });

  it('reads a damaged stored body as empty instead of failing', () => {
    expect(parseBody({ nonsense: true })).toEqual({ type: 'doc', content: [] });
  });

  it('cuts excerpts at a word', () => {
    expect(excerpt('một hai ba', 50)).toBe('một hai ba');
    const cut = excerpt('thi đua '.repeat(50), 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut.endsWith('…')).toBe(true);
  });
});
