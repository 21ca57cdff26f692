// PDF (text layer) → the plain text the label-anchored parser reads. pdf.js (the serverless build bundled by unpdf)
// is imported only here, and only when a PDF arrives. CJK CMaps for non-embedded fonts are served from
// ./pdf-cmaps.ts (no network, no file system); table cells come from the drawn ruling lines (./pdf-grid.ts) and the
// text positions (./pdf-layout.ts). Scanned, encrypted, broken and oversized files get a clear Chinese message.
import { UserError } from '../../errors.js';
import type { Seg } from './pdf-grid.js';
import { layoutPage, pagesToText, type Block, type PdfTextItem } from './pdf-layout.js';

export interface PdfText {
  text: string;
  notes: string[];
  tables: number;
}

export interface PdfBudget {
  /** Pages read at most; the rest is skipped with a note. */
  maxPages: number;
  /** Milliseconds for the whole file; pages after it are skipped with a note. */
  maxMs: number;
}
export const PDF_BUDGET: PdfBudget = { maxPages: 60, maxMs: 30_000 };

export interface PdfOptions {
  budget?: PdfBudget;
  /** CMaps by name (packed, base64); the bundled Adobe-GB1 set unless given (tests pass {} to read without). */
  cmaps?: Readonly<Record<string, string>>;
}

export const SCANNED_PDF = '该 PDF 是扫描件，没有文字层，无法读取文字；请提供可复制文字的 PDF、Word 或网页版本。';
const ENCRYPTED_PDF = '该 PDF 已加密（需要密码才能打开），无法读取。请取消密码保护后重新导出，或提供 Word、网页版本。';
const BROKEN_PDF = '文件不是有效的 PDF（内容损坏或不完整），无法读取。请重新下载或导出后再上传，或提供 Word、网页版本。';
const TOO_SLOW = (s: number) => `PDF 读取超过 ${s} 秒仍未完成，已停止。请提供 Word 或网页版本，或只保留年度报告所在的页面。`;

/** `%PDF-` within the first KiB (the format allows leading bytes). */
export function isPdf(buf: Uint8Array): boolean {
  const sig = [0x25, 0x50, 0x44, 0x46, 0x2d];
  const end = Math.min(buf.length, 1024) - sig.length;
  for (let i = 0; i <= end; i++) if (sig.every((b, k) => buf[i + k] === b)) return true;
  return false;
}

type PdfJs = typeof import('unpdf/pdfjs');
type Ops = PdfJs['OPS'];

/** Serves the bundled Adobe-GB1 CMaps to pdf.js; records names it was asked for but does not have. */
function cmapFactory(cmaps: Readonly<Record<string, string>>, missing: Set<string>) {
  return class EmbeddedBinaryData {
    async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
      const name = filename.replace(/\.bcmap$/, '');
      const b64 = kind === 'cMapUrl' ? cmaps[name] : undefined;
      if (!b64) {
        if (kind === 'cMapUrl') missing.add(name);
        throw new Error(`not bundled: ${kind} ${filename}`);
      }
      const bin = atob(b64);
      const out = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
      return out;
    }
  };
}

