// Negation scope: what a 「没有…」 clause sets to 0 — a row, the columns named, or only the result named.
import { factDef } from '../../format/index.js';
import { MAKING, T3_INTAKE } from '../wordclasses.js';
import { tokenizeClause } from '../tokens.js';
import { CARRY, LAWSUIT, LEGAL_GROUP, type Target } from '../vocab.js';
import { columnsBefore, leavesOfGroup, place, type Reader, rowLabel, rowTargets } from './reader.js';
import { ask, say } from './record.js';

/** Each cell 0 (as the mode allows), one line for all of them. */
export function zeroIds(rd: Reader, ids: string[], phrase: string, what: string) {
  const kept = ids.filter((id) => say(rd, id, 0, phrase));
  for (const id of kept) rd.out.cells[id] = 0;
  if (kept.length) rd.out.understood.push(`「${phrase}」→ ${what}：0`);
}

/** A row negated: 表三 every column (a group, every leaf), 表四 every result (诉讼: both rows), 表二 its columns or the one named. */
export function zeroRow(rd: Reader, table: 't2' | 't3' | 't4', row: string, phrase: string, col?: string) {
  if (table === 't3') {
    const def = rd.t3Rows.find((r) => r.key === row);
    const rows = def?.group ? leavesOfGroup(rd, row).map((r) => r.key) : [row];
    zeroIds(rd, rows.flatMap((r) => rd.t3Cols.map((c) => `t3.${r}.${c.key}`)), phrase, `表三「${def?.label ?? row}」${def?.group ? '各项' : '各列'}`);
  } else if (table === 't4') {
    const rows = row === LAWSUIT ? ['direct', 'after'] : [row];
    zeroIds(rd, rows.flatMap((r) => rd.t4Cols.map((c) => `t4.${r}.${c.key}`)), phrase, `表四「${row === LAWSUIT ? '行政诉讼' : rowLabel(rd, 't4', row)}」各项`);
  } else {
    // A named column is the negation's scope (「没有制发规范性文件」 is 本年制发 only).
    const ids = rowTargets(rd, 't2', row).filter((id) => !col || id.endsWith(`.${col}`));
    zeroIds(rd, ids, phrase, ids.map((id) => place(rd, id)).join('、'));
  }
}

/** A negation of one 表三 row (or group of rows) in one named applicant column (or the 法人 group). */
export function negateT3Column(rd: Reader, row: { key: string; group?: boolean }, col: string, phrase: string) {
  const rows = row.group ? leavesOfGroup(rd, row.key).map((r) => r.key) : [row.key];
  const cols = col === LEGAL_GROUP ? rd.t3Cols.filter((c) => c.group).map((c) => c.key) : [col];
  const colName = col === LEGAL_GROUP ? '法人或其他组织各列' : `「${rd.t3Cols.find((c) => c.key === col)?.label}」列`;
  zeroIds(rd, rows.flatMap((r) => cols.map((c) => `t3.${r}.${c}`)), phrase, `表三「${rowLabel(rd, 't3', row.key)}」${row.group ? '各项' : ''}${colName}`);
}

