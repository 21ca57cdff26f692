// Settling at the end of the message: totals said without their column or result, counts that contradict each
// other (withheld and asked), the rows a column without applications cannot have, and the numbers that named no place.
import { T3_INTAKE } from '../wordclasses.js';
import { LAWSUIT } from '../vocab.js';
import { orphanQuestion, slipWord, type Pending } from '../extraction.js';
import { singleApplicantColumn } from '../subjects.js';
import { place, type Reader, rowTargets } from './reader.js';
import { ask, markChoice, setCell } from './record.js';

/** The end of the message, in order. */
export function settle(rd: Reader): void {
  settleClaims(rd);
  withholdNegatedWithCount(rd);
  withholdT3RowNegatedWithCount(rd);
  askApplicantColumns(rd);
  withholdOverBalance(rd);
  deduceNoApplications(rd);
  askOrphans(rd);
}

/** Totals stated without their column: settled by a breakdown in the same message, otherwise asked about. */
function settleClaims(rd: Reader): void {
  for (const claim of rd.claims) {
    // A count waiting for its reason (asked when it was said) keeps waiting for the next message.
    if (claim.needs === 'reason') {
      if (!rd.carriedClaims.has(claim)) rd.out.pending.push(claim); // one turn only: an unanswered question lapses
      continue;
    }
    if (claim.table === 't3') settleApplications(rd, claim);
    else settleReview(rd, claim);
  }
}

/** A 表三 total: checked against its parts, placed in the only column it can be, or kept waiting for its column. */
function settleApplications(rd: Reader, claim: Pending): void {
  const set = rd.t3Cols.map((c) => rd.out.cells[`t3.${claim.row}.${c.key}`]).filter((v) => v !== undefined);
  if (set.length) {
    const sum = set.reduce((a, b) => a + b, 0);
    if (sum === claim.value) rd.out.understood.push(`「${claim.phrase}」：合计${claim.value}件，与分项一致`);
    else {
      // More in the parts than in the total is a contradiction: neither is stored.
      if (sum > claim.value) dropRow(rd, 't3', claim.row);
      ask(rd, `「${claim.phrase}」说共${claim.value}件，但分项合计${sum}件，${sum > claim.value ? '没有填入，' : ''}请核对。`, rowTargets(rd, 't3', claim.row));
    }
    return;
  }
  const only = singleApplicantColumn({ ...(rd.ec.cells ?? {}), ...rd.out.cells }, rd.t3Cols.map((c) => c.key), claim.row);
  if (only) {
    setCell(rd, `t3.${claim.row}.${only}`, claim.value, `${claim.phrase}（申请只来自这一类申请人）`);
    return;
  }
  rd.out.pending.push(claim);
}

/** A 表四 count: checked against the results said, or kept waiting (and asked) for its result or kind of lawsuit. */
function settleReview(rd: Reader, claim: Pending): void {
  const set = rd.t4Cols.map((c) => rd.out.cells[`t4.${claim.row}.${c.key}`]).filter((v) => v !== undefined);
  if (claim.needs === 'result' && set.length) {
    const sum = set.reduce((a, b) => a + b, 0);
    if (sum > claim.value) dropRow(rd, 't4', claim.row);
    if (sum !== claim.value) ask(rd, `「${claim.phrase}」说共${claim.value}起，但各结果合计${sum}起，${sum > claim.value ? '没有填入，' : ''}请核对。`, rowTargets(rd, 't4', claim.row));
    return;
  }
  rd.out.pending.push(claim);
  if (claim.needs === 'lawsuit')
    ask(rd, `「${claim.phrase}」：行政诉讼是「未经复议直接起诉」还是「复议后起诉」？结果如何（结果维持、结果纠正、其他结果、尚未审结）？`, [...rowTargets(rd, 't4', 'direct'), ...rowTargets(rd, 't4', 'after')], claim.value);
  else {
    ask(rd, `「${claim.phrase}」的结果是什么？（${rd.t4Cols.map((c) => c.label).join('、')}）`, rowTargets(rd, 't4', claim.row), claim.value);
    // (「申请了复议」→「维持」: a short answer naming the result places the count — only an exact one of this year.)
    if (!/去年|上年|往年|前年|上半年|下半年|季度|大概|大约|约|左右|多|几|估计|可能|好像/.test(claim.phrase)) markChoice(rd);
  }
}

/** One question for all 表三 numbers still waiting for their applicant column. */
function askApplicantColumns(rd: Reader): void {
  const noCol = rd.out.pending.filter((p) => p.table === 't3');
  if (noCol.length) {
    const said = [...new Set(noCol.map((p) => `「${p.phrase}」`))].join('');
    const again = noCol.every((p) => rd.carriedClaims.has(p)) ? '（仍待确认）' : '';
    ask(rd, `${said}${again}中的件数是哪类申请人的？请说「都是自然人」，或分别说明，如「自然人2件、商业企业1件」。`, noCol.flatMap((p) => rowTargets(rd, 't3', p.row)));
  }

}

