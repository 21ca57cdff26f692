// The table vocabulary of both formats, indexed once: row labels (with their table, block, row key and
// formats), column/header labels, 表二 captions. Written labels are matched on their key, then fuzzily
// (a slightly altered official label such as 「只记这一情形」 for 「只计这一情形」 is still the row).
import { FORMATS, tableDef, T3_APPLICANT_HEADER, T3_LEGAL_PERSON, T3_NOTE, T3_SUBTOTAL, T4_LAWSUIT, T4_REVIEW, type FormatId, type TableKey } from '../format/index.js';
import { bigrams, dice, editDistance, keyOf, tolerance, unnumberedKey } from './normalise.js';


export interface RowEntry {
  kind: 'row';
  table: 't2' | 't3';
  block: string;
  row: string;
  official: string;
  /** Formats in which this row exists. */
  formats: FormatId[];
  /** Formats in which the row is a group row without numbers of its own. */
  groupIn: FormatId[];
  /** Matched through a declared alias (tolerated: not reported as altered). */
  alias: boolean;
}

export interface HeaderEntry {
  kind: 'header';
  tables: TableKey[];
  official: string;
  /** Opens its table even inside another one (表三's note, 「申请人情况」, 「行政复议」, 表二's 「信息内容」). */
  starter?: boolean;
}

export interface CaptionEntry {
  kind: 'caption';
  block: string;
}

export type Entry = RowEntry | HeaderEntry | CaptionEntry;

export interface Match {
  entry: Entry;
  /** The written text differs from the official label beyond punctuation (fuzzy or unnumbered). */
  altered: boolean;
}

interface Indexed {
  key: string;
  grams: Set<string>;
  entry: RowEntry;
}

const exact = new Map<string, Entry[]>();
const fuzzyRows: Indexed[] = [];

function add(key: string, e: Entry) {
  if (!key) return;
  const list = exact.get(key);
  if (!list) exact.set(key, [e]);
  else if (!list.some((x) => sameEntry(x, e))) list.push(e);
}

function sameEntry(a: Entry, b: Entry): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'row' && b.kind === 'row') return a.table === b.table && a.row === b.row && a.alias === b.alias;
  if (a.kind === 'caption' && b.kind === 'caption') return a.block === b.block;
  return a.kind === 'header' && b.kind === 'header' && a.official === b.official;
}

function addHeader(label: string, table: TableKey) {
  const key = keyOf(label);
  const list = exact.get(key) ?? [];
  const hit = list.find((e): e is HeaderEntry => e.kind === 'header');
  if (hit) {
    if (!hit.tables.includes(table)) hit.tables.push(table);
    return;
  }
  add(key, { kind: 'header', tables: [table], official: label });
}

/** Build the index from the format declaration (once, at module load). */
function build() {
  const rows = new Map<string, RowEntry>();
  for (const f of ['2021', '2019'] as FormatId[]) {
    for (const t of FORMATS[f].tables) {
      for (const b of t.blocks) {
        if (t.key === 't2' && b.caption) add(keyOf(b.caption), { kind: 'caption', block: b.key });
        if (b.corner) addHeader(b.corner, t.key);
        for (const c of b.columns) {
          addHeader(c.label, t.key);
          if (c.group) addHeader(c.group, t.key);
          if (c.subgroup) addHeader(c.subgroup, t.key);
        }
        if (t.key === 't4') {
          for (const r of b.rows) {
            addHeader(r.label, 't4');
            for (const p of r.parents ?? []) addHeader(p, 't4');
          }
          continue;
        }
        for (const r of b.rows) {
          const id = `${t.key}.${r.key}`;
          let e = rows.get(id);
          if (!e) {
            e = { kind: 'row', table: t.key as 't2' | 't3', block: b.key, row: r.key, official: r.label, formats: [], groupIn: [], alias: false };
            rows.set(id, e);
            add(keyOf(r.label), e);
            fuzzyRows.push({ key: keyOf(r.label), grams: bigrams(keyOf(r.label)), entry: e });
          }
          if (!e.formats.includes(f)) e.formats.push(f);
          if (r.group && !e.groupIn.includes(f)) e.groupIn.push(f);
          for (const a of r.aliases ?? []) add(keyOf(a), { ...e, alias: true });
        }
      }
    }
  }
  addHeader(T3_NOTE, 't3');
  addHeader(T3_APPLICANT_HEADER, 't3');
  addHeader(T3_LEGAL_PERSON, 't3');
  addHeader(T3_SUBTOTAL, 't3');
  addHeader(T4_REVIEW, 't4');
  addHeader(T4_LAWSUIT, 't4');
  const corner = FORMATS['2021'].tables.find((t) => t.key === 't2')?.blocks[0].corner ?? '';
  for (const s of [T3_NOTE, T3_APPLICANT_HEADER, T4_REVIEW, corner]) {
    for (const e of exact.get(keyOf(s)) ?? []) if (e.kind === 'header') e.starter = true;
  }
  // The same rows written without their list number, or 「（二）部分公开」 without its parenthesis.
  for (const e of rows.values()) {
    const short = unnumberedKey(e.official);
    if (short.length >= 4 && !exact.has(short)) unnumbered.set(short, e);
    const cut = e.official.replace(/[（(][^（()）]*[)）]$/, '');
    if (cut !== e.official && keyOf(cut).length >= 4 && !exact.has(keyOf(cut))) unnumbered.set(keyOf(cut), e);
  }
}
const unnumbered = new Map<string, RowEntry>();
build();

