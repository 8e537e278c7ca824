import 'server-only';
import { createHash } from 'node:crypto';
import sharp, { type Metadata } from 'sharp';
import { AppError } from '@/lib/errors';
import { getStorage, newStorageId } from '@/lib/storage/storage';
import { originalKey } from './derive';

export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
export const MAX_IMAGE_PIXELS = 50_000_000;

export type ImageType = { mime: 'image/jpeg' | 'image/png' | 'image/webp'; format: 'jpeg' | 'png' | 'webp' };

/** The image type by its first bytes, whatever the file is called or claims to be. */
export function sniffImageType(bytes: Buffer): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { mime: 'image/jpeg', format: 'jpeg' };
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return { mime: 'image/png', format: 'png' };
  }
  if (bytes.length >= 12 && bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WEBP') {
    return { mime: 'image/webp', format: 'webp' };
  }
  return null;
}

export type IngestedImage = {
  storageKey: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  checksum: string;
};

/**
 * Checks a photo by its content, turns it upright by its EXIF orientation, drops all
 * metadata (GPS included) and stores the result as the private original.
 */
export async function ingestImage(input: Buffer): Promise<IngestedImage> {
  if (input.length > MAX_IMAGE_BYTES) throw new AppError('bad_request', 'Ảnh vượt quá 25 MB.');
  const type = sniffImageType(input);
  if (!type) throw new AppError('bad_request', 'Tệp không phải ảnh JPEG, PNG hoặc WebP.');

  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch (error) {
    throw new AppError('bad_request', 'Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng.', { cause: error });
  }
  if (!meta.width || !meta.height) throw new AppError('bad_request', 'Không đọc được kích thước ảnh.');
  if (meta.width * meta.height > MAX_IMAGE_PIXELS) throw new AppError('bad_request', 'Ảnh vượt quá 50 megapixel.');

  // Re-encoding without withMetadata() drops EXIF, XMP, IPTC and GPS. A file whose header
  // reads well but whose pixels are cut short or damaged fails here, as a bad upload.
  const pipeline = sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'truncated' }).rotate();
  const encoded =
    type.format === 'png'
      ? pipeline.png({ compressionLevel: 8 })
      : type.format === 'webp'
        ? pipeline.webp({ quality: 92 })
        : // Plain libjpeg-turbo: mozjpeg's trellis search costs seconds on a 24 MP original.
          pipeline.jpeg({ quality: 92 });
  const output = await encoded.toBuffer({ resolveWithObject: true }).catch((error: unknown) => {
    throw new AppError('bad_request', 'Ảnh bị hỏng hoặc tải lên không trọn vẹn; vui lòng chọn lại tệp ảnh.', { cause: error });
  });

  const storageKey = newStorageId();
  await getStorage().put(originalKey(storageKey), output.data);
  return {
    storageKey,
    mime: type.mime,
    bytes: output.data.length,
    width: output.info.width,
    height: output.info.height,
    checksum: createHash('sha256').update(input).digest('hex'),
  };
}
