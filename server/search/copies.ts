// N-COPIED: a section that is largely another agency's same section, once agency names, place names and numbers are
// masked. Candidates come from the keyword index (the section's most distinctive clauses as the query, that section
// only, other agencies only); each candidate's section is then compared sentence by sentence on masked text.
// Sentences shared by several of the candidate agencies are boilerplate (the ordinance's own wording), not copying,
// and count on neither side of the ratio. Runtime-neutral: only the LexicalIndex and ReportRepo ports.
import type { Finding } from '../check/types.js';
import { namePieces } from '../draft/mask.js';
import { sectionByNo } from '../format/index.js';
import type { Storage } from '../ports/index.js';

export type CopyStorage = Pick<Storage, 'lexical' | 'reports'>;

export interface CopyOptions {
  /** Sections compared (narrative ones by default: 一、总体情况 and 五、存在的主要问题及改进情况). */
  sections?: number[];
  /** Share of the section's (non-boilerplate) masked text found in the other report, at or above which it is a copy. */
  minShare?: number;
  /** And at least this many copied sentences. */
  minSentences?: number;
  /** Candidate reports verified per section. */
  candidates?: number;
  /** Corpus rows never taken as the source (the checked report itself, when it is in the corpus). */
  excludeReportIds?: number[];
}

export interface CopiedSentence {
  ours: string;
  theirs: string;
}

export interface CopyFinding extends Finding {
  rule: 'N-COPIED';
  severity: 'W';
  copiedFrom: { reportId: number; agency: string; year: number | null; source: string; url: string };
  share: number;
  sentences: CopiedSentence[];
}

const MIN_SENTENCE = 12;
const ADMIN = '(?:特别行政区|自治区|自治州|自治县|自治旗|街道办事处|街道|新区|开发区|社区|省|市|州|盟|县|旗|区|镇|乡|村)';
const PLACE = new RegExp(`[\\u4e00-\\u9fa5]{1,4}?${ADMIN}`, 'gu');

/**
 * Masked form of a text for comparison: NFKC, no spaces, the given agency names → 某, every short run ending in an
 * administrative unit → 某 + unit, digit runs (with 年/月/日 dates) → #. Over-masking is harmless: both sides get the same.
 */
export function maskForCopies(text: string, agencies: string[] = []): string {
  let s = text.normalize('NFKC').replace(/\s+/g, '');
  for (const a of agencies) for (const p of namePieces(a)) if (p.length >= 2) s = s.split(p).join('某');
  s = s.replace(/[0-9０-９]+(?:[.．][0-9]+)?%?/g, '#').replace(/[〇一二三四五六七八九十百千万]+(?=[件条次个项人家篇场期])/g, '#');
  return s.replace(PLACE, (m) => `某${/街道|社区|新区|开发区/.exec(m)?.[0] ?? m.slice(-1)}`);
}

