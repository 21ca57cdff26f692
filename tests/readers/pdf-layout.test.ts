// Layout of a PDF page without pdf.js: rules and text items written by hand → grid, cells, pipe rows, paragraphs.
import { describe, expect, it } from 'vitest';
import { findTables, type Seg } from '../../server/parse/readers/pdf-grid.js';
import { layoutPage, pagesToText, type PdfTextItem } from '../../server/parse/readers/pdf-layout.js';
import { readPdf } from '../../server/parse/readers/pdf.js';
import { drawTable, linesPage, miniPdf } from '../fixtures/pdf/minipdf.js';

const item = (str: string, x: number, y: number, size = 10, width?: number): PdfTextItem => ({
  str,
  transform: [size, 0, 0, size, x, y],
  width: width ?? [...str].reduce((s, ch) => s + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? size : size / 2), 0),
});

/** Rules of a grid: columns at xs, rows at ys (top to bottom); `skipV` = [row, boundary index] not drawn (merge). */
function grid(xs: number[], ys: number[], skipV: [number, number][] = []): { h: Seg[]; v: Seg[] } {
  const h = ys.map((y) => ({ at: y, a: xs[0], b: xs[xs.length - 1] }));
  const v: Seg[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    xs.forEach((x, j) => {
      if (!skipV.some(([sr, sj]) => sr === r && sj === j)) v.push({ at: x, a: ys[r + 1], b: ys[r] });
    });
  }
  return { h, v };
}

describe('rules → grid', () => {
  it('finds rows, columns and a merged header cell where a rule is missing', () => {
    const { h, v } = grid([100, 200, 260, 320], [700, 680, 660], [[0, 2]]);
    const [t] = findTables(h, v);
    expect(t.xs).toEqual([100, 200, 260, 320]);
    expect(t.ys).toEqual([700, 680, 660]);
    const header = t.regions[t.regionAt[0][1]];
    expect(header).toMatchObject({ r: 0, c: 1, rs: 1, cs: 2 });
    expect(t.regionAt[0][2]).toBe(t.regionAt[0][1]);
    expect(t.regionAt[1][1]).not.toBe(t.regionAt[1][2]);
  });

  it('joins collinear pieces of one rule (borders drawn per cell)', () => {
    const h: Seg[] = [700, 680].flatMap((y) => [{ at: y, a: 100, b: 150 }, { at: y + 0.3, a: 150, b: 200 }]);
    const v: Seg[] = [100, 150, 200].map((x) => ({ at: x, a: 680, b: 700 }));
    const tables = findTables(h, v);
    expect(tables).toHaveLength(1);
    expect(tables[0].xs).toHaveLength(3);
  });
});

describe('cells and pipe rows', () => {
  it('places text by position, writes a merged label once, keeps a blank value cell', () => {
    const { h, v } = grid([100, 200, 260, 320], [700, 680, 660, 640], [[0, 2]]);
    const items = [
      item('信息内容', 110, 686),
      item('本年处理决定数量', 205, 686),
      item('行政许可', 110, 666),
      item('24', 225, 666),
      item('7', 290, 666),
      item('行政处罚', 110, 646),
      item('3', 290, 646),
    ];
    const { blocks } = layoutPage({ items, h, v });
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toEqual(['| 信息内容 | 本年处理决定数量 |', '| 行政许可 | 24 | 7 |', '| 行政处罚 |  | 3 |']);
  });

  it('splits one text item that runs across a rule by its characters\' positions', () => {
    const { h, v } = grid([100, 200, 300], [700, 680]);
    // 「行政许可」 then wide spacing then 「24」, as a single item from 110 to 265.
    const items = [item('行政许可     24', 110, 686, 10, 155)];
    const { blocks, splitItems } = layoutPage({ items, h, v });
    expect(splitItems).toBe(1); // the reader notes it: positions inside one item are estimated
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toEqual(['| 行政许可 | 24 |']);
  });

  it('joins a number wrapped in a narrow cell, and a label wrapped over two lines', () => {
    const { h, v } = grid([100, 160, 190], [700, 660]);
    const items = [item('本年新收政', 102, 684), item('府信息公开', 102, 672), item('115', 165, 684), item('5', 165, 672)];
    const { blocks } = layoutPage({ items, h, v });
    const table = blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' && table.rows).toEqual(['| 本年新收政府信息公开 | 1155 |']);
  });
});

describe('pages → text', () => {
  it('joins wrapped paragraph lines, not headings; drops running heads and page numbers', () => {
    const page = (n: number, lines: PdfTextItem[]) => ({ blocks: layoutPage({ items: [item('某某县人民政府办公室', 250, 800), ...lines, item(`- ${n} -`, 290, 60)], h: [], v: [] }).blocks, height: 842 });
    const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十';
    const pages = [
      page(1, [item('一、总体情况', 100, 700), item(full, 120, 680), item('完。', 100, 660), item('（一）主动公开情况', 120, 640)]),
      page(2, [item('二、主动公开政府信息情况', 100, 700), item(full, 120, 680), item(full, 100, 660)]),
      page(3, [item('续上页。', 100, 700)]),
    ];
    const { text, furniture } = pagesToText(pages);
    expect(text.split('\n')).toEqual(['一、总体情况', `${full}完。`, '（一）主动公开情况', '二、主动公开政府信息情况', `${full}${full}续上页。`]);
    expect(furniture).toBe(6);
  });

  it('a table continued on the next page is one table, its repeated header written once', async () => {
    const owner = (rows: string[][]) => rows.map((r) => r.map((x) => ({ x })));
    const header = [{ x: '信息内容' }, { x: '本年处理决定数量' }];
    const rows1 = [[header[0], header[1]], ...owner([['行政许可', '1'], ['行政处罚', '2']])];
    const rows2 = [[header[0], header[1]], ...owner([['行政强制', '3']])];
    const widths = [60, 40];
    const t1 = drawTable({ owner: rows1, text: (c) => c.x, widths }, 120);
    const t2 = drawTable({ owner: rows2, text: (c) => c.x, widths }, 780);
    const pdf = miniPdf([{ texts: [...linesPage(['二、主动公开政府信息情况']).texts, ...t1.page.texts], lines: t1.page.lines }, t2.page]);
    const { text, tables } = await readPdf(pdf);
    expect(tables).toBe(1);
    expect(text).toBe(['二、主动公开政府信息情况', '', '| 信息内容 | 本年处理决定数量 |', '| 行政许可 | 1 |', '| 行政处罚 | 2 |', '| 行政强制 | 3 |'].join('\n'));
  });
});

describe('landscape pages', () => {
  it('a /Rotate 90 page (表三 printed sideways) is read upright', async () => {
    const owner = [[{ x: '信息内容' }, { x: '本年处理决定数量' }], [{ x: '行政许可' }, { x: '12' }], [{ x: '行政处罚' }, { x: '3' }]];
    const t = drawTable({ owner, text: (c) => c.x, widths: [60, 40] }, 500, 9, 60, 700);
    const pdf = miniPdf([{ texts: [{ x: 60, y: 540, size: 12, text: '二、主动公开政府信息情况' }, ...t.page.texts], lines: t.page.lines, landscape: true }]);
    const { text } = await readPdf(pdf);
    expect(text).toBe(['二、主动公开政府信息情况', '', '| 信息内容 | 本年处理决定数量 |', '| 行政许可 | 12 |', '| 行政处罚 | 3 |'].join('\n'));
  });
});
