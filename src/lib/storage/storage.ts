import 'server-only';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * Where files live. Keys are made by the server (never from a client's file name) and
 * look like "originals/2026-11-ab12cd…". Only a local-disk store exists today; an
 * S3-compatible one implements the same five methods.
 */
export interface Storage {
  put(key: string, data: Buffer): Promise<void>;
  get(key: string): Promise<Buffer | null>;
  stream(key: string): Promise<{ stream: ReadStream; bytes: number } | null>;
  exists(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9][a-z0-9/_.-]{0,200}$/;

function assertSafeKey(key: string) {
  if (!SAFE_KEY.test(key) || key.includes('..') || key.includes('//')) {
    throw new Error(`Unsafe storage key: ${key}`);
  }
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
  storage ??= localDiskStorage(path.resolve(env().STORAGE_DIR));
  return storage;
}

/** A new random key part, e.g. "2026-11-3f9c…" (month first, to keep folders small). */
export function newStorageId(now = new Date()): string {
  const month = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  return `${month}-${randomBytes(12).toString('hex')}`;
}