/** Longer than any label of the format (prose, not a cell). */
const MAX_KEY = 64;
const CAPTION_RE = /^第二十条第?([一二三四五六七八九十])项$/;
/** 表二 block key by the item numeral of its caption (「第二十条第（一）项」 → 一), from both formats. */
const CN_ITEM: Record<string, string> = Object.fromEntries(
  Object.values(FORMATS).flatMap((f) =>
    tableDef(f.id, 't2').blocks.flatMap((b) => {
      const n = b.caption ? CAPTION_RE.exec(keyOf(b.caption))?.[1] : undefined;
      return n ? [[n, b.key]] : [];
    }),
  ),
);

const GLUED_STARTERS: { key: string; entry: HeaderEntry }[] = [...exact.entries()].flatMap(([key, list]) =>
  list.filter((e): e is HeaderEntry => e.kind === 'header' && !!e.starter && e.tables[0] === 't2').map((entry) => ({ key, entry })),
);

/** Matches are shared objects: callers read them, never change them. */
const EXACT_MATCH = new Map<string, Match>([...exact].map(([k, list]) => [k, { entry: preferRow(list), altered: false }]));
const MATCH_MEMO = new Map<string, { m: Match | null; cost: number }>();
const MATCH_MEMO_MAX = 20000;

/** Budget of fuzzy comparisons per parse, so junk input stays linear. */
export class Matcher {
  private budget: number;
  constructor(budget = 20000) {
    this.budget = budget;
  }

  /** Match a key against the whole vocabulary. */
  match(key: string): Match | null {
    if (!key || key.length > MAX_KEY) return null;
    const hit = EXACT_MATCH.get(key);
    if (hit) return hit;
    // Reports repeat the same lines (template prose, sub-headings, altered labels): results are remembered across
    // parses with what they cost, and a remembered result is charged that cost — so a parse's result never depends
    // on what was parsed before (a parse whose budget cannot pay recomputes, and runs out as a fresh one would).
    const known = MATCH_MEMO.get(key);
    if (known !== undefined && this.budget > known.cost) {
      this.budget -= known.cost;
      return known.m;
    }
    const before = this.budget;
    const m = this.inexact(key);
    if (this.budget > 0) {
      if (MATCH_MEMO.size >= MATCH_MEMO_MAX) MATCH_MEMO.clear();
      MATCH_MEMO.set(key, { m, cost: before - this.budget });
    }
    return m;
  }

  private inexact(key: string): Match | null {
    // A header row written as one glued line (「信息内容本年新制作数量本年新公开数量…」).
    for (const g of GLUED_STARTERS) if (key.length > g.key.length + 2 && key.startsWith(g.key)) return { entry: g.entry, altered: false };
    const cap = CAPTION_RE.exec(key);
    if (cap) return CN_ITEM[cap[1]] ? { entry: { kind: 'caption', block: CN_ITEM[cap[1]] }, altered: false } : null;
    const un = key.length <= 40 ? (unnumbered.get(key) ?? unnumbered.get(unnumberedKey(key))) : undefined;
    if (un) return { entry: un, altered: true };
    return this.fuzzy(key);
  }

