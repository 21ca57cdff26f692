// Text → parsed report + validator findings; the fallback sectioner when parsing fails (a retrieval corpus takes
// whatever text there is).
import { checkReport, fingerprint } from '../check/index.js';
import { parseText } from '../parse/text.js';
import type { ParsedReport } from '../report/schema.js';
import { fallbackSections, type SectionedReport } from './chunk.js';

export interface Analysis {
  /** The parsed report (ParsedReport from the parser, or the fallback sectioning). */
  parsed: SectionedReport & Partial<Pick<ParsedReport, 'meta' | 'format' | 'source'>>;
  /** Validator findings, each with its `fingerprint` (the key of review decisions). */
  findings: unknown[];
  parser: 'parseText' | 'fallback';
}

/** Names what produced an analysis: reports analysed by an older pipeline are re-analysed on the next ingest. */
export const ANALYZER = 'parse+check+fp';

/** Agency and year from a title 「XX镇2023年政府信息公开工作年度报告」 (fallback only; the parser does better). */
function withTitleMeta(rep: SectionedReport): Analysis['parsed'] {
  const m = rep.title?.normalize('NFKC').match(/^(.{2,40}?)(20\d{2})年度?政府信息公开/);
  if (!m) return rep;
  return { ...rep, meta: { agency: m[1].trim(), year: Number(m[2]) } };
}

export async function analyzeText(text: string, file?: string): Promise<Analysis> {
  let parsed: ParsedReport | undefined;
  try {
    parsed = parseText(text, { file });
  } catch {
    parsed = undefined; // a retrieval corpus takes whatever text there is: fall back to plain sectioning
  }
  if (!parsed || parsed.sections.length === 0)
    return { parsed: withTitleMeta(fallbackSections(text)), findings: [], parser: 'fallback' };
  const report = parsed;
  const findings = checkReport(report).map((f) => ({ ...f, fingerprint: fingerprint(f, report) }));
  return { parsed, findings, parser: 'parseText' };
}

export const SUPPORTED_EXT = ['.txt', '.md', '.html', '.htm', '.docx', '.pdf'];
