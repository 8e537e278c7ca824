import { describe, expect, it } from 'vitest';
import { sanitizeBody } from '@/lib/editor/sanitize-body';

describe('rich text is rebuilt against an allowlist', () => {
  it('drops scripts, iframes, event handlers, styles and javascript: links', () => {
    const result = sanitizeBody({
      type: 'doc',
      content: [
        { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] },
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
        {
          type: 'paragraph',
          attrs: { style: 'background:url(javascript:alert(1))', onclick: 'alert(1)' },
          content: [
            { type: 'text', text: 'Bấm vào đây', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', onclick: 'x' } }, { type: 'bold', attrs: { style: 'x' } }] },
            { type: 'text', text: ' hoặc đây', marks: [{ type: 'link', attrs: { href: 'https://anhoa.gov.vn/', target: '_blank' } }] },
            { type: 'image', attrs: { src: 'x', onerror: 'alert(1)' } },
          ],
        },
      ],
    });
    expect(result).toEqual({
      ok: true,
      body: {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'Bấm vào đây', marks: [{ type: 'bold' }] },
              { type: 'text', text: ' hoặc đây', marks: [{ type: 'link', attrs: { href: 'https://anhoa.gov.vn/' } }] },
            ],
          },
        ],
      },
    });
    expect(JSON.stringify(result)).not.toMatch(/javascript:|onclick|onerror|style|iframe|alert/);
  });

  it('keeps headings, lists, quotes and figures; flattens nesting; normalizes to NFC', () => {
    const result = sanitizeBody({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Kết quả'.normalize('NFD') }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hai' }] }] }] }] }] },
        { type: 'figure', attrs: { mediaId: 7, src: 'x' } },
        { type: 'figure', attrs: { mediaId: 'abc' } },
        { type: 'paragraph' },
      ],
    });
    expect(result.ok && result.body.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Kết quả' }] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'Hai' }] }] }] },
      { type: 'figure', attrs: { mediaId: 7 } },
    ]);
  });

  it('turns anything that is not a document into an empty one', () => {
    expect(sanitizeBody('<p onclick="x">hi</p>')).toEqual({ ok: true, body: { type: 'doc', content: [] } });
    expect(sanitizeBody(null)).toEqual({ ok: true, body: { type: 'doc', content: [] } });
  });
});
