import 'server-only';
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { env } from '@/lib/env';
import { assertSafeKey } from './keys';
import { s3Storage } from './s3-storage';

/**
 * Where files live: a local folder (STORAGE_DIR, the default) or an S3-compatible bucket
 * shared by every instance (S3_BUCKET and the S3_* variables; src/lib/storage/s3-storage.ts).
 * Keys are made by the server (never from a client's file name) and look like
 * "originals/2026-11-ab12cd…". Nothing in either store is served directly: photos and
 * files reach readers through the portal, which checks who may see them.
 */
export interface Storage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  stream(key: string): Promise<{ stream: Readable; bytes: number } | null>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}


export function localDiskStorage(root: string): Storage {
  const full = (key: string) => {
    assertSafeKey(key);
    return path.join(root, key);
  };
  return {
    async put(key, data) {
      const target = full(key);
      await mkdir(path.dirname(target), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(temp, data);
      await rename(temp, target);
    },
    async get(key) {
      try {
        return await readFile(full(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async stream(key) {
      try {
        const info = await stat(full(key));
        return { stream: createReadStream(full(key)), bytes: info.size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async exists(key) {
      return stat(full(key)).then(
        () => true,
        () => false,
      );
    },
    async delete(key) {
      await rm(full(key), { force: true });
    },
  };
}

let storage: Storage | undefined;

export function getStorage(): Storage {
  const settings = env();
  storage ??= settings.S3_BUCKET
    ? s3Storage({
        bucket: settings.S3_BUCKET,
        endpoint: settings.S3_ENDPOINT,
        region: settings.S3_REGION,
        accessKeyId: settings.S3_ACCESS_KEY_ID,
        secretAccessKey: settings.S3_SECRET_ACCESS_KEY,
        forcePathStyle: settings.S3_FORCE_PATH_STYLE,
        prefix: settings.S3_PREFIX,
      })
    : localDiskStorage(path.resolve(settings.STORAGE_DIR));
  return storage;
}

/** A new random key part, e.g. "2026-11-3f9c…" (month first, to keep folders small). */
export function newStorageId(now = new Date()): string {
  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  return `${month}-${randomBytes(12).toString('hex')}`;
}
