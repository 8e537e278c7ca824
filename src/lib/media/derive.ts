import 'server-only';
import sharp, { type Sharp } from 'sharp';
import { getStorage } from '@/lib/storage/storage';
import { IMAGE_WIDTHS, SOCIAL_CROPS, SOCIAL_WIDTH, variantName, widthsFor, type ImageFormat, type SocialCrop, type Variant } from './variants';

// Two cores: more parallel libvips threads than that only adds memory.
sharp.concurrency(2);
// libvips' operation cache only holds memory here: every photo is processed once.
sharp.cache(false);

export const originalKey = (storageKey: string) => `originals/${storageKey}`;
export const derivedKey = (storageKey: string, variant: Variant) => `derived/${storageKey}/${variantName(variant)}`;

async function render(original: Buffer, variant: Variant): Promise<Buffer> {
  return encode(sharp(original, { limitInputPixels: 60_000_000 }).rotate(), variant);
}

function encode(image: Sharp, variant: Variant): Promise<Buffer> {
  if (variant.kind === 'width') {
    const resized = image.resize({ width: variant.width, withoutEnlargement: true });
    switch (variant.format) {
      case 'avif':
        // Effort 2 encodes a 1920 px photo in about half a second on two cores; higher
        // efforts cost seconds for a few per cent.
        return resized.avif({ quality: 50, effort: 2 }).toBuffer();
      case 'webp':
        return resized.webp({ quality: 78, effort: 4 }).toBuffer();
      case 'jpg':
        return resized.jpeg({ quality: 80, mozjpeg: true, progressive: true }).toBuffer();
    }
  }
  const [w, h] = SOCIAL_CROPS[variant.crop];
  return image
    .resize({ width: SOCIAL_WIDTH, height: Math.round((SOCIAL_WIDTH * h) / w), fit: 'cover', position: 'attention' })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

const inFlight = new Map<string, Promise<Buffer | null>>();

/**
 * A derived image, made from the original the first time it is asked for and kept in
 * storage after that. Null when there is no such original.
 */
export function getDerivedImage(storageKey: string, variant: Variant): Promise<Buffer | null> {
  const key = derivedKey(storageKey, variant);
  const pending = inFlight.get(key);
  if (pending) return pending;
  const work = (async () => {
    const storage = getStorage();
    const existing = await storage.get(key);
    if (existing) return existing;
    const original = await storage.get(originalKey(storageKey));
    if (!original) return null;
    const output = await render(original, variant);
    await storage.put(key, output);
    return output;
  })().finally(() => inFlight.delete(key));
  inFlight.set(key, work);
  return work;
}

/** Every served form of a photo of this width: each width in each format, and the crops. */
export function allVariants(originalWidth: number): Variant[] {
  const formats: ImageFormat[] = ['avif', 'webp', 'jpg'];
  return [
    ...widthsFor(originalWidth).flatMap((width) => formats.map((format) => ({ kind: 'width' as const, width, format }))),
    ...(Object.keys(SOCIAL_CROPS) as SocialCrop[]).map((crop) => ({ kind: 'crop' as const, crop })),
  ];
}

/**
 * Makes every served form at once, after an upload. The original is decoded once and
 * shrunk to the largest served width; every form is then encoded from that, two at a time.
 */
export async function deriveAll(storageKey: string, originalWidth: number): Promise<number> {
  const storage = getStorage();
  const original = await storage.get(originalKey(storageKey));
  if (!original) return 0;
  const largest = Math.min(originalWidth, IMAGE_WIDTHS[IMAGE_WIDTHS.length - 1]);
  const { data, info } = await sharp(original, { limitInputPixels: 60_000_000 })
    .rotate()
    .resize({ width: largest, withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const fromBase = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const queue = allVariants(originalWidth);
  let made = 0;
  const worker = async () => {
    for (let variant = queue.shift(); variant; variant = queue.shift()) {
      const key = derivedKey(storageKey, variant);
      if (await storage.exists(key)) continue;
      await storage.put(key, await encode(fromBase(), variant));
      made += 1;
    }
  };
  await Promise.all([worker(), worker()]);
  return made;
}
