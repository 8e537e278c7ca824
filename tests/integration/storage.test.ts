import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Storage } from '@/lib/storage/s3-storage';
import { localDiskStorage, type Storage } from '@/lib/storage/storage';
import { startLocalS3, type LocalS3 } from '../support/s3';

// The two stores behave alike: a local folder (one instance) and an S3-compatible bucket
// (several instances), here a real S3 server (s3rver) on this machine.

let s3: LocalS3;
const folder = mkdtempSync(path.join(os.tmpdir(), 'portal-storage-'));
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(async () => {
  await s3.stop();
  rmSync(folder, { recursive: true, force: true });
});

const stores: [string, () => Storage][] = [
  ['a local folder', () => localDiskStorage(folder)],
  [
    'an S3-compatible bucket',
    () => s3Storage({ bucket: s3.bucket, endpoint: s3.endpoint, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'portal/' }),
  ],
];

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

describe.each(stores)('storage in %s', (_name, make) => {
  it('keeps, reads, streams and deletes a file, byte for byte', async () => {
    const storage = make();
    const key = 'files/2026-11-0123456789abcdef01234567';
    const content = Buffer.from('Quyết định khen thưởng số 163/QĐ-UBND – bản đính kèm.', 'utf8');
    expect(await storage.exists(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    expect(await storage.stream(key)).toBeNull();

    await storage.put(key, content);
    expect(await storage.exists(key)).toBe(true);
    expect((await storage.get(key))?.equals(content)).toBe(true);
    const streamed = await storage.stream(key);
    expect(streamed?.bytes).toBe(content.length);
    expect(await text(streamed!.stream)).toBe(content.toString('utf8'));

    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await storage.delete(key); // deleting what is gone is not an error
  });

  it('refuses keys the server would never make', async () => {
    const storage = make();
    for (const key of ['../etc/passwd', 'files//x', '/abs', 'Hoa.jpg']) {
      await expect(storage.put(key, Buffer.from('x'))).rejects.toThrow('Unsafe storage key');
    }
  });
});

describe('npm run storage:migrate', () => {
  it('copies a local store into the bucket, verifies every checksum, and copies nothing twice', async () => {
    const { execFile } = await import('node:child_process');
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const local = mkdtempSync(path.join(os.tmpdir(), 'portal-store-'));
    const files: Record<string, Buffer> = {
      'originals/2026-11-aaaaaaaaaaaaaaaaaaaaaaaa': Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]),
      'derived/2026-11-aaaaaaaaaaaaaaaaaaaaaaaa/w640.webp': Buffer.from('RIFF webp'),
      'files/2026-11-bbbbbbbbbbbbbbbbbbbbbbbb': Buffer.from('Danh sách đề nghị khen thưởng', 'utf8'),
    };
    for (const [key, data] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(local, key)), { recursive: true });
      writeFileSync(path.join(local, key), data);
    }
    writeFileSync(path.join(local, 'files', 'half.1234.tmp'), 'never stored');
    const run = () =>
      new Promise<string>((resolve, reject) =>
        execFile(process.execPath, ['--import', 'tsx', 'scripts/storage-migrate.ts'], { env: { ...process.env, STORAGE_DIR: local, ...s3.env, S3_PREFIX: 'migrated/' } }, (error, stdout, stderr) =>
          error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout),
        ),
      );
    expect(await run()).toContain('Copied 3 file(s)');
    const second = await run();
    expect(second).toContain('Copied 0 file(s)');
    expect(second).toContain('3 already there');
    expect(second).toContain('Verified: all 3 object(s) match their files (SHA-256).');

    const bucket = s3Storage({ bucket: s3.bucket, endpoint: s3.endpoint, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true, prefix: 'migrated/' });
    for (const [key, data] of Object.entries(files)) expect((await bucket.get(key))?.equals(data), key).toBe(true);
    expect(await bucket.exists('files/half.1234.tmp')).toBe(false);
    rmSync(local, { recursive: true, force: true });
  }, 60_000);
});