/** Sentences (at 。；！？ and line ends) of at least MIN_SENTENCE masked characters: [original, masked]. */
export function sentencesOf(text: string, agencies: string[]): { raw: string; masked: string }[] {
  const out: { raw: string; masked: string }[] = [];
  for (const raw of text.split(/(?<=[。；;！!？?])|\n+/)) {
    const masked = maskForCopies(raw, agencies).replace(/^[（(]?[一二三四五六七八九十\d#]+[）)、.．]/, '').replace(/[。；;！!？?，,]+$/, '');
    if ([...masked].length >= MIN_SENTENCE) out.push({ raw: raw.trim(), masked });
  }
  return out;
}

/** Distinctive clauses of a section for the candidate query: long, without digits, spread over the section. */
function queryClauses(text: string, n = 3): string[] {
  const clauses = text
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((c) => c.length >= 8 && c.length <= 40 && !/\d/.test(c));
  if (clauses.length <= n) return clauses;
  // The longest of each third: spread, and long clauses are the rare ones.
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const part = clauses.slice(Math.floor((i * clauses.length) / n), Math.floor(((i + 1) * clauses.length) / n));
    out.push(part.reduce((a, b) => (b.length > a.length ? b : a)));
  }
  return out;
}

/** The same agency written fully or in short (「大东坝镇」 inside 「松阳县大东坝镇人民政府」); a shared county is not. */
const sameAgency = (a: string, b: string) => {
  if (!a || !b) return false;
  const core = (x: string) => x.replace(/(人民政府办公室|人民政府|办事处|管理委员会)$/, '');
  const [ca, cb] = [core(a), core(b)];
  return ca === cb || ca.endsWith(cb) || cb.endsWith(ca);
};

/**
 * Sections of `report` largely copied from another agency's report in the corpus (one W finding per section,
 * naming the source agency and year and quoting the overlapping sentences). `report.sections` as parsed.
 */
export async function findCopiedSections(
  storage: CopyStorage,
  report: { agency: string; year?: number | null; sections: { no: number; text: string }[] },
  opts: CopyOptions = {},
): Promise<CopyFinding[]> {
  const wanted = opts.sections ?? [1, 5];
  const minShare = opts.minShare ?? 0.5;
  const minSentences = opts.minSentences ?? 3;
  const findings: CopyFinding[] = [];
  for (const sec of report.sections) {
    if (!wanted.includes(sec.no)) continue;
    const ours = sentencesOf(sec.text, [report.agency]);
    if (ours.length < minSentences) continue;
    const clauses = queryClauses(sec.text);
    if (!clauses.length) continue;
    const hits = await storage.lexical.search(clauses.join(' '), { sections: [sec.no], excludeAgency: report.agency || undefined }, 40);
    if (!hits.length) continue;
    // Candidate reports, best chunk first; the same agency under another spelling is not "another agency".
    const rows = await storage.reports.chunksWithReport(hits.map((h) => h.chunkId));
    const rank = new Map(hits.map((h, i) => [h.chunkId, i]));
    rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
    const reports = new Map<number, (typeof rows)[number]['report']>();
    for (const r of rows) if (!sameAgency(r.report.agency, report.agency) && !opts.excludeReportIds?.includes(r.report.id) && reports.size < (opts.candidates ?? 6)) reports.set(r.report.id, r.report);
    const theirs = new Map<number, Set<string>>();
    const theirRaw = new Map<number, Map<string, string>>();
    for (const [id, rep] of reports) {
      const text = (await storage.reports.chunksOf(id)).filter((c) => c.sectionNo === sec.no).map((c) => c.text).join('\n');
      const ss = sentencesOf(text, [rep.agency]);
      theirs.set(id, new Set(ss.map((s) => s.masked)));
      theirRaw.set(id, new Map(ss.map((s) => [s.masked, s.raw])));
    }
    // Boilerplate: a sentence found in three or more of the candidate agencies.
    const boiler = new Set(ours.filter((s) => [...theirs.values()].filter((t) => t.has(s.masked)).length >= 3).map((s) => s.masked));
    const counted = ours.filter((s) => !boiler.has(s.masked));
    const total = counted.reduce((n, s) => n + s.masked.length, 0);
    if (!total) continue;
    let best: { id: number; share: number; copied: typeof counted } | undefined;
    for (const [id, t] of theirs) {
      const copied = counted.filter((s) => t.has(s.masked));
      const share = copied.reduce((n, s) => n + s.masked.length, 0) / total;
      if (!best || share > best.share) best = { id, share, copied };
    }
    if (!best || best.share < minShare || best.copied.length < minSentences) continue;
    const src = reports.get(best.id)!;
    const raw = theirRaw.get(best.id)!;
    const sentences = best.copied.map((s) => ({ ours: s.raw, theirs: raw.get(s.masked) ?? '' }));
    const title = sectionByNo(sec.no)?.title ?? `第${sec.no}部分`;
    const who = `${src.agency || '（机关未知）'}${src.year ? `${src.year}年度` : ''}报告`;
    findings.push({
      rule: 'N-COPIED',
      severity: 'W',
      message: `「${title}」与${who}的同一部分大体相同：屏蔽机关名、地名和数字后，${counted.length}句中有${best.copied.length}句相同（按字数占${Math.round(best.share * 100)}%），如「${sentences[0].ours.slice(0, 60)}」。请确认是否照搬了其他机关的报告。`,
      where: { section: sec.no },
      expected: '本机关自己的工作情况',
      actual: `与${who}相同${Math.round(best.share * 100)}%`,
      evidence: { quote: sentences.slice(0, 3).map((s) => s.ours).join('') },
      copiedFrom: { reportId: src.id, agency: src.agency, year: src.year, source: src.source, url: src.url },
      share: best.share,
      sentences,
    });
  }
  return findings;
}
