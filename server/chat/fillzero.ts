// 「其余都是0」「表三其他格子都填0」「自然人那一列剩下的都是0」: which blank leaves become 0.
// The scope is what the sentence names — tables, rows (a group: its leaves) and columns, intersected; 「除了…」
// takes the named rows or columns out of the named table. Nothing named is a question, never the whole draft.
import { tableDef, TABLE_NAMES, type FormatId } from '../format/index.js';
import { leafCells } from '../report/tables.js';
import { tokenizeClause } from './tokens.js';
import { cuesFor, LAWSUIT, LEGAL_GROUP, type Target } from './vocab.js';

// The 0 must stand alone (「一千零五十」 holds a 零) and follow a verb of filling (「全年…」 is no 「全」).
// (「其他结果、尚未审结均为0」: 其他结果 is a column's name, no 「the rest」.)
export const REST_ZERO =
  // (「别的格子统统0」「剩下的你都给我弄成0」: 统统/通通 before the 0 need no verb; 弄成/搞成/默认 are verbs too.)
  /(?:其余|其他(?!结果|组织|法人|情形)|别的|剩下|剩余|余下|全部|都|全|一律|统统|通通|一概)[^，。；0零\d一二两三四五六七八九十百千万]{0,8}?(?:(?:是|为|填|填成|填为|填上|补|补成|补为|补上|写|写成|算|算作|按|当|当作|记为|记作|设为|设成|置为|置成|弄成|搞成|变成|默认为?|默认成)\s*|(?<=统统|通通|一概|一行全|一列全|那行全|那列全|全部|都是|全是)\s*)(?:0|零)(?![\d.一二两三四五六七八九十百千万])(?:件|起|个)?/;

/** Blank-able leaves and how to say them; null when the sentence names no place (asked). */
export type ZeroScope = { ids: string[]; what: string } | null;

type TableKey = 't2' | 't3' | 't4';
const TABLES: TableKey[] = ['t2', 't3', 't4'];
const EXCEPT = /除了?|除去|以外|之外/;

/**
 * The words that name the scope: the clause of the 「其余都是0」 (「收到申请3件，其他格子都填0」 names nothing), the
 * sentence up to it after 「除了」, and a table named just after it (「其他都填0吧，表四」).
 */
function scopeText(text: string, at: number, end: number): { words: string; after: string; start: number } {
  const start = Math.max(0, Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1);
  const stops = ['。', '\n'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  const sentenceEnd = stops.length ? Math.min(...stops) : text.length;
  const before = text.slice(start, end);
  let clauseStart = EXCEPT.test(before) ? start : Math.max(start, text.lastIndexOf('，', at) + 1);
  // 「企业申请1件已公开 复议诉讼都是0」: a space after a statement ends its clause (as the extractor reads it), so the
  // zero covers only the subject its own clause names.
  if (!EXCEPT.test(before)) {
    const base = clauseStart;
    // (「…那行是0 所以今年上年结转也全是0」: a figure before the space ends a statement too.)
    for (const m of text.slice(base, at).matchAll(/(?<=[\u4e00-\u9fa5\d])\s+(?=[\u4e00-\u9fa5])/g)) {
      const left = text.slice(clauseStart, base + m.index!);
      // (「自然人那一列」「不予公开那八项」: a numeral counting rows or columns names the place; it is no statement.)
      const counts = left.replace(/[一二两三四五六七八九十几]+\s*个?\s*(?:列|行|项|格|栏|块|格子|小项)/g, '');
      if (/[\d零〇一二两三四五六七八九十百千万]/.test(counts) || /[了过]$/.test(left)) clauseStart = base + m.index! + m[0].length;
    }
  }
  const next = text.indexOf('，', end);
  let clauseEnd = next >= 0 && next < sentenceEnd ? next : sentenceEnd;
  // (「规章…那三格都是0 规范性文件…11件」: the zero is a count, so a space after it ends its clause too.)
  const space = /\s+(?=[\u4e00-\u9fa5])/.exec(text.slice(end, clauseEnd));
  if (space) clauseEnd = end + space.index;
  return { words: text.slice(clauseStart, clauseEnd), after: text.slice(clauseEnd, sentenceEnd), start: clauseStart };
}

/** The clause just before the one at `at`, within its sentence. */
function previousClause(text: string, at: number): string {
  const start = Math.max(0, Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at)) + 1);
  const comma = text.lastIndexOf('，', at);
  if (comma < start) return '';
  const before = text.lastIndexOf('，', comma - 1);
  return text.slice(Math.max(start, before + 1), comma);
}

