// The reader's state for one message: what it has read so far, what it is reading now (sentence, period, mode), and
// the table shapes it places numbers on. Every stage of the extractor takes it as its first argument.
import { describeCell, tableDef, type FormatId } from '../../format/index.js';
import { leafCells } from '../../report/tables.js';
import type { Period } from '../mentions.js';
import type { TargetId } from '../targets.js';
import { tokenizeClause, type CueToken, type NumToken } from '../tokens.js';
import { cuesFor, type Cue, type Target } from '../vocab.js';
import type { Ctx, ExtractContext, Extraction, Mode, Pending, Said } from '../extraction.js';

type Column = ReturnType<typeof tableDef>['blocks'][number]['columns'][number];
type Row = ReturnType<typeof tableDef>['blocks'][number]['rows'][number];

/** A number of the current sentence that named no place yet (the next clause may name it). */
export interface Waiting {
  num: NumToken;
  phrase: string;
  mode: Mode;
}

export interface Reader {
  readonly message: string;
  readonly ec: ExtractContext;
  readonly format: FormatId;
  readonly cues: Cue[];
  readonly out: Extraction;
  /** Leaf cell ids of the format (a value goes only there). */
  readonly leafIds: Set<string>;
  /** 表三 applicant columns and rows, 表四 result columns (the sums left out). */
  readonly t3Cols: Column[];
  readonly t4Cols: Column[];
  readonly t3Rows: Row[];
  /** The message as read: normalised, masked, meta and lists taken out. */
  text: string;
  /** How the number being read may be used: stored, or only offered in a question (last year, a part, a guess). */
  mode: Mode;
  /** The sentence being read states nothing for sure (a question, a condition, doubt, another agency): asked. */
  unsure?: { sentence: string; why: string };
  /** 「律所那7件」 matched no applications held and was asked: a decision after it in this message waits too. */
  pointAsked?: boolean;
  /** The period of the clause being read. */
  period: Period;
  sentence: string;
  /** The message's first sentence (a follow-up to the turn before is read there). */
  firstSentence?: string;
  ctx: Ctx;
  /** Numbers waiting for a column, a result, a kind of lawsuit or a reason (from earlier turns too). */
  claims: Pending[];
  /** The claims carried from earlier turns. */
  readonly carriedClaims: Set<Pending>;
  /** The last number placed (this message, or the turn before): 「回应关切也是」 takes it. */
  lastNumber?: { value: number; unit?: string };
  /** 「收到个人申请4件」 → 「公开了3件」: the one column the previous turn spoke of, when this message names none. */
  prevTurnCol?: string;
  /** Facts whose counts in this message were parts or restatements (asked): nothing more is stored for them. */
  readonly withheldFacts: Set<string>;
  /** Cells given two different values in this message (asked, never stored). */
  readonly withheldCells: Set<string>;
  /** 「均为自然人申请」: every application of this message is one column's. */
  allOneColumn?: string;
  /** The message spoke of the fee (the next turn may go on with an amount). */
  spokeOfFee: boolean;
  /** Parts of a fact said in the turn before. */
  earlierParts: Said[];
  /** Parts of a 表 cell said in the turn before (「处罚上半年10件」 → 「下半年12件」). */
  earlierCellParts: Said[];
  /** The one place the turn before offered or split, that a bare number for the whole year answers. */
  prevSubject?: TargetId;
  /** The message (or the draft, or a waiting number) is about applications. */
  appContext: boolean;
  /** Numbers of the current sentence that named no place yet (「1件…，过程性信息不予公开」). */
  waiting: Waiting[];
  /** The other intake's share added to a result cell this message (「新收的…」 after 「结转的…」). */
  readonly intakeShares: Map<string, number>;
  /** The reason a decision of this sentence already took (「企业的不予公开，涉及商业秘密」). */
  reasonGiven?: { leaf: string; sentence: string };
}

/** A reader at the start of a message (claims carried from earlier turns, the last number of the turn before). */
export function newReader(message: string, ec: ExtractContext): Reader {
  const format = ec.format;
  const claims: Pending[] = [...(ec.pending ?? [])];
  return {
    message,
    ec,
    format,
    cues: cuesFor(format),
    out: { cells: {}, deduced: {}, facts: {}, meta: {}, understood: [], questions: [], pending: [], said: [], asks: [], orphans: [], topic: {} },
    leafIds: new Set(leafCells(format).map((c) => c.id)),
    t3Cols: tableDef(format, 't3').blocks[0].columns.filter((c) => !c.sumOf),
    t4Cols: tableDef(format, 't4').blocks[0].columns.filter((c) => !c.sumOf),
    t3Rows: tableDef(format, 't3').blocks[0].rows,
    text: '',
    mode: { kind: 'exact' },
    period: 'year',
    sentence: '',
    ctx: { dangling: [] },
    claims,
    carriedClaims: new Set(claims),
    lastNumber: ec.previous?.lastNumber,
    withheldFacts: new Set<string>(),
    withheldCells: new Set<string>(),
    spokeOfFee: false,
    earlierParts: [],
    earlierCellParts: [],
    appContext: false,
    waiting: [],
    intakeShares: new Map(),
  };
}

/** A cell's official name. */
export const place = (rd: Reader, id: string) => describeCell(rd.format, id);
/** The leaf cells of a row. */
export const rowTargets = (rd: Reader, table: 't2' | 't3' | 't4', row: string) => [...rd.leafIds].filter((id) => id.startsWith(`${table}.${row}.`));
/** A row's label (its key when unknown). */
export const rowLabel = (rd: Reader, table: 't3' | 't4', key: string) =>
  (table === 't3' ? rd.t3Rows : tableDef(rd.format, 't4').blocks[0].rows).find((x) => x.key === key)?.label ?? key;
/** The leaf rows of a 表三 group (the reasons of 不予公开, 无法提供, 不予处理, 其他处理). */
export const leavesOfGroup = (rd: Reader, group: string) => rd.t3Rows.filter((x) => !x.group && x.parents?.includes(rowLabel(rd, 't3', group)));
/** A cue the reader supplies itself (the subject of a clause before, the fact spoken of). */
export const fakeCue = (target: Target): CueToken => ({ type: 'cue', text: '', target, weak: false, start: 0, end: 0 });

/** The keys of the cues of one kind a text names, once each (strong cues only unless `weak`). */
/** The applicant columns the sentence names before this phrase (「企业的申请 全给公开了 没有部分公开的」 → 企业). */
export function columnsBefore(rd: Reader, phrase: string): string[] {
  const at = rd.sentence.indexOf(phrase);
  return at > 0 ? cueKeys(rd, rd.sentence.slice(0, at), 't3col') : [];
}

export function cueKeys(rd: Reader, text: string, kind: Target['t'], weak = true): string[] {
  return [...new Set(tokenizeClause(text, rd.cues).tokens.flatMap((t) => (t.type === 'cue' && t.target.t === kind && (weak || !t.weak) ? [(t.target as { key: string }).key] : [])))];
}
