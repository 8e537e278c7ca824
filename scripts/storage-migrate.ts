// `npm run storage:migrate`: copies the local store (STORAGE_DIR, or .data/storage) into
// the S3-compatible bucket named by the S3_* variables, then reads every object back and
// compares its SHA-256 with the file's. Safe to run again: objects already there with the
// same checksum are not copied twice. Exits 1 if any object differs.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { s3Storage, sha256 } from '../src/lib/storage/s3-storage';
import { loadEnvFile, storageDir } from './lib/portal-database';

loadEnvFile();
const env = process.env;
if (!env.S3_BUCKET) {
  console.error('S3_BUCKET is not set: name the bucket (and S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE) to copy into.');
  process.exit(2);
}
const bucket = s3Storage({
  bucket: env.S3_BUCKET,
  endpoint: env.S3_ENDPOINT || undefined,
  region: env.S3_REGION || 'us-east-1',
  accessKeyId: env.S3_ACCESS_KEY_ID,
  secretAccessKey: env.S3_SECRET_ACCESS_KEY,
  forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true' || env.S3_FORCE_PATH_STYLE === '1',
  prefix: env.S3_PREFIX ?? '',
});

async function* files(root: string, dir = root): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(root, full);
    // Half-written files (".tmp") were never part of the store.
    else if (entry.isFile() && !entry.name.endsWith('.tmp')) yield path.relative(root, full).split(path.sep).join('/');
  }
}

const root = storageDir();
let copied = 0;
let present = 0;
let bytes = 0;
const damaged: string[] = [];
for await (const key of files(root)) {
  const data = await readFile(path.join(root, key));
  const sum = sha256(data);
  if ((await bucket.checksum(key)) === sum) {
    present += 1;
  } else {
    await bucket.put(key, data);
    copied += 1;
    bytes += data.length;
  }
  const back = await bucket.get(key);
  if (!back || sha256(back) !== sum) damaged.push(key);
}
console.log(`Copied ${copied} file(s) (${(bytes / 1024 / 1024).toFixed(1)} MB) from ${root} to bucket "${env.S3_BUCKET}"; ${present} already there.`);
if (damaged.length > 0) {
  console.error(`${damaged.length} object(s) differ from their file after copying: ${damaged.slice(0, 10).join(', ')}`);
  process.exit(1);
}
console.log(`Verified: all ${copied + present} object(s) match their files (SHA-256).`);
