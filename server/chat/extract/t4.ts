// 表四 (administrative review and lawsuits): a count's row and result, or the claim waiting for its result.
import type { CueToken, NumToken } from '../tokens.js';
import { LAWSUIT } from '../vocab.js';
import type { Pending } from '../extraction.js';
import { zeroRow } from './negation.js';
import { type Reader, rowLabel, rowTargets } from './reader.js';
import { ask, checkCount, setCell } from './record.js';

/** A 表四 count (or, with num null, a result for the count waiting): its row, then its result — or a claim waiting for it. */
export function handleT4(rd: Reader, num: NumToken | null, cs: CueToken[], phrase: string): void {
  const rowKeys = [...new Set(cs.filter((c) => c.target.t === 't4row').map((c) => (c.target as { key: string }).key))];
  const specific = rowKeys.filter((k) => k !== LAWSUIT && k !== 'review');
  let row = specific.length === 1 ? specific[0] : rowKeys.length === 1 ? rowKeys[0] : undefined;
  if (rowKeys.length > 1 && !row) return severalRows(rd, num, cs, phrase, rowKeys);
  row ??= rd.ctx.t4row ?? namedRow(rd);
  const cols = [...new Set(cs.filter((c) => c.target.t === 't4col').map((c) => (c.target as { key: string }).key))];
  if (cols.length > 1) return ask(rd, `「${phrase}」同时提到了几种结果，请分别说明各是多少起。`);
  if (!num) return resultOfWaiting(rd, rowKeys, row, cols, phrase);
  if (!checkCount(rd, num, phrase)) return;
  if (!row) return ask(rd, `「${phrase}」是行政复议还是行政诉讼？`, [...rowTargets(rd, 't4', 'review'), ...rowTargets(rd, 't4', 'direct'), ...rowTargets(rd, 't4', 'after')]);
  rd.ctx.t4row = row;
  if (!cols.length && rd.mode.kind !== 'exact')
    return ask(rd, `「${phrase}」${rd.mode.kind === 'part' ? '只是一段时间的数' : rd.mode.kind === 'offer' ? rd.mode.why : '没有说出确切的数'}，没有填入表四。`, row === LAWSUIT ? [...rowTargets(rd, 't4', 'direct'), ...rowTargets(rd, 't4', 'after')] : rowTargets(rd, 't4', row), num.value);
  if (row === LAWSUIT || !cols.length) {
    if (num.value === 0 && !cols.length) return zeroRow(rd, 't4', row, phrase);
    // The kind of lawsuit, or the result, may follow (「行政诉讼1起，未经复议直接起诉」「复议1起，维持」); a result said
    // already waits with the count for the kind (「行政诉讼一起还没判下来，是直接起诉的」).
    const claim: Pending = { table: 't4', row, value: num.value, phrase, needs: row === LAWSUIT ? 'lawsuit' : 'result', ...(row === LAWSUIT && cols.length ? { col: cols[0] } : {}) };
    rd.claims.push(claim);
    rd.ctx.t4claim = claim;
    return;
  }
  setCell(rd, `t4.${row}.${cols[0]}`, num.value, phrase);
}

/** 「表四复议那行 维持2 纠正1」: a row named alone earlier in the sentence is the row of the results that follow. */
function namedRow(rd: Reader): string | undefined {
  if (rd.ctx.named?.sentence !== rd.sentence) return undefined;
  const rows = [...new Set(rd.ctx.named.cues.filter((c) => c.target.t === 't4row').map((c) => (c.target as { key: string }).key))];
  return rows.length === 1 && rows[0] !== LAWSUIT ? rows[0] : undefined;
}

/** Several 表四 rows named with one count: 各 gives each the count, 0 is each one's; otherwise asked. */
function severalRows(rd: Reader, num: NumToken | null, cs: CueToken[], phrase: string, rowKeys: string[]): void {
  // 「行政复议和行政诉讼各1起」: each named row has that count (its result follows).
  if (num && /各/.test(phrase) && !cs.some((c) => c.target.t === 't4col')) {
    for (const k of rowKeys) {
      const claim: Pending = { table: 't4', row: k, value: num.value, phrase, needs: k === LAWSUIT ? 'lawsuit' : 'result' };
      rd.claims.push(claim);
    }
    return;
  }
  // 「复议诉讼：0」: a zero for several rows named is each row's.
  if (num && num.value === 0 && rd.mode.kind === 'exact' && !cs.some((c) => c.target.t === 't4col')) {
    for (const k of rowKeys) zeroRow(rd, 't4', k, phrase);
    return;
  }
  ask(rd, `「${phrase}」同时提到了行政复议和行政诉讼，请分开说明各是多少起。`);
}

/** 「结果维持」 after 「行政复议1起」: the whole count waiting has that result. */
function resultOfWaiting(rd: Reader, rowKeys: string[], row: string | undefined, cols: string[], phrase: string): void {
  // The claim of the row this clause names (「复议维持，诉讼…」 after 「各1起」), else the one waiting.
  const named = rd.claims.filter((c) => c.table === 't4' && rowKeys.some((k) => k === c.row || (k === LAWSUIT && ['direct', 'after'].includes(c.row))));
  const claim = named.length === 1 ? named[0] : rd.ctx.t4claim;
  // 「复议后起诉的案子法院判我们败诉」: a result of a named row, with no count said — asked.
  if (!claim && cols.length === 1 && row && row !== LAWSUIT) return ask(rd, `「${phrase}」：${rowLabel(rd, 't4', row)}「${rd.t4Cols.find((c) => c.key === cols[0])?.label}」是几起？`, [`t4.${row}.${cols[0]}`]);
  if (!claim || !cols.length) return;
  // 「行政诉讼1起，结果维持，是复议后起诉的」: the result waits with the count for the kind of lawsuit.
  if (claim.needs === 'lawsuit') {
    claim.col = cols[0];
    return;
  }
  rd.claims.splice(rd.claims.indexOf(claim), 1);
  rd.ctx.t4claim = undefined;
  setCell(rd, `t4.${claim.row}.${cols[0]}`, claim.value, `${claim.phrase}，${phrase}`);
}
