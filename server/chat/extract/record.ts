// Recording: how a value is stored, offered or asked, by the reader's mode and the sentence's certainty.
import { factDef } from '../../format/index.js';
import { kindOf, targetName, type TargetId } from '../targets.js';
import type { NumToken } from '../tokens.js';
import { place, type Reader } from './reader.js';

/** Offer a value in a question (a 「是」 stores it): last year's, a part of the year, a guess. */
/** What a target is called in a question: a fact's label, a cell's place, or the draft's name (never a raw id). */
const nameOf = (rd: Reader, target: TargetId) => (target.startsWith('fact:') ? factDef(target.slice(5))?.label : kindOf(target) === 'cell' ? place(rd, target) : targetName(rd.format, target));

export function offer(rd: Reader, target: TargetId, value: number, phrase: string, why: string) {
  const name = nameOf(rd, target);
  // (A cell the draft holds keeps its value: no 「是」 puts a doubtful figure over it, so none is invited.)
  const held = rd.ec.cells?.[target];
  if (typeof held === 'number' && held !== value) {
    const text = `「${phrase}」${why}，${name}仍是草稿中的${held}，没有改动；如要改，请直接说改正后的数。`;
    rd.out.asks.push({ targets: [target], text });
    if (!rd.out.questions.includes(text)) rd.out.questions.push(text);
    return;
  }
  const text = `「${phrase}」${why}，没有填入${name}。如果今年全年就是${value}，请回复「是」。`;
  rd.out.asks.push({ targets: [target], text, offer: value });
  if (!rd.out.questions.includes(text)) rd.out.questions.push(text);
}

/** Record a value (or offer it, by the current mode). Returns false when it was only offered. */
export function say(rd: Reader, target: TargetId, value: number | boolean, phrase: string): boolean {
  if (rd.unsure) {
    const name = nameOf(rd, target);
    ask(rd, `「${rd.unsure.sentence}」${rd.unsure.why}，${name}没有填入；如果要填，请直接说明确的数，例如「开展培训3次」。`, [target]);
    return false;
  }
  if (rd.mode.kind === 'vague') {
    const name = nameOf(rd, target);
    ask(rd, `「${phrase}」没有说出确切的数，${name}没有填入，请告诉我准确数字。`, [target]);
    return false;
  }
  // 「信息处理费去年收过一次」: a yes/no said of last year, a part or a plan is no statement about this year.
  if (typeof value === 'boolean' && (rd.mode.kind === 'offer' || rd.mode.kind === 'part') && !/约数/.test(rd.mode.kind === 'offer' ? rd.mode.why : '')) return false;
  if (typeof value === 'number' && rd.mode.kind === 'offer') {
    offer(rd, target, value, phrase, rd.mode.why);
    return false;
  }
  if (typeof value === 'number' && rd.mode.kind === 'part') {
    rd.out.said.push({ target, value, phrase, period: rd.mode.period });
    return false;
  }
  rd.out.said.push({ target, value, phrase });
  return true;
}

/** Words that add a count to one given before (「又来了2件」「另外还有1件」), not a second figure for it. */
const ANOTHER_PART = /又|再|另外|另有|还有|加上|追加|补充/;

