// Cut a sectioned report into retrieval chunks: by sub-section / paragraph, ~150–400 characters, each with its
// section number and (in 一、总体情况) the aspect it covers.
import { CHINESE_ORDINALS, FORMATS, SECTIONS, T3_NOTE } from '../format/index.js';
import { stripFurnitureLines } from '../parse/readers/furniture.js';
import { aspectOf } from '../parse/sections.js';
import type { ChunkInput } from '../store/reports.js';

export interface SectionedReport {
  title?: string;
  preface?: string;
  sections: { no: number; heading: string; text: string; subsections?: { heading: string; aspect?: string; text: string }[] }[];
}

export const CHUNK_MIN = 150;
export const CHUNK_MAX = 400;

/** Which of the five aspects of 一 a paragraph's opening speaks of (the parser's sub-heading reading). */
const openingAspect = (text: string) => aspectOf(text.slice(0, 40));

/** Split a long paragraph at sentence ends into pieces of at most CHUNK_MAX characters. */
function splitLong(p: string): string[] {
  if (p.length <= CHUNK_MAX) return [p];
  const sentences = p.match(/[^。；;！!？?]+[。；;！!？?]*/g) ?? [p];
  const out: string[] = [];
  let cur = '';
  for (const s of sentences) {
    if (cur && cur.length + s.length > CHUNK_MAX) (out.push(cur), (cur = ''));
    cur += s;
    while (cur.length > CHUNK_MAX * 1.5) (out.push(cur.slice(0, CHUNK_MAX)), (cur = cur.slice(CHUNK_MAX)));
  }
  if (cur) out.push(cur);
  return out;
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** Every fixed table text (row/column labels, captions, the 表三 note) of both formats. */
const TABLE_LABELS = new Set<string>(
  Object.values(FORMATS).flatMap((f) =>
    f.tables.flatMap((t) => [
      t.title,
      ...t.blocks.flatMap((b) => [b.caption ?? '', b.corner ?? '', ...b.columns.flatMap((c) => [c.label, c.group ?? '', c.subgroup ?? '']),
        ...b.rows.flatMap((r) => [r.label, ...(r.parents ?? []), ...(r.aliases ?? [])])]),
    ]),
  ).concat(T3_NOTE).filter(Boolean).map(squash),
);

/** Table residue (cell labels, pipe rows, bare numbers) and page breadcrumbs are not prose worth retrieving. */
const isProse = (line: string) =>
  !TABLE_LABELS.has(squash(line)) &&
  !line.includes('|') &&
  (line.match(/>/g)?.length ?? 0) < 2 &&
  (line.length >= 14 || /[。；;：:]$/.test(line));

/** A paragraph that opens a numbered sub-heading starts a new chunk: 「（一）」「(2)」「3.」「一是」. */
const opensSubheading = (p: string) => /^\s*([（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[.、．]|[一二三四五六七八九十]是)/.test(p);

/** Paragraphs → pieces of ~CHUNK_MIN..CHUNK_MAX characters, merging short neighbours. */
export function packParagraphs(text: string): string[] {
  const paras = stripFurnitureLines(text.split(/\n+/))
    .lines.map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && isProse(l))
    .flatMap(splitLong);
  const out: string[] = [];
  let cur = '';
  for (const p of paras) {
    const brk = cur.length >= CHUNK_MIN || cur.length + p.length > CHUNK_MAX || (cur.length >= 60 && opensSubheading(p));
    if (cur && brk) (out.push(cur), (cur = ''));
    cur = cur ? `${cur}\n${p}` : p;
  }
  if (cur) {
    // A short tail joins the previous piece when it fits.
    const last = out.at(-1);
    if (last && cur.length < CHUNK_MIN / 2 && last.length + cur.length <= CHUNK_MAX) out[out.length - 1] = `${last}\n${cur}`;
    else out.push(cur);
  }
  return out;
}

export function chunkReport(rep: SectionedReport): ChunkInput[] {
  const chunks: ChunkInput[] = [];
  const head = [rep.title, rep.preface].filter(Boolean).join('\n');
  for (const t of packParagraphs(head)) chunks.push({ sectionNo: 0, heading: rep.title ?? '', text: t });
  for (const s of rep.sections) {
    const units = s.subsections?.length
      ? s.subsections.map((u) => ({ heading: u.heading, aspect: u.aspect, text: u.text.includes(u.heading) ? u.text : `${u.heading}\n${u.text}` }))
      : [{ heading: s.heading, aspect: undefined as string | undefined, text: s.text }];
    for (const u of units) {
      for (const t of packParagraphs(u.text)) {
        const aspect = s.no === 1 ? (u.aspect ?? openingAspect(t)) : undefined;
        chunks.push({ sectionNo: Number.isInteger(s.no) ? s.no : 0, aspect, heading: u.heading, text: t });
      }
    }
  }
  return chunks.filter((c) => c.text.length >= 8);
}

// ---- fallback sectioning, used only when the parser is unavailable or fails on a text ----

const NUMERALS = CHINESE_ORDINALS.slice(0, 6);
function headingNo(line: string): number | undefined {
  const t = line.trim().normalize('NFKC');
  if (t.length > 40 || TABLE_LABELS.has(squash(t))) return undefined;
  // Any short 「一、…」 line counts (old or reworded headings are still section boundaries).
  const bare = /^([一二三四五六])、\S.{1,28}$/.exec(t);
  if (bare && !/[。;；]/.test(t)) return NUMERALS.indexOf(bare[1]) + 1;
  for (const s of SECTIONS) {
    const titles = [s.title, ...s.variants];
    if (!titles.some((x) => t.includes(x.normalize('NFKC')))) continue;
    const m = /^([一二三四五六]|\d)\s*[、.．]/.exec(t);
    if (!m) continue;
    const n = NUMERALS.indexOf(m[1]) + 1 || Number(m[1]);
    if (n === s.no) return s.no;
  }
  return undefined;
}

export function fallbackSections(text: string): SectionedReport {
  const lines = text.split(/\r?\n/);
  const rep: SectionedReport = { sections: [] };
  const before: string[] = [];
  let cur: { no: number; heading: string; lines: string[] } | undefined;
  const flush = () => cur && rep.sections.push({ no: cur.no, heading: cur.heading, text: cur.lines.join('\n') });
  for (const line of lines) {
    const no = headingNo(line);
    if (no && no > (cur?.no ?? 0)) {
      flush();
      cur = { no, heading: line.trim(), lines: [] };
    } else if (cur) cur.lines.push(line);
    else before.push(line);
  }
  flush();
  const head = before.map((l) => l.trim()).filter(Boolean);
  if (head[0] && /年度报告|工作报告/.test(head[0]) && head[0].length < 60) rep.title = head.shift();
  rep.preface = head.join('\n');
  return rep;
}
