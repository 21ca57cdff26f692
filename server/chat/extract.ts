// Offline chat: a deterministic reader for this report's closed vocabulary. It understands what it can place
// exactly, and asks about everything else — it never guesses a cell, a column or a reason.
import { describeCell, factDef, tableDef, type FormatId } from '../format/index.js';
import { leafCells } from '../report/tables.js';
import { readMeta, readLists, type MetaFound } from './meta.js';
import { normalise, pairNumbers, splitClauses, splitSentences, tokenizeClause, type CueToken, type NumToken } from './tokens.js';
import { cuesFor, KEEP, LAWSUIT, LEGAL_GROUP, type Target } from './vocab.js';

/** A number whose place is not yet known (kept with the conversation and offered to the next message). */
export interface Pending {
  table: 't3' | 't4';
  row: string;
  value: number;
  phrase: string;
  /** What is missing: the applicant column (表三), the result column or the kind of lawsuit (表四). */
  needs: 'column' | 'result' | 'lawsuit';
}

export interface Extraction {
  /** Leaf cell id → value. */
  cells: Record<string, number>;
  /** Cells that follow from what was said (a column with no applications has no results): id → value. */
  deduced: Record<string, number>;
  facts: Record<string, number | string[]>;
  fee?: { charged?: boolean; amountYuan?: number; notices?: number };
  meta: MetaFound;
  /** One line per understood statement: 「“公众号发了149条” → 通过政务新媒体发布信息 149条」. */
  understood: string[];
  questions: string[];
  pending: Pending[];
}

export interface ExtractContext {
  format: FormatId;
  /** The draft's current leaf values (for deductions); id → value or null. */
  cells?: Record<string, number | null | undefined>;
  /** Numbers from earlier messages still waiting for their place. */
  pending?: Pending[];
}

interface Ctx {
  t3row?: string;
  t3col?: string | 'mixed';
  /** Column named on its own for the sentences that follow (「自然人申请中，…」). */
  t3topic?: string;
  subject?: { row: string; col?: string; value: number };
  t4row?: string;
  t4claim?: Pending;
  t2row?: string;
  dangling: Target[];
}

const T3_INTAKE = new Set(['new', 'carried']);