/** Store a leaf cell's value (by the mode); a part of a value already given is asked, not stored. */
export function setCell(rd: Reader, id: string, value: number, phrase: string) {
  if (!rd.leafIds.has(id)) {
    ask(rd, `「${phrase}」：表格中没有这一格，请换个说法。`);
    return;
  }
  // 「行政处罚35件」→「其中罚款30件」: a part of a figure already given is no new value for its cell.
  const given = rd.out.cells[id] ?? rd.ec.cells?.[id];
  if (/^其中/.test(phrase) && given !== undefined && given !== null && given !== value)
    return ask(rd, `「${phrase}」说的是其中一部分，${place(rd, id)}已有${given}，没有改动；如果要改，请直接说「${place(rd, id)}改为${value}」。`, [id]);
  if (rd.withheldCells.has(id)) return;
  // 「处罚九十件 …处罚一百零九件」: two figures for one cell in one message — neither is stored; asked.
  // (The earlier statement is withdrawn whole: 「没有行政复议，复议1起维持」 leaves no 0 in the other 复议 cells.)
  // 「企业申请2件 企业又来了1件」: a further count of the same cell adds up.
  // (「今年许可652件…去年许可是598件」: last year's figure is only offered — no second value for this year's cell.)
  // (A part of the year, 「剩下11件下半年」 after 「处罚14件」, is no second figure for the year's cell.)
  const before = rd.mode.kind === 'offer' || rd.mode.kind === 'part' ? undefined : rd.out.cells[id];
  if (before !== undefined && before !== value && ANOTHER_PART.test(phrase) && !/^其中/.test(phrase)) value += before;
  else if (before !== undefined && before !== value) {
    const earlier = rd.out.said.filter((x) => x.target === id);
    const phrases = new Set(earlier.map((x) => x.phrase));
    const withdrawn = rd.out.said.filter((x) => phrases.has(x.phrase) && x.target.startsWith('t')).map((x) => x.target);
    for (const t of withdrawn) delete rd.out.cells[t];
    rd.out.said = rd.out.said.filter((x) => !phrases.has(x.phrase) || !x.target.startsWith('t'));
    rd.out.understood = rd.out.understood.filter((u) => ![...phrases].some((p) => u.startsWith(`「${p}」`)));
    rd.withheldCells.add(id);
    const said = [...earlier.map((x) => `「${x.phrase}」`), `「${phrase}」`].join('和');
    return ask(rd, `${said}给了${place(rd, id)}两个不同的数（${before}和${value}），没有填入：请告诉我准确的数。`, [...new Set([id, ...withdrawn])]);
  }
  if (!say(rd, id, value, phrase)) return;
  rd.out.cells[id] = value;
  rd.out.understood.push(`「${phrase}」→ ${place(rd, id)}：${value}`);
}

/** Ask a question once, with the targets it is about (and the number offered). */
export function ask(rd: Reader, q: string, targets: TargetId[] = [], offerValue?: number) {
  if (!rd.out.questions.includes(q)) rd.out.questions.push(q);
  rd.out.asks.push({ targets, text: q, ...(offerValue !== undefined ? { offer: offerValue } : {}) });
}

/** A question which of some places an exact figure of this year belongs to (never for a vague, partial or last year's one). */
export function askChoice(rd: Reader, q: string, targets: TargetId[], num: NumToken) {
  ask(rd, q, targets, num.value);
  if (!num.approx && rd.period === 'year') markChoice(rd);
}

/** The question just asked offers an exact figure of this year: a short answer naming one of its places may take it. */
export function markChoice(rd: Reader) {
  if (rd.mode.kind === 'exact' && rd.out.asks.length) rd.out.asks[rd.out.asks.length - 1].choice = true;
}

/** A count of cases must be a whole, exact number, not an amount of money: otherwise asked. */
export function checkCount(rd: Reader, num: NumToken, phrase: string, targets: TargetId[] = []) {
  // 「处罚罚款金额5万元」「最大的一笔3万」: an amount of money is no count of cases.
  if ((num.unit && /元|块/.test(num.unit)) || (!num.unit && /万[余多]?$/.test(num.raw))) {
    ask(rd, `「${phrase}」是金额，不是件数，没有填入。`, targets);
    return false;
  }
  if (num.approx) {
    ask(rd, `「${phrase}」是约数，表格需要准确数字，请给出确切的数。`, targets, num.value);
    return false;
  }
  if (!Number.isInteger(num.value)) {
    ask(rd, `「${phrase}」：件数应为整数。`, targets);
    return false;
  }
  return true;
}