type Matrix = [number, number, number, number, number, number];
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Ruling lines (stroked axis-aligned segments, thin filled rectangles) and image count of one operator list. */
export function rulesOf(fnArray: number[], argsArray: unknown[], OPS: Ops, page: Matrix = [1, 0, 0, 1, 0, 0]): { h: Seg[]; v: Seg[]; images: number } {
  const h: Seg[] = [];
  const v: Seg[] = [];
  let images = 0;
  let ctm: Matrix = page;
  const stack: Matrix[] = [];
  const strokes = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fills = new Set<number>([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const imageOps = new Set<number>([
    OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup,
    OPS.paintImageMaskXObject, OPS.paintImageMaskXObjectGroup, OPS.paintImageMaskXObjectRepeat,
  ]);
  const addSeg = (x1: number, y1: number, x2: number, y2: number) => {
    if (Math.abs(y1 - y2) < 1) h.push({ at: (y1 + y2) / 2, a: Math.min(x1, x2), b: Math.max(x1, x2) });
    else if (Math.abs(x1 - x2) < 1) v.push({ at: (x1 + x2) / 2, a: Math.min(y1, y2), b: Math.max(y1, y2) });
  };
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && args) ctm = mul(args as Matrix, ctm);
    else if (fn === OPS.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = mul(Array.from(args[0] as ArrayLike<number>) as Matrix, ctm);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (imageOps.has(fn)) images++;
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const stroke = strokes.has(paint);
      const fill = fills.has(paint);
      if (!stroke && !fill) continue;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      for (const sub of subpaths(data)) {
        const pts = sub.map(([x, y]) => apply(ctm, x, y));
        if (stroke) {
          for (let k = 1; k < pts.length; k++) addSeg(pts[k - 1][0], pts[k - 1][1], pts[k][0], pts[k][1]);
        }
        if (fill && pts.length >= 4) {
          const xs = pts.map((p) => p[0]);
          const ys = pts.map((p) => p[1]);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          // A border drawn as a thin filled rectangle.
          if (y1 - y0 <= 3 && x1 - x0 > 3) addSeg(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
          else if (x1 - x0 <= 3 && y1 - y0 > 3) addSeg((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
        }
      }
    }
  }
  return { h, v, images };
}

/** pdf.js path data (moveTo 0, lineTo 1, curveTo 2, quadraticCurveTo 3, closePath 4) → straight subpaths;
 * a subpath with curves is left out (rounded boxes are not rules). */
function subpaths(d: ArrayLike<number>): [number, number][][] {
  const out: [number, number][][] = [];
  let cur: [number, number][] = [];
  let curved = false;
  const end = () => {
    if (cur.length > 1 && !curved) out.push(cur);
    cur = [];
    curved = false;
  };
  for (let i = 0; i < d.length; ) {
    const op = d[i];
    if (op === 0) {
      end();
      cur.push([d[i + 1], d[i + 2]]);
      i += 3;
    } else if (op === 1) {
      cur.push([d[i + 1], d[i + 2]]);
      i += 3;
    } else if (op === 2) {
      curved = true;
      i += 7;
    } else if (op === 3) {
      curved = true;
      i += 5;
    } else if (op === 4) {
      if (cur.length) cur.push(cur[0]);
      const start = cur[0];
      end();
      if (start) cur.push(start);
      i += 1;
    } else break;
  }
  end();
  return out;
}

const withTimeout = <T>(p: Promise<T>, ms: number, onTimeout: () => void): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      onTimeout();
      reject(new UserError(TOO_SLOW(Math.round(ms / 1000)), 422));
    }, ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });

