// Offline chat: a deterministic reader for this report's closed vocabulary. It understands what it can place
// exactly, and asks about everything else — it never guesses a cell, a column or a reason.
import { factDef, tableDef } from '../format/index.js';
import { namesDateOnly, readMeta, readLists, readWebsite } from './meta.js';
import { dropReplacedValues, isApprox, isCorrection, isRelative, maskNotData, periodAt, periodOf, VAGUE, type Period } from './mentions.js';
import { kindOf, type TargetId } from './targets.js';
import { canonicalPhrases, noChargeIsFee, saysNoCharge } from './phrases.js';
import { ALL_OF_THEM, ALL_WORDS_AFTER, BARE_NONE, CHANNEL_FACT, CHANNEL_WORDS, FACT_UNIT_ALIASES, INTAKE_VERB, LESSENED, NEWLY, NOT_OURS, NOT_YET, NUMERAL_CHAR, OPENED, PREVIOUS_TURN, STILL_OPEN, STOCK_FACTS, T3_INTAKE, TOTAL_WORDS, UNPAID, VAGUE_UNIT, WHOLE_OF_PARTS, compatibleUnits, sameAspectByUnit, unsureSentence } from './wordclasses.js';
import { feeNoticeWords, withEarlierParts } from './topic.js';
import { normalise, pairNumbers, splitClauses, splitSentences, tokenizeClause, type CueToken, type NumToken } from './tokens.js';
import { CARRY, KEEP, LAWSUIT, LEGAL_GROUP, type Target } from './vocab.js';
import { orphanQuestion, type ExtractContext, type Extraction, type Mode, type Pending } from './extraction.js';
import { forgetSentenceSubjects, singleApplicantColumn } from './subjects.js';
import { applyNegation, negateT3Column, zeroRow } from './extract/negation.js';
import { leavesOfGroup, newReader, place, rowLabel, rowTargets } from './extract/reader.js';
import { ask, checkCount, say, setCell } from './extract/record.js';

export { orphanQuestion } from './extraction.js';
export type { Ask, ExtractContext, Extraction, Orphan, Pending, Said } from './extraction.js';

/** 「又来了」「后来又补发了」「另外又办了」: a further part of what was just counted. */
const ADDED = /(?:又|再|另外|后来|追加|补)[^，。；\d零一二两三四五六七八九十]{0,4}?(?:来|收|接|发|补|办|搞|开|组织|做|出|增|受理)/;