/** 「没有…」 said of the targets named (and the rows or columns they imply): each is set to 0 in its scope. */
export function applyNegation(rd: Reader, all: Target[], phrase: string): void {
  // 「行政处罚没有被告过」「许可没有被诉」: lawsuits over the agency's own decisions are no 表四 cases, and no 表二 count.
  if (all.some((x) => x.t === 't2row') && all.some((x) => x.t === 't4row') && /被(?:告|诉|起诉)|告过|诉过|提过复议|申请(?:过)?复议|复议/.test(phrase) && !/信息公开/.test(phrase)) return;
  // 「依申请那块的信息处理费 今年一分没收」: 依申请 says whose fee it is; the fee is what is denied, not the applications.
  // 「依申请公开未收取信息处理费」: the fee named beside 依申请公开 (a weak cue next to a strong one) is still the subject.
  if (/信息处理费/.test(phrase) && !/通知/.test(phrase) && !all.some((x) => x.t === 'fee')) all = [...all, { t: 'fee' }];
  // (The fee read already from 「依申请公开未收取信息处理费」 leaves only 依申请 here: the same.)
  if (all.some((x) => x.t === 'fee' || x.t === 'feeNotice') || (/信息处理费|收费|费用|一分钱|分文|收[^，。；\s]{0,6}钱/.test(phrase) && !/依申请[^，。；\s]{0,6}(?:和|与|跟|及|、)[^，。；\s]{0,4}(?:收费|费用|信息处理费)/.test(phrase))) all = all.filter((x) => !(x.t === 't3row' && (x as { key: string }).key === 'new'));
  // 「我们就没公开 也没收他钱」: money not taken denies the fee only — the result told beside it (不公开) is no row denied.
  if (/(?:没|未|不)(?:有)?收[^，。；\s]{0,4}(?:钱|费)/.test(phrase)) all = [...all.filter((x) => x.t !== 't3row' && x.t !== 't3col'), ...(all.some((x) => x.t === 'fee') ? [] : [{ t: 'fee' } as Target])];
  // 「信息处理费这一年一张收费通知书都没开过」: the notices are denied; whether a fee was charged is not said.
  if (all.some((x) => x.t === 'feeNotice') && !/没收|未收|不收|免收|没有收|一分/.test(phrase)) all = all.filter((x) => x.t !== 'fee');
  // 「那家公司收到答复后没提复议 也没去法院告」「申请人后来也没去起诉」: one applicant's not suing says nothing of the
  // year's reviews and lawsuits (others may have; last year's may be pending).
  // (「企业没申请过复议」: so does one applicant group's.)
  const t4 = all.some((x) => x.t === 't4row' || x.t === 't4col');
  // (「老百姓直接去法院告的没有」 says there were none at all: 「…的没有」 is of the year.)
  const noneAtAll = /^(?:没有|无)[^，。；]*的\s*$|的\s*(?:也|都|一个也|一件也)?(?:没有|没|无)\s*(?:了|啊|哈)?\s*$/.test(phrase.trim());
  if (t4 && !noneAtAll && (oneApplicant(rd.sentence.slice(0, rd.sentence.indexOf(phrase) + phrase.length)) || all.some((x) => x.t === 't3col')) && !/都|均|全|一个|一件|一起|任何|谁|哪个|没有申请人|没有人|没人/.test(phrase)) return;
  const scope = negationScope(rd, all);
  const { targets } = scope;
  for (const t of targets) {
    if (t.t === 't3row') negateT3Row(rd, t, scope, phrase);
    else if (t.t === 't4row') negateT4Row(rd, t, targets, phrase);
    else if (t.t === 't2row') negateT2Row(rd, t, targets, phrase);
    else if (t.t === 'fee') {
      if (say(rd, 'fee.charged', false, phrase)) {
        rd.out.fee = { ...rd.out.fee, charged: false };
        rd.out.understood.push(`「${phrase}」→ 未收取信息处理费`);
      }
    } else if (t.t === 'feeNotice') {
      if (say(rd, 'fee.notices', 0, phrase)) {
        rd.out.fee = { ...rd.out.fee, notices: 0 };
        rd.out.understood.push(`「${phrase}」→ 未发出收费通知书`);
      }
    } else if (t.t === 'fact') negateFact(rd, t, targets, phrase);
  }
}

interface Scope {
  targets: Target[];
  /** The 表三 rows named (before a row is implied by a column). */
  t3rows: Target[];
  /** The applicant columns in scope. */
  t3cols: { t: 't3col'; key: string }[];
}

