// A backup archive: one gzipped tar holding manifest.json, database/*.copy (see
// database-copy.ts) and storage/… (every stored photo and file). The manifest lists each
// entry with its size and SHA-256, so a restore refuses a damaged or incomplete archive
// before it touches anything. An archive is written under a temporary name and renamed
// when complete: a file named like an archive is a whole one.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as tar from 'tar';
import type { DatabasePart } from './database-copy';

export const ARCHIVE_FORMAT = 'thi-dua-khen-thuong-portal-backup';
export type StorageEntry = { path: string; bytes: number; sha256: string };
export type Manifest = {
  format: typeof ARCHIVE_FORMAT;
  version: 1;
  createdAt: string;
  /** Which AUTH_SECRET sealed the two-step sign-in keys (a one-way fingerprint), when known. */
  authSecretFingerprint: string | null;
  database: DatabasePart;
  storage: StorageEntry[];
};

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
async function walk(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  const files: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await walk(dir, relative)));
    else if (entry.isFile()) files.push(relative);
  }
  return files.sort();
}

/** Moves or links a file, copying when the two folders are on different disks. */
async function place(from: string, to: string, how: 'link' | 'move') {
  await mkdir(path.dirname(to), { recursive: true });
  try {
    await (how === 'link' ? link(from, to) : rename(from, to));
  } catch (error) {
    if (!['EXDEV', 'EPERM', 'EMLINK'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    await copyFile(from, to);
  }
}

/**
 * Puts the stored files into `staging/storage` (hard links where possible: stored files
 * are never changed in place) and lists them. Files being written (`*.tmp`) are left out.
 */
export async function stageStorage(storageDir: string, staging: string): Promise<StorageEntry[]> {
  const entries: StorageEntry[] = [];
  for (const relative of await walk(storageDir)) {
    if (relative.endsWith('.tmp')) continue;
    const target = path.join(staging, 'storage', relative);
    await place(path.join(storageDir, relative), target, 'link');
    entries.push({ path: relative, bytes: (await stat(target)).size, sha256: await sha256File(target) });
  }
  return entries;
}

export async function writeArchive(staging: string, manifest: Manifest, archive: string): Promise<void> {
  await writeFile(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  const partial = `${archive}.partial`;
  await mkdir(path.dirname(archive), { recursive: true });
  await tar.create({ gzip: { level: 6 }, file: partial, cwd: staging, portable: true }, ['manifest.json', 'database', 'storage']);
  await rename(partial, archive);
}

const TABLE_FILE = /^database\/[A-Za-z0-9_]+\.copy$/;
const STORED_PATH = /^[A-Za-z0-9_-][A-Za-z0-9/_.-]*$/;

/** Unpacks an archive into `staging` and checks every entry against the manifest. */
export async function openArchive(archive: string, staging: string): Promise<Manifest> {
  await mkdir(staging, { recursive: true });
  try {
    await tar.extract({ file: archive, cwd: staging, strict: true, filter: (_path, entry) => ['File', 'Directory'].includes((entry as tar.ReadEntry).type) });
  } catch (error) {
    throw new Error(`${archive} is not a readable backup archive (${(error as Error).message}).`, { cause: error });
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(path.join(staging, 'manifest.json'), 'utf8'));
  } catch {
    throw new Error(`${archive} has no readable manifest.json: it is not a backup of this portal, or it is damaged.`);
  }
  if (manifest.format !== ARCHIVE_FORMAT || manifest.version !== 1) throw new Error(`${archive} is not a backup of this portal (format ${manifest.format} ${manifest.version}).`);
  const unsafe = [...manifest.database.tables.map((table) => table.file).filter((file) => !TABLE_FILE.test(file)), ...manifest.storage.map((file) => file.path).filter((file) => !STORED_PATH.test(file) || file.includes('..'))];
  if (unsafe.length > 0) throw new Error(`${archive} names entries outside its folders (${unsafe.slice(0, 3).join(', ')}): refused.`);
  const expected = [
    ...manifest.database.tables.map((table) => ({ path: table.file, bytes: table.bytes, sha256: table.sha256 })),
    ...manifest.storage.map((file) => ({ ...file, path: `storage/${file.path}` })),
  ];
  const damaged: string[] = [];
  for (const entry of expected) {
    const file = path.join(staging, entry.path);
    const size = await stat(file).then((info) => info.size, () => -1);
    if (size !== entry.bytes || (await sha256File(file)) !== entry.sha256) damaged.push(size < 0 ? `${entry.path} (missing)` : entry.path);
  }
  if (damaged.length > 0) {
    const shown = damaged.slice(0, 10).join(', ') + (damaged.length > 10 ? ` and ${damaged.length - 10} more` : '');
    throw new Error(`${archive} is damaged: ${damaged.length} entr${damaged.length === 1 ? 'y does' : 'ies do'} not match the manifest: ${shown}.`);
  }
  return manifest;
}

/** Moves the archive's stored files into `storageDir`; the paths placed, for undoing. */
export async function placeStorage(staging: string, manifest: Manifest, storageDir: string): Promise<string[]> {
  const placed: string[] = [];
  for (const file of manifest.storage) {
    const target = path.join(storageDir, file.path);
    await place(path.join(staging, 'storage', file.path), target, 'move');
    placed.push(target);
  }
  return placed;
}

export async function storageFileCount(storageDir: string): Promise<number> {
  return (await walk(storageDir)).length;
}

export async function removeAll(paths: string[]) {
  await Promise.all(paths.map((file) => rm(file, { force: true })));
}
