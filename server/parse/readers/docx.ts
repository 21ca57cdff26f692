// .docx → HTML (mammoth keeps gridSpan/vMerge as colspan/rowspan) → the same path as web pages.
// The zip is unpacked by our own guarded reader first; mammoth only ever sees the checked XML parts.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { UserError } from '../../errors.js';
import { assertTextBudget, HTML_LIMITS, htmlToText, type HtmlText } from './html.js';
import { NOT_WORD, unzipSafely } from './zip.js';

// Only XML parts and relationships are needed for text; media and embedded objects are skipped unread.
const keepPart = (name: string) => /\.(xml|rels)$/i.test(name) && !/^word\/(media|embeddings)\//i.test(name);

/** Text runs (<w:t>) of the Word parts mammoth reads, counted on the XML before any conversion. */
const TEXT_RUN = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

/** Characters of text the document would expand to (entities count as one each), or an upper bound of it. */
export function docxTextLength(parts: Map<string, Buffer>): number {
  let bytes = 0;
  for (const [name, data] of parts) if (/^word\/[^/]+\.xml$/i.test(name)) bytes += data.length;
  // Text is never longer than the XML that holds it: a usual document is not even read twice.
  if (bytes <= HTML_LIMITS.maxTextChars) return bytes;
  let n = 0;
  for (const [name, data] of parts) {
    if (!/^word\/[^/]+\.xml$/i.test(name)) continue;
    const xml = data.toString('utf8');
    TEXT_RUN.lastIndex = 0;
    for (let m = TEXT_RUN.exec(xml); m; m = TEXT_RUN.exec(xml)) n += m[1].replace(/&[#\w]+;/g, '_').length;
  }
  return n;
}

export async function docxToText(buf: Buffer): Promise<HtmlText> {
  const parts = unzipSafely(buf, keepPart);
  if (!parts.has('word/document.xml')) throw new UserError(NOT_WORD, 422);
  // A document that expands to millions of characters is refused before mammoth builds anything from it.
  assertTextBudget(docxTextLength(parts));
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
