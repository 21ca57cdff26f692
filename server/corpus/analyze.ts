// Text → parsed report + validator findings, using the parser and checker when they are present, and the
// fallback sectioner when parsing fails (a retrieval corpus must take whatever text there is).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { UserError } from '../errors.js';
import type { ParsedReport } from '../report/schema.js';
import { fallbackSections, type SectionedReport } from './chunk.js';

export interface Analysis {
  /** The parsed report (ParsedReport from the parser, or the fallback sectioning). */
  parsed: SectionedReport & Partial<Pick<ParsedReport, 'meta' | 'format' | 'source'>>;
  /** Validator findings, each with its `fingerprint` (the key of review decisions). */
  findings: unknown[];
  parser: 'parseText' | 'fallback';
  /** Names what produced this analysis (see `currentAnalyzer`). */
  analyzer: string;
}

type ParseFn = (text: string, opts?: { file?: string }) => ParsedReport;
type CheckFn = (r: ParsedReport) => { rule: string }[];
type FingerprintFn = (finding: unknown, report: ParsedReport) => string;
type ReadFn = (input: unknown, name?: string) => Promise<string | { text: string }>;

// The parser, checker and readers are other owners' modules; load them once, tolerate their absence.
const load = async <T>(spec: string, name: string): Promise<T | undefined> => {
  try {
    const mod = (await import(spec)) as Record<string, unknown>;
    return mod[name] as T | undefined;
  } catch {
    return undefined;
  }
};
let deps: Promise<{ parse?: ParseFn; check?: CheckFn; fp?: FingerprintFn; read?: ReadFn }> | undefined;
function loadDeps() {
  deps ??= (async () => ({
    parse: await load<ParseFn>('../parse/text.js', 'parseText'),
    check: await load<CheckFn>('../check/index.js', 'checkReport'),
    fp: await load<FingerprintFn>('../check/index.js', 'fingerprint'),
    read: await load<ReadFn>('../parse/readers/index.js', 'readDocument'),
  }))();
  return deps;
}

/** What analysis this process can do: 「parse+check」 once the parser and checker exist, less before. */
export async function currentAnalyzer(): Promise<string> {
  const { parse, check, fp } = await loadDeps();
  return [parse ? 'parse' : 'fallback', check ? 'check' : '', fp ? 'fp' : ''].filter(Boolean).join('+');
}

/** Agency and year from a title 「XX镇2023年政府信息公开工作年度报告」 (fallback only; the parser does better). */
function withTitleMeta(rep: SectionedReport): Analysis['parsed'] {
  const m = rep.title?.normalize('NFKC').match(/^(.{2,40}?)(20\d{2})年度?政府信息公开/);
  if (!m) return rep;
  return { ...rep, meta: { agency: m[1].trim(), year: Number(m[2]) } };
}

export async function analyzeText(text: string, file?: string): Promise<Analysis> {
  const { parse, check, fp } = await loadDeps();
  let parsed: ParsedReport | undefined;
  if (parse) {
    try {
      parsed = parse(text, { file });
    } catch {
      parsed = undefined;
    }
  }
  const analyzer = await currentAnalyzer();
  if (!parsed || parsed.sections.length === 0)
    return { parsed: withTitleMeta(fallbackSections(text)), findings: [], parser: 'fallback', analyzer };
  let findings: unknown[] = [];
  if (check) {
    try {
      findings = check(parsed).map((f) => (fp ? { ...f, fingerprint: fp(f, parsed!) } : f));
    } catch {
      findings = [];
    }
  }
  return { parsed, findings, parser: 'parseText', analyzer };
}

export const SUPPORTED_EXT = ['.txt', '.md', '.html', '.htm', '.docx'];

/** Read a corpus file as text: plain text directly, HTML/DOCX through the document readers. */
export async function readReportFile(path: string): Promise<string> {
  const ext = extname(path).toLowerCase();
  if (!SUPPORTED_EXT.includes(ext))
    throw new UserError(`不支持的文件类型「${ext || '无扩展名'}」：${path}。可导入 .txt、.md、.html、.docx。`, 415);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new UserError(`无法读取文件「${path}」。`, 404);
  }
  if (ext === '.txt' || ext === '.md') return bytes.toString('utf8').replace(/^\uFEFF/, '');
  const { read } = await loadDeps();
  if (!read) throw new UserError(`暂不能读取 ${ext} 文件（文档读取模块未就绪）：${path}`, 415);
  const out = await read(bytes, path);
  return typeof out === 'string' ? out : out.text;
}
