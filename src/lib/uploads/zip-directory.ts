// The central directory of a ZIP file (OOXML and OpenDocument are ZIPs): what it says it
// holds, read without unpacking anything. Used to tell office formats apart and to refuse
// "ZIP bombs" (a few kilobytes that inflate to gigabytes) before any text is extracted;
// and one entry's bytes, inflated with a hard cap whatever the directory claims.
import { inflateRawSync } from 'node:zlib';

export type ZipEntry = { name: string; method: number; compressedSize: number; uncompressedSize: number; localOffset: number };

/** The entries listed in the central directory (at most `limit`); [] when there is none. */
export function zipEntries(bytes: Buffer, limit = 2000): ZipEntry[] {
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  const start = Math.max(0, bytes.length - 65_557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= start; i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < Math.min(count, limit) && offset + 46 <= bytes.length; n += 1) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) break;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    entries.push({
      name: bytes.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      uncompressedSize: bytes.readUInt32LE(offset + 24),
      localOffset: bytes.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Everything an office document may unpack to, and how much one entry may grow. */
export const ZIP_LIMITS = { totalBytes: 200 * 1024 * 1024, entryBytes: 100 * 1024 * 1024, ratio: 200, ratioFloor: 1024 * 1024 };

/** Why a ZIP's directory is not that of an honest office document, or null. */
export function zipBombReason(entries: ZipEntry[]): string | null {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > ZIP_LIMITS.entryBytes || total > ZIP_LIMITS.totalBytes) return 'giải nén ra quá lớn';
    // Text compresses well, but not a thousandfold: that is a bomb, not a document.
    if (entry.uncompressedSize > ZIP_LIMITS.ratioFloor && entry.uncompressedSize > entry.compressedSize * ZIP_LIMITS.ratio) return 'có phần nén bất thường';
  }
  return null;
}

/**
 * The bytes of the entry `name`, or null when there is none or it is stored in a way an
 * office file never is. Throws when it would inflate past `maxBytes`.
 */
export function readZipEntry(bytes: Buffer, name: string, maxBytes: number): Buffer | null {
  const entry = zipEntries(bytes).find((e) => e.name === name);
  if (!entry || entry.localOffset + 30 > bytes.length || bytes.readUInt32LE(entry.localOffset) !== 0x04034b50) return null;
  const start = entry.localOffset + 30 + bytes.readUInt16LE(entry.localOffset + 26) + bytes.readUInt16LE(entry.localOffset + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data.length <= maxBytes ? data : null;
  if (entry.method !== 8) return null;
  return inflateRawSync(data, { maxOutputLength: maxBytes });
}