interface Named {
  tables: Set<TableKey>;
  /** Row keys per table (groups expanded to their leaves). */
  rows: Map<TableKey, Set<string>>;
  cols: Map<TableKey, Set<string>>;
}

function namedPlaces(format: FormatId, said: string): Named {
  // (「表三个人那一列」: the table's name, then the column 个人 — no 「三个人」.)
  const sentence = said.replace(/表([二三四])(?=个)/g, '表$1 ');
  const named: Named = { tables: new Set(), rows: new Map(), cols: new Map() };
  for (const m of sentence.matchAll(/表([二三四])/g)) named.tables.add(TABLES['二三四'.indexOf(m[1])]);
  const add = (map: Map<TableKey, Set<string>>, t: TableKey, keys: string[]) => map.set(t, new Set([...(map.get(t) ?? []), ...keys]));
  const t3 = tableDef(format, 't3').blocks[0];
  // 「办理结果那部分」: every leaf under 「三、本年度办理结果」 (a heading with no cue of its own).
  const results = t3.rows.find((r) => r.key === 'results');
  const tokens = tokenizeClause(sentence, cuesFor(format)).tokens;
  // (「办理结果里不予公开那八项」: a row under it named too is the place; 办理结果 only leads to it.)
  const rowNamed = tokens.some((t) => t.type === 'cue' && !t.weak && (t.target as Target).t === 't3row');
  if (results && /办理结果/.test(sentence) && !rowNamed) add(named.rows, 't3', t3.rows.filter((r) => !r.group && !r.sumOf && r.parents?.includes(results.label)).map((r) => r.key));
  for (const tok of tokens) {
    if (tok.type !== 'cue' || tok.weak) continue;
    const tg = tok.target as Target & { key?: string };
    if (tg.t === 't3row' && tg.key) {
      const def = t3.rows.find((r) => r.key === tg.key);
      add(named.rows, 't3', def?.group ? t3.rows.filter((r) => !r.group && r.parents?.includes(def.label)).map((r) => r.key) : [tg.key]);
    } else if (tg.t === 't3col' && tg.key) add(named.cols, 't3', tg.key === LEGAL_GROUP ? t3.columns.filter((c) => c.group).map((c) => c.key) : [tg.key]);
    else if (tg.t === 't4row' && tg.key) add(named.rows, 't4', tg.key === LAWSUIT ? ['direct', 'after'] : [tg.key]);
    else if (tg.t === 't4col' && tg.key) add(named.cols, 't4', [tg.key]);
    else if (tg.t === 't2row' && tg.key) add(named.rows, 't2', [tg.key]);
  }
  return named;
}

/** How many 表三 applicant columns the clause before `at` names (「科研机构 公益组织 律所 」). */
function listedColumnsBefore(format: FormatId, text: string, at: number): number {
  const clauseStart = Math.max(text.lastIndexOf('，', at), text.lastIndexOf('。', at), text.lastIndexOf('；', at), text.lastIndexOf('\n', at)) + 1;
  return namedPlaces(format, text.slice(clauseStart, at)).cols.get('t3')?.size ?? 0;
}

