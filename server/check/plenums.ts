// N-STALE-REF, political formula: the guiding spirit a report cites (「全面贯彻党的十九大和十九届二中、三中、四中全会
// 精神」) is copied from the year it was written. A report for year Y written after a later congress or plenum
// that still lists the spirit up to an older one is text carried over from an earlier report.
import { emit, foldedNarrative, type Ctx } from './context.js';
import { clip } from './text.js';

/** Congresses and plenary sessions with the year they were held (the report for that year can cite them). */
const SESSIONS: { congress: 19 | 20; plenum: number; year: number }[] = [
  { congress: 19, plenum: 0, year: 2017 },
  { congress: 19, plenum: 2, year: 2018 },
  { congress: 19, plenum: 3, year: 2018 },
  { congress: 19, plenum: 4, year: 2019 },
  { congress: 19, plenum: 5, year: 2020 },
  { congress: 19, plenum: 6, year: 2021 },
  { congress: 20, plenum: 0, year: 2022 },
  { congress: 20, plenum: 2, year: 2023 },
  { congress: 20, plenum: 3, year: 2024 },
  { congress: 20, plenum: 4, year: 2025 },
];
const CN = '一二三四五六七八九';
const SESSION_NAME = (s: { congress: number; plenum: number }) =>
  s.plenum === 0 ? `党的${s.congress === 19 ? '十九' : '二十'}大` : `${s.congress === 19 ? '十九' : '二十'}届${CN[s.plenum - 1]}中全会`;

/** The latest session a report for `year` can cite. */
const latestBy = (year: number) => SESSIONS.filter((s) => s.year <= year).at(-1);

/** A sentence citing a spirit: the latest session it names (「十九届二中、三中、四中全会精神」 → 19/4). */
function citedLatest(sentence: string): { congress: number; plenum: number } | null {
  if (!/精神/.test(sentence)) return null;
  let best: { congress: number; plenum: number } | null = null;
  const better = (c: number, p: number) => !best || c > best.congress || (c === best.congress && p > best.plenum);
  for (const m of sentence.matchAll(/(十九|二十)(?:大|届)/g)) {
    const c = m[1] === '十九' ? 19 : 20;
    if (better(c, 0)) best = { congress: c, plenum: 0 };
    // 「十九届二中、三中、四中全会」: every 「X中」 after the 届 up to 全会.
    if (m[0].endsWith('届')) {
      const run = /^[^。；]{0,30}?全会/.exec(sentence.slice(m.index + m[0].length))?.[0] ?? '';
      for (const p of run.matchAll(/([二三四五六七])中/g)) if (better(c, CN.indexOf(p[1]) + 1)) best = { congress: c, plenum: CN.indexOf(p[1]) + 1 };
    }
  }
  return best;
}

export function staleSpirit(ctx: Ctx): void {
  const Y = ctx.year;
  const latest = Y === null ? undefined : latestBy(Y);
  if (!latest || Y === null) return;
  const f = foldedNarrative(ctx);
  if (!/(十九|二十)(?:大|届)/.test(f)) return;
  // A report citing the later session's spirit anywhere is not carried over, even if another sentence cites an
  // older one; merely naming it as an event (a065: 「2022年是党的二十大召开之年」) is not citing it.
  const later = SESSION_NAME(latest).replace(/^党的/, '');
  if (new RegExp(`(?:贯彻|学习|落实|领会|宣传)[^。；]{0,12}${later}|${later}[^。；，,]{0,30}精神`).test(f)) return;
  for (const m of f.matchAll(/(十九|二十)(?:大|届)[^。；]{0,40}精神/g)) {
    const start = Math.max(f.lastIndexOf('。', m.index), f.lastIndexOf('\n', m.index)) + 1;
    const stop = f.slice(m.index).search(/[。\n]/);
    const sentence = f.slice(start, stop < 0 ? undefined : m.index + stop + 1);
    // The clause that cites (「…召开之年,全面贯彻党的十九大和十九届历次全会精神」: the event named before the comma is not cited).
    const clauseStart = Math.max(...['，', ',', '；'].map((c) => f.lastIndexOf(c, m.index)), start - 1) + 1;
    const cited = citedLatest(f.slice(clauseStart, m.index + m[0].length));
    if (!cited) continue;
    // 「十九届历次全会」 covers every plenum of that congress.
    if (cited.congress === latest.congress && /历次全会/.test(sentence)) continue;
    // 「党的二十大精神」 stays current through that congress's term; an enumeration of plenums that stops short does not.
    const stale = cited.congress < latest.congress || (cited.congress === latest.congress && cited.plenum > 0 && cited.plenum < latest.plenum);
    if (!stale) continue;
    emit(ctx, 'N-STALE-REF', {
      message: `${Y}年度报告所引的指导思想只写到「${SESSION_NAME(cited)}」，${latest.year}年已召开${SESSION_NAME(latest)}，疑为沿用往年文稿`,
      where: {},
      expected: SESSION_NAME(latest),
      actual: SESSION_NAME(cited),
      evidence: { quote: clip(sentence, 160) },
    });
    return;
  }
}
