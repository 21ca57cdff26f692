// A reviewer's upload → the files to check. Files are taken as they are; a .zip is opened (jszip) with limits
// checked on its central directory BEFORE anything is inflated, and every entry inflated with a hard cap, so a
// zip bomb, a zip of thousands of files, or an entry whose header lies about its size becomes one row saying so.
// Nested zips are not expanded. What cannot be used gets a Chinese `error`; the rest of the batch goes on.
import JSZip from 'jszip';
import { MAX_UPLOAD_BYTES } from '../parse/readers/index.js';

export const BATCH_LIMITS = {
  /** Entries in one zip (directories included). */
  maxZipEntries: 500,
  /** Declared uncompressed bytes of one zip. */
  maxZipTotalBytes: 100 * 1024 * 1024,
  /** Compression ratio above which a large zip is refused (as readers/zip.ts does for .docx). */
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  /** Files checked in one batch, zips expanded. */
  maxFiles: 500,
} as const;

export interface Upload {
  name: string;
  bytes: Uint8Array;
}

/** One file to check: its bytes, or why it cannot be checked. `name` is "压缩包.zip/内部路径" for a zip entry. */
export type BatchItem = { name: string; bytes: Uint8Array; error?: undefined } | { name: string; bytes?: undefined; error: string };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ext = (name: string) => (/\.([^./\\]+)$/.exec(name)?.[1] ?? '').toLowerCase();
const isZipName = (name: string) => ext(name) === 'zip';

/** Zip names are UTF-8 when flagged; Chinese Windows writes GBK without the flag. */
function decodeFileName(bytes: string[] | Uint8Array | Buffer): string {
  const u8 = Array.isArray(bytes) ? Uint8Array.from(bytes.map((c) => c.charCodeAt(0))) : new Uint8Array(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(u8);
  } catch {
    return new TextDecoder('gb18030').decode(u8);
  }
}

interface Sized {
  _data?: { uncompressedSize?: number; compressedSize?: number };
}
const declared = (f: JSZip.JSZipObject) => (f as unknown as Sized)._data?.uncompressedSize ?? 0;
const compressed = (f: JSZip.JSZipObject) => (f as unknown as Sized)._data?.compressedSize ?? 0;

interface StreamHelper {
  on(ev: 'data', fn: (chunk: Uint8Array) => void): StreamHelper;
  on(ev: 'error', fn: (e: Error) => void): StreamHelper;
  on(ev: 'end', fn: () => void): StreamHelper;
  pause(): StreamHelper;
  resume(): StreamHelper;
}

/** Inflate one entry, refusing as soon as it produces more than `cap` bytes (a lying header cannot blow up memory). */
function inflateCapped(f: JSZip.JSZipObject, cap: number): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let n = 0;
    let over = false;
    const s = (f as unknown as { internalStream(t: 'uint8array'): StreamHelper }).internalStream('uint8array');
    s.on('data', (c) => {
      if (over) return;
      n += c.length;
      if (n > cap) {
        over = true;
        s.pause();
        resolve(null);
        return;
      }
      chunks.push(c);
    })
      .on('error', (e) => (over ? undefined : reject(e)))
      .on('end', () => {
        if (over) return;
        const out = new Uint8Array(n);
        let p = 0;
        for (const c of chunks) {
          out.set(c, p);
          p += c.length;
        }
        resolve(out);
      })
      .resume();
  });
}

async function expandZip(up: Upload): Promise<BatchItem[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(up.bytes, { decodeFileName, checkCRC32: false });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/encrypt/i.test(msg)) return [{ name: up.name, error: '压缩包已加密，无法打开。请解除密码后重新打包上传。' }];
    return [{ name: up.name, error: '压缩包已损坏或不是 zip 格式，无法打开。请重新打包（zip 格式）后上传。' }];
  }
  const all = Object.values(zip.files);
  if (all.length > BATCH_LIMITS.maxZipEntries)
    return [{ name: up.name, error: `压缩包内有 ${all.length} 个文件或目录，超过上限 ${BATCH_LIMITS.maxZipEntries} 个，未展开。请分成几个压缩包上传。` }];
  const files = all.filter((f) => !f.dir && !/(^|\/)(__MACOSX\/|\.)/.test(f.name));
  const total = files.reduce((s, f) => s + declared(f), 0);
  const packed = files.reduce((s, f) => s + compressed(f), 0);
  if (total > BATCH_LIMITS.maxZipTotalBytes)
    return [{ name: up.name, error: `压缩包解压后达 ${mb(total)}，超过上限 ${mb(BATCH_LIMITS.maxZipTotalBytes)}，疑似压缩炸弹，未展开。` }];
  if (total > BATCH_LIMITS.ratioFloorBytes && total / Math.max(packed, 1) > BATCH_LIMITS.maxRatio)
    return [{ name: up.name, error: `压缩包的压缩比达 ${Math.round(total / Math.max(packed, 1))}:1，疑似压缩炸弹，未展开。` }];
  if (!files.length) return [{ name: up.name, error: '压缩包是空的，没有可校验的文件。' }];

  const out: BatchItem[] = [];
  let produced = 0;
  for (const f of files.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))) {
    const name = `${up.name}/${f.name}`;
    if (isZipName(f.name)) {
      out.push({ name, error: '压缩包中的压缩包不展开。请把其中的报告直接放进上传的压缩包。' });
      continue;
    }
    if (declared(f) > MAX_UPLOAD_BYTES) {
      out.push({ name, error: `文件过大（解压后 ${mb(declared(f))}），上限为 ${mb(MAX_UPLOAD_BYTES)}。` });
      continue;
    }
    try {
      // Cap: what the header declares (a lying header is refused), and never past the zip's total budget.
      const bytes = await inflateCapped(f, Math.min(declared(f), BATCH_LIMITS.maxZipTotalBytes - produced));
      if (!bytes) {
        out.push({ name, error: '压缩包内该文件的实际大小超过其声明的大小，疑似压缩炸弹，已拒绝读取。' });
        continue;
      }
      produced += bytes.length;
      out.push({ name, bytes });
    } catch {
      out.push({ name, error: '压缩包内该文件已损坏，无法解压。' });
    }
  }
  return out;
}

/** Uploads → items to check, zips expanded; beyond `maxFiles` the rest get a row saying so. */
export async function expandUploads(uploads: Upload[]): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for (const up of uploads) {
    if (isZipName(up.name)) out.push(...(await expandZip(up)));
    else out.push({ name: up.name, bytes: up.bytes });
  }
  return out.map((it, i) =>
    i < BATCH_LIMITS.maxFiles || it.error ? it : { name: it.name, error: `一批最多校验 ${BATCH_LIMITS.maxFiles} 份，此文件未校验。请分批上传。` },
  );
}
