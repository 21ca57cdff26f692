// readDocument: any accepted upload (txt, html, docx, pdf) → the plain text `parseText` reads, with notes for the user.
import { UserError } from '../../errors.js';
import { decodeBytes, normaliseNewlines } from './decode.js';
import { docxToText } from './docx.js';
import { assertTextBudget, htmlToText } from './html.js';

export type DocumentKind = 'txt' | 'html' | 'docx' | 'pdf';
export interface ReadDocument {
  text: string;
  kind: DocumentKind;
  notes: string[];
}

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const ACCEPTED = 'txt、html、docx、pdf';

const HTML_EXT = new Set(['html', 'htm', 'shtml', 'xhtml', 'jhtml']);

// Known formats we cannot read, with what the user should do instead.
const UNSUPPORTED: [RegExp, string][] = [
  [/^(doc|dot|wps|rtf)$/, '旧版 Word 或 WPS 文件（请在 Word/WPS 中“另存为 .docx”）'],
  [/^(xls|xlsx|xlsm|et|csv)$/, '电子表格文件'],
  [/^(ppt|pptx|dps)$/, '演示文稿'],
  [/^(odt|ods|odp|pages|ofd|mht|mhtml|epub)$/, '该格式的文档'],
  [/^(png|jpe?g|gif|bmp|tiff?|webp|heic|svg)$/, '图片（无法从图片中识别文字）'],
  [/^(zip|rar|7z|gz|tar|tgz)$/, '压缩包'],
];

// Magic numbers (first bytes) of formats that must be refused whatever the file is called.
const MAGIC: [number[], string][] = [
  [[0xd0, 0xcf, 0x11, 0xe0], '旧版 Office 文件（.doc/.xls）或加密的 Word 文档（请取消密码保护，并另存为 .docx）'],
  [[0x89, 0x50, 0x4e, 0x47], '图片（PNG）'],
  [[0xff, 0xd8, 0xff], '图片（JPEG）'],
  [[0x47, 0x49, 0x46, 0x38], '图片（GIF）'],
  [[0x42, 0x4d], '图片（BMP）'],
  [[0x52, 0x61, 0x72, 0x21], '压缩包（RAR）'],
  [[0x37, 0x7a, 0xbc, 0xaf], '压缩包（7z）'],
  [[0x1f, 0x8b], '压缩包（gzip）'],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], 'RTF 文件（请另存为 .docx）'],
];

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((x, i) => b[i] === x);
const isZip = (b: Uint8Array) => startsWith(b, [0x50, 0x4b, 0x03, 0x04]);

function unsupported(what: string): UserError {
  return new UserError(`不支持的文件类型：${what}。请上传 ${ACCEPTED} 格式的年度报告`, 415);
}

function extensionOf(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

const looksLikeHtml = (s: string) => /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)/i.test(s.slice(0, 2000));

/** Does the text contain Chinese (CJK unified ideographs)? */
export const hasCjk = (s: string) => /[\u3400-\u9fff]/.test(s);

export async function readDocument(input: Buffer | Uint8Array, filename: string): Promise<ReadDocument> {
  const buf = Buffer.isBuffer(input) ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (buf.length > MAX_UPLOAD_BYTES) {
    throw new UserError(`文件过大（${(buf.length / 1024 / 1024).toFixed(1)} MB），上限为 ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`, 413);
  }
  if (buf.length === 0) throw new UserError('文件是空的，没有可读取的内容', 422);
  const ext = extensionOf(filename);
  const byExt = UNSUPPORTED.find(([re]) => re.test(ext));
  if (byExt) throw unsupported(`${byExt[1]}（.${ext}）`);
  const byMagic = MAGIC.find(([sig]) => startsWith(buf, sig));
  if (byMagic) throw unsupported(byMagic[1]);

  let result: ReadDocument;
  if (ext === 'pdf' || startsWith(buf, [0x25, 0x50, 0x44, 0x46])) {
    // pdf.js is loaded only here (dynamic import), never on the path of the other readers.
    const r = await (await import('./pdf.js')).readPdf(buf);
    result = { text: r.text, kind: 'pdf', notes: r.notes };
  } else if (ext === 'docx' || isZip(buf)) {
    const r = await docxToText(buf);
    result = { text: r.text, kind: 'docx', notes: r.notes };
  } else {
    const html = HTML_EXT.has(ext);
    const decoded = decodeBytes(buf);
    const notes: string[] = [];
    if (decoded.encoding !== 'utf-8') notes.push(`文件按 ${decoded.encoding.toUpperCase()} 编码读取`);
    const text = normaliseNewlines(decoded.text);
    if (html || looksLikeHtml(text)) {
      if (!html) notes.push(`文件内容是网页源代码，已按 html 读取`);
      const r = htmlToText(text);
      result = { text: r.text, kind: 'html', notes: [...notes, ...r.notes] };
    } else {
      // Plain text stays as published (tabs, indents): the text parser and the checker read it as is.
      assertTextBudget(text);
      result = { text, kind: 'txt', notes };
    }
  }
  if (!result.text.trim()) throw new UserError(`文件中没有读取到文字（${result.kind}）`, 422);
  if (!hasCjk(result.text)) result.notes.push('文件中没有中文文字，可能不是中文的政府信息公开工作年度报告');
  return result;
}