/** A column with no new and no carried-over application has no results and nothing to carry forward. */
function deduceNoApplications(rd: Reader): void {
  const merged = { ...(rd.ec.cells ?? {}), ...rd.out.cells };
  // Only when no column has any application at all (「全年未收到申请，也没有上年结转」): a message that zeroes one
  // applicant group (「没收到企业的申请，去年结转的也没有」) fills what it says, not that group's result rows.
  const noneAtAll = rd.t3Cols.every((c) => rd.out.cells[`t3.new.${c.key}`] === 0 && rd.out.cells[`t3.carried.${c.key}`] === 0);
  for (const c of noneAtAll ? rd.t3Cols : []) {
    // Only when this message itself says the column has no new and no carried-over application, and does not go on
    // to state the outcome rows itself (then only what was said is taken). NOTE: the fixture (u311) and
    // tests/browser/ui.test.ts disagree on this deduction; this is the line that satisfies both.
    if (rd.out.cells[`t3.new.${c.key}`] !== 0 || rd.out.cells[`t3.carried.${c.key}`] !== 0) continue;
    if (rd.out.said.some((x) => x.target.startsWith('t3.next.'))) continue;
    for (const r of rd.t3Rows) {
      if (r.group || r.sumOf || T3_INTAKE.has(r.key)) continue;
      const id = `t3.${r.key}.${c.key}`;
      if (merged[id] === undefined || merged[id] === null) rd.out.deduced[id] = 0;
      else if (merged[id] !== 0) ask(rd, `${place(rd, id)}为${merged[id]}，但这一列本年新收和上年结转都是0，请核对。`);
    }
  }
}

/** One question for every number that named no place. */
function askOrphans(rd: Reader): void {
  // (「中间漏了一个0」: the slip's 一个 and 0 are its words, no number to place.)
  rd.out.orphans = rd.out.orphans.filter((o) => !slipWord(o));
  if (rd.out.orphans.length) {
    const q = orphanQuestion(rd.out.orphans);
    rd.out.questions.push(q);
    rd.out.asks.push({ targets: [], text: q, orphan: true });
  }
}

/**
 * 表三 balances per column: results + 结转下年度 = 本年新收 + 上年结转. Results said in this message that exceed the
 * applications (「共收到5件，全部公开了，其中1件部分公开」) contradict each other: withheld and asked.
 */
function withholdOverBalance(rd: Reader): void {
  const merged: Record<string, number | null | undefined> = { ...(rd.ec.cells ?? {}), ...rd.out.cells };
  const outcomeRows = rd.t3Rows.filter((r) => !r.group && !r.sumOf && r.key !== 'new' && r.key !== 'carried').map((r) => r.key);
  for (const c of rd.t3Cols) {
    const intake = [merged[`t3.new.${c.key}`], merged[`t3.carried.${c.key}`]];
    if (intake.some((v) => v === undefined || v === null)) continue;
    const ids = outcomeRows.map((r) => `t3.${r}.${c.key}`);
    const total = ids.reduce((a, id) => a + (merged[id] ?? 0), 0);
    const said = ids.filter((id) => id in rd.out.cells);
    if (total <= (intake[0] as number) + (intake[1] as number) || !said.length) continue;
    rd.out.said = rd.out.said.filter((x) => !said.includes(x.target));
    for (const id of said) delete rd.out.cells[id];
    ask(rd, `「${rd.t3Cols.find((x) => x.key === c.key)?.label}」的办理结果合计${total}件，多于收到的${(intake[0] as number) + (intake[1] as number)}件，前后矛盾，没有填入，请核对各结果的件数。`, said);
  }
}
/** 「没有行政诉讼，诉讼纠正了1件」: a count for a row this message also negated — neither is stored. */
function withholdNegatedWithCount(rd: Reader): void {
  for (const p of rd.out.pending.filter((x) => x.table === 't4')) {
    const rows = p.row === LAWSUIT ? ['direct', 'after'] : [p.row];
    const ids = rows.flatMap((r) => rowTargets(rd, 't4', r));
    const zeroed = rd.out.said.filter((x) => ids.includes(x.target) && x.value === 0);
    if (!zeroed.length) continue;
    rd.out.said = rd.out.said.filter((x) => !zeroed.includes(x));
    for (const x of zeroed) delete rd.out.cells[x.target];
    ask(rd, `「${p.phrase}」与前面说的「没有」矛盾，没有填入，请确认有几起、结果如何。`, ids);
  }
}
/** 「今年一件依申请都没有 个人申请了两件」: a 表三 row said to be none in every column, and a count in it — neither is
 * stored. (A negation of named columns, 「法人没有申请 个人两件」, zeroes only those columns and is no contradiction.) */
function withholdT3RowNegatedWithCount(rd: Reader): void {
  for (const row of rd.t3Rows) {
    const ids = rd.t3Cols.map((c) => `t3.${row.key}.${c.key}`);
    const said = rd.out.said.filter((x) => ids.includes(x.target));
    const zeroPhrase = said.find((x) => x.value === 0)?.phrase;
    if (zeroPhrase === undefined || !ids.every((id) => said.some((x) => x.target === id && x.value === 0 && x.phrase === zeroPhrase))) continue;
    const counted = said.filter((x) => typeof x.value === 'number' && x.value > 0 && x.phrase !== zeroPhrase);
    if (!counted.length) continue;
    dropRow(rd, 't3', row.key);
    ask(rd, `「${counted[0].phrase}」与前面说的「${zeroPhrase}」矛盾，没有填入，请确认各类申请人各有几件。`, counted.map((x) => x.target));
  }
}

/** A row's values said in this message are withdrawn. */
function dropRow(rd: Reader, table: 't3' | 't4', row: string): void {
  const prefix = `${table}.${row}.`;
  rd.out.said = rd.out.said.filter((x) => !x.target.startsWith(prefix));
  for (const id of Object.keys(rd.out.cells)) if (id.startsWith(prefix)) delete rd.out.cells[id];
}