/** The targets named once each, with the 表三 or 表二 row a column negated alone implies. */
function negationScope(rd: Reader, all: Target[]): Scope {
  const seen = new Set<string>();
  const targets = all.filter((t) => {
    const k = `${t.t}:${(t as { key?: string }).key ?? ''}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  // 「商业秘密不给的一件都没有」: a group (不予公开) and one of its leaves (商业秘密) named — only the leaf is denied.
  for (const g of targets.filter((t) => t.t === 't3row' && leavesOfGroup(rd, (t as { key: string }).key).length)) {
    const leaves = new Set(leavesOfGroup(rd, (g as { key: string }).key).map((r) => r.key));
    if (targets.some((t) => t.t === 't3row' && leaves.has((t as { key: string }).key))) targets.splice(targets.indexOf(g), 1);
  }
  const t3rows = targets.filter((t) => t.t === 't3row');
  // Every applicant column named is in the negation's scope (「企业和社会组织都没申请」), and only those.
  let t3cols = targets.filter((t): t is { t: 't3col'; key: string } => t.t === 't3col');
  // 「除了个人申请，其他类型的申请都没有」: every column but the ones excepted.
  const excepted = rd.ctx.except?.sentence === rd.sentence ? rd.ctx.except.cols : [];
  if (!t3cols.length && excepted.length) t3cols = rd.t3Cols.filter((c) => !excepted.includes(c.key)).map((c) => ({ t: 't3col' as const, key: c.key }));
  // 「申请都是个人的，没有法人」: a column negated alone is of the row spoken of (the applications).
  // (「企业、律所都没有」 while the draft already speaks of applications is the same.)
  // (「全部予以公开」→「企业没有」: a group denied alone in a later turn had no applications; the turn before's result
  // row is not its scope.)
  // (Only a denial that there were any — 「企业没有」「律所没来」 — not one of what was done: 「个人的 我们没处理」.)
  const noneAtAll = /没有|没来|没申请|没人/.test(rd.sentence) && !/处理|公开|给|答复|办/.test(rd.sentence);
  const rowBefore = noneAtAll && rd.ctx.t3rowFromPrevious && rd.ctx.t3row && !T3_INTAKE.has(rd.ctx.t3row) ? undefined : rd.ctx.t3row;
  if (t3cols.length && !t3rows.length && (rd.ctx.t3row || /申请/.test(rd.sentence) || rd.appContext)) targets.push({ t: 't3row', key: rowBefore ?? 'new' });
  // 「规范性文件制发2件」→「没有废止的」: a 表二 column negated alone is of the row spoken of — only when that row has it.
  const t2cols = targets.filter((t) => t.t === 't2col').map((t) => (t as { key: string }).key);
  if (t2cols.length && !targets.some((t) => t.t === 't2row' || t.t === 'fact') && rd.ctx.t2row && t2cols.every((c) => rowTargets(rd, 't2', rd.ctx.t2row!).includes(`t2.${rd.ctx.t2row}.${c}`)))
    targets.push({ t: 't2row', key: rd.ctx.t2row });
  // 「复议那块」…「其他结果和没审完的都没有」: 表四 results negated alone are of the row spoken of.
  const t4row = rd.ctx.t4row ?? rd.ec.previous?.t4row;
  if (targets.some((t) => t.t === 't4col') && !targets.some((t) => t.t === 't4row') && t4row) targets.push({ t: 't4row', key: t4row });
  return { targets, t3rows, t3cols };
}

/** A 表三 row: the applicant columns in scope, or all of them. */
function negateT3Row(rd: Reader, t: { key: string; group?: boolean }, scope: Scope, phrase: string): void {
  if (scope.t3rows.length > 1 && t.key === 'new' && scope.t3rows.some((x) => (x as { key: string }).key !== 'new')) return; // weak 「申请」
  // 「复议今年没人申请」: beside a 表四 row, 申请 is the application for review or the lawsuit, not 表三's.
  // (「没人来申请过公开 复议诉讼也都没有」 names both: an application for 公开 is 表三's.)
  // (Only 申请 said with the review or lawsuit in one breath: 「没人申请 所以也没有复议」 denies both.)
  // (「复议嘛 今年没得哪个去申请过」: the review said as the topic — a particle or a colon after it — is the 申请's too.)
  const withReview = phrase.split(/[\s，,；;]+/).some((seg) => /申请/.test(seg) && /复议|诉讼|起诉|告/.test(seg)) ||
    (/^\s*(?:行政)?(?:复议|诉讼)(?:这块|那块|这一块|方面|的话|嘛|呢|吧|啊|：|:)/.test(rd.sentence) && /申请/.test(phrase)) ||
    // (「今年没有收到一件行政复议」: what was received is the review.)
    /(?:收到|接到|受理)(?:过)?(?:一件|一起|一个|任何|什么)?(?:行政)?(?:复议|诉讼|起诉|应诉)/.test(phrase);
  if (t.key === 'new' && !scope.t3cols.length && withReview && !/申请[^，。；\s]{0,3}公开|依申请|公开申请/.test(phrase)) return;
  if (t.key === CARRY) {
    ask(rd, `「${phrase}」：是「上年结转」还是「结转下年度继续办理」？`, [...rowTargets(rd, 't3', 'carried'), ...rowTargets(rd, 't3', 'next')]);
    return;
  }
  // 「搞…的单位没来申请」: an applicant described in words the reader does not know is no whole row (asked, never zeroed).
  if (!scope.t3cols.length && /[\u4e00-\u9fa5](?:单位|组织|机构|团体|公司|企业)[^，。；]{0,3}(?:没|未|不)/.test(phrase)) {
    ask(rd, `「${phrase}」说的是哪一类申请人？请说「法人或其他组织」中的具体一类，如「科研机构没有申请」。`, rowTargets(rd, 't3', t.key));
    return;
  }
  // 「gs申请的一个都木有」: applicants named in letters the reader does not know are asked, never the whole row.
  if (!scope.t3cols.length && /[A-Za-z]{1,8}\s*(?:的)?(?:来)?(?:申请|提)/.test(phrase)) {
    ask(rd, `「${phrase}」说的是哪一类申请人？请用中文写明，如「商业企业没有申请」。`, rowTargets(rd, 't3', t.key));
    return;
  }
  // 「企业申请的全给公开了 没有部分公开的」: a result denied after a clause that named one applicant is that applicant's.
  const before = columnsBefore(rd, phrase);
  const spoken = before.length === 1 && before[0] !== LEGAL_GROUP ? before[0] : undefined;
  if (!scope.t3cols.length && spoken && !T3_INTAKE.has(t.key)) return negateT3Column(rd, t, spoken, phrase);
  if (!scope.t3cols.length) zeroRow(rd, 't3', t.key, phrase);
  for (const t3col of scope.t3cols) negateT3Column(rd, t, t3col.key, phrase);
  // 「基金会没申请过 企业那边三件」: the next column's count is of the same row.
  if (scope.t3cols.length && (t.key === 'new' || t.key === 'carried')) [rd.ctx.t3row, rd.ctx.t3rowFromPrevious] = [t.key, false];
}

/** A 表四 row: the results named, or all of them. */
function negateT4Row(rd: Reader, t: { key: string }, targets: Target[], phrase: string): void {
  // 「没有行政复议」 names review only; 「行政诉讼」 (or both) names what it names.
  // (Only beside 复议后起诉, whose words hold 复议: 「复议和直接起诉都没有」 names both rows.)
  if (t.key === 'review' && targets.some((x) => x.t === 't4row' && x.key === 'after')) return;
  // 「行政诉讼 直接告我们的没有」: one kind of lawsuit named beside the word for both is that kind only.
  if (t.key === LAWSUIT && targets.some((x) => x.t === 't4row' && ((x as { key: string }).key === 'direct' || (x as { key: string }).key === 'after'))) return;
  // 「没有被复议纠错的」: a result named is the negation's scope, not the whole row.
  const t4cols = targets.filter((x) => x.t === 't4col').map((x) => (x as { key: string }).key);
  // 「复议维持的没有，纠正1件」: the row one result was denied of is the row of the next clause's result.
  if (t4cols.length && t.key !== LAWSUIT) rd.ctx.t4row = t.key;
  if (t4cols.length) {
    const rows = t.key === LAWSUIT ? ['direct', 'after'] : [t.key];
    zeroIds(rd, rows.flatMap((r) => t4cols.map((c) => `t4.${r}.${c}`)), phrase, `表四「${t.key === LAWSUIT ? '行政诉讼' : rowLabel(rd, 't4', t.key)}」所说结果`);
  } else zeroRow(rd, 't4', t.key, phrase);
}

/** A 表二 row: the columns named (a verb of making is 本年制发), or the whole row. */
function negateT2Row(rd: Reader, t: { key: string }, targets: Target[], phrase: string): void {
  // 「规章没有制定也没有废止」: each column named; 「没有新增规范性文件」: a verb of making is 本年制发.
  const cols = targets.filter((x) => x.t === 't2col' && rowTargets(rd, 't2', t.key).some((id) => id.endsWith(`.${(x as { key: string }).key}`))).map((x) => (x as { key: string }).key);
  // 「今年没出过规范性文件」: this year's, or a verb of making, is 本年制发 only (「我们乡镇没有规章」 is the whole row).
  if (!cols.length && (MAKING.test(phrase) || /今年|本年|全年|年内|这一年/.test(phrase) || /(?:没|未)(?:有)?(?:出|发|制|定|搞|弄|下)/.test(phrase)) && rowTargets(rd, 't2', t.key).includes(`t2.${t.key}.issued`)) cols.push('issued');
  rd.ctx.t2row = t.key;
  if (cols.length) for (const c of new Set(cols)) zeroRow(rd, 't2', t.key, phrase, c);
  else zeroRow(rd, 't2', t.key, phrase);
}

/** A fact: 0, unless this sentence counted a part of it (a channel) — then the negation is of that part only. */
function negateFact(rd: Reader, t: { key: string }, targets: Target[], phrase: string): void {
  if (targets.some((x) => x.t === 'fee' || x.t === 'feeNotice')) return;
  // 「公众号推了三百来条 微博一条没发」: one platform of several negated says nothing of the others' total.
  if (t.key === 'published_newmedia' && /微博|抖音|视频号|头条/.test(phrase) && !/新媒体/.test(phrase) && /公众号|微信|微博|抖音|视频号|头条/.test(rd.sentence.replace(phrase, ''))) return;
  // 「公众号推了135条，视频号没弄」: one channel of a fact counted in this sentence is a part of it, not its zero.
  // (「追责1起，没有追责」 names the same word twice: a contradiction, asked.)
  const negWords = tokenizeClause(phrase, rd.cues).tokens.flatMap((c) => (c.type === 'cue' && c.target.t === 'fact' && (c.target as { key: string }).key === t.key ? [c.text] : []));
  if (negWords.length && rd.out.said.some((x) => x.target === `fact:${t.key}` && typeof x.value === 'number' && x.value > 0 && rd.sentence.includes(x.phrase) && !negWords.some((w) => x.phrase.includes(w)))) return;
  if (say(rd, `fact:${t.key}`, 0, phrase)) {
    rd.out.facts[t.key] = 0;
    rd.out.understood.push(`「${phrase}」→ ${factDef(t.key)?.label}：0`);
  }
}

/** The sentence speaks of one applicant: 「那家公司」「这个大爷」「申请人」「他」. */
function oneApplicant(text: string): boolean {
  // (「那个复议 申请人…」: a story of one case.)
  // (「他们也没再追究」 after a story of one company: 他们 carrying the story on is that applicant; 「他们都没…」 is not.)
  if (/^\s*(?:那个|这个|那件|这件|那起|这起)/.test(text) && /申请人/.test(text)) return true;
  return /(?:那|这|该)(?:家|个|位|名)[\u4e00-\u9fa5]{0,4}?(?:公司|企业|单位|人|律所|大爷|大妈|大姐|老人|村民|居民|群众|师傅|申请人|当事人|协会)|(?:那|这|该|此)(?:个|位|名)?申请人|(?<!被)申请人(?=后来|又|也|还)|当事人|(?<![我你其])他(?!们)|她(?!们)|对方|(?<![我你其])他们(?=也|后来|就|再也|没再)/.test(text);
}