export function extract(message: string, ec: ExtractContext): Extraction {
  const rd = newReader(message, ec);
  const format = rd.format;
  const cues = rd.cues;

  // Meta (agency, year, phone, level) and list facts (problems, plans) are read from the whole text first.
  rd.text = maskNotData(dropReplacedValues(canonicalPhrases(normalise(message))));
  // 「没收费」: the 信息处理费 when it is the subject (this message or the turn before names it); otherwise asked.
  if (saysNoCharge(rd.text)) {
    const feeTopic = ec.previous?.fee || ec.previous?.named?.some((c) => c.target.t === 'fee' || c.target.t === 'feeNotice') || /信息处理费|处理费|收费通知/.test(rd.text);
    if (feeTopic) rd.text = noChargeIsFee(rd.text);
    else {
      const q = `「${message.trim().slice(0, 20)}」是指没有收取信息处理费吗？是的话请回复「是」；表二的行政事业性收费请单独说明。`;
      rd.out.questions.push(q);
      rd.out.asks.push({ targets: ['fee.charged'], text: q, offer: false });
    }
  }
  const site = readWebsite(normalise(message));
  if (site) {
    say(rd, 'meta.contact.website', site.website as never, site.phrase);
    rd.out.understood.push(`「${site.phrase}」→ 电子版发布位置：${site.website}`);
  }
  const meta = readMeta(rd.text, { dateFollowUp: ec.previous?.date, dateTopic: ec.previous?.dateNamed });
  rd.out.meta = meta.found;
  rd.out.understood.push(...meta.understood);
  const mf = meta.found;
  if (mf.agency) say(rd, 'meta.agency', mf.agency as never, mf.agency);
  if (mf.year) say(rd, 'meta.year', mf.year, String(mf.year));
  if (mf.level) say(rd, 'meta.level', mf.level as never, mf.level);
  if (mf.phone) say(rd, 'meta.contact.phone', mf.phone as never, mf.phone);
  if (mf.date) say(rd, 'meta.date', mf.date as never, mf.date);
  if (mf.dateNoYear) {
    // A 落款 without its year is in the year after the report year (reports are published January–March).
    const y = (ec.year ?? new Date().getFullYear() - 1) + 1;
    const iso = `${y}-${String(mf.dateNoYear.month).padStart(2, '0')}-${String(mf.dateNoYear.day).padStart(2, '0')}`;
    say(rd, 'meta.date', iso as never, mf.dateNoYear.phrase);
    rd.out.understood.push(`「${mf.dateNoYear.phrase}」→ 落款日期：${iso}（按报告年度的次年）`);
  }
  if (mf.phoneMaybe) ask(rd, `「${mf.phoneMaybe}」是报告的联系电话吗？是的话请说「联系电话${mf.phoneMaybe}」。`, ['meta.contact.phone']);
  if (mf.dateVague) ask(rd, '落款日期需要具体到日，请说「落款日期2025年1月20日」这样的日期。', ['meta.date']);
  rd.text = meta.rest;
  const lists = readLists(rd.text);
  Object.assign(rd.out.facts, lists.facts);
  for (const [k, v] of Object.entries(lists.facts)) rd.out.said.push({ target: `fact:${k}`, value: v, phrase: v.join('；').slice(0, 30) });
  rd.out.understood.push(...lists.understood);
  rd.text = lists.rest;

  rd.prevTurnCol = ec.previous?.t3col && !tokenizeClause(rd.text, cues).tokens.some((t) => t.type === 'cue' && t.target.t === 't3col') ? ec.previous.t3col : undefined;
  // A follow-up turn goes on with the previous turn's subject (「信息处理费收了」 → 「一共200元」).
  if (ec.previous?.fee) rd.ctx.fee = PREVIOUS_TURN;
  if (ec.previous?.t2row) rd.ctx.t2row = ec.previous.t2row;
  if (ec.previous?.t4row) rd.ctx.t4row = ec.previous.t4row;
  if (ec.previous?.fee || /信息处理费|收费/.test(rd.text)) rd.text = feeNoticeWords(rd.text);
  rd.earlierParts = (ec.previous?.parts ?? []).filter((p) => p.target.startsWith('fact:'));
  /** Parts of a 表 cell said in the turn before (「处罚上半年10件」 → 「下半年12件」). */
  rd.earlierCellParts = (ec.previous?.parts ?? []).filter((p) => kindOf(p.target) === 'cell');
  /** The one place the turn before spoke of without storing it — offered, or only a part of the year — that a bare
   *  number said for this year or the whole year answers (「去年解读8篇」→「今年也是8篇」「全年是320条」). */
  const prevSubjects = [...new Set([...(ec.previous?.offered ?? []), ...(ec.previous?.parts ?? []).map((p) => p.target)])];
  rd.prevSubject = prevSubjects.length === 1 ? prevSubjects[0] : undefined;
  // A single waiting 表三 number makes its row the context (「自然人2件、企业1件」 answers 「收到申请3件」).
  const waitingRows = new Set(rd.claims.filter((c) => c.table === 't3' && c.needs !== 'reason').map((c) => c.row));
  if (waitingRows.size === 1) rd.ctx.t3row = [...waitingRows][0];
  else if (ec.previous?.t3row) rd.ctx.t3row = ec.previous.t3row;
  rd.appContext =
    /申请|新收|受理|自然人|予以公开|部分公开|不予公开|上年结转|结转下年度/.test(rd.text) || rd.claims.some((c) => c.table === 't3') || Object.entries(ec.cells ?? {}).some(([id, v]) => /^t3\.(new|carried)\./.test(id) && (v ?? 0) > 0);
  // A 表四 number from the last message waiting for its result (「有1起行政复议」 → 「维持了」).
  const t4Waiting = rd.claims.filter((c) => c.table === 't4');
  if (t4Waiting.length === 1) rd.ctx.t4claim = t4Waiting[0];




  const handleT3 = (num: NumToken | null, cs: CueToken[], phrase: string) => {
    const rowsStrong = cs.filter((c) => c.target.t === 't3row' && !c.weak).map((c) => c.target as { key: string; group?: boolean });
    const rowsWeak = cs.filter((c) => c.target.t === 't3row' && c.weak).map((c) => c.target as { key: string; group?: boolean });
    let rows = rowsStrong.length ? rowsStrong : rowsWeak;
    // 「收到…申请」 names 本年新收 twice; a result named with 「申请」 (「重复申请」 is one cue) is the result.
    if (rows.some((r) => r.key !== 'new')) rows = rows.filter((r) => r.key !== 'new' || rowsStrong.every((x) => x.key === 'new'));
    let rowKeys = [...new Set(rows.map((r) => r.key))];
    // 「重复申请不予处理」 names the leaf and its group: the leaf is the place.
    const leafOf = (g: string) => leavesOfGroup(rd, g).map((r) => r.key);
    rowKeys = rowKeys.filter((k) => !rowKeys.some((o) => o !== k && leafOf(k).includes(o)));
    if (!rowKeys.length && cs.some((c) => c.target.t === 'bareOpen')) rowKeys.push('r1');
    // 「两件企业的申请都给公开了」: 「申请」 names what was decided, not the intake, when the verb is the decision.
    // 「去年结转的那1件今年公开了」: the intake row says which applications, the verb what was decided.
    if (rowKeys.length === 1 && T3_INTAKE.has(rowKeys[0]) && !rowsStrong.some((r) => !T3_INTAKE.has(r.key)) && cs.some((c) => c.target.t === 'bareOpen') && OPENED.test(phrase) && !INTAKE_VERB.test(phrase)) rowKeys = ['r1'];
    const cols = [...new Set(cs.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key))];
    if (rowKeys.length > 1) return ask(rd, `「${phrase}」同时提到了${rowKeys.map((k) => `「${rowLabel(rd, 't3', k)}」`).join('和')}，请分开说明各是多少件。`, rowKeys.flatMap((k) => rowTargets(rd, 't3', k)));
    // 「律所和企业各申请了1件」: 各 gives each applicant column named the count.
    if (cols.length > 1 && num && /各/.test(phrase) && !cols.includes(LEGAL_GROUP)) {
      for (const col of cols) handleT3(num, cs.filter((c) => c.target.t !== 't3col' || (c.target as { key: string }).key === col), phrase);
      return;
    }
    if (cols.length > 1) {
      const r0 = rowKeys[0] && rowKeys[0] !== CARRY ? rowKeys[0] : rd.ctx.t3row ?? 'new';
      return ask(rd, `「${phrase}」同时提到了几类申请人，请分别说明各是多少件。`, cols.filter((c) => c !== LEGAL_GROUP).map((c) => `t3.${r0}.${c}`), num?.value);
    }
    if (rowKeys[0] === CARRY)
      return ask(rd, `「${phrase}」：是「上年结转」还是「结转下年度继续办理」？`, [...rowTargets(rd, 't3', 'carried'), ...rowTargets(rd, 't3', 'next')], num?.value);
    let row: string | undefined = rowKeys[0];
    const rowFromText = Boolean(row);
    row ??= rd.ctx.t3row;
    // 「2件都是企业的」: a count said to be all one applicant's, with no row spoken of, is of the applications received.
    // (「有1件是企业的」: one of the applications is this column's.)
    // (「今年没收到企业的申请，个人的有2件」: 「X的有N件」 in a sentence about the applications received.)
    if (!row && num && cols.length === 1 && cols[0] !== LEGAL_GROUP && (/都是|全是|均为|全部是|全都是/.test(phrase) || /^有?\s*[\d一二两三四五六七八九十]+\s*件(?:申请)?是/.test(phrase.slice(num.start)) ||
      (/申请/.test(rd.sentence) && /的(?:申请)?(?:有|共|是)\s*$/.test(phrase.slice(0, num.start))))) row = 'new';
    if (!row) return ask(rd, `「${phrase}」是表三哪一行的数字？例如「收到自然人申请3件」「予以公开2件」。`);
    const rowDef = rd.t3Rows.find((r) => r.key === row);
    // 「一件不予公开，涉及国家秘密」: the reason named elsewhere in the sentence gives the leaf.
    const leaf = rowDef?.group ? leafNamedInSentence(row) : undefined;
    if (leaf) return handleT3(num, [...cs.filter((c) => c.target.t !== 't3row'), fakeCue({ t: 't3row', key: leaf })], phrase);
    if (rowDef?.group) {
      const leaves = leavesOfGroup(rd, row).map((r) => r.label);
      // The count waits for its reason (「不予公开1件」 → 「涉及个人隐私」).
      if (num && rd.mode.kind === 'exact') rd.claims.push({ table: 't3', row, value: num.value, phrase, needs: 'reason' });
      return ask(rd, `「${phrase}」：表三的「${rowDef.label}」要按理由分项填写，请说明属于哪一项：${leaves.join('；')}。`, leavesOfGroup(rd, row).flatMap((r) => rowTargets(rd, 't3', r.key)), num?.value);
    }
    // 「法人申请0件」: none from any 法人 column — every one of them is 0 (only the 法人 columns).
    if (cols[0] === LEGAL_GROUP && num && num.value === 0 && rd.mode.kind === 'exact') return negateT3Column(rd, { key: row }, LEGAL_GROUP, phrase);
    if (cols[0] === LEGAL_GROUP) {
      const legal = rd.t3Cols.filter((c) => c.group).map((c) => c.label);
      return ask(rd, `「${phrase}」：法人或其他组织分为${legal.join('、')}，请说明是哪一类。`, rowTargets(rd, 't3', row).filter((id) => rd.t3Cols.some((c) => c.group && id.endsWith(`.${c.key}`))), num?.value);
    }
    const value = num ? num.value : rd.ctx.subject?.value;
    if (value === undefined) return ask(rd, `「${phrase}」是多少件？`, rowTargets(rd, 't3', row));
    if (num && !checkCount(rd, num, phrase)) return;
    let col = cols[0];
    const colFromText = Boolean(col);
    // A zero said without its column is every column's (「上年结转0件」).
    if (!col && num && num.value === 0 && !cols.length) {
      if (rowFromText) rd.ctx.t3row = row;
      return zeroRow(rd, 't3', row, phrase);
    }
    if (!col && rd.ctx.t3col && rd.ctx.t3col !== 'mixed') col = rd.ctx.t3col;
    if (!col && !num && rd.ctx.subject?.col) col = rd.ctx.subject.col;
    if (!col && rd.ctx.t3topic) col = rd.ctx.t3topic;
    // 「全年受理申请6件，均为自然人申请。…予以公开3件」: every application is this column's, so every result is.
    if (!col && rd.allOneColumn) col = rd.allOneColumn;
    // 「收到个人申请4件」 → 「公开了3件，还有1件在办」: the one column the previous turn spoke of, when this message names none.
    if (!col && rd.prevTurnCol) col = rd.prevTurnCol;
    if (colFromText && rd.allOneColumn && col !== rd.allOneColumn) rd.allOneColumn = undefined;
    // (a decision said without a count — 「给他公开了」 — is no row for the counts of later sentences)
    if (rowFromText && (num || T3_INTAKE.has(row))) rd.ctx.t3row = row;
    if (T3_INTAKE.has(row) && rowFromText) {
      rd.ctx.subject = { row, col: colFromText ? col : undefined, value, sentence: rd.sentence };
      rd.ctx.t3col = colFromText ? col : undefined;
    } else if (colFromText && !rowFromText) rd.ctx.t3col = 'mixed';
    if (!col) {
      if (rd.mode.kind !== 'exact') return ask(rd, `「${phrase}」${rd.mode.kind === 'part' ? '只是一段时间的数' : rd.mode.kind === 'offer' ? rd.mode.why : '没有说出确切的数'}，没有填入表三。`, rowTargets(rd, 't3', row), value);
      if (value === 0) return zeroRow(rd, 't3', row, phrase);
      rd.claims.push({ table: 't3', row, value, phrase, needs: 'column' });
      return;
    }
    setCell(rd, `t3.${row}.${col}`, value, phrase);
  };

  const handleT4 = (num: NumToken | null, cs: CueToken[], phrase: string) => {
    const rowKeys = [...new Set(cs.filter((c) => c.target.t === 't4row').map((c) => (c.target as { key: string }).key))];
    const specific = rowKeys.filter((k) => k !== LAWSUIT && k !== 'review');
    let row = specific.length === 1 ? specific[0] : rowKeys.length === 1 ? rowKeys[0] : undefined;
    // 「行政复议和行政诉讼各1起」: each named row has that count (its result follows).
    if (rowKeys.length > 1 && !row && num && /各/.test(phrase) && !cs.some((c) => c.target.t === 't4col')) {
      for (const k of rowKeys) {
        const claim: Pending = { table: 't4', row: k, value: num.value, phrase, needs: k === LAWSUIT ? 'lawsuit' : 'result' };
        rd.claims.push(claim);
      }
      return;
    }
    // 「复议诉讼：0」: a zero for several rows named is each row's.
    if (rowKeys.length > 1 && !row && num && num.value === 0 && rd.mode.kind === 'exact' && !cs.some((c) => c.target.t === 't4col')) {
      for (const k of rowKeys) zeroRow(rd, 't4', k, phrase);
      return;
    }
    if (rowKeys.length > 1 && !row) return ask(rd, `「${phrase}」同时提到了行政复议和行政诉讼，请分开说明各是多少起。`);
    row ??= rd.ctx.t4row;
    const cols = [...new Set(cs.filter((c) => c.target.t === 't4col').map((c) => (c.target as { key: string }).key))];
    if (cols.length > 1) return ask(rd, `「${phrase}」同时提到了几种结果，请分别说明各是多少起。`);
    if (!num) {
      // 「结果维持」 after 「行政复议1起」: the whole count has that result.
      // The claim of the row this clause names (「复议维持，诉讼…」 after 「各1起」), else the one waiting.
      const named = rd.claims.filter((c) => c.table === 't4' && rowKeys.some((k) => k === c.row || (k === LAWSUIT && ['direct', 'after'].includes(c.row))));
      const claim = named.length === 1 ? named[0] : rd.ctx.t4claim;
      // 「复议后起诉的案子法院判我们败诉」: a result of a named row, with no count said — asked.
      if (!claim && cols.length === 1 && row && row !== LAWSUIT) return ask(rd, `「${phrase}」：${rowLabel(rd, 't4', row)}「${rd.t4Cols.find((c) => c.key === cols[0])?.label}」是几起？`, [`t4.${row}.${cols[0]}`]);
      if (!claim || !cols.length) return;
      if (claim.needs === 'lawsuit') return;
      rd.claims.splice(rd.claims.indexOf(claim), 1);
      rd.ctx.t4claim = undefined;
      return setCell(rd, `t4.${claim.row}.${cols[0]}`, claim.value, `${claim.phrase}，${phrase}`);
    }
    if (!checkCount(rd, num, phrase)) return;
    if (!row) return ask(rd, `「${phrase}」是行政复议还是行政诉讼？`, [...rowTargets(rd, 't4', 'review'), ...rowTargets(rd, 't4', 'direct'), ...rowTargets(rd, 't4', 'after')]);
    rd.ctx.t4row = row;
    if (!cols.length && rd.mode.kind !== 'exact')
      return ask(rd, `「${phrase}」${rd.mode.kind === 'part' ? '只是一段时间的数' : rd.mode.kind === 'offer' ? rd.mode.why : '没有说出确切的数'}，没有填入表四。`, row === LAWSUIT ? [...rowTargets(rd, 't4', 'direct'), ...rowTargets(rd, 't4', 'after')] : rowTargets(rd, 't4', row), num.value);
    if (row === LAWSUIT) {
      if (num.value === 0) return zeroRow(rd, 't4', row, phrase);
      const claim: Pending = { table: 't4', row, value: num.value, phrase, needs: 'lawsuit' };
      rd.claims.push(claim);
      rd.ctx.t4claim = claim;
      return;
    }
    if (!cols.length) {
      if (num.value === 0) return zeroRow(rd, 't4', row, phrase);
      const claim: Pending = { table: 't4', row, value: num.value, phrase, needs: 'result' };
      rd.claims.push(claim);
      rd.ctx.t4claim = claim;
      return;
    }
    setCell(rd, `t4.${row}.${cols[0]}`, num.value, phrase);
  };

  const handleT2 = (num: NumToken, cs: CueToken[], phrase: string) => {
    const rowKeys = [...new Set(cs.filter((c) => c.target.t === 't2row').map((c) => (c.target as { key: string }).key))];
    // 「处罚和强制各3件」: 各 gives each row named the count (a zero needs no 各: 「许可、强制：0」).
    if (rowKeys.length > 1 && (/各/.test(phrase) || (num.value === 0 && rd.mode.kind === 'exact'))) {
      for (const k of rowKeys) handleT2(num, cs.filter((c) => c.target.t !== 't2row' || (c.target as { key: string }).key === k), phrase);
      return;
    }
    if (rowKeys.length > 1) return ask(rd, `「${phrase}」同时提到了几项，请分开说明。`, rowKeys.flatMap((k) => rowTargets(rd, 't2', k)));
    // 「收费金额：0」: a column that only one row has names that row.
    const colKeys = cs.filter((c) => c.target.t === 't2col').map((c) => (c.target as { key: string }).key);
    const onlyRow = tableDef(format, 't2').blocks.filter((b) => b.rows.length === 1 && colKeys.length && colKeys.every((k) => b.columns.some((c) => c.key === k)));
    const row = rowKeys[0] ?? rd.ctx.t2row ?? (onlyRow.length === 1 ? onlyRow[0].rows[0].key : undefined);
    if (!row) return ask(rd, `「${phrase}」是表二哪一项的数字？`);
    rd.ctx.t2row = row;
    const block = tableDef(format, 't2').blocks.find((b) => b.rows.some((r) => r.key === row))!;
    const colCue = cs.find((c) => c.target.t === 't2col' && block.columns.some((k) => k.key === (c.target as { key: string }).key));
    // 「废止规章0件，规范性文件2件」: the column named before carries to the next row of a parallel list.
    const carriedCol = !colCue && rd.ctx.t2col?.sentence === rd.sentence ? block.columns.find((k) => k.key === rd.ctx.t2col!.key) : undefined;
    const col = colCue ? block.columns.find((k) => k.key === (colCue.target as { key: string }).key)! : block.columns.length === 1 ? block.columns[0] : carriedCol;
    if (colCue) rd.ctx.t2col = { key: (colCue.target as { key: string }).key, sentence: rd.sentence };
    if (!col) return ask(rd, `「${phrase}」：表二这一项有${block.columns.map((c) => `「${c.label}」`).join('')}几列，请说明是哪一列。`, rowTargets(rd, 't2', row), num.value);
    let value = num.value;
    if (num.approx) return ask(rd, `「${phrase}」是约数，表格需要准确数字，请给出确切的数。`, [`t2.${row}.${col.key}`], num.value);
    if (col.kind === 'amount') {
      if (num.unit === '元' && format === '2021') value = Math.round(value) / 10000;
      // 「收费有2万」: 万 without 元 is 万元 (read as 20000 by the number reader).
      if (!num.unit && /万[余多]?$/.test(num.raw)) value = num.value / 10000;
      // 「收费6800」: a large amount with no unit could be 元 or 万元 — asked.
      else if (!num.unit && value >= 100) return ask(rd, `「${phrase}」：金额请写明单位（元或万元）。`, [`t2.${row}.${col.key}`], num.value);
      // 6800元 is 0.68万元 (compared with a tolerance: 0.68 × 10000 is 6800.000000000001 in floating point).
      if (Math.abs(value * 10000 - Math.round(value * 10000)) > 1e-6)
        return ask(rd, `「${phrase}」：${place(rd, `t2.${row}.${col.key}`)}以万元为单位，最多保留四位小数（到元），请核对金额。`, [`t2.${row}.${col.key}`]);
    } else {
      if ((num.unit && /元|块/.test(num.unit)) || (!num.unit && /万[余多]?$/.test(num.raw))) return ask(rd, `「${phrase}」是金额，不是${col.label}，没有填入。`, [`t2.${row}.${col.key}`]);
      // 「处罚了15个人」: people are no count of decisions (one decision may name several, or one person several).
      if (num.unit && /^(?:人|名|人次)$/.test(num.unit)) return ask(rd, `「${phrase}」说的是人数，${place(rd, `t2.${row}.${col.key}`)}是件数，没有填入，请说明件数。`, [`t2.${row}.${col.key}`], num.value);
      if ((colCue?.target as { sign?: number } | undefined)?.sign === -1) value = -value;
      if (!Number.isInteger(value)) return ask(rd, `「${phrase}」：${place(rd, `t2.${row}.${col.key}`)}应为整数。`, [`t2.${row}.${col.key}`]);
    }
    setCell(rd, `t2.${row}.${col.key}`, value, phrase);
  };

  const handleFact = (num: NumToken, cs: CueToken[], phrase: string): void => {
    // 「对拟公开信息进行保密审查841条」: a strong cue names the fact; the weak 「公开信息」 beside it does not.
    const strongFact = cs.filter((c) => c.target.t === 'fact' && !c.weak);
    const factCues = strongFact.length ? strongFact : cs.filter((c) => c.target.t === 'fact');
    let keys = [...new Set(factCues.map((c) => (c.target as { key: string }).key))];
    // A channel's count is never the total, and a total is never a channel.
    const channel = CHANNEL_WORDS.exec(phrase);
    // (a channel named by a cue of its own — 「官网发布信息37条」 — is as much a channel)
    if (channel || keys.some((k) => CHANNEL_FACT.test(k))) keys = keys.filter((k) => k !== 'published_total');
    if (!keys.length && channel)
      return ask(rd, `「${phrase}」：「${channel[0]}」的条数在报告中没有单独的格，没有填入；主动公开信息总数请单独说明。`, ['fact:published_total'], num.value);
    if (keys.includes('published_total') && /其中|分别|通过/.test(phrase) && keys.length > 1) keys = keys.filter((k) => k !== 'published_total');
    // 「网站和公众号各发了100条」「培训和督查各2次」: 各 gives each named fact the number (when the unit fits each).
    // 「公众号和抖音号各一个」「公众号、抖音各发了100条」: 各 over several names of one fact counts each name.
    const namesOfOne = new Set(cs.filter((c) => c.target.t === 'fact' && c.text).map((c) => c.text));
    // (only names joined by 和/、 before 「各」: 「各村公开栏张贴…」 is no 各 of names)
    if (keys.length === 1 && namesOfOne.size > 1 && /(?:和|与|及|跟|、)[^，。；\d]{1,8}各(?:自)?(?:有|是|开|发|设|建|[\d零一二两三四五六七八九十])/.test(phrase) && keys[0] !== 'published_total' && Number.isInteger(num.value))
      num = { ...num, value: num.value * namesOfOne.size };
    if (keys.length > 1 && /各/.test(phrase) && !keys.includes('published_total') && cs.every((c) => c.target.t === 'fact') &&
      keys.every((k) => !num.unit || compatibleUnits(num.unit, factDef(k)?.unit ?? '') || FACT_UNIT_ALIASES[k]?.includes(num.unit))) {
      for (const k of keys) handleFact(num, cs.filter((c) => (c.target as { key: string }).key === k), phrase);
      return;
    }
    // 「公开栏每个村都有，全年张贴公开信息共计240条」: a channel named just before — its count or the total? Asked.
    const namedChannel = rd.ctx.named?.sentence === rd.sentence ? rd.ctx.named.cues.find((c) => c.target.t === 'fact' && CHANNEL_FACT.test((c.target as { key: string }).key)) : undefined;
    if (keys.length === 1 && keys[0] === 'published_total' && namedChannel && !/其中/.test(phrase)) {
      const ch = `fact:${(namedChannel.target as { key: string }).key}`;
      return ask(rd, `「${phrase}」是${factDef(ch.slice(5))?.label}的条数，还是主动公开信息总数？没有填入，请说明。`, [ch, 'fact:published_total'], num.value);
    }
    const channelKeys = keys.filter((k) => /^published_(website|newmedia|board)$/.test(k));
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
    if (pick.length !== 1) return ask(rd, `「${phrase}」可能是${pick.map((k) => `「${factDef(k)?.label}」`).join('或')}，请说明是哪一项。`, pick.map((k) => `fact:${k}`));
    let def = factDef(pick[0])!;
    // 「政务新媒体：公众号1个」: new-media counted in 个 are accounts.
    if (def.key === 'published_newmedia' && num.unit === '个' && cs.some((c) => c.end <= num.start && c.text)) def = factDef('newmedia_accounts')!;
    // 「培训3次，每次三四十人」: a count in another unit of the same topic is that topic's other fact.
    const sibling = def.key === 'trainings' && num.unit && !compatibleUnits(num.unit, def.unit ?? '') ? sameAspectByUnit(def.key, num.unit) : undefined;
    if (sibling && cs.every((c) => !c.text)) def = factDef(sibling)!;
    if (num.unit && def.unit && num.unit !== def.unit && !compatibleUnits(num.unit, def.unit) && !FACT_UNIT_ALIASES[def.key]?.includes(num.unit))
    {
      // 「26个村都设了公开栏，全年公示信息312条」: the channel stays the subject of the next count.
      if (cs.some((c) => c.text)) rd.ctx.named = { cues: cs, sentence: rd.sentence };
      return ask(rd, `「${phrase}」的单位「${num.unit}」与「${def.label}」（单位：${def.unit}）不符，请核对。`, [`fact:${def.key}`], num.value);
    }
    if (!Number.isInteger(num.value) || num.value < 0) return ask(rd, `「${phrase}」：「${def.label}」应为非负整数。`, [`fact:${def.key}`]);
    const prevFact = rd.ctx.fact;
    rd.ctx.fact = { key: def.key, period: rd.mode.kind === 'part' ? rd.mode.period : rd.mode.kind === 'offer' && /往年/.test(rd.mode.why) ? 'last' : rd.period, sentence: rd.sentence };
    // 「新媒体发布149条，其中视频号20条」: a part of the figure just given is not a second value for it.
    if (/^其中/.test(phrase) && prevFact?.key === def.key && prevFact.sentence === rd.sentence && !prevFact.bare)
      return ask(rd, `「${phrase}」是上一个数的一部分，报告中没有单独的格，没有填入。`);
    // 「没有按时更新的栏目有2个」: a qualified part of a stock is not how many there are (asked).
    if (STOCK_FACTS.has(def.key) && /(?:没|未|不|无)[^，。；]{0,8}的/.test(phrase.slice(0, Math.max(0, (cs.find((c) => c.text)?.start ?? 0)))))
      return ask(rd, `「${phrase}」说的是其中一部分，「${def.label}」要填现有总数，没有填入，请告诉我共有多少。`, [`fact:${def.key}`], num.value);
    // 「新开了3个专栏」: new ones this year are not how many there are (asked), unless a total follows.
    if (STOCK_FACTS.has(def.key) && NEWLY.test(phrase))
      return ask(rd, `「${phrase}」是今年新增的数，「${def.label}」要填现有总数，没有填入，请告诉我现在共有多少。`, [`fact:${def.key}`], num.value);
    // 「新媒体账号今年注销了1个」: a decrease of a stock is not how many there are.
    if (STOCK_FACTS.has(def.key) && LESSENED.test(phrase))
      return ask(rd, `「${phrase}」是今年减少的数，「${def.label}」要填现有总数，没有填入，请告诉我现在共有多少。`, [`fact:${def.key}`], num.value);
    if (channelKeys.length > 1)
      return ask(rd, `「${phrase}」把几个渠道合在一起说了，没有填入，请分别说明各渠道的条数和主动公开总数。`, [...channelKeys.map((k) => `fact:${k}`), 'fact:published_total'], num.value);
    // 「公众号1个、视频号1个」: the same fact named twice in one sentence is two parts of it, not one value.
    if (rd.mode.kind === 'exact' && !isCorrection(rd.sentence) && rd.out.said.some((x) => x.target === `fact:${def.key}` && !x.period && x.phrase !== phrase && rd.sentence.includes(x.phrase))) return partsOfOneFact(def.key, num, phrase);
    if (rd.withheldFacts.has(def.key)) return;
    if (!say(rd, `fact:${def.key}`, num.value, phrase)) return;
    rd.out.facts[def.key] = num.value;
    rd.out.understood.push(`「${phrase}」→ ${def.label}：${num.value}${def.unit ?? ''}`);
  };

  const handleFee = (num: NumToken, cs: CueToken[], phrase: string) => {
    rd.ctx.fee = rd.sentence;
    rd.spokeOfFee = true;
    // 「收了0.5万」: 万 said after a fee is 万元.
    if (!num.unit && /万$/.test(num.raw.replace(/[余多]$/, ''))) num = { ...num, unit: '元' };
    if (cs.some((c) => c.target.t === 'feeNotice') && (!num.unit || !/元/.test(num.unit))) {
      if (!checkCount(rd, num, phrase, ['fee.notices'])) return;
      if (!say(rd, 'fee.notices', num.value, phrase)) return;
      rd.out.fee = { ...rd.out.fee, notices: num.value };
      rd.out.understood.push(`「${phrase}」→ 发出收费通知书：${num.value}件`);
      return;
    }
    // 「信息处理费：0」: nothing charged needs no unit (0 元 is 0 万元).
    if (!num.unit && num.value === 0 && !num.approx) num = { ...num, unit: '元' };
    if (!num.unit || !/元/.test(num.unit)) {
      // 「收了3份的钱」: something was charged, but the amount is not said.
      if (/收了|收过|收取|收到/.test(phrase) && !tokenizeClause(phrase, []).negated) say(rd, 'fee.charged', true, phrase);
      return ask(rd, `「${phrase}」：信息处理费的金额请写明单位（元）。`, ['fee.amountYuan'], num.value);
    }
    const yuan = Math.round((num.unit === '万元' ? num.value * 10000 : num.value) * 1e6) / 1e6;
    if (Math.abs(yuan * 100 - Math.round(yuan * 100)) > 1e-6) return ask(rd, `「${phrase}」：金额最多保留到分。`, ['fee.amountYuan']);
    // 「信息处理费0元」 is 「未收取」 (no amount is written with it).
    if (yuan === 0) {
      if (say(rd, 'fee.charged', false, phrase)) rd.out.fee = { ...rd.out.fee, charged: false };
      return;
    }
    if (!say(rd, 'fee.amountYuan', yuan, phrase)) return;
    say(rd, 'fee.charged', yuan > 0, phrase);
    rd.out.fee = { ...rd.out.fee, charged: yuan > 0, amountYuan: yuan };
    rd.out.understood.push(`「${phrase}」→ 收取信息处理费：${yuan}元`);
  };


  const domainOf = (cs: CueToken[]): 't3' | 't4' | 't2' | 'fee' | 'fact' | undefined => {
    const strong = cs.filter((c) => !c.weak);
    const pool = strong.length ? strong : cs;
    const has = (...ts: Target['t'][]) => pool.some((c) => ts.includes(c.target.t));
    // 「收到信息处理费80元」: an intake verb (「收到」「收取」) with the fee names money received, not an application.
    if (has('fee', 'feeNotice') && !has('t3col', 't4row', 't2row') && pool.every((c) => c.target.t !== 't3row' || ((c.target as { key: string }).key === 'new' && INTAKE_VERB.test(c.text)))) return 'fee';
    // A result word alone (「终止」「撤销」) next to a 表三 reason (「因为逾期不补正终止了」) is 表三's.
    if (has('t4row') || (has('t4col') && !pool.some((c) => c.target.t === 't3row' && !c.weak))) return 't4';
    // An applicant word alone (「群众」) next to a fact's name is no 表三 subject (「回应群众关切26次」).
    // (a 表三 count placed earlier in this message makes it an applications context too: 「2件都是企业的，都给公开了」)
    if (has('t3row') || (has('t3col') && !has('fact', 't2row', 'fee')) || ((rd.appContext || Object.keys(rd.out.cells).some((id) => id.startsWith('t3.'))) && has('bareOpen'))) return 't3';
    // A column word alone (「印发」「新增」) is 表二's only when no fact is named (「印发政策解读12篇」).
    if (has('t2row') || (has('t2col') && !has('fact'))) return 't2';
    if (has('fee', 'feeNotice')) return 'fee';
    if (has('fact')) return 'fact';
    return undefined;
  };

  // Labels with 、 inside (表三（六）1、2) must survive clause splitting.
  for (const c of cues) if (c.text.includes(KEEP)) rd.text = rd.text.split(c.text.replaceAll(KEEP, '、')).join(c.text);
  const fakeCue = (target: Target): CueToken => ({ type: 'cue', text: '', target, weak: false, start: 0, end: 0 });
  /** Place one number by its cues, or by the context; false when it names nothing. */
  const placeNumber = (num: NumToken, cs: CueToken[], phrase: string, sentence: string, clause: { all: boolean; nums: NumToken[] }, numPeriod: Period = rd.period): boolean => {
    const domain = domainOf(cs);
    if (domain && rd.mode.kind === 'exact' && num.raw) rd.lastNumber = { value: num.value, ...(num.unit ? { unit: num.unit } : {}) };
    if (domain === 't3') handleT3(num, cs, phrase);
    else if (domain === 't4') handleT4(num, cs, phrase);
    else if (domain === 't2') handleT2(num, cs, phrase);
    else if (domain === 'fee') handleFee(num, cs, phrase);
    else if (domain === 'fact') handleFact(num, cs, phrase);
    else if (cs.length && !cs.every((c) => c.weak)) return false;
    else if (!cs.length && rd.prevSubject && numPeriod === 'year' && /今年|全年|本年|这一年/.test(phrase) && sentence === rd.firstSentence && placeOn(rd.prevSubject, num, phrase)) {
      // done: the place the turn before offered or split, now given for the whole year
    }
    else if ((rd.ctx.fee === sentence || rd.ctx.fee === PREVIOUS_TURN) && num.unit && /元/.test(num.unit)) handleFee(num, [], phrase);
    // 「（收费通知书…），收了3份的钱」: money received after a fee statement is about the fee.
    else if (rd.ctx.fee === sentence && /收/.test(phrase) && /钱|费/.test(phrase)) handleFee(num, [], phrase);
    else if (rd.ctx.feeNotice === sentence && num.unit && /份|件/.test(num.unit)) handleFee(num, [fakeCue({ t: 'feeNotice' })], phrase);
    else if ((rd.ctx.fact?.sentence === sentence && CHANNEL_FACT.test(rd.ctx.fact.key) || (!cs.length && CHANNEL_FACT.test(ec.previous?.fact ?? '') && !ec.previous?.parts?.length && sentence === rd.firstSentence)) && TOTAL_WORDS.test(phrase) && (!num.unit || num.unit === '条'))
      // 「500是网站的，总数是620」: a total is never the channel's.
      handleFact(num, [fakeCue({ t: 'fact', key: 'published_total' })], phrase);
    else if (rd.ctx.fact && rd.ctx.fact.sentence === sentence && (!num.unit || compatibleUnits(num.unit, factDef(rd.ctx.fact.key)?.unit ?? '')) &&
      (rd.ctx.fact.bare || numPeriod !== rd.ctx.fact.period || isCorrection(sentence)))
      handleFact(num, [fakeCue({ t: 'fact', key: rd.ctx.fact.key })], phrase);
    else if (rd.mode.kind === 'exact' && rd.ctx.fact && rd.ctx.fact.sentence === sentence && num.unit && compatibleUnits(num.unit, factDef(rd.ctx.fact.key)?.unit ?? '') && numPeriod === rd.ctx.fact.period)
      // 「培训县里组织1次，镇里自己搞了2次」: a second count of the same fact is a part of it, or a restatement: asked.
      partsOfOneFact(rd.ctx.fact.key, num, phrase);
    else if (rd.ctx.fact?.sentence === sentence && num.unit && !compatibleUnits(num.unit, factDef(rd.ctx.fact.key)?.unit ?? '') && sameAspectByUnit(rd.ctx.fact.key, num.unit))
      handleFact(num, [fakeCue({ t: 'fact', key: sameAspectByUnit(rd.ctx.fact.key, num.unit)! })], phrase);
    // 「总共公开了600条」 is the total; 「政务服务事项公开了156项」「公开了处理结果」 are not.
    // 「今年共发了380条」: a count of publications that names no channel — the total? Asked, offering it.
    else if (!cs.length && num.unit === '条' && /共发|总共发|一共发|共推/.test(phrase) && !CHANNEL_WORDS.test(phrase) && !rd.appContext)
      ask(rd, `「${phrase}」没有说是哪个渠道，是主动公开信息总数吗？没有填入。`, ['fact:published_total'], num.value);
    // 「第二十一条规定的信息公开了35条」「民生领域的信息公开了80条」: a kind of information is a part, not the total (asked).
    else if (!/总共|一共|共计|合计|总数|总计|共公开|共发布/.test(phrase) && /公开了/.test(phrase) && num.unit === '条' && /的(?:政府)?信息|规定|领域|方面|类|事项/.test(phrase.slice(0, num.start)) && !CHANNEL_WORDS.test(phrase) && !rd.appContext)
      ask(rd, `「${phrase}」说的是一部分信息，不是主动公开信息总数，没有填入；总数请单独说明。`, ['fact:published_total'], num.value);
    else if (/总共|一共|共计|合计|总数|总计|共公开|共发布|公开了/.test(phrase) && (num.unit === '条' || (!num.unit && /信息/.test(phrase))) && !CHANNEL_WORDS.test(phrase) && !rd.appContext)
      handleFact(num, [fakeCue({ t: 'fact', key: 'published_total' })], phrase);
    else if (!cs.length && rd.earlierCellParts.length && new Set(rd.earlierCellParts.map((p) => p.target)).size === 1 && numPeriod !== 'year' && !rd.earlierCellParts.some((p) => p.period === numPeriod) && (!num.unit || /^(?:件|起|个|份|次)$/.test(num.unit))) {
      // 「下半年12件」 after 「处罚上半年10件」: the next part of the same cell.
      if (checkCount(rd, num, phrase, [rd.earlierCellParts[0].target])) setCell(rd, rd.earlierCellParts[0].target, num.value, phrase);
    }
    else if (!cs.length && rd.earlierParts.length && new Set(rd.earlierParts.map((p) => p.target)).size === 1 && numPeriod !== 'year' && !rd.earlierParts.some((p) => p.period === numPeriod) &&
      (!num.unit || compatibleUnits(num.unit, factDef(rd.earlierParts[0].target.slice(5))?.unit ?? '')))
      // 「下半年发了80条」 after 「上半年公众号发了60条」: the next part of the same fact.
      handleFact(num, [fakeCue({ t: 'fact', key: rd.earlierParts[0].target.slice(5) })], phrase);
    else if (rd.mode.kind !== 'exact' && num.unit === '条' && /发|公开|推送|发布/.test(phrase) && !rd.appContext)
      // 「1到11月发了300条」: a part of the year's publications, no channel named: asked about the total.
      say(rd, 'fact:published_total', num.value, phrase);
    // 「收费3000元」: money charged, but which — 表二's 行政事业性收费 or the 信息处理费? Asked.
    else if (!cs.length && num.unit && /元/.test(num.unit) && /收费|费用/.test(phrase))
      ask(rd, `「${phrase}」是表二的行政事业性收费，还是信息处理费？没有填入，请说明。`, ['t2.fee.amount', 'fee.amountYuan'], num.value);
    else if (CHANNEL_WORDS.test(phrase))
      ask(rd, `「${phrase}」：「${CHANNEL_WORDS.exec(phrase)![0]}」的条数在报告中没有单独的格，没有填入；主动公开信息总数请单独说明。`, ['fact:published_total'], num.value);
    else if (rd.ctx.t3row && rd.ctx.subject && rd.appContext && clause.nums.length === 1 && !cs.length) ask(rd, `「${phrase}」中的${num.raw}是表三哪一行、哪一列的数字？`);
    else return false;
    return true;
  };
  /** Place a number on a target known by id (a fact, a leaf cell, the fee amount); false when the unit does not fit. */
  const placeOn = (target: TargetId, num: NumToken, phrase: string): boolean => {
    if (target.startsWith('fact:')) {
      if (num.unit && !compatibleUnits(num.unit, factDef(target.slice(5))?.unit ?? '') && !FACT_UNIT_ALIASES[target.slice(5)]?.includes(num.unit)) return false;
      handleFact(num, [fakeCue({ t: 'fact', key: target.slice(5) })], phrase);
      return true;
    }
    if (kindOf(target) === 'cell') {
      if (target !== 't2.fee.amount' && num.unit && !/^(?:件|起|个|份|次|项)$/.test(num.unit)) return false;
      if (target === 't2.fee.amount') return false;
      if (checkCount(rd, num, phrase, [target])) setCell(rd, target, num.value, phrase);
      return true;
    }
    if (target === 'fee.amountYuan') {
      handleFee(num, [fakeCue({ t: 'fee' })], phrase);
      return true;
    }
    return false;
  };
  const partsOfOneFact = (key: string, num: NumToken, phrase: string): void => {
    // 「工作人员4名（专职1名、兼职3名）」: a breakdown in brackets restates the figure before it.
    if (/[（）]/.test(phrase)) return;
    const earlier = rd.out.said.filter((x) => x.target === `fact:${key}` && x.phrase !== phrase);
    // 「解读5篇，其中图解2篇」: a part of the figure just given.
    if (/^其中/.test(phrase) && earlier.length) return ask(rd, `「${phrase}」是上一个数的一部分，报告中没有单独的格，没有填入。`);
    // 「专职1人，兼职2人」: the two halves of one count add up.
    const halves = earlier.length === 1 && WHOLE_OF_PARTS.some(([a, b]) => (earlier[0].phrase.includes(a) && phrase.includes(b)) || (earlier[0].phrase.includes(b) && phrase.includes(a)));
    if (halves) {
      earlier[0].value = (earlier[0].value as number) + num.value;
      earlier[0].phrase = `${earlier[0].phrase}，${phrase}`;
      rd.out.facts[key] = earlier[0].value as number;
      return;
    }
    // 「比去年增加了5篇，今年共20篇」: nothing was stored before (only offered): this is the figure.
    if (!earlier.length) return handleFact(num, [fakeCue({ t: 'fact', key })], phrase);
    rd.out.said = rd.out.said.filter((x) => !earlier.includes(x));
    delete rd.out.facts[key];
    rd.withheldFacts.add(key);
    const def = factDef(key)!;
    const parts = [...earlier.map((x) => `「${x.phrase}」`), `「${phrase}」`].join('和');
    ask(rd, `${parts}都像是「${def.label}」的数，没有填入：是两部分相加，还是其中之一？请告诉我全年共多少${def.unit ?? ''}。`, [`fact:${key}`]);
  };
  /** The 表四 row this message spoke of: the one placed, or the only specific one named (「行政复议」 → 「1起，维持」). */
  const t4rowNamed = (): string | undefined => {
    if (rd.ctx.t4row && rd.ctx.t4row !== LAWSUIT) return rd.ctx.t4row;
    const rows = [...new Set(tokenizeClause(rd.text, cues).tokens.flatMap((t) => (t.type === 'cue' && t.target.t === 't4row' ? [(t.target as { key: string }).key] : [])))];
    return rows.length === 1 && rows[0] !== LAWSUIT ? rows[0] : undefined;
  };
  /** A row label followed only by unit-less numbers, as many as the row has columns: each number its column's. */
  const pastedRow = (clause: { nums: NumToken[] }, cs: CueToken[], phrase: string): boolean => {
    const strong = cs.filter((c) => !c.weak);
    if (strong.length !== 1 || clause.nums.length < 2 || clause.nums.some((n) => n.unit || n.approx || n.start < strong[0].end)) return false;
    const tg = strong[0].target as { t: string; key?: string; group?: boolean };
    const cols =
      tg.t === 't2row' ? tableDef(format, 't2').blocks.find((b) => b.rows.some((r) => r.key === tg.key))?.columns.map((c) => c.key)
      : tg.t === 't3row' && !tg.group && tg.key !== CARRY ? rd.t3Cols.map((c) => c.key)
      : tg.t === 't4row' && tg.key !== LAWSUIT ? rd.t4Cols.map((c) => c.key)
      : undefined;
    if (!cols || cols.length !== clause.nums.length) return false;
    const table = tg.t.slice(0, 2);
    clause.nums.forEach((n, i) => setCell(rd, `${table}.${tg.key}.${cols[i]}`, n.value, phrase));
    return true;
  };
  /** 「企业的不予公开（商业秘密）」: one applicant column and a decision, no number — all of that column's applications. */
  const oneColumnDecision = (cs: CueToken[], clauseText: string) =>
    new Set(cs.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key)).size === 1 && /的/.test(clauseText) && namesDecision(cs, clauseText);
  /** The one leaf of a 表三 group whose reason the current sentence names (「…，涉及国家秘密」). */
  const leafNamedInSentence = (group: string): string | undefined => {
    const leaves = new Set(leavesOfGroup(rd, group).map((r) => r.key));
    const named = new Set(tokenizeClause(rd.sentence, cues).tokens.flatMap((t) => (t.type === 'cue' && t.target.t === 't3row' && leaves.has((t.target as { key: string }).key) ? [(t.target as { key: string }).key] : [])));
    const leaf = named.size === 1 ? [...named][0] : undefined;
    if (leaf) rd.reasonGiven = { leaf, sentence: rd.sentence };
    return leaf;
  };
  /** A clause without a number gives the subject's count a result only when it names the decision (「公开了」「不予公开」). */
  const namesDecision = (cs: CueToken[], clauseText: string) =>
    cs.some((c) => c.target.t === 't3row' && !c.weak && !T3_INTAKE.has((c.target as { key: string }).key)) || (cs.some((c) => c.target.t === 'bareOpen') && OPENED.test(clauseText));
  /** Numbers still waiting at the end of their sentence are asked about. */
  const flushWaiting = () => {
    for (const w of rd.waiting) rd.out.orphans.push({ value: w.num.value, unit: w.num.unit, phrase: w.phrase, raw: w.num.raw });
    rd.waiting = [];
  };
  // 「行政处罚」 → 「全年二十七件」: the subject the previous turn named alone is the subject of this turn's first sentence.
  rd.firstSentence = splitSentences(rd.text)[0];
  if (ec.previous?.named?.length && rd.firstSentence !== undefined) {
    rd.ctx.named = { cues: ec.previous.named, sentence: rd.firstSentence };
    rd.ctx.asked = { targets: ec.previous.named.map((c) => c.target), sentence: PREVIOUS_TURN };
  }
  for (const sentence of splitSentences(rd.text)) {
    flushWaiting();
    rd.period = 'year';
    // Subjects named without a number, and a column named as a topic, do not reach into the next sentence
    // (a pasted report's 「保障人民群众的知情权」 is no applicant column for the figures that follow).
    // The fee spoken of reaches only its own sentence (or, from the previous turn, this message's first).
    if (rd.ctx.fee && rd.ctx.fee !== PREVIOUS_TURN) rd.ctx.fee = undefined;
    else if (rd.ctx.fee === PREVIOUS_TURN && rd.sentence) rd.ctx.fee = undefined;
    rd.sentence = sentence;
    const why = unsureSentence(sentence);
    rd.unsure = why ? { sentence, why } : undefined;
    forgetSentenceSubjects(rd.ctx);
    for (const clauseText of splitClauses(sentence)) {
      rd.period = periodOf(clauseText, ec.year) ?? rd.period;
      const relative = isRelative(clauseText);
      const clause = tokenizeClause(clauseText, cues);
      // 「复议和诉讼：行政复议1件」: a heading listing several rows before 「：」 is a topic label when the count after it
      // names its own row of that table (「规范性文件：制发2件」 keeps its heading: the row is named only there).
      const colonAt = clauseText.lastIndexOf('：');
      const rowsOf = (t: Target['t'], before: boolean) => new Set(clause.tokens.flatMap((x) => (x.type === 'cue' && x.target.t === t && !x.weak && (before ? x.end <= colonAt : x.start > colonAt) ? [(x.target as { key: string }).key] : [])));
      if (colonAt > 0 && clause.nums.length && clause.nums.every((n) => n.start > colonAt) && (['t4row', 't2row', 't3row'] as const).some((t) => rowsOf(t, true).size >= 2 && rowsOf(t, false).size >= 1))
        clause.tokens = clause.tokens.filter((t) => t.type !== 'cue' || t.start > colonAt);
      const inherited = rd.period;
      // Each number takes the period named nearest before it (「政策解读去年12篇今年15篇」).
      const at = (n?: NumToken): Period => (n ? (periodAt(clauseText, n.start, ec.year) ?? inherited) : inherited);
      const scopeMode = (n?: NumToken): Mode =>
        relative ? { kind: 'offer', why: '是与其他时间相比的增减数' }
        : at(n) === 'last' ? { kind: 'offer', why: '是往年的数' }
        : at(n) === 'part' ? { kind: 'offer', why: '只是一段时间的数，不是全年的' }
        : at(n) === 'next' ? { kind: 'offer', why: '是明年或计划中的数，不是今年已经做的' }
        : n && isApprox(clauseText, n) ? { kind: 'offer', why: '是约数，表格需要准确数字' }
        : at(n) !== 'year' ? { kind: 'part', period: at(n) }
        : { kind: 'exact' };
      rd.mode = scopeMode();
      // 「申请人没有缴费」: the applicant is a person, not the count of applications.
      const cueTokens = clause.tokens.filter((t): t is CueToken => t.type === 'cue' && !(t.weak && t.text === '申请' && clauseText[t.end] === '人'));
      if (!clause.nums.length) {
        // 「去年有1起复议，今年没有」: a negation naming only this year negates the previous clause's subject.
        if (!cueTokens.length && clause.negated && !NOT_YET.test(clauseText) && rd.ctx.prev?.sentence === sentence && rd.ctx.prev.period !== 'year' && periodOf(clauseText, ec.year) === 'year') {
          rd.mode = { kind: 'exact' };
          applyNegation(rd, rd.ctx.prev.targets, clauseText);
          continue;
        }
        if (/^(?:除了|除去|除)/.test(clauseText)) rd.ctx.except = { cols: cueTokens.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key), sentence };
        // 「除了个人申请，其他都没有」: every applicant column but the one excepted, in the row spoken of.
        else if (!cueTokens.length && clause.negated && rd.ctx.except?.sentence === sentence && rd.ctx.except.cols.length && /^(?:其他|其余|别的)/.test(clauseText)) {
          applyNegation(rd, [], `${sentence}`);
          continue;
        }
        // 「公众号今年停更了，一条没发」: a bare short negation is about the subject the clause before named.
        if (!cueTokens.length && clause.negated && rd.ctx.named?.sentence === sentence && BARE_NONE.test(clauseText)) {
          applyNegation(rd, rd.ctx.named.cues.filter((c) => !c.weak).map((c) => c.target), `${clauseText}（${rd.ctx.named.cues.map((c) => c.text).join('')}）`);
          continue;
        }
        // 「信息处理费？没收过」: a bare negation answers the subject the sentence before only named.
        if (!cueTokens.length && clause.negated && rd.ctx.asked && rd.ctx.asked.sentence !== sentence && clauseText.length <= 6 && splitClauses(sentence).length === 1) {
          applyNegation(rd, rd.ctx.asked.targets, `${clauseText}（${rd.ctx.asked.sentence}）`);
          rd.ctx.asked = undefined;
          continue;
        }
        if (cueTokens.some((c) => !c.weak) && !clause.negated) {
          rd.ctx.named = { cues: cueTokens, sentence };
          rd.ctx.asked = splitClauses(sentence).length === 1 && !NUMERAL_CHAR.test(sentence) ? { targets: cueTokens.map((c) => c.target), sentence } : undefined;
        }
        // 「12月份又来了1件个人申请，还没办完」: an application still open at the year's end may be carried to next year.
        if (STILL_OPEN.test(clauseText) && (rd.ctx.subject?.sentence === sentence || rd.claims.some((c) => c.table === 't3') || rd.out.asks.some((a) => a.targets.some((t) => t.startsWith('t3.new.'))))) {
          ask(rd, `「${clauseText}」：年底还没办完的申请要计入「结转下年度继续办理」，请说明件数和申请人类别。`, rowTargets(rd, 't3', 'next'));
          continue;
        }
        // 「发出收费通知书1份，申请人没有缴费」: nothing was paid, so no 信息处理费 was charged.
        if (rd.ctx.fee && UNPAID.test(clauseText) && !rd.out.said.some((x) => x.target === 'fee.charged')) {
          if (say(rd, 'fee.charged', false, clauseText)) rd.out.fee = { ...rd.out.fee, charged: false };
          continue;
        }
        // 「培训嘛，搞了两三次吧」: a vague amount for the subject the clause before named.
        const topicCues = rd.ctx.named?.sentence === sentence ? rd.ctx.named.cues : rd.ctx.fact?.sentence === sentence ? [fakeCue({ t: 'fact', key: rd.ctx.fact.key })] : undefined;
        if (!cueTokens.length && VAGUE.test(clauseText) && topicCues) {
          rd.mode = { kind: 'vague' };
          const unit = VAGUE_UNIT.exec(clauseText.slice(clauseText.search(VAGUE)))?.[0];
          const placeholder: NumToken = { type: 'num', value: 1, approx: false, raw: '', start: clauseText.length, end: clauseText.length, ...(unit ? { unit } : {}) };
          placeNumber(placeholder, topicCues, `${clauseText}（${topicCues.map((c) => c.text || factDef((c.target as { key: string }).key)?.label).join('')}）`, sentence, clause);
          rd.mode = scopeMode();
          continue;
        }
        // 「下半年的还没统计」 after a part: not known yet, about the fact spoken of.
        if (!cueTokens.length && NOT_YET.test(clauseText) && (rd.earlierParts.length || rd.ctx.fact?.sentence === sentence)) {
          const about = rd.ctx.fact?.sentence === sentence ? [`fact:${rd.ctx.fact.key}`] : [...new Set(rd.earlierParts.map((p) => p.target))];
          ask(rd, `「${clauseText}」：还没有确定的数，${about.map((t) => factDef(t.slice(5))?.label).join('、')}没有填入全年数，统计好后请告诉我。`, about);
          continue;
        }
        // 「涉及个人隐私」 answering 「不予公开1件」 (asked for its reason): the waiting count gets the reason.
        const reasonFor = rd.claims.find((c) => c.needs === 'reason' && cueTokens.some((t) => t.target.t === 't3row' && leavesOfGroup(rd, c.row).some((r) => r.key === (t.target as { key: string }).key)));
        if (reasonFor) {
          rd.claims.splice(rd.claims.indexOf(reasonFor), 1);
          const leaf = cueTokens.find((t) => t.target.t === 't3row' && leavesOfGroup(rd, reasonFor.row).some((r) => r.key === (t.target as { key: string }).key))!;
          const num: NumToken = { type: 'num', value: reasonFor.value, approx: false, raw: String(reasonFor.value), start: 0, end: 0 };
          handleT3(num, [leaf, ...cueTokens.filter((t) => t.target.t === 't3col')], `${reasonFor.phrase}，${clauseText}`);
          continue;
        }
        // 「政策解读10篇」→「回应关切也是」: 「也是」 after a subject alone is the number just given.
        // (「公众号呢，也差不多」: the subject named in the clause before.)
        const sameCues = cueTokens.some((c) => !c.weak) ? cueTokens : rd.ctx.named?.sentence === sentence && !cueTokens.length ? rd.ctx.named.cues : [];
        const strongOnly = sameCues.filter((c) => !c.weak);
        const rest = cueTokens.filter((c) => !c.weak).reduce((t, c) => t.replace(c.text, ''), clauseText).replace(/[。！!，,\s]/g, '');
        if (strongOnly.length && rd.lastNumber && !clause.negated && /^(?:的|呢)?(?:也是|也一样|也相同|一样|同样|也是这个数|也这么多)(?:的)?$/.test(rest)) {
          // (the count is the same; the unit is the new subject's own — only money keeps its 元)
          const n0: NumToken = { type: 'num', value: rd.lastNumber.value, approx: false, raw: String(rd.lastNumber.value), start: clauseText.length, end: clauseText.length, ...(rd.lastNumber.unit && /元/.test(rd.lastNumber.unit) ? { unit: rd.lastNumber.unit } : {}) };
          placeNumber(n0, sameCues, `${clauseText}（${rd.lastNumber.value}${rd.lastNumber.unit ?? ''}）`, sentence, clause);
          continue;
        }
        // 「公众号呢，也差不多」「公开栏也差不多」: about the same as the number just given — asked, offering it.
        if (strongOnly.length && rd.lastNumber && !clause.negated && /^(?:的|呢)?(?:也)?(?:差不多|差不离|接近|相近|近似)(?:吧|吧|的)?$/.test(rest)) {
          const n0: NumToken = { type: 'num', value: rd.lastNumber.value, approx: false, raw: String(rd.lastNumber.value), start: clauseText.length, end: clauseText.length, ...(rd.lastNumber.unit && /元/.test(rd.lastNumber.unit) ? { unit: rd.lastNumber.unit } : {}) };
          const keep = rd.mode;
          rd.mode = { kind: 'offer', why: '只说了跟前面的数差不多，不是确数' };
          placeNumber(n0, sameCues, clauseText, sentence, clause);
          rd.mode = keep;
          continue;
        }
        // 「收到个人申请2件，都按时答复」: all the applications counted in this sentence were answered on time.
        const onTime = cueTokens.find((c) => c.target.t === 'fact' && (c.target as { key: string }).key === 'requests_on_time');
        if (onTime && !clause.negated && /都|全部|均|全都/.test(clauseText)) {
          const intake = rd.out.said.filter((x) => /^t3\.(new|carried)\./.test(x.target) && typeof x.value === 'number' && rd.sentence.includes(x.phrase));
          const sum = intake.reduce((a, x) => a + (x.value as number), 0);
          if (intake.length && sum > 0) handleFact({ type: 'num', value: sum, approx: false, raw: String(sum), unit: '件', start: clauseText.length, end: clauseText.length }, [onTime], `${clauseText}（共${sum}件）`);
          if (cueTokens.every((c) => c === onTime || c.weak)) continue;
        }
        if (!cueTokens.length) continue;
        // A number waiting from the clause before takes this clause's subject.
        const strongCues = cueTokens.filter((c) => !c.weak);
        if (rd.waiting.length && strongCues.length) {
          const ws = rd.waiting;
          rd.waiting = [];
          for (const w of ws) {
            rd.mode = w.mode;
            if (!placeNumber(w.num, cueTokens, `${w.phrase}，${clauseText}`, sentence, clause)) rd.waiting.push(w);
          }
          flushWaiting();
          continue;
        }
        rd.mode = VAGUE.test(clauseText) ? { kind: 'vague' } : isRelative(clauseText) ? { kind: 'offer', why: '是与往年比较的说法' } : { kind: 'exact' };
        if (rd.mode.kind !== 'exact' && !clause.negated) {
          // 「解读大概一百来篇」「处罚有一些」: the place is named, the number is not.
          const placeholder: NumToken = { type: 'num', value: 1, approx: false, raw: '', start: clauseText.length, end: clauseText.length };
          if (rd.mode.kind === 'offer') rd.mode = { kind: 'vague' };
          placeNumber(placeholder, cueTokens, clauseText, sentence, clause);
          if (rd.ctx.fact?.sentence === sentence) rd.ctx.fact.bare = true;
          rd.mode = scopeMode();
          continue;
        }
        // A clause without a number takes the sentence's time scope (「去年…，全部予以公开」 is last year's).
        rd.mode = scopeMode();
        if (cueTokens.some((c) => c.target.t === 'feeNotice')) rd.ctx.feeNotice = sentence;
        if (cueTokens.some((c) => c.target.t === 'fee')) {
          rd.ctx.fee = sentence;
          rd.spokeOfFee = true;
        }
        if (!clause.negated && cueTokens.some((c) => c.target.t === 'fee')) {
          if (/收取|收了|收过|收到|缴纳|交了/.test(clauseText) && say(rd, 'fee.charged', true, clauseText)) {
            rd.out.fee = { ...rd.out.fee, charged: true };
            rd.out.understood.push(`「${clauseText}」→ 收取了信息处理费`);
          }
          continue;
        }
        // 「没有开设新的专栏，还是原来那12个」: no new ones is not none.
        const stock = cueTokens.filter((c) => c.target.t === 'fact' && STOCK_FACTS.has((c.target as { key: string }).key));
        if (clause.negated && stock.length && /新/.test(clauseText)) {
          rd.ctx.fact = { key: (stock[0].target as { key: string }).key, period: rd.period, sentence, bare: true };
          continue;
        }
        // 「培训的数还没汇总完，先别填」: not yet known is not zero.
        // 「培训的数还没汇总完，先别填」 holds the whole sentence; 「没有行政强制，处罚的数还在统计」 only its own clause.
        const notYetElsewhere = splitClauses(sentence).filter((c) => NOT_YET.test(c));
        const holdsSentence = notYetElsewhere.length > 0 && notYetElsewhere.every((c) => !tokenizeClause(c, cues).tokens.some((t) => t.type === 'cue' && !t.weak));
        if (NOT_YET.test(clauseText) || NOT_OURS.test(clauseText) || (clause.negated && holdsSentence)) {
          const targets = cueTokens.flatMap((c) => (c.target.t === 'fact' ? [`fact:${(c.target as { key: string }).key}`] : c.target.t === 't2row' || c.target.t === 't3row' || c.target.t === 't4row' ? rowTargets(rd, c.target.t.slice(0, 2) as 't2', (c.target as { key: string }).key) : []));
          ask(rd, `「${clauseText}」：还没有确定的数，没有填入，统计好后请告诉我。`, targets);
          continue;
        }
        if (clause.negated) {
          // A weak cue (「申请」 in 「被申请行政复议」) is no subject of its own next to a strong one of another table.
          const strongTables = new Set(cueTokens.filter((c) => !c.weak).map((c) => c.target.t.slice(0, 2)));
          // 「复议诉讼：全年没有发生行政复议」: a heading before 「：」 is a topic label, not the negation's subject.
          const colon = clauseText.lastIndexOf('：');
          const scoped = colon > 0 && cueTokens.some((c) => c.start > colon) ? cueTokens.filter((c) => c.start > colon) : cueTokens;
          // (「公开栏没有公开信息」: the weak 「公开信息」 next to a channel is no second subject.)
          const strongFactCue = scoped.some((c) => c.target.t === 'fact' && !c.weak);
          // (「公众号没有发布信息」: a channel negated is never the total — 「发布信息」 beside it is the channel's verb.)
          const channelCue = scoped.some((c) => c.target.t === 'fact' && CHANNEL_FACT.test((c.target as { key: string }).key));
          const named = scoped.filter((c) => (!c.weak || !strongTables.size || strongTables.has(c.target.t.slice(0, 2))) && !(c.weak && c.target.t === 'fact' && strongFactCue) &&
            !(channelCue && c.target.t === 'fact' && (c.target as { key: string }).key === 'published_total'));
          applyNegation(rd, [...rd.ctx.dangling, ...named.map((c) => c.target)], clauseText);
          rd.ctx.dangling = [];
          continue;
        }
        // 「复议1起，申请人后来撤回了」: a withdrawal while a review or lawsuit waits for its result ends it (其他结果).
        if (rd.ctx.t4claim?.needs === 'result' && rd.ctx.t4claim.phrase && rd.sentence.includes(rd.ctx.t4claim.phrase) && cueTokens.some((c) => c.target.t === 't3row' && (c.target as { key: string }).key === 'r6_3')) {
          handleT4(null, [fakeCue({ t: 't4col', key: 'other' })], clauseText);
          continue;
        }
        const domain = domainOf(cueTokens);
        // 「规范性文件清理后，现行有效的剩9件」: the 表二 row named before its columns' counts.
        const t2rows = [...new Set(cueTokens.filter((c) => c.target.t === 't2row').map((c) => (c.target as { key: string }).key))];
        if (t2rows.length === 1 && !clause.negated) rd.ctx.t2row = t2rows[0];
        if (domain === 'fact') {
          const keys = [...new Set(cueTokens.filter((c) => c.target.t === 'fact').map((c) => (c.target as { key: string }).key))];
          if (keys.length === 1) rd.ctx.fact = { key: keys[0], period: rd.period, sentence, bare: true };
        }
        if (domain === 't4') {
          // 「行政诉讼1起，未经复议直接起诉，…」: the kind of lawsuit named after its count.
          const kind = cueTokens.find((c) => c.target.t === 't4row' && ['direct', 'after'].includes((c.target as { key: string }).key));
          const lawsuits = rd.claims.filter((c) => c.table === 't4' && c.needs === 'lawsuit');
          const lawsuit = rd.ctx.t4claim?.needs === 'lawsuit' ? rd.ctx.t4claim : lawsuits.length === 1 ? lawsuits[0] : undefined;
          if (kind && lawsuit) {
            lawsuit.row = (kind.target as { key: string }).key;
            lawsuit.needs = 'result';
            lawsuit.phrase = `${lawsuit.phrase}，${clauseText}`;
            rd.ctx.t4claim = lawsuit;
          }
          if (cueTokens.some((c) => c.target.t === 't4col')) handleT4(null, cueTokens, clauseText);
          else rd.ctx.dangling.push(...cueTokens.map((c) => c.target));
        }
        else if (domain === 't3') {
          // 「今年收到的申请里，企业1件，个人4件」: the row named first is the row of the counts that follow.
          const strongRows = [...new Set(cueTokens.filter((c) => c.target.t === 't3row' && !c.weak).map((c) => (c.target as { key: string }).key))];
          if (strongRows.length === 1 && strongRows[0] !== CARRY) rd.ctx.t3row = strongRows[0];
          // Only an applicant column named (「都是自然人」); a lone weak result word (「公开了」) is a result.
          const onlyCol = cueTokens.some((c) => c.target.t === 't3col') && cueTokens.every((c) => c.target.t === 't3col' || c.weak) && !namesDecision(cueTokens, clauseText);
          const col = cueTokens.find((c) => c.target.t === 't3col')?.target as { key: string } | undefined;
          const waitingClaims = rd.claims.filter((c) => c.table === 't3');
          // 「都是自然人」, or a short answer to the question about the previous turn's count (「个人的」).
          // (「去年结转过来的有2件，个人的」: a bare 「X的」 right after a count without its column in the same sentence.)
          const answers = ALL_OF_THEM.test(clauseText) || (waitingClaims.every((w) => rd.carriedClaims.has(w)) && rd.text.trim().length <= 12) ||
            (/^(?:是|都是)?[^，。；\d]{1,6}的$/.test(clauseText) && waitingClaims.length === 1 && rd.sentence.includes(waitingClaims[0].phrase));
          if (onlyCol && col && col.key !== LEGAL_GROUP && waitingClaims.length && answers) {
            // 「都是自然人」: every waiting 表三 number belongs to this column.
            if (!waitingClaims.some((w) => w.row !== 'new' && w.row !== 'carried') && ALL_OF_THEM.test(clauseText)) rd.allOneColumn = col.key;
            for (const w of waitingClaims) {
              rd.claims.splice(rd.claims.indexOf(w), 1);
              setCell(rd, `t3.${w.row}.${col.key}`, w.value, `${w.phrase}（${clauseText}）`);
              // 「上年结转1件」→「是个人的，今年公开了」: the decision that follows is about these applications.
              if (T3_INTAKE.has(w.row)) rd.ctx.subject = { row: w.row, col: col.key, value: w.value, sentence };
            }
            rd.ctx.t3col = col.key;
          } else if (onlyCol && col && col.key !== LEGAL_GROUP) {
            rd.ctx.t3topic = col.key; // 「自然人申请中，…」: the column of what follows
            rd.ctx.t3col = col.key;
          } else if (rd.reasonGiven?.sentence === sentence && !cueTokens.some((c) => c.target.t === 't3col') && cueTokens.every((c) => c.target.t !== 't3row' || c.weak || (c.target as { key: string }).key === rd.reasonGiven!.leaf)) {
            // 「企业申请的都不予公开，都是商业秘密」: the reason of the decision just taken, no second decision
          } else if (!onlyCol && (clause.all || cueTokens.some((c) => /^(全部|都|均)/.test(c.text)) || oneColumnDecision(cueTokens, clauseText)) && distributeAll(cueTokens, clauseText)) {
            // done: 「全部公开」 — every applicant column's applications have this result
          } else if (!onlyCol && rd.ctx.subject && (clause.all || clauseText.length <= 8) && namesDecision(cueTokens, clauseText) &&
            !(rd.reasonGiven?.sentence === sentence && cueTokens.every((c) => c.target.t !== 't3row' || c.weak || (c.target as { key: string }).key === rd.reasonGiven!.leaf))) handleT3(null, cueTokens, clauseText);
          else if (cueTokens.some((c) => c.target.t === 't3row' && !c.weak)) rd.ctx.dangling.push(...cueTokens.map((c) => c.target));
        } else if (cueTokens.some((c) => ['t4row', 't2row'].includes(c.target.t))) rd.ctx.dangling.push(...cueTokens.map((c) => c.target));
        continue;
      }
      // 「规章：0 0 0」「自然人 3 0 0 …」: a pasted table row, one number per column in the declared order.
      if (rd.mode.kind === 'exact' && pastedRow(clause, cueTokens, clauseText)) {
        rd.ctx.dangling = [];
        continue;
      }
      for (const { num: rawNum, cues: cs } of pairNumbers(clause)) {
        const phrase = clauseText;
        rd.mode = scopeMode(rawNum);
        // The clause-level reading of exactness replaces the token's (the question then names its place).
        const num = rd.mode.kind === 'offer' && rawNum.approx ? { ...rawNum, approx: false } : rawNum;
        // 「行政复议、行政诉讼均为0」: a zero that names no place of its own applies to the places listed before it.
        if (num.value === 0 && clause.all && rd.ctx.dangling.length) applyNegation(rd, [...rd.ctx.dangling], phrase);
        // 「处罚比去年少了5件，一共12件」: the absolute figure after a comparison takes the comparison's subject.
        const compared = rd.ctx.prev?.sentence === sentence && rd.ctx.prev.relative && !cs.length && !relative && clause.nums.length === 1 ? rd.ctx.prev.cues : undefined;
        if (compared?.length && rd.mode.kind === 'exact' && placeNumber(num, compared, `${phrase}（${compared.map((c) => c.text).join('')}）`, sentence, clause, at(num))) continue;
        // 「培训2次，每次30人左右」「每次都有30人参加」: people per session are no year's figure — 参训人次 asked.
        if (num.unit && /^(?:人|名|人次)$/.test(num.unit) && /每(?:次|场|期|回|一次)/.test(phrase.slice(0, num.start)) && !cs.some((c) => c.target.t !== 'fact')) {
          ask(rd, `「${phrase}」是每次的人数，不是全年参训人次，没有填入；全年共多少人次？`, ['fact:trainees']);
          continue;
        }
        // 「网站先发了300条，后来又补发了20条」「年初来了2件，年底又来了1件」: a part added to the value just said.
        if (!cs.length && rd.mode.kind === 'exact' && ADDED.test(phrase.slice(0, num.start))) {
          const last = [...rd.out.said].reverse().find((x) => typeof x.value === 'number' && !x.period && rd.sentence.includes(x.phrase) && (x.target.startsWith('fact:') || /^t[234]\./.test(x.target)));
          const fits = last && (!num.unit || (last.target.startsWith('fact:') ? compatibleUnits(num.unit, factDef(last.target.slice(5))?.unit ?? '') : /^(?:件|起|个|份|次)$/.test(num.unit)));
          if (last && fits) {
            last.value = (last.value as number) + num.value;
            last.phrase = `${last.phrase}，${phrase}`;
            if (last.target.startsWith('fact:')) rd.out.facts[last.target.slice(5)] = last.value;
            else rd.out.cells[last.target] = last.value;
            rd.ctx.added = { target: last.target, value: last.value, sentence };
            continue;
          }
        }
        // 「…，一共3件」 after such an addition: the total confirms the sum, or contradicts it (withheld, asked).
        if (!cs.length && rd.ctx.added?.sentence === sentence && TOTAL_WORDS.test(phrase)) {
          const added = rd.ctx.added;
          if (num.value !== added.value) {
            rd.out.said = rd.out.said.filter((x) => x.target !== added.target);
            delete rd.out.cells[added.target];
            delete rd.out.facts[added.target.slice(5)];
            ask(rd, `「${phrase}」与前面各部分之和${added.value}不一致，没有填入，请确认全年共多少。`, [added.target]);
          }
          continue;
        }
        // 「上半年许可20件，下半年30件」: the next part of the year takes the subject of the part before it.
        // (also across sentences: 「一季度网站发了50条。二季度60条。」)
        const partOf = rd.ctx.prev && !cs.length && rd.ctx.prev.period !== 'year' && rd.ctx.prev.period !== 'last' && rd.ctx.prev.period !== 'next' && at(num) !== 'year' && at(num) !== 'last' && at(num) !== 'next' && at(num) !== rd.ctx.prev.period ? rd.ctx.prev.cues : undefined;
        if (partOf?.length && placeNumber(num, partOf, `${phrase}（${partOf.map((c) => c.text).join('')}）`, sentence, clause, at(num))) continue;
        if (placeNumber(num, cs, phrase, sentence, clause, at(num))) continue;
        // 「行政处罚今年办得多，有130多件」: a number with no subject takes the one the clause before named.
        // Only a named place (a row, a fact), not an applicant topic (「自然人申请中，其他4件」), and not 「其他…」.
        const named = rd.ctx.named?.sentence === sentence && !cs.length && !/^(?:其他|其余|另外)/.test(phrase) && rd.ctx.named.cues.some((c) => !c.weak && c.target.t !== 't3col') ? rd.ctx.named.cues : undefined;
        if (named && placeNumber(num, named, `${phrase}（${named.map((c) => c.text).join('')}）`, sentence, clause, at(num))) continue;
        // 「个人申请，3件」「申请都是个人的，3件」: a bare count right after a clause naming the applicant and 申请 is
        // that column's new applications (only a bare count: 「其他4件」「公开3件」 are not).
        const applicant = rd.ctx.named?.sentence === sentence && !cs.length && /^(?:有|共|是|一共|共计)?\s*[\d零〇一二两三四五六七八九十百]+\s*件$/.test(phrase) &&
          rd.ctx.named.cues.filter((c) => c.target.t === 't3col').length === 1 && rd.ctx.named.cues.every((c) => c.target.t === 't3col' || (c.target.t === 't3row' && c.weak)) && rd.ctx.named.cues.some((c) => c.target.t === 't3row')
          ? rd.ctx.named.cues
          // 「收到个人申请3件」→「企业的呢？2件」: an applicant named alone, its bare count next, in the row spoken of.
          : rd.ctx.named?.sentence === sentence && !cs.length && rd.ctx.t3row && rd.ctx.t3row !== CARRY && /^(?:有|共|是|一共|共计)?\s*[\d零〇一二两三四五六七八九十百]+\s*件$/.test(phrase) && rd.ctx.named.cues.length === 1 && rd.ctx.named.cues[0].target.t === 't3col' && (rd.ctx.named.cues[0].target as { key: string }).key !== LEGAL_GROUP
            ? [...rd.ctx.named.cues, fakeCue({ t: 't3row', key: rd.ctx.t3row })]
            : undefined;
        if (applicant && placeNumber(num, applicant, `${phrase}（${applicant.map((c) => c.text).join('')}）`, sentence, clause, at(num))) continue;
        // 「处罚去年20件，今年15件」: this year's figure named right after last year's takes its subject.
        const thisYear = rd.ctx.prev?.sentence === sentence && rd.ctx.prev.period === 'last' && !cs.length && clause.nums.length === 1 && rd.mode.kind === 'exact' && periodOf(clauseText, ec.year) === 'year' ? rd.ctx.prev.cues : undefined;
        if (thisYear?.length && placeNumber(num, thisYear, `${phrase}（${thisYear.map((c) => c.text).join('')}）`, sentence, clause, at(num))) continue;
        rd.waiting.push({ num, phrase, mode: rd.mode });
      }
      // A part that took the subject of the part before keeps it for the next (「二季度60条。三季度70条。」).
      const keepCues = !cueTokens.length && rd.ctx.prev?.cues?.length && rd.period !== 'year' ? rd.ctx.prev.cues : cueTokens;
      rd.ctx.prev = { targets: keepCues.map((c) => c.target), period: rd.period, sentence, cues: keepCues, relative };
      // 「收到个人申请2件都公开了」: a decision for all of them after the intake count, in the same clause.
      const lastNum = clause.nums[clause.nums.length - 1];
      if (lastNum && OPENED.test(clauseText.slice(lastNum.end)) && ALL_WORDS_AFTER.test(clauseText.slice(lastNum.end)) && INTAKE_VERB.test(clauseText))
        distributeAll([fakeCue({ t: 'bareOpen' }), ...cueTokens.filter((c) => c.target.t === 't3col')], clauseText);
      rd.ctx.dangling = [];
    }
  }

  /** 「（申请）全部公开」: each applicant column's new + carried applications get this result (all known, one result row). */
  function distributeAll(cs: CueToken[], phrase: string): boolean {
    const rowCues = cs.filter((c) => (c.target.t === 't3row' && !c.weak && !T3_INTAKE.has((c.target as { key: string }).key)) || c.target.t === 'bareOpen');
    let keys = [...new Set(rowCues.map((c) => (c.target.t === 'bareOpen' ? 'r1' : (c.target as { key: string }).key)))];
    // 「不予公开（商业秘密）」 names the group and its leaf: the leaf is the place.
    keys = keys.filter((k) => !keys.some((o) => o !== k && leavesOfGroup(rd, k).some((r) => r.key === o)));
    // 「都不予公开，是过程性信息」: the group's reason named in the sentence gives the leaf.
    const leaf = keys.length === 1 && rd.t3Rows.find((r) => r.key === keys[0])?.group ? leafNamedInSentence(keys[0]) : undefined;
    if (leaf) keys = [leaf];
    if (rd.period !== 'year' || keys.length !== 1 || keys[0] === 'next' || keys[0] === CARRY) return false;
    const merged: Record<string, number | null | undefined> = { ...(ec.cells ?? {}), ...rd.out.cells };
    const group = rd.t3Rows.find((r) => r.key === keys[0])?.group;
    if (group) {
      // 「都是不予公开」: every application has this result, but the group is filled by reason — asked (offering the count).
      const named0 = new Set(cs.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key));
      const open = rd.t3Cols.filter((c) => (!named0.size || named0.has(c.key)) && (merged[`t3.new.${c.key}`] ?? 0) + (merged[`t3.carried.${c.key}`] ?? 0) > 0);
      if (!open.length) return false;
      const def = rd.t3Rows.find((r) => r.key === keys[0])!;
      ask(rd, `「${phrase}」：表三的「${def.label}」要按理由分项填写，请说明属于哪一项：${leavesOfGroup(rd, keys[0]).map((r) => r.label).join('；')}。`, leavesOfGroup(rd, keys[0]).flatMap((r) => open.map((c) => `t3.${r.key}.${c.key}`)));
      return true;
    }
    // 「个人的全部公开」: only the applicant column named, when one is.
    const named = new Set(cs.filter((c) => c.target.t === 't3col').map((c) => (c.target as { key: string }).key));
    const per = rd.t3Cols.filter((c) => !named.size || named.has(c.key)).map((c) => ({ col: c.key, n: (merged[`t3.new.${c.key}`] ?? 0) + (merged[`t3.carried.${c.key}`] ?? 0) }));
    if (!per.some((p) => p.n > 0)) return false;
    // Waiting totals without their column are settled by this only when one column has applications.
    for (const p of per) if (p.n > 0) setCell(rd, `t3.${keys[0]}.${p.col}`, p.n, phrase);
    return true;
  }
  /**
   * 表三 balances per column: results + 结转下年度 = 本年新收 + 上年结转. Results said in this message that exceed the
   * applications (「共收到5件，全部公开了，其中1件部分公开」) contradict each other: withheld and asked.
   */
  function withholdOverBalance() {
    const merged: Record<string, number | null | undefined> = { ...(ec.cells ?? {}), ...rd.out.cells };
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
  function withholdNegatedWithCount() {
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
  const dropRow = (table: 't3' | 't4', row: string) => {
    const prefix = `${table}.${row}.`;
    rd.out.said = rd.out.said.filter((x) => !x.target.startsWith(prefix));
    for (const id of Object.keys(rd.out.cells)) if (id.startsWith(prefix)) delete rd.out.cells[id];
  };
  flushWaiting();
  // Totals stated without their column: settled by a breakdown in the same message, otherwise asked about.
  for (const claim of rd.claims) {
    // A count waiting for its reason (asked when it was said) keeps waiting for the next message.
    if (claim.needs === 'reason') {
      if (!rd.carriedClaims.has(claim)) rd.out.pending.push(claim); // one turn only: an unanswered question lapses
      continue;
    }
    if (claim.table === 't3') {
      const set = rd.t3Cols.map((c) => rd.out.cells[`t3.${claim.row}.${c.key}`]).filter((v) => v !== undefined);
      if (set.length) {
        const sum = set.reduce((a, b) => a + b, 0);
        if (sum === claim.value) rd.out.understood.push(`「${claim.phrase}」：合计${claim.value}件，与分项一致`);
        else {
          // More in the parts than in the total is a contradiction: neither is stored.
          if (sum > claim.value) dropRow('t3', claim.row);
          ask(rd, `「${claim.phrase}」说共${claim.value}件，但分项合计${sum}件，${sum > claim.value ? '没有填入，' : ''}请核对。`, rowTargets(rd, 't3', claim.row));
        }
        continue;
      }
      const only = singleApplicantColumn({ ...(ec.cells ?? {}), ...rd.out.cells }, rd.t3Cols.map((c) => c.key), claim.row);
      if (only) {
        setCell(rd, `t3.${claim.row}.${only}`, claim.value, `${claim.phrase}（申请只来自这一类申请人）`);
        continue;
      }
      rd.out.pending.push(claim);
    } else {
      const set = rd.t4Cols.map((c) => rd.out.cells[`t4.${claim.row}.${c.key}`]).filter((v) => v !== undefined);
      if (claim.needs === 'result' && set.length) {
        const sum = set.reduce((a, b) => a + b, 0);
        if (sum > claim.value) dropRow('t4', claim.row);
        if (sum !== claim.value) ask(rd, `「${claim.phrase}」说共${claim.value}起，但各结果合计${sum}起，${sum > claim.value ? '没有填入，' : ''}请核对。`, rowTargets(rd, 't4', claim.row));
        continue;
      }
      rd.out.pending.push(claim);
      if (claim.needs === 'lawsuit')
        ask(rd, `「${claim.phrase}」：行政诉讼是「未经复议直接起诉」还是「复议后起诉」？结果如何（结果维持、结果纠正、其他结果、尚未审结）？`, [...rowTargets(rd, 't4', 'direct'), ...rowTargets(rd, 't4', 'after')], claim.value);
      else ask(rd, `「${claim.phrase}」的结果是什么？（${rd.t4Cols.map((c) => c.label).join('、')}）`, rowTargets(rd, 't4', claim.row), claim.value);
    }
  }
  withholdNegatedWithCount();
  // One question for all 表三 numbers still waiting for their applicant column.
  const noCol = rd.out.pending.filter((p) => p.table === 't3');
  if (noCol.length) {
    const said = [...new Set(noCol.map((p) => `「${p.phrase}」`))].join('');
    const again = noCol.every((p) => rd.carriedClaims.has(p)) ? '（仍待确认）' : '';
    ask(rd, `${said}${again}中的件数是哪类申请人的？请说「都是自然人」，或分别说明，如「自然人2件、商业企业1件」。`, noCol.flatMap((p) => rowTargets(rd, 't3', p.row)));
  }

  withholdOverBalance();

  // A column with no new and no carried-over application has no results and nothing to carry forward.
  const merged = { ...(ec.cells ?? {}), ...rd.out.cells };
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
  if (rd.out.orphans.length) {
    const q = orphanQuestion(rd.out.orphans);
    rd.out.questions.push(q);
    rd.out.asks.push({ targets: [], text: q, orphan: true });
  }
  rd.out.said = withEarlierParts(rd.out.said, [...rd.earlierParts, ...rd.earlierCellParts]);
  const dateSaid = [...rd.out.said].reverse().find((x) => x.target === 'meta.date');
  // A message that only names a subject (「行政处罚」「培训」「信息处理费」) leaves it for the next turn's bare number.
  const only = splitSentences(rd.text);
  const lone = only.length === 1 && splitClauses(only[0]).length === 1 ? tokenizeClause(only[0], cues) : undefined;
  const loneCues = lone && !lone.nums.length && !lone.negated && !NOT_YET.test(only[0]) && !unsureSentence(only[0]) ? lone.tokens.filter((t): t is CueToken => t.type === 'cue' && !t.weak) : [];
  const t3colsSaid = [...new Set(rd.out.said.filter((x) => /^t3\./.test(x.target)).map((x) => x.target.split('.')[2]))];
  const t3col = t3colsSaid.length === 1 ? t3colsSaid[0] : !t3colsSaid.length && !rd.out.said.length ? rd.prevTurnCol : undefined;
  const lastFact = [...rd.out.said].reverse().find((x) => x.target.startsWith('fact:'))?.target.slice(5);
  rd.out.topic = {
    ...(lastFact ? { fact: lastFact } : {}),
    ...(rd.lastNumber && rd.out.said.some((x) => typeof x.value === 'number') ? { lastNumber: rd.lastNumber } : {}),
    ...(loneCues.length ? { named: loneCues } : {}),
    ...(namesDateOnly(normalise(message)) ? { dateNamed: true } : {}),
    ...(t3col ? { t3col } : {}),
    ...(rd.spokeOfFee ? { fee: true } : {}),
    ...(rd.ctx.t2row ? { t2row: rd.ctx.t2row } : {}),
    ...(rd.ctx.t3row ? { t3row: rd.ctx.t3row } : {}),
    ...(t4rowNamed() ? { t4row: t4rowNamed() } : {}),
    ...(dateSaid ? { date: String(dateSaid.value) } : {}),
    parts: rd.out.said.filter((x) => x.period && (x.target.startsWith('fact:') || kindOf(x.target) === 'cell')),
    offered: rd.out.asks.filter((a) => a.offer !== undefined && typeof a.offer === 'number' && a.targets.length === 1).map((a) => a.targets[0]).filter((t, i, all) => all.indexOf(t) === i),
  };
  return rd.out;
}

/** What one sentence named without a number does not reach into the next (a pasted report's 「人民群众」). */
