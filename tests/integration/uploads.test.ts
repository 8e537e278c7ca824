import { readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { readLimitedBody } from '@/lib/uploads/receive';
import { uploadAttachment, uploadPhoto } from '@/lib/uploads/store-upload';
import { resetDatabase, testClient } from '../support/database';
import { as, createStaff } from '../support/editor';

const client = testClient();
let staff: Awaited<ReturnType<typeof createStaff>>;

/** Stored uploads (originals and files); derived sizes are caches, made in the background. */
async function storedFiles(): Promise<string[]> {
  const root = path.resolve(env().STORAGE_DIR);
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).filter((file) => !path.relative(root, file).startsWith('derived'));
}

beforeAll(async () => {
  await resetDatabase(client);
  staff = await createStaff(client);
});
afterAll(() => client.$disconnect());

describe('photo uploads', () => {
  it('turns a photo upright by its EXIF orientation and drops every piece of metadata, GPS included', async () => {
    // 40×20 pixels stored sideways (orientation 6 = rotate 90° to show), with EXIF including GPS.
    const input = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#c33' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Máy ảnh' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '10/1 2/1 0/1' } })
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await sharp(input).metadata()).toMatchObject({ orientation: 6, width: 40, height: 20, exif: expect.any(Buffer) });
    const photo = await uploadPhoto(as(staff.editor), input, 'DSC_0001.jpg');
    expect(photo).toMatchObject({ width: 20, height: 40 });
    const row = await client.media.findUniqueOrThrow({ where: { id: photo.mediaId } });
    const original = (await storedFiles()).find((file) => file.includes(`originals/${row.storageKey}`))!;
    const meta = await sharp(original).metadata();
    expect([meta.exif, meta.xmp, meta.iptc, meta.orientation]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('refuses an HTML file named .jpg and leaves nothing behind', async () => {
    const before = { files: (await storedFiles()).length, media: await client.media.count() };
    const error = await uploadPhoto(as(staff.editor), Buffer.from('<html><script>alert(1)</script></html>'), 'anh.jpg').catch((e) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('Tệp không phải ảnh JPEG, PNG hoặc WebP.');
    expect({ files: (await storedFiles()).length, media: await client.media.count() }).toEqual(before);
  });

  it('is for editors and above only', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(await uploadPhoto(as(staff.contributor), png, 'a.png').catch((e: AppError) => e.code)).toBe('forbidden');
    expect(await uploadPhoto(as(null), png, 'a.png').catch((e: AppError) => e.code)).toBe('unauthorized');
  });
});

describe('attachment uploads', () => {
  it('keeps a readable Vietnamese name with the real extension, a checksum and the text', async () => {
    const pdf = Buffer.from('%PDF-1.4\n% not a real document, so no text is found\n');
    const file = await uploadAttachment(as(staff.editor), pdf, 'Quyết định: khen thưởng/2026.docx');
    expect(file).toMatchObject({ originalName: 'Quyết định khen thưởng 2026.pdf', title: 'Quyết định khen thưởng 2026', mime: 'application/pdf' });
    const row = await client.attachment.findUniqueOrThrow({ where: { id: file.id } });
    expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(row.articleId).toBeNull();
  });

  it('refuses what is not an office document, and stops reading a body past the limit', async () => {
    const before = (await storedFiles()).length;
    await expect(uploadAttachment(as(staff.editor), Buffer.from('<html></html>'), 'bao-cao.pdf')).rejects.toThrow(/Chỉ nhận tệp PDF/);
    expect((await storedFiles()).length).toBe(before);
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const request = new Request('http://localhost/api/quan-tri/tep', { method: 'POST', body: endless, duplex: 'half' } as RequestInit);
    await expect(readLimitedBody(request, 5 * 1024 * 1024, 'Quá lớn')).rejects.toMatchObject({ code: 'too_large' });
    expect(pulled).toBeLessThan(10);
    const declared = new Request('http://localhost/', { method: 'POST', body: 'x', headers: { 'content-length': String(60 * 1024 * 1024) } });
    await expect(readLimitedBody(declared, 50 * 1024 * 1024, 'Tệp đính kèm vượt quá 50 MB.')).rejects.toThrow('Tệp đính kèm vượt quá 50 MB.');
  });
});
