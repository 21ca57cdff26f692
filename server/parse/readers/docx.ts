// .docx → HTML (mammoth keeps gridSpan/vMerge as colspan/rowspan) → the same path as web pages.
// The zip is unpacked by our own guarded reader first; mammoth only ever sees the checked XML parts.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { UserError } from '../../errors.js';
import { htmlToText, type HtmlText } from './html.js';
import { NOT_WORD, unzipSafely } from './zip.js';

// Only XML parts and relationships are needed for text; media and embedded objects are skipped unread.
const keepPart = (name: string) => /\.(xml|rels)$/i.test(name) && !/^word\/(media|embeddings)\//i.test(name);

export async function docxToText(buf: Buffer): Promise<HtmlText> {
  const parts = unzipSafely(buf, keepPart);
  if (!parts.has('word/document.xml')) throw new UserError(NOT_WORD, 422);
  const clean = new JSZip();
  for (const [name, data] of parts) clean.file(name, data);
  const safe = await clean.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: safe },
      // Images are not read at all (their parts were never unpacked).
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch {
    throw new UserError('Word 文档内容损坏，无法读取正文。请在 Word 中打开后“另存为 .docx”再上传', 422);
  }
  return htmlToText(html);
}
