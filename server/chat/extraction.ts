// What the offline extractor reads and returns: the typed statements of one message (values said, questions asked,
// numbers waiting for their place), the context it reads them in, and its per-message reading state.
import type { FormatId } from '../format/index.js';
import { ZERO_SLIP } from './wordclasses.js';
import type { MetaFound } from './meta.js';
import type { Period } from './mentions.js';
import type { TargetId } from './targets.js';
import type { Topic } from './topic.js';
import type { CueToken } from './tokens.js';
import type { Target } from './vocab.js';

/** A number whose place is not yet known (kept with the conversation and offered to the next message). */
export interface Pending {
  table: 't3' | 't4';
  row: string;
  value: number;
  phrase: string;
  /** What is missing: the applicant column (表三), the result column or the kind of lawsuit (表四). */
  needs: 'column' | 'result' | 'lawsuit' | 'reason';
  /** 表四: the result said with a lawsuit whose kind is still missing (「行政诉讼一起还没判」). */
  col?: string;
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
  /** Every value the message gives, in order, with its typed target (the proposals are made from these). */
  said: Said[];
  /** Questions with the targets they are about (and the number offered, when one was said). */
  asks: Ask[];
  /** Numbers that name no place (a correction may give them one: 「不对，应该是150条」). */
  orphans: Orphan[];
  /** What this message was about (kept for the next turn). */
  topic: Topic;
}

export interface Orphan {
  value: number;
  unit?: string;
  phrase: string;
  /** The number as written (「12个」). */
  raw?: string;
}

/** 「应为3.08万元，中间漏了一个0」: the 一个 and the 0 of a slipped zero are the slip's words, not values. */
export const slipWord = (o: Orphan) => o.value <= 1 && ZERO_SLIP.test(o.phrase) && ZERO_SLIP.exec(o.phrase)![0].includes(o.raw ?? String(o.value));

/** One question for every number that names no place (a long paste has many: 「12个村」「2.8万人」). */
export function orphanQuestion(orphans: Orphan[]): string {
  const shown = orphans.slice(0, 4).map((o) => `「${o.phrase.length > 16 ? `${o.phrase.slice(0, 15)}…` : o.phrase}」中的${o.raw ?? o.value}`);
  const more = orphans.length > 4 ? `等${orphans.length}个数` : '';
  return `${shown.join('、')}${more}没有对应的格，没有填入；如需填写，请说明是哪一项（例如「主动公开信息61条」「收到自然人申请3件」）。`;
}

export interface Said {
  target: TargetId;
  value: number | boolean | string | string[];
  phrase: string;
  /** A part of the year (the parts of one target add up when they cover the year). */
  period?: Period;
}

export interface Ask {
  targets: TargetId[];
  text: string;
  /** The value a 「是」 would store (a number said, or 否 for 「没收费」 when it may be the 信息处理费). */
  offer?: number | boolean;
  /** The question about numbers that name no place (a correction may give them one). */
  orphan?: boolean;
  /** An exact figure of this year whose place is one of `targets`: a short answer naming one places it. */
  choice?: boolean;
}

export interface ExtractContext {
  format: FormatId;
  /** The draft's current leaf values (for deductions); id → value or null. */
  cells?: Record<string, number | null | undefined>;
  /** Numbers from earlier messages still waiting for their place. */
  pending?: Pending[];
  /** Report year (a clause naming this year by number is this year's figure). */
  year?: number;
  /** What the clerk's previous turn was about. */
  previous?: Topic;
  /** The message as typed (its question marks: normalising makes them full stops). */
  typed?: string;
  /** The draft's 落款 date now (「落款改到27号」 turns later changes its day). */
  date?: string;
  /** In a correction: the places the clerk gave values for in this conversation (「规章那个不对 零」 → its one column). */
  corrects?: string[];
}

export interface Ctx {
  t3row?: string;
  /** The sentence that named 「t3row」 without a count (a result row, then the counts of its columns). */
  t3rowSentence?: string;
  /** The row above came from the turn before (a count pointed at with 「那N件」 does not take it as its result). */
  t3rowFromPrevious?: boolean;
  t3col?: string | 'mixed';
  /** Column named on its own for the sentences that follow (「自然人申请中，…」). */
  t3topic?: string;
  /** The intake a heading count of this sentence was found to be (「个人44件」 = the 44 received this year). */
  headIntake?: { sentence: string; intake: 'new' | 'carried' };
  /** (`offered`: the count was not exact — 「十几件」 — so a decision about 「都」 of them is asked, not filled.) */
  /** pointed: 「企业那6件」 pointed at applications held. */
  subject?: { row: string; col?: string; value: number; sentence?: string; offered?: boolean; saidAt?: number; pointed?: boolean };
  t4row?: string;
  t4claim?: Pending;
  t2row?: string;
  /** The fact of the previous clause (「公众号上半年发了70条，下半年79条」: the second names only its period). */
  fact?: { key: string; period: Period; sentence: string; bare?: boolean };
  /** 收费通知书 named without its count in this sentence. */
  feeNotice?: string;
  /** The previous clause with numbers: its subjects and period (「去年有1起复议，今年没有」). */
  prev?: { targets: Target[]; period: Period; sentence: string; cues?: CueToken[]; relative?: boolean };
  /** Columns excepted by 「除了…」 in this sentence. */
  except?: { cols: string[]; sentence: string };
  /** The 表二 column last named in the sentence. */
  t2col?: { key: string; sentence: string };
  /** A clause that named a subject without a number (「行政处罚今年办得多，有130件」: the number comes next). */
  /** (`question`: named in a question or put off — a bare number answers it, a bare 「没有」 does not.) */
  named?: { cues: CueToken[]; sentence: string; question?: boolean };
  /** A sentence that only named a subject (「信息处理费？」), answered by a bare negation in the next (「没收过」). */
  asked?: { targets: Target[]; sentence: string };
  /** 信息处理费 named just before (「收取了信息处理费，共150元」). */
  fee?: string;
  /** A value this sentence added a part to (「…，又来了1件，一共3件」: the total checks the sum). */
  added?: { target: string; value: number; sentence: string };
  dangling: Target[];
}

/** How the number being read may be used: stored, or only offered in a question (last year, a part, a guess). */
export type Mode = { kind: 'exact' } | { kind: 'offer'; why: string } | { kind: 'part'; period: Period } | { kind: 'vague' };
