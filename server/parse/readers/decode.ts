// Bytes → string for text and HTML inputs: BOMs, UTF-8 first, GB18030 (superset of GBK/GB2312) when UTF-8 fails.
import { UserError } from '../../errors.js';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

const REPLACEMENT = /\uFFFD/g;
const countBad = (s: string) => s.match(REPLACEMENT)?.length ?? 0;

function decodeAs(bytes: Uint8Array, enc: Decoded['encoding']): string {
  return new TextDecoder(enc, { fatal: false }).decode(bytes);
}

/** True when the bytes are not text: NULs, or many C0 control bytes (tab/LF/CR/FF/ESC excepted). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 64 * 1024);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) ctrl++;
  }
  return n > 0 && ctrl / n > 0.02;
}

/**
 * Decodes text bytes. Valid UTF-8 wins even against a <meta charset=gb2312> (sites mislabel; GBK text is almost
 * never valid UTF-8). Otherwise GB18030 when it decodes cleaner and looks like text.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeAs(bytes.subarray(3), 'utf-8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeAs(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeAs(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw unreadable();
  const utf8 = decodeAs(bytes, 'utf-8');
  const bad8 = countBad(utf8);
  if (bad8 === 0) return { text: utf8, encoding: 'utf-8' };
  const gb = decodeAs(bytes, 'gb18030');
  // Random bytes decode "successfully" as GB18030 far too often; require mostly CJK/ASCII output.
  if (countBad(gb) < bad8 && plausibleText(gb)) return { text: gb, encoding: 'gb18030' };
  if (bad8 > utf8.length * 0.01) throw unreadable();
  return { text: utf8, encoding: 'utf-8' };
}

function plausibleText(s: string): boolean {
  const sample = s.slice(0, 20000);
  let ok = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x7f || (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) || c === 0x201c || c === 0x201d || c === 0xb7)
      ok++;
  }
  return ok / Math.max([...sample].length, 1) > 0.9;
}

function unreadable(): UserError {
  return new UserError('无法识别文件内容：它不是文本（UTF-8 或 GBK 编码）、网页、Word 或 PDF 文档。请上传 txt、html、docx 或 pdf 格式的年度报告', 415);
}

/** Strips a stray BOM, normalises CRLF/CR to LF. */
export function normaliseNewlines(s: string): string {
  return s.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
