// Defensive unzip for .docx: sizes are checked in the central directory BEFORE anything is inflated, and every
// entry is inflated with a hard output cap, so a header that lies about its size cannot blow up memory either.
import { inflateRawSync } from 'node:zlib';
import { UserError } from '../../errors.js';

export const ZIP_LIMITS = { maxTotalBytes: 50 * 1024 * 1024, maxRatio: 100, maxEntries: 5000, ratioFloorBytes: 1024 * 1024 };

export const NOT_WORD = '不是有效的 Word 文档（docx）：文件无法按 docx 解压或缺少正文 word/document.xml。请在 Word 中打开后“另存为 .docx”再上传';

export interface ZipEntryInfo {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  encrypted: boolean;
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

function tooBig(detail: string): UserError {
  return new UserError(`Word 文档解压后${detail}，疑似压缩炸弹，已拒绝读取（上限：解压后 ${mb(ZIP_LIMITS.maxTotalBytes)} MB、压缩比 ${ZIP_LIMITS.maxRatio}:1）`, 413);
}

/** Reads the central directory only (no inflation). Throws UserError on a non-zip or an oversized archive. */
export function listZip(buf: Buffer): ZipEntryInfo[] {
  if (buf.length < 22 || buf.readUInt32LE(0) !== 0x04034b50) throw new UserError(NOT_WORD, 422);
  // End of central directory: last occurrence of its signature within the final 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UserError(NOT_WORD, 422);
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // ZIP64 markers: a real .docx never needs them; a bomb might.
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw tooBig('的大小无法确认（ZIP64）');
  if (count > ZIP_LIMITS.maxEntries) throw tooBig(`包含 ${count} 个文件`);
  if (cdOffset + cdSize > buf.length) throw new UserError(NOT_WORD, 422);

  const entries: ZipEntryInfo[] = [];
  let p = cdOffset;
  let total = 0;
  let compressed = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) throw new UserError(NOT_WORD, 422);
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    if (size === 0xffffffff || compressedSize === 0xffffffff) throw tooBig('的大小无法确认（ZIP64）');
    entries.push({ name, method, compressedSize, size, localOffset, encrypted: (flags & 1) === 1 });
    total += size;
    compressed += compressedSize;
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (total > ZIP_LIMITS.maxTotalBytes) throw tooBig(`达 ${mb(total)} MB`);
  if (total > ZIP_LIMITS.ratioFloorBytes && total / Math.max(compressed, 1) > ZIP_LIMITS.maxRatio) {
    throw tooBig(`的压缩比达 ${Math.round(total / Math.max(compressed, 1))}:1`);
  }
  return entries;
}

/** Inflates one entry, never producing more than its declared size (a lying header is refused). */
export function inflateEntry(buf: Buffer, e: ZipEntryInfo): Buffer {
  if (e.encrypted) throw new UserError('Word 文档已加密，请取消密码保护后再上传', 422);
  const p = e.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) throw new UserError(NOT_WORD, 422);
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + e.compressedSize);
  if (data.length !== e.compressedSize) throw new UserError(NOT_WORD, 422);
  if (e.method === 0) return data;
  if (e.method !== 8) throw new UserError(`${NOT_WORD}（不支持的压缩方式 ${e.method}）`, 422);
  try {
    // maxOutputLength ≥ 1: zlib rejects 0.
    const out = inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) });
    if (out.length !== e.size) throw tooBig(`的实际大小与声明不符（${e.name}）`);
    return out;
  } catch (err) {
    if (err instanceof UserError) throw err;
    if ((err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooBig(`超过其声明的大小（${e.name}）`);
    throw new UserError(NOT_WORD, 422);
  }
}

/** Lists, checks limits, then inflates the entries `keep` selects. */
export function unzipSafely(buf: Buffer, keep: (name: string) => boolean): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of listZip(buf)) {
    if (e.name.endsWith('/') || !keep(e.name)) continue;
    out.set(e.name, inflateEntry(buf, e));
  }
  return out;
}