export function extract(message: string, ec: ExtractContext): Extraction {
  const format = ec.format;
  const cues = cuesFor(format);
  const out: Extraction = { cells: {}, deduced: {}, facts: {}, meta: {}, understood: [], questions: [], pending: [] };
  const claims: Pending[] = [...(ec.pending ?? [])];
  const carriedClaims = new Set(claims);
  const leafIds = new Set(leafCells(format).map((c) => c.id));
  const t3Cols = tableDef(format, 't3').blocks[0].columns.filter((c) => !c.sumOf);
  const t4Cols = tableDef(format, 't4').blocks[0].columns.filter((c) => !c.sumOf);
  const t3Rows = tableDef(format, 't3').blocks[0].rows;

  const place = (id: string) => describeCell(format, id);
  const setCell = (id: string, value: number, phrase: string) => {
    if (!leafIds.has(id)) {
      out.questions.push(`「${phrase}」：表格中没有这一格（${id}），请换个说法。`);
      return;
    }
    out.cells[id] = value;
    out.understood.push(`「${phrase}」→ ${place(id)}：${value}`);
  };
  const ask = (q: string) => {
    if (!out.questions.includes(q)) out.questions.push(q);
  };
  const rowLabel = (table: 't3' | 't4', key: string) =>
    (table === 't3' ? t3Rows : tableDef(format, 't4').blocks[0].rows).find((r) => r.key === key)?.label ?? key;
  const leavesOfGroup = (group: string) => t3Rows.filter((r) => !r.group && r.parents?.includes(rowLabel('t3', group)));

  // Meta (agency, year, phone, level) and list facts (problems, plans) are read from the whole text first.
  let text = normalise(message);
  const meta = readMeta(text);
  out.meta = meta.found;
  out.understood.push(...meta.understood);
  text = meta.rest;
  const lists = readLists(text);
  Object.assign(out.facts, lists.facts);
  out.understood.push(...lists.understood);
  text = lists.rest;

  const ctx: Ctx = { dangling: [] };
  // A single waiting 表三 number makes its row the context (「自然人2件、企业1件」 answers 「收到申请3件」).
  const waitingRows = new Set(claims.filter((c) => c.table === 't3').map((c) => c.row));
  if (waitingRows.size === 1) ctx.t3row = [...waitingRows][0];
  const appContext = /申请/.test(text) || claims.some((c) => c.table === 't3');

  const zeroRow = (table: 't2' | 't3' | 't4', row: string, phrase: string) => {
    if (table === 't3') {
      const def = t3Rows.find((r) => r.key === row);
      const rows = def?.group ? leavesOfGroup(row).map((r) => r.key) : [row];
      for (const r of rows) for (const c of t3Cols) out.cells[`t3.${r}.${c.key}`] = 0;
      out.understood.push(`「${phrase}」→ 表三「${def?.label ?? row}」${def?.group ? '各项' : '各列'}：0`);
    } else if (table === 't4') {
      const rows = row === LAWSUIT ? ['direct', 'after'] : [row];
      for (const r of rows) for (const c of t4Cols) out.cells[`t4.${r}.${c.key}`] = 0;
      out.understood.push(`「${phrase}」→ 表四「${row === LAWSUIT ? '行政诉讼' : rowLabel('t4', row)}」各项：0`);
    } else {
      const ids = [...leafIds].filter((id) => id.startsWith(`t2.${row}.`));
      for (const id of ids) out.cells[id] = 0;
      out.understood.push(`「${phrase}」→ ${ids.map(place).join('、')}：0`);
    }
  };

  const applyNegation = (all: Target[], phrase: string) => {
    const seen = new Set<string>();
    const targets = all.filter((t) => {
      const k = `${t.t}:${(t as { key?: string }).key ?? ''}`;
      return seen.has(k) ? false : (seen.add(k), true);
    });
    const t3rows = targets.filter((t) => t.t === 't3row');
    const t3col = targets.find((t) => t.t === 't3col');
    for (const t of targets) {
      if (t.t === 't3row') {
        if (t3rows.length > 1 && t.key === 'new' && t3rows.some((x) => x.key !== 'new')) continue; // weak 「申请」
        if (t3col && t3col.key !== LEGAL_GROUP && !(t as { group?: boolean }).group) setCell(`t3.${t.key}.${t3col.key}`, 0, phrase);
        else zeroRow('t3', t.key, phrase);
      } else if (t.t === 't4row') zeroRow('t4', t.key, phrase);
      else if (t.t === 't2row') zeroRow('t2', t.key, phrase);
      else if (t.t === 'fee') {
        out.fee = { ...out.fee, charged: false };
        out.understood.push(`「${phrase}」→ 未收取信息处理费`);
      } else if (t.t === 'feeNotice') {
        out.fee = { ...out.fee, notices: 0 };
        out.understood.push(`「${phrase}」→ 未发出收费通知书`);
      } else if (t.t === 'fact') {
        out.facts[t.key] = 0;
        out.understood.push(`「${phrase}」→ ${factDef(t.key)?.label}：0`);
      }
    }
  };

  const handleT3 = (num: NumToken | null, cs: CueToken[], phrase: string) => {
    const rowsStrong = cs.filter((c) => c.target.t === 't3row' && !c.weak).map((c) => c.target as { key: string; group?: boolean });
    const rowsWeak = cs.filter((c) => c.target.t === 't3row' && c.weak).map((c) => c.target as { key: string; group?: boolean });
    let rows = rowsStrong.length ? rowsStrong : rowsWeak;
    // 「收到…申请」 names 本年新收 twice; a result named with 「申请」 (「重复申请」 is one cue) is the result.
    if (rows.some((r) => r.key !== 'new')) rows = rows.filter((r) => r.key !== 'new' || rowsStrong.every((x) => x.key === 'new'));
    let rowKeys = [...new Set(rows.map((r) => r.key))];
    // 「重复申请不予处理」 names the leaf and its group: the leaf is the place.
    const leafOf = (g: string) => leavesOfGroup(g).map((r) => r.key);
    rowKeys = rowKeys.filter((k) => !rowKeys.some((o) => o !== k && leafOf(k).includes(o)));
    if (!rowKeys.length && cs.some((c) => c.target.t === 'bareOpen')) rowKeys.push('r1');
    const cols = [...new Set(cs.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key))];
    if (rowKeys.length > 1) return ask(`「${phrase}」同时提到了${rowKeys.map((k) => `「${rowLabel('t3', k)}」`).join('和')}，请分开说明各是多少件。`);
    if (cols.length > 1) return ask(`「${phrase}」同时提到了几类申请人，请分别说明各是多少件。`);
    let row: string | undefined = rowKeys[0];
    const rowFromText = Boolean(row);
    row ??= ctx.t3row;
    if (!row) return ask(`「${phrase}」是表三哪一行的数字？例如「收到自然人申请3件」「予以公开2件」。`);
    const rowDef = t3Rows.find((r) => r.key === row);
    if (rowDef?.group) {
      const leaves = leavesOfGroup(row).map((r) => r.label);
      return ask(`「${phrase}」：表三的「${rowDef.label}」要按理由分项填写，请说明属于哪一项：${leaves.join('；')}。`);
    }
    if (cols[0] === LEGAL_GROUP) {
      const legal = t3Cols.filter((c) => c.group).map((c) => c.label);
      return ask(`「${phrase}」：法人或其他组织分为${legal.join('、')}，请说明是哪一类。`);
    }
    const value = num ? num.value : ctx.subject?.value;
    if (value === undefined) return ask(`「${phrase}」是多少件？`);
    if (num && !checkCount(num, phrase)) return;
    let col = cols[0];
    const colFromText = Boolean(col);
    if (!col && ctx.t3col && ctx.t3col !== 'mixed') col = ctx.t3col;
    if (!col && !num && ctx.subject?.col) col = ctx.subject.col;
    if (!col && ctx.t3topic) col = ctx.t3topic;
    if (rowFromText) ctx.t3row = row;
    if (T3_INTAKE.has(row) && rowFromText) {
      ctx.subject = { row, col: colFromText ? col : undefined, value };
      ctx.t3col = colFromText ? col : undefined;
    } else if (colFromText && !rowFromText) ctx.t3col = 'mixed';
    if (!col) {
      if (value === 0) return zeroRow('t3', row, phrase);
      claims.push({ table: 't3', row, value, phrase, needs: 'column' });
      return;
    }
    setCell(`t3.${row}.${col}`, value, phrase);
  };

  const handleT4 = (num: NumToken | null, cs: CueToken[], phrase: string) => {
    const rowKeys = [...new Set(cs.filter((c) => c.target.t === 't4row').map((c) => (c.target as { key: string }).key))];
    const specific = rowKeys.filter((k) => k !== LAWSUIT && k !== 'review');
    let row = specific.length === 1 ? specific[0] : rowKeys.length === 1 ? rowKeys[0] : undefined;
    if (rowKeys.length > 1 && !row) return ask(`「${phrase}」同时提到了行政复议和行政诉讼，请分开说明各是多少起。`);
    row ??= ctx.t4row;
    const cols = [...new Set(cs.filter((c) => c.target.t === 't4col').map((c) => (c.target as { key: string }).key))];
    if (cols.length > 1) return ask(`「${phrase}」同时提到了几种结果，请分别说明各是多少起。`);
    if (!num) {
      // 「结果维持」 after 「行政复议1起」: the whole count has that result.
      const claim = ctx.t4claim;
      if (!claim || !cols.length) return;
      if (claim.needs === 'lawsuit') return;
      claims.splice(claims.indexOf(claim), 1);
      ctx.t4claim = undefined;
      return setCell(`t4.${claim.row}.${cols[0]}`, claim.value, `${claim.phrase}，${phrase}`);
    }
    if (!checkCount(num, phrase)) return;
    if (!row) return ask(`「${phrase}」是行政复议还是行政诉讼？`);
    ctx.t4row = row;
    if (row === LAWSUIT) {
      if (num.value === 0) return zeroRow('t4', row, phrase);
      const claim: Pending = { table: 't4', row, value: num.value, phrase, needs: 'lawsuit' };
      claims.push(claim);
      ctx.t4claim = claim;
      return;
    }
    if (!cols.length) {
      if (num.value === 0) return zeroRow('t4', row, phrase);
      const claim: Pending = { table: 't4', row, value: num.value, phrase, needs: 'result' };
      claims.push(claim);
      ctx.t4claim = claim;
      return;
    }
    setCell(`t4.${row}.${cols[0]}`, num.value, phrase);
  };

  const handleT2 = (num: NumToken, cs: CueToken[], phrase: string) => {
    const rowKeys = [...new Set(cs.filter((c) => c.target.t === 't2row').map((c) => (c.target as { key: string }).key))];
    if (rowKeys.length > 1) return ask(`「${phrase}」同时提到了几项，请分开说明。`);
    const row = rowKeys[0] ?? ctx.t2row;
    if (!row) return ask(`「${phrase}」是表二哪一项的数字？`);
    ctx.t2row = row;
    const block = tableDef(format, 't2').blocks.find((b) => b.rows.some((r) => r.key === row))!;
    const colCue = cs.find((c) => c.target.t === 't2col' && block.columns.some((k) => k.key === (c.target as { key: string }).key));
    const col = colCue ? block.columns.find((k) => k.key === (colCue.target as { key: string }).key)! : block.columns.length === 1 ? block.columns[0] : undefined;
    if (!col) return ask(`「${phrase}」：表二这一项有${block.columns.map((c) => `「${c.label}」`).join('')}几列，请说明是哪一列。`);
    let value = num.value;
    if (num.approx) return ask(`「${phrase}」是约数，表格需要准确数字，请给出确切的数。`);
    if (col.kind === 'amount') {
      if (num.unit === '元' && format === '2021') value = Math.round(value) / 10000;
      if (Math.round(value * 10000) !== value * 10000)
        return ask(`「${phrase}」：${place(`t2.${row}.${col.key}`)}以万元为单位，最多保留四位小数（到元），请核对金额。`);
    } else {
      if ((colCue?.target as { sign?: number } | undefined)?.sign === -1) value = -value;
      if (!Number.isInteger(value)) return ask(`「${phrase}」：${place(`t2.${row}.${col.key}`)}应为整数。`);
    }
    setCell(`t2.${row}.${col.key}`, value, phrase);
  };

  const handleFact = (num: NumToken, cs: CueToken[], phrase: string) => {
    const keys = [...new Set(cs.filter((c) => c.target.t === 'fact').map((c) => (c.target as { key: string }).key))];
    let pick = keys;
    if (keys.length > 1 && num.unit) {
      const byUnit = keys.filter((k) => factDef(k)?.unit === num.unit);
      if (byUnit.length) pick = byUnit;
    }
    if (pick.length > 1) {
      // The longest cue names it when it is clearly longer (「培训人次」 over 「培训」).
      const lens = pick.map((k) => Math.max(...cs.filter((c) => (c.target as { key?: string }).key === k).map((c) => c.text.length)));
      const max = Math.max(...lens);
      if (lens.filter((l) => l === max).length === 1) pick = [pick[lens.indexOf(max)]];
    }
    if (pick.length !== 1) return ask(`「${phrase}」可能是${pick.map((k) => `「${factDef(k)?.label}」`).join('或')}，请说明是哪一项。`);
    const def = factDef(pick[0])!;
    if (num.unit && def.unit && num.unit !== def.unit && !compatibleUnits(num.unit, def.unit))
      return ask(`「${phrase}」的单位「${num.unit}」与「${def.label}」（单位：${def.unit}）不符，请核对。`);
    if (!Number.isInteger(num.value) || num.value < 0) return ask(`「${phrase}」：「${def.label}」应为非负整数。`);
    out.facts[def.key] = num.value;
    out.understood.push(`「${phrase}」→ ${def.label}：${num.value}${def.unit ?? ''}${num.approx ? '（原话为约数，已按此数记录，请核实）' : ''}`);
  };

  const handleFee = (num: NumToken, cs: CueToken[], phrase: string) => {
    if (cs.some((c) => c.target.t === 'feeNotice') && (!num.unit || !/元/.test(num.unit))) {
      if (!checkCount(num, phrase)) return;
      out.fee = { ...out.fee, notices: num.value };
      out.understood.push(`「${phrase}」→ 发出收费通知书：${num.value}件`);
      return;
    }
    if (!num.unit || !/元/.test(num.unit)) return ask(`「${phrase}」：信息处理费的金额请写明单位（元）。`);
    const yuan = num.unit === '万元' ? num.value * 10000 : num.value;
    if (Math.round(yuan * 100) !== Math.round(yuan * 100 * 1000) / 1000) return ask(`「${phrase}」：金额最多保留到分。`);
    out.fee = { ...out.fee, charged: yuan > 0, amountYuan: yuan };
    out.understood.push(`「${phrase}」→ 收取信息处理费：${yuan}元`);
  };

  const checkCount = (num: NumToken, phrase: string) => {
    if (num.approx) {
      ask(`「${phrase}」是约数，表格需要准确数字，请给出确切的数。`);
      return false;
    }
    if (!Number.isInteger(num.value)) {
      ask(`「${phrase}」：件数应为整数。`);
      return false;
    }
    return true;
  };

  const domainOf = (cs: CueToken[]): 't3' | 't4' | 't2' | 'fee' | 'fact' | undefined => {
    const strong = cs.filter((c) => !c.weak);
    const pool = strong.length ? strong : cs;
    const has = (...ts: Target['t'][]) => pool.some((c) => ts.includes(c.target.t));
    if (has('t4row', 't4col')) return 't4';
    if (has('t3row', 't3col') || (appContext && has('bareOpen'))) return 't3';
    if (has('t2row', 't2col')) return 't2';
    if (has('fee', 'feeNotice')) return 'fee';
    if (has('fact')) return 'fact';
    return undefined;
  };

  // Labels with 、 inside (表三（六）1、2) must survive clause splitting.
  for (const c of cues) if (c.text.includes(KEEP)) text = text.split(c.text.replaceAll(KEEP, '、')).join(c.text);
  for (const sentence of splitSentences(text)) {
    for (const clauseText of splitClauses(sentence)) {
      const clause = tokenizeClause(clauseText, cues);
      const cueTokens = clause.tokens.filter((t): t is CueToken => t.type === 'cue');
      if (!clause.nums.length) {
        if (!cueTokens.length) continue;
        if (clause.negated) {
          applyNegation([...ctx.dangling, ...cueTokens.map((c) => c.target)], clauseText);
          ctx.dangling = [];
          continue;
        }
        const domain = domainOf(cueTokens);
        if (domain === 't4') {
          if (cueTokens.some((c) => c.target.t === 't4col')) handleT4(null, cueTokens, clauseText);
          else ctx.dangling.push(...cueTokens.map((c) => c.target));
        }
        else if (domain === 't3') {
          const onlyCol = cueTokens.every((c) => c.target.t === 't3col' || c.weak);
          const col = cueTokens.find((c) => c.target.t === 't3col')?.target as { key: string } | undefined;
          const waiting = claims.filter((c) => c.table === 't3');
          if (onlyCol && col && col.key !== LEGAL_GROUP && waiting.length) {
            // 「都是自然人」: every waiting 表三 number belongs to this column.
            for (const w of waiting) {
              claims.splice(claims.indexOf(w), 1);
              setCell(`t3.${w.row}.${col.key}`, w.value, `${w.phrase}（${clauseText}）`);
            }
            ctx.t3col = col.key;
          } else if (onlyCol && col && col.key !== LEGAL_GROUP) {
            ctx.t3topic = col.key; // 「自然人申请中，…」: the column of what follows
            ctx.t3col = col.key;
          } else if (!onlyCol && ctx.subject) handleT3(null, cueTokens, clauseText);
          else if (cueTokens.some((c) => c.target.t === 't3row' && !c.weak)) ctx.dangling.push(...cueTokens.map((c) => c.target));
        } else if (cueTokens.some((c) => ['t4row', 't2row'].includes(c.target.t))) ctx.dangling.push(...cueTokens.map((c) => c.target));
        continue;
      }
      for (const { num, cues: cs } of pairNumbers(clause)) {
        const phrase = clauseText;
        const domain = domainOf(cs);
        // 「行政复议、行政诉讼均为0」: a zero that names no place of its own applies to the places listed before it.
        if (num.value === 0 && clause.all && ctx.dangling.length) applyNegation([...ctx.dangling], phrase);
        if (domain === 't3') handleT3(num, cs, phrase);
        else if (domain === 't4') handleT4(num, cs, phrase);
        else if (domain === 't2') handleT2(num, cs, phrase);
        else if (domain === 'fee') handleFee(num, cs, phrase);
        else if (domain === 'fact') handleFact(num, cs, phrase);
        else if (ctx.t3row && ctx.subject && appContext && clause.nums.length === 1 && !cs.length) {
          ask(`「${phrase}」中的${num.raw}是表三哪一行、哪一列的数字？`);
        } else ask(`「${phrase}」中的「${num.raw}」我不知道该填到哪里，请说明是哪一项（例如「主动公开信息61条」「收到自然人申请3件」）。`);
      }
      ctx.dangling = [];
    }
  }

  // Totals stated without their column: settled by a breakdown in the same message, otherwise asked about.
  for (const claim of claims) {
    if (claim.table === 't3') {
      const set = t3Cols.map((c) => out.cells[`t3.${claim.row}.${c.key}`]).filter((v) => v !== undefined);
      if (set.length) {
        const sum = set.reduce((a, b) => a + b, 0);
        if (sum === claim.value) out.understood.push(`「${claim.phrase}」：合计${claim.value}件，与分项一致`);
        else ask(`「${claim.phrase}」说共${claim.value}件，但分项合计${sum}件，请核对。`);
        continue;
      }
      const only = singleApplicantColumn(format, { ...(ec.cells ?? {}), ...out.cells }, t3Cols.map((c) => c.key));
      if (only) {
        setCell(`t3.${claim.row}.${only}`, claim.value, `${claim.phrase}（申请只来自这一类申请人）`);
        continue;
      }
      out.pending.push(claim);
    } else {
      const set = t4Cols.map((c) => out.cells[`t4.${claim.row}.${c.key}`]).filter((v) => v !== undefined);
      if (claim.needs === 'result' && set.length) {
        const sum = set.reduce((a, b) => a + b, 0);
        if (sum !== claim.value) ask(`「${claim.phrase}」说共${claim.value}起，但各结果合计${sum}起，请核对。`);
        continue;
      }
      out.pending.push(claim);
      if (claim.needs === 'lawsuit')
        ask(`「${claim.phrase}」：行政诉讼是「未经复议直接起诉」还是「复议后起诉」？结果如何（结果维持、结果纠正、其他结果、尚未审结）？`);
      else ask(`「${claim.phrase}」的结果是什么？（${t4Cols.map((c) => c.label).join('、')}）`);
    }
  }
  // One question for all 表三 numbers still waiting for their applicant column.
  const noCol = out.pending.filter((p) => p.table === 't3');
  if (noCol.length) {
    const said = [...new Set(noCol.map((p) => `「${p.phrase}」`))].join('');
    const again = noCol.every((p) => carriedClaims.has(p)) ? '（仍待确认）' : '';
    ask(`${said}${again}中的件数是哪类申请人的？请说「都是自然人」，或分别说明，如「自然人2件、商业企业1件」。`);
  }

  // A column with no new and no carried-over application has no results and nothing to carry forward.
  const merged = { ...(ec.cells ?? {}), ...out.cells };
  for (const c of t3Cols) {
    if (merged[`t3.new.${c.key}`] !== 0 || merged[`t3.carried.${c.key}`] !== 0) continue;
    for (const r of t3Rows) {
      if (r.group || r.sumOf || T3_INTAKE.has(r.key)) continue;
      const id = `t3.${r.key}.${c.key}`;
      if (merged[id] === undefined || merged[id] === null) out.deduced[id] = 0;
      else if (merged[id] !== 0) ask(`${place(id)}为${merged[id]}，但这一列本年新收和上年结转都是0，请核对。`);
    }
  }
  return out;
}

/** The only applicant column that can have results: every other column has 0 new and 0 carried-over. */
function singleApplicantColumn(format: FormatId, cells: Record<string, number | null | undefined>, cols: string[]): string | undefined {
  void format;
  const open = cols.filter((c) => !(cells[`t3.new.${c}`] === 0 && cells[`t3.carried.${c}`] === 0));
  if (open.length !== 1) return undefined;
  const c = open[0];
  return (cells[`t3.new.${c}`] ?? 0) + (cells[`t3.carried.${c}`] ?? 0) > 0 ? c : undefined;
}

const UNIT_FAMILIES = [['条', '篇', '件', '份', '个', '项'], ['次', '场', '期'], ['人', '名']];
function compatibleUnits(a: string, b: string): boolean {
  return UNIT_FAMILIES.some((f) => f.includes(a) && f.includes(b));
}
