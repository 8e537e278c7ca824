// The served forms of a photo. Derived files are named by variant, so their URLs never
// change meaning and can be cached for a year.

export const IMAGE_WIDTHS = [320, 480, 640, 960, 1280, 1600, 1920] as const;
/** AVIF first (smallest), then WebP, then JPEG for every other browser. */
export type ImageFormat = 'avif' | 'webp' | 'jpg';

export const IMAGE_MIME: Record<ImageFormat, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' };

/** Crops for search engines and social cards, each 1200 px wide. */
export const SOCIAL_CROPS = { '16x9': [16, 9], '4x3': [4, 3], '1x1': [1, 1] } as const;
export type SocialCrop = keyof typeof SOCIAL_CROPS;
export const SOCIAL_WIDTH = 1200;

export type Variant =
  | { kind: 'width'; width: number; format: ImageFormat }
  | { kind: 'crop'; crop: SocialCrop };

/** "w640.webp" | "c16x9.jpg" → a variant, or null for anything else. */
export function parseVariant(name: string): Variant | null {
  const width = /^w(\d{3,4})\.(avif|webp|jpg)$/.exec(name);
  if (width) {
    const value = Number(width[1]);
    if (!(IMAGE_WIDTHS as readonly number[]).includes(value)) return null;
    return { kind: 'width', width: value, format: width[2] as ImageFormat };
  }
  const crop = /^c(16x9|4x3|1x1)\.jpg$/.exec(name);
  if (crop) return { kind: 'crop', crop: crop[1] as SocialCrop };
  return null;
}

export function variantName(variant: Variant): string {
  return variant.kind === 'width' ? `w${variant.width}.${variant.format}` : `c${variant.crop}.jpg`;
}

export function imageUrl(storageKey: string, variant: Variant): string {
  return `/anh/${storageKey}/${variantName(variant)}`;
}

/** The widths worth offering for a photo of this width (never upscaled, at least one). */
export function widthsFor(originalWidth: number): number[] {
  const widths = IMAGE_WIDTHS.filter((width) => width <= originalWidth);
  return widths.length > 0 ? widths : [IMAGE_WIDTHS[0]];
}

export function srcSet(storageKey: string, originalWidth: number, format: ImageFormat): string {
  return widthsFor(originalWidth)
    .map((width) => `${imageUrl(storageKey, { kind: 'width', width, format })} ${width}w`)
    .join(', ');
}

/** The height of the photo when shown `width` px wide. */
export function scaledHeight(original: { width: number; height: number }, width: number): number {
  return Math.round((original.height / original.width) * width);
}