/** The scope of a 「其余都是0」 in `text`: undefined when there is none, null when it names no place. */
export function restZeroScope(format: FormatId, text: string): ZeroScope | undefined {
  const m = REST_ZERO.exec(text);
  if (!m) return undefined;
  // (「科研机构 公益组织 律所 其他 都是0」: 其他 closing a list of applicant columns is the column 其他, no 「the rest」.)
  if (m[0].startsWith('其他') && listedColumnsBefore(format, text, m.index) >= 2) return undefined;
  const { words, after, start } = scopeText(text, m.index, m.index + m[0].length);
  const nothing = (n: Named) => !n.tables.size && !n.rows.size && !n.cols.size;
  let named = namedPlaces(format, words);
  // 「公益组织那1件是公开了的 所以它在无法提供和不予处理这几块都该是0」: 它 is the applicant the sentence named before.
  if (/它|这家|该单位/.test(words) && named.rows.get('t3')?.size && !named.cols.get('t3')?.size) {
    const sentenceStart = Math.max(0, Math.max(text.lastIndexOf('。', m.index), text.lastIndexOf('\n', m.index)) + 1);
    const before = namedPlaces(format, text.slice(sentenceStart, start)).cols.get('t3');
    if (before?.size === 1) named.cols.set('t3', before);
  }
  // 「规章我们没有制定权，都是0」: the clause before names the place; 「其他都填0吧，表四」: a table just after does.
  if (nothing(named)) named = namedPlaces(format, previousClause(text, m.index));
  if (nothing(named)) named = { ...named, tables: namedPlaces(format, after).tables };
  const except = EXCEPT.test(words);
  const leaves = leafCells(format);
  // 「表三结转下年度那一行 除了个人的4件 其余都是0」: the place named before 除了 is the scope, the one after it the exception.
  const split = except ? /除了?|除开/.exec(words) : null;
  const scope = split ? namedPlaces(format, words.slice(0, split.index)) : null;
  if (scope && (scope.rows.size || scope.cols.size)) {
    const kept = namedPlaces(format, words.slice(split!.index));
    const inScope = (n: Named, id: string, t: TableKey) => {
      const [, row, col] = id.split('.');
      const rows = n.rows.get(t);
      const cols = n.cols.get(t);
      return (rows || cols) ? (!rows || rows.has(row)) && (!cols || cols.has(col)) : false;
    };
    const ts = [...new Set([...scope.rows.keys(), ...scope.cols.keys()])];
    const ids = ts.flatMap((t) => leaves.filter((c) => c.table === t && inScope(scope, c.id, t) && !inScope(kept, c.id, t)).map((c) => c.id));
    return ids.length ? { ids, what: ts.map((t) => `${TABLE_NAMES[t]}所说范围中除所列以外`).join('、') } : null;
  }
  const ids: string[] = [];
  const parts: string[] = [];
  const tables = new Set<TableKey>([...named.tables, ...named.rows.keys(), ...named.cols.keys()]);
  for (const t of tables) {
    const rows = named.rows.get(t);
    const cols = named.cols.get(t);
    const inTable = leaves.filter((c) => c.table === t);
    const hit = (id: string) => {
      const [, row, col] = id.split('.');
      return (!rows || rows.has(row)) && (!cols || cols.has(col));
    };
    // 「表二除了许可和处罚，其他都填0」: the named rows are kept out; without a table named, 「除了」 is asked.
    if (except && (rows || cols)) {
      if (!named.tables.has(t)) return null;
      ids.push(...inTable.filter((c) => !hit(c.id)).map((c) => c.id));
      parts.push(`${TABLE_NAMES[t]}其余`);
    } else {
      ids.push(...inTable.filter((c) => hit(c.id)).map((c) => c.id));
      parts.push(rows || cols ? `${TABLE_NAMES[t]}所说${rows ? '行' : ''}${cols ? '列' : ''}中` : `${TABLE_NAMES[t]}中`);
    }
  }
  return ids.length ? { ids, what: parts.join('、') } : null;
}
