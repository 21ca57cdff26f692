// loadReportText: a file on disk → the plain text parseText reads. Text files are decoded here (UTF-8, or
// GB18030 when UTF-8 shows replacement characters); .html/.docx go through the document readers.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError } from '../errors.js';

export const MAX_REPORT_BYTES = 5 * 1024 * 1024;

export interface LoadedText {
  text: string;
  /** What the user should know about the reading (encoding, web furniture removed…). */
  notes: string[];
}

const TEXT_EXT = new Set(['', '.txt', '.text', '.md']);

/** True when the bytes are not text: NULs, or many control bytes. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 64 * 1024);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i];
    if (c === 0) return true;
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) ctrl++;
  }
  return n > 0 && ctrl / n > 0.02;
}

const bad = (s: string) => {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i >= 0; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
};

/** UTF-8 text, else GB18030 when that decodes with fewer replacement characters. */
export function decodeText(buf: Uint8Array, name: string): LoadedText {
  if (looksBinary(buf)) throw new UserError(`「${name}」是二进制文件，不是文本格式的年度报告`, 415);
  const start = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const utf8 = new TextDecoder('utf-8').decode(buf.subarray(start));
  const b8 = bad(utf8);
  if (b8 === 0) return { text: utf8, notes: [] };
  const gb = new TextDecoder('gb18030').decode(buf);
  if (bad(gb) < b8) return { text: gb, notes: ['文件按 GB18030（GBK）编码读取'] };
  if (b8 > utf8.length * 0.01) throw new UserError(`「${name}」的文字编码无法识别（既不是 UTF-8 也不是 GBK），请另存为 UTF-8 文本`, 415);
  return { text: utf8, notes: [`文件中有 ${b8} 处无法识别的字符`] };
}

export async function loadReportText(path: string): Promise<LoadedText> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new UserError(`「${path}」是一个目录，请给出报告文件`);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`读不到文件「${path}」：${(e as NodeJS.ErrnoException).code === 'ENOENT' ? '文件不存在' : (e as Error).message}`, 404);
  }
  if (size === 0) throw new UserError(`「${path}」是空文件，没有可读取的内容`, 422);
  if (size > MAX_REPORT_BYTES)
    throw new UserError(`「${path}」过大（${(size / 1024 / 1024).toFixed(1)} MB），年度报告文件上限为 ${MAX_REPORT_BYTES / 1024 / 1024} MB`, 413);
  const buf = await readFile(path);
  const ext = extname(path).toLowerCase();
  let loaded: LoadedText;
  if (TEXT_EXT.has(ext)) loaded = decodeText(buf, path);
  else loaded = await readOther(buf, path, ext);
  if (!loaded.text.trim()) throw new UserError(`「${path}」中没有文字`, 422);
  return loaded;
}

/** .html/.docx…: the document readers (server/parse/readers), when present. */
async function readOther(buf: Buffer, path: string, ext: string): Promise<LoadedText> {
  let readers: { readDocument(b: Buffer, name: string): Promise<{ text: string; notes: string[] }> } | null = null;
  try {
    readers = await import('./readers/index.js');
  } catch {
    readers = null;
  }
  if (!readers) throw new UserError(`暂不支持读取 ${ext} 文件，请提供 .txt 文本`, 415);
  const r = await readers.readDocument(buf, path);
  return { text: r.text, notes: r.notes };
}
