// A visible table skeleton with blank cells (real/a089.txt: one cell per line, the blanks dropped) is read as blank
// cells and reported once per table by CELL-INVALID; a row cut off by the end of an excerpt stays a note.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../server/check/index.js';
import { parseText } from '../../server/parse/text.js';

const A089 = readFileSync(new URL('../../corpus/real/a089.txt', import.meta.url), 'utf8');

describe('blank tables', () => {
  it('a blank skeleton whose lines do repeat (two 「0」 rows) is a sure error', () => {
    const t = A089.replace('规章\n0\n', '规章\n0\n0\n0\n');
    const cell = checkReport(parseText(t, { file: 'x.txt' })).filter((f) => f.rule === 'CELL-INVALID' && f.where.table === 't3');
    expect(cell.map((f) => f.severity)).toEqual(['E']);
  });

  it('real/a089.txt: 表三 printed with every cell blank gives one CELL-INVALID naming its rows, not 「该行没有数值」', () => {
    const p = parseText(A089, { file: 'real/a089.txt' });
    expect(p.tables['t3.new.natural']).toMatchObject({ value: null });
    expect(p.source.notes.some((n) => n.where.includes('表三') && n.message === '该行没有数值')).toBe(false);
    const cell = checkReport(p).filter((f) => f.rule === 'CELL-INVALID' && f.where.table === 't3');
    expect(cell).toHaveLength(1);
    // No line of this page repeats and its one 「0」 sits in the first row: the copy may have dropped repeated lines
    // (e018 is the same shape), so the blanks are a warning to verify against the original, not a sure error.
    expect(cell[0].severity).toBe('W');
    expect(cell[0].message).toContain('重复的行');
    expect(cell[0].message).toContain('一、本年新收政府信息公开申请数量');
  });

  it('the same skeleton cut by the end of the excerpt: the cut row is a note, never a blank-cell error', () => {
    const cut = A089.slice(0, A089.indexOf('一、本年新收政府信息公开申请数量') + '一、本年新收政府信息公开申请数量'.length);
    const p = parseText(cut, { file: 'cut.txt' });
    expect(p.tables['t3.new.natural']).toBeUndefined();
    expect(checkReport(p).filter((f) => f.rule === 'CELL-INVALID' && f.where.table === 't3')).toEqual([]);
  });

  it('an excerpt cut inside a heading (「二、主动公开政」) is no F-HEADINGS error', () => {
    const cut = `${A089.slice(0, A089.indexOf('二、主动公开政府信息情况'))}二、主动公开政`;
    const fs = checkReport(parseText(cut, { file: 'cut.txt' }));
    expect(fs.filter((f) => f.rule === 'F-HEADINGS' && f.severity === 'E')).toEqual([]);
  });
});

describe('an all-blank 表四', () => {
  it('real/a089.txt: 表四 printed as its header only, then 五 — 15 blank cells, one CELL-INVALID', () => {
    const p = parseText(A089, { file: 'real/a089.txt' });
    expect(Object.keys(p.tables).filter((k) => k.startsWith('t4'))).toHaveLength(15);
    const cell = checkReport(p).filter((f) => f.rule === 'CELL-INVALID' && f.where.table === 't4');
    expect(cell.map((f) => f.severity)).toEqual(['W']);
  });
  it('the same header cut by the end of the excerpt (no later section) stays unread', () => {
    const cut = A089.slice(0, A089.indexOf('五、存在的主'));
    const p = parseText(cut, { file: 'cut.txt' });
    expect(Object.keys(p.tables).filter((k) => k.startsWith('t4'))).toEqual([]);
  });
});