  private fuzzy(key: string): Match | null {
    if (key.length < 8 || key.length > 60 || this.budget <= 0) return null;
    return this.compare(key);
  }

  private compare(key: string): Match | null {
    let grams: Set<string> | null = null;
    let best: RowEntry | null = null;
    let bestD = Infinity;
    for (const c of fuzzyRows) {
      const tol = tolerance(c.key.length);
      if (!tol || Math.abs(c.key.length - key.length) > tol) continue;
      grams ??= bigrams(key);
      if (dice(grams, c.grams) < 0.6) continue;
      if (--this.budget <= 0) break;
      const d = editDistance(key, c.key, tol);
      if (d <= tol && d < bestD) {
        best = c.entry;
        bestD = d;
      }
    }
    return best ? { entry: best, altered: true } : null;
  }
}

function preferRow(list: Entry[]): Entry {
  return list.find((e) => e.kind === 'row' && !e.alias) ?? list[0];
}

/** Keys of 表三's top-level rows (一、…四、), so a heading detector does not take them for section headings. */
export const T3_TOP_ROW_KEYS: string[] = FORMATS['2021'].tables
  .find((t) => t.key === 't3')!
  .blocks[0].rows.filter((r) => !r.parents?.length)
  .map((r) => unnumberedKey(r.label));

/** A key that is some label of the vocabulary as it stands (not a fragment, not an altered label). */
export const knownLabel = (key: string) => exact.has(key);

/** Edits tolerated in a column label: short labels are read from their column, so one edit is allowed from 6 characters. */
const columnTolerance = (len: number) => (len < 6 ? 0 : Math.max(1, Math.floor(len / 6)));

/** A written header key that is an altered form of an official column label (「对外公开数量」 for 「对外公开总数量」). */
export function alteredColumn(written: string, official: string): boolean {
  const tol = columnTolerance(official.length);
  return (written !== official && tol > 0 && written.length >= 4 && editDistance(written, official, tol) <= tol) || wordSwapped(written, official) || charsLost(written, official);
}

/** 「本年发件」 for 「本年制发件数」: up to two characters dropped from a label, its first two kept (h013, j025). */
function charsLost(written: string, official: string): boolean {
  if (written.length < 4 || official.length - written.length < 1 || official.length - written.length > 2 || written.slice(0, 2) !== official.slice(0, 2)) return false;
  let j = 0;
  for (const ch of official) if (ch === written[j]) j++;
  return j === written.length;
}

/** 「本年处理绝对数量」 for 「本年处理决定数量」: one two-character word swapped inside a long label, its start and end kept. */
function wordSwapped(written: string, official: string): boolean {
  if (written === official || written.length !== official.length || official.length < 8) return false;
  if (written.slice(0, 4) !== official.slice(0, 4) || written.slice(-2) !== official.slice(-2)) return false;
  let diff = 0;
  for (let i = 0; i < written.length; i++) if (written[i] !== official[i]) diff++;
  return diff <= 2;
}

export interface LabelRecord {
  table: string;
  key: string;
  written: string;
  official: string;
}

/**
 * Column labels of a block written in an altered form: each official column missing from the header that a
 * header cell not in the vocabulary resembles. Key: `<block>.<column>`.
 */
export function alteredColumns(table: string, block: string, columns: { key: string; label: string }[], header: string[], texts: string[]): LabelRecord[] {
  const out: LabelRecord[] = [];
  if (!header.length) return out;
  const joined = header.join('');
  for (const c of columns) {
    const k = keyOf(c.label);
    if (joined.includes(k)) continue;
    // 「本年新 | 本年新 |」「本年增/」: a label cut short (when it goes on in the next cell, the joined header has it).
    const i = header.findIndex((h) => !knownLabel(h) && (alteredColumn(h, k) || (h.length >= 2 && h.length < k.length && k.startsWith(h))));
    if (i >= 0) out.push({ table, key: `${block}.${c.key}`, written: texts[i] ?? header[i], official: c.label });
  }
  return out;
}