/** Reads a PDF's text layer. Throws UserError for scanned, encrypted, broken or unreadable files. */
export async function pdfToText(input: Uint8Array, opts: PdfOptions = {}): Promise<PdfText> {
  const t0 = Date.now();
  const budget = opts.budget ?? PDF_BUDGET;
  const [pdfjs, cmaps] = await Promise.all([import('unpdf/pdfjs'), opts.cmaps ?? import('./pdf-cmaps.js').then((m) => m.GB1_CMAPS)]);
  const missing = new Set<string>();
  const task = pdfjs.getDocument({
    data: new Uint8Array(input), // pdf.js may detach the buffer it is given
    BinaryDataFactory: cmapFactory(cmaps, missing),
    useWorkerFetch: false,
    cMapUrl: 'bundled/',
    cMapPacked: true,
    useSystemFonts: false,
    disableFontFace: true,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  } as Parameters<PdfJs['getDocument']>[0]);
  const stop = () => void task.destroy().catch(() => undefined);
  try {
    const doc = await withTimeout(task.promise, budget.maxMs, stop).catch((e: unknown) => {
      if (e instanceof UserError) throw e;
      const name = (e as { name?: string })?.name;
      if (name === 'PasswordException') throw new UserError(ENCRYPTED_PDF, 422);
      throw new UserError(BROKEN_PDF, 422);
    });
    const total = doc.numPages;
    const pages: { blocks: Block[]; height: number }[] = [];
    let images = 0;
    const imageOnly: number[] = [];
    let mergedValues = 0;
    let splitItems = 0;
    let timedOut = false;
    for (let n = 1; n <= Math.min(total, budget.maxPages); n++) {
      const left = budget.maxMs - (Date.now() - t0);
      if (left <= 0) {
        timedOut = true;
        break;
      }
      const read = async () => {
        const page = await doc.getPage(n);
        const [content, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
        page.cleanup();
        return { page, content, ops };
      };
      const { page, content, ops } = await withTimeout(read(), left, stop).catch((e: unknown) => {
        if (e instanceof UserError && pages.length) return { page: undefined, content: undefined, ops: undefined };
        if (e instanceof UserError) throw e;
        throw new UserError(BROKEN_PDF, 422);
      });
      if (!page || !content || !ops) {
        timedOut = true;
        break;
      }
      // Page space as displayed (a /Rotate 90 landscape page turned upright), y up, origin bottom-left.
      const viewport = page.getViewport({ scale: 1 });
      const shown = mul(viewport.transform as Matrix, [1, 0, 0, -1, 0, viewport.height]);
      const items: PdfTextItem[] = content.items.flatMap((x) =>
        'str' in x ? [{ str: x.str, transform: mul(x.transform as Matrix, shown), width: x.width }] : [],
      );
      const rules = rulesOf(ops.fnArray, ops.argsArray, pdfjs.OPS, shown);
      images += rules.images;
      if (!items.some((x) => x.str.trim())) {
        if (rules.images) imageOnly.push(n);
        continue;
      }
      const laid = layoutPage({ items, h: rules.h, v: rules.v });
      mergedValues += laid.mergedValues;
      splitItems += laid.splitItems;
      pages.push({ blocks: laid.blocks, height: viewport.height });
    }
    if (!pages.length) {
      if (missing.size) {
        throw new UserError(`该 PDF 使用了未内置的字符映射（${[...missing].slice(0, 3).join('、')}），读取不到文字；请提供可复制文字的 PDF、Word 或网页版本。`, 422);
      }
      if (images || imageOnly.length) throw new UserError(SCANNED_PDF, 422);
      if (timedOut) throw new UserError(TOO_SLOW(Math.round(budget.maxMs / 1000)), 422);
      throw new UserError('PDF 中没有读取到文字；请提供可复制文字的 PDF、Word 或网页版本。', 422);
    }
    const { text, tables, furniture } = pagesToText(pages);
    const read = pages.length + imageOnly.length;
    const notes: string[] = [];
    if (total > budget.maxPages && !timedOut) notes.push(`PDF 共 ${total} 页，只读取了前 ${budget.maxPages} 页（年度报告一般不超过 20 页）`);
    if (timedOut) notes.push(`PDF 共 ${total} 页，读取 ${Math.round(budget.maxMs / 1000)} 秒后停止，只读取了前 ${read} 页`);
    if (imageOnly.length) notes.push(`第 ${imageOnly.slice(0, 10).join('、')} 页是图片（扫描件），没有文字层，未能读取`);
    if (missing.size) notes.push(`PDF 使用了未内置的字符映射（${[...missing].slice(0, 3).join('、')}），部分文字可能缺失`);
    if (furniture) notes.push(`已去除 PDF 的页眉、页脚和页码 ${furniture} 处`);
    if (tables) notes.push(`从 PDF 的表格框线读取到 ${tables} 个表格，已按行转为「| 标签 | 数值 |」形式`);
    if (splitItems) notes.push(`有 ${splitItems} 段含数字的文字跨越表格框线，已按字符的估计位置分入各单元格，请核对相应表格`);
    if (mergedValues) notes.push(`表格中有 ${mergedValues} 处数字单元格跨行或跨列合并，数字只保留在原位置，被合并的位置按空白处理`);
    return { text, notes, tables };
  } finally {
    stop();
  }
}

export const NOT_PDF = '文件扩展名是 .pdf，但内容不是 PDF 文件（可能下载不完整，或是网页、其他格式改了扩展名）；请重新下载或导出 PDF，或上传 txt、html、docx 版本。';

/** The reader registered in readDocument: refuses a non-PDF named .pdf, then reads the text layer. */
export async function readPdf(buf: Uint8Array, opts: PdfOptions = {}): Promise<PdfText> {
  if (!isPdf(buf)) throw new UserError(NOT_PDF, 422);
  return pdfToText(buf, opts);
}
