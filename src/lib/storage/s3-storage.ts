import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { assertSafeKey } from './keys';
import type { Storage } from './storage';

// Photos and files in an S3-compatible bucket (AWS S3, MinIO, Ceph, a provider's object
// storage), shared by every instance of the portal. The bucket stays private: readers get
// photos and files through the portal, never from the bucket. Each object carries its
// SHA-256 (metadata "sha256"), which `npm run storage:migrate` checks.

export type S3Settings = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Addresses "endpoint/bucket/key" instead of "bucket.endpoint/key" (MinIO and most local servers). */
  forcePathStyle: boolean;
  /** Put before every key, to share a bucket with other data ("portal/"). */
  prefix: string;
};

function missing(error: unknown): boolean {
  if (error instanceof S3ServiceException) return error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404;
  return false;
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export function s3Storage(settings: S3Settings, client?: S3Client): Storage & { checksum(key: string): Promise<string | null> } {
  const s3 =
    client ??
    new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
    });
  const Bucket = settings.bucket;
  const objectKey = (key: string) => {
    assertSafeKey(key);
    return `${settings.prefix}${key}`;
  };
  /** The object's recorded SHA-256 ("" when it has none); null when there is no such object. */
  async function checksum(key: string): Promise<string | null> {
    try {
      const head = await s3.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
      return head.Metadata?.sha256 ?? '';
    } catch (error) {
      if (missing(error)) return null;
      throw error;
    }
  }

  return {
    async put(key, data) {
      await s3.send(new PutObjectCommand({ Bucket, Key: objectKey(key), Body: data, ContentLength: data.length, Metadata: { sha256: sha256(data) } }));
    },
    async get(key) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
        return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : Buffer.alloc(0);
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async stream(key) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
        if (!object.Body) return null;
        return { stream: object.Body as Readable, bytes: Number(object.ContentLength ?? 0) };
      } catch (error) {
        if (missing(error)) return null;
        throw error;
      }
    },
    async exists(key) {
      return (await checksum(key)) !== null;
    },
    checksum,
    async delete(key) {
      await s3.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
  };
}
