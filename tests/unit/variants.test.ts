import { describe, expect, it } from 'vitest';
import { parseVariant, scaledHeight, srcSet, variantName, widthsFor } from '@/lib/media/variants';
import { sniffImageType } from '@/lib/media/ingest-image';

describe('image variants', () => {
  it('parses only known variants', () => {
    expect(parseVariant('w640.webp')).toEqual({ kind: 'width', width: 640, format: 'webp' });
    expect(parseVariant('w1920.avif')).toEqual({ kind: 'width', width: 1920, format: 'avif' });
    expect(parseVariant('c16x9.jpg')).toEqual({ kind: 'crop', crop: '16x9' });
    for (const bad of ['w641.webp', 'w640.png', 'c2x1.jpg', '../w640.jpg', 'w640.webp.html']) expect(parseVariant(bad), bad).toBeNull();
    expect(variantName({ kind: 'width', width: 320, format: 'jpg' })).toBe('w320.jpg');
  });

  it('never offers widths larger than the original', () => {
    expect(widthsFor(700)).toEqual([320, 480, 640]);
    expect(widthsFor(100)).toEqual([320]);
    expect(srcSet('k', 500, 'webp')).toBe('/anh/k/w320.webp 320w, /anh/k/w480.webp 480w');
    expect(scaledHeight({ width: 2000, height: 1333 }, 960)).toBe(640);
  });

  it('recognizes images by content, not name', () => {
    expect(sniffImageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))?.mime).toBe('image/jpeg');
    expect(sniffImageType(Buffer.from('89504e470d0a1a0a0000', 'hex'))?.mime).toBe('image/png');
    expect(sniffImageType(Buffer.from('RIFF\0\0\0\0WEBPVP8 ', 'latin1'))?.mime).toBe('image/webp');
    expect(sniffImageType(Buffer.from('<html><script>alert(1)</script>'))).toBeNull();
    expect(sniffImageType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});
