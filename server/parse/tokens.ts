// Lines → cell tokens. Three published layouts are recognised per line:
//  - tab:   each cell on its own `\t` line, rows separated by blank lines, a blank cell is a `\t` line with nothing;
//           a plain line right after a tab cell continues it (「\t自\n然\n人」, 「\t本年新\n制作数量」);
//  - pipe:  a row per line `| a | b |` (web pages, the HTML reader); blank cells are kept;
//  - plain: one cell per line (blank-line separated, or `x |` one cell per line): blank cells are lost.
import { ARTIFACT_PREFIX, keyOf, trimAll } from './normalise.js';
import { readCell, type CellText } from './values.js';

export type Layout = 'tab' | 'pipe' | 'plain';

export interface Line {
  /** As written (newline removed). */
  raw: string;
  /** Trimmed, artifacts in front removed. */
  text: string;
  blank: boolean;
}

export interface Token {
  text: string;
  key: string;
  /** 0-based line index of the token's first line. */
  line: number;
  /** Last line the token spans (continuations). */
  lastLine: number;
  layout: Layout;
  /** Physical row: tab cells between two blank lines, or one pipe line. Plain tokens each get their own. */
  group: number;
  cell: CellText;
  /** Pipe layout: the cell's position in its row (0 = first cell after the opening `|`). */
  col?: number;
}

const MAX_LINE_FOR_CELLS = 4000;

export function splitLines(text: string): Line[] {
  const raw = text.split('\n');
  const out: Line[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i];
    let t = trimAll(r);
    if (t.charCodeAt(0) === 91 /* [ */ && t.startsWith('[bookmark')) t = trimAll(t.replace(ARTIFACT_PREFIX, ''));
    out[i] = { raw: r, text: t, blank: t === '' };
  }
  return out;
}

const pipeCount = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 124) n++;
  return n;
};

/** Longer cells are prose: no label is that long, so no key is needed. */
const MAX_CELL_KEY = 80;

function token(text: string, line: number, layout: Layout, group: number): Token {
  const t = trimAll(text);
  // `col` present (undefined) on every token: pipe tokens set it without changing the object's shape.
  return { text: t, key: t.length > MAX_CELL_KEY ? '' : keyOf(t), line, lastLine: line, layout, group, cell: readCell(t), col: undefined };
}

/**
 * Tokens of every line not in `skip` (section headings). Linear in the text length. `pipes: false` when the text
 * has no 「|」 at all (most reports): lines are then not searched for one.
 */
export function tokenise(lines: Line[], skip: Set<number>, pipes = true): Token[] {
  const out: Token[] = [];
  // Asked once per line: a byte per line instead of a set lookup.
  const skipped = new Uint8Array(lines.length);
  for (const i of skip) if (i >= 0 && i < lines.length) skipped[i] = 1;
  let group = 0;
  let cont = -1; // index of the tab token a plain line may continue
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    // A `\t` line with nothing is a blank cell of a tab row (seed 002), not a row separator.
    if (l.blank && l.raw.startsWith('\t') && !skipped[i]) {
      out.push(token('', i, 'tab', group));
      cont = -1;
      continue;
    }
    if (skipped[i] || l.blank) {
      group++;
      cont = -1;
      continue;
    }
    const raw = l.raw.length > MAX_LINE_FOR_CELLS ? l.raw.slice(0, MAX_LINE_FOR_CELLS) : l.raw;
    const bars = pipes && raw.includes('|') ? pipeCount(raw) : 0;
    if (bars > 0) {
      cont = -1;
      const t = raw.trim();
      if (/^[|\s]+$/.test(t)) {
        group++; // a separator row of a cell-per-line pipe table
        continue;
      }
      if (bars === 1 && t.endsWith('|')) {
        out.push(token(t.slice(0, -1), i, 'plain', ++group));
        continue;
      }
      let cells = t.split('|');
      if (t.startsWith('|')) cells = cells.slice(1);
      if (t.endsWith('|')) cells = cells.slice(0, -1);
      group++;
      for (let k = 0; k < cells.length; k++) {
        const t = token(cells[k], i, 'pipe', group);
        t.col = k;
        out.push(t);
      }
      group++;
      continue;
    }
    if (raw.startsWith('\t')) {
      out.push(token(l.text, i, 'tab', group));
      cont = out.length - 1;
      continue;
    }
    // A plain line right after a tab cell continues it, when short and not itself a number.
    if (cont >= 0 && l.text.length <= 30 && readCell(l.text).kind === 'text' && !/[。；]/.test(l.text)) {
      const t = out[cont];
      t.text += l.text;
      t.key = keyOf(t.text);
      t.lastLine = i;
      t.cell = readCell(t.text);
      continue;
    }
    cont = -1;
    out.push(token(l.text, i, 'plain', ++group));
  }
  return out;
}
