import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sectionHeading, SECTIONS, T3_LEGAL_PERSON } from '../../server/format/index.js';
import { readDocument } from '../../server/parse/readers/index.js';
import { expectedRow, pipeRows, rowWith, T2, T3, T4, valuesAfterLabel } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/readers/${name}`, import.meta.url));
const isNumber = (s: string) => /^\d+(\.\d+)?$/.test(s);

describe('government web page (official merged tables)', async () => {
  const r = await readDocument(fixture('gov-page-2021.html'), 'nb2023.shtml');

  it('is read as html and keeps the report prose in order', () => {
    expect(r.kind).toBe('html');
    const lines = r.text.split('\n');
    expect(lines[0]).toBe('青山县白石镇人民政府2023年政府信息公开工作年度报告');
    const at = SECTIONS.map((s) => lines.indexOf(sectionHeading(s)));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(lines).toContain('全年主动公开政府信息86条，其中通过政府网站公开71条，政务新媒体公开15条。');
    expect(lines.slice(-2)).toEqual(['青山县白石镇人民政府', '2024年1月20日']);
    // metadata line survives, its 字号/浏览次数 furniture does not
    expect(lines).toContain('发布日期：2024-01-20 来源：白石镇人民政府');
  });

  it('drops scripts, styles, navigation, breadcrumbs, share/print bars and the footer', () => {
    for (const junk of ['alert', '_hmt', 'document.write', '统计代码', 'display:none', '互动交流', '办事服务', '当前位置', '政府信息公开年报',
      '扫一扫', '字号', '打印本页', '关闭窗口', '浏览次数', '1024', '备案号', '欢迎访问', 'count.js']) {
      expect(r.text, junk).not.toContain(junk);
    }
    expect(r.notes.join('\n')).toMatch(/已去除网页中的非正文内容/);
  });

  it('emits 表三 body rows as their labels followed by the 7 numbers in column order', () => {
    const cols = T3.columns.map((c) => c.key);
    for (const row of T3.rows.filter((x) => !x.group)) {
      const cells = rowWith(r.text, row.label);
      expect(valuesAfterLabel(cells, row.label), row.label).toEqual(expectedRow('t3', row.key, cols));
      // labels come first, then only numbers: no value was duplicated into a merged position
      expect(cells.filter(isNumber)).toHaveLength(cols.length);
    }
    // a rowspan group label is written once, in the row it starts
    expect(pipeRows(r.text).filter((c) => c.includes('（三）不予公开'))).toHaveLength(1);
    expect(rowWith(r.text, '（三）不予公开')[1]).toBe(T3.rows.find((x) => x.key === 'r3_1')?.label);
  });

  it('emits the 表三 header once per header row, applicant labels in column order', () => {
    const header = rowWith(r.text, T3_LEGAL_PERSON);
    expect(header).toEqual([T3.columns[0].label, T3_LEGAL_PERSON, T3.columns[6].label]);
    // 「商业<br>企业」 in a cell is one label
    expect(rowWith(r.text, T3.columns[1].label)).toEqual(T3.columns.slice(1, 6).map((c) => c.label));
  });

  it('emits 表二 rows without copying a colspan number into the spanned columns', () => {
    for (const b of T2.blocks) {
      expect(rowWith(r.text, b.caption ?? '')).toEqual([b.caption]);
      for (const row of b.rows) {
        expect(valuesAfterLabel(rowWith(r.text, row.label), row.label)).toEqual(expectedRow('t2', row.key, b.columns.map((c) => c.key)));
      }
    }
  });

  it('emits 表四 as three header rows and one row of 15 numbers', () => {
    const numberRows = pipeRows(r.text).filter((c) => c.length === 15 && c.every(isNumber));
    expect(numberRows).toHaveLength(1);
    const expected = T4.rows.flatMap((row) => expectedRow('t4', row.key, T4.columns.map((c) => c.key)));
    expect(numberRows[0]).toEqual(expected);
  });
});

describe('local variant with a 小计 column', async () => {
  const r = await readDocument(fixture('gov-page-subtotal.html'), 'page.html');
  it('passes the 小计 header and the 8 applicant numbers through', () => {
    expect(rowWith(r.text, '小计')).toEqual([...T3.columns.slice(1, 6).map((c) => c.label), '小计']);
    const cols = T3.columns.map((c) => c.key);
    for (const row of T3.rows.filter((x) => !x.group)) {
      const values = valuesAfterLabel(rowWith(r.text, row.label), row.label).map(Number);
      const expected = expectedRow('t3', row.key, cols).map(Number);
      const subtotal = expected.slice(1, 6).reduce((a, b) => a + b, 0);
      expect(values, row.label).toEqual([...expected.slice(0, 6), subtotal, expected[6]]);
    }
  });
});

describe('old-style page: layout tables, table cells written as one <p> each', async () => {
  const r = await readDocument(fixture('gov-page-pcells.html'), 'index.htm');
  it('reads exactly the lines of the plain-text version', () => {
    const text = readFileSync(new URL('../fixtures/readers/report-2021.txt', import.meta.url), 'utf8');
    const nonEmpty = (s: string) => s.split('\n').filter((l) => l.trim());
    expect(nonEmpty(r.text)).toEqual(nonEmpty(text));
    expect(pipeRows(r.text)).toHaveLength(0); // layout tables are not data tables
  });
});

describe('html details', () => {
  const read = (html: string, name = 'a.html') => readDocument(Buffer.from(html), name);

  it('never outputs script or style text', async () => {
    const r = await read('<p>一、总体情况</p><script>alert(1)</script><style>p{color:red}</style><p>正文<script type="text/javascript">var x = "<p>注入</p>";</script>继续</p>');
    expect(r.text).toBe('一、总体情况\n正文继续');
  });

  it('decodes entities, turns &nbsp; into spaces and trims full-width indents', async () => {
    const r = await read('<p>&nbsp;&nbsp;　　A&amp;B &lt;条例&gt; &#x4E2D;&#25991;&nbsp;　</p><p>第二行<br>第三行</p>');
    expect(r.text).toBe('A&B <条例> 中文\n第二行\n第三行');
  });

  it('keeps a "nav"-classed block that holds a table, and plain text that only mentions navigation', async () => {
    const r = await read('<div class="nav"><table><tr><td>行政许可</td><td>4</td></tr></table></div><p>网站设置导航栏目12个</p>');
    expect(r.text).toContain('| 行政许可 | 4 |');
    expect(r.text).toContain('网站设置导航栏目12个');
  });

  it('keeps a rowspan number in its own row only and says so', async () => {
    const r = await read('<table><tr><td>甲</td><td rowspan="2">7</td><td>1</td></tr><tr><td>乙</td><td>2</td></tr></table>');
    expect(pipeRows(r.text)).toEqual([['甲', '7', '1'], ['乙', '', '2']]);
    expect(r.notes.join()).toMatch(/1 处数字单元格跨行或跨列合并/);
  });

  it('keeps a genuinely blank cell (the checker must see it)', async () => {
    const r = await read('<table><tr><td>1.属于国家秘密</td><td>00</td><td></td></tr></table>');
    expect(pipeRows(r.text)).toEqual([['1.属于国家秘密', '00', '']]);
  });

  it('escapes a pipe inside a cell', async () => {
    const r = await read('<table><tr><td>A|B</td><td>1</td></tr></table>');
    expect(pipeRows(r.text)).toEqual([['A｜B', '1']]);
  });

  it('reads a GB2312-declared page and finds its table', async () => {
    const r = await readDocument(fixture('gbk-page.html'), 'gbk-page.html');
    expect(r.text).toContain('长河县农业农村局2022年政府信息公开工作年度报告');
    expect(r.text).toContain('| 行政许可 | 9 |');
    expect(r.text).not.toContain('您现在的位置');
    expect(r.notes.join()).toMatch(/GB18030/);
  });

  it('trusts valid UTF-8 over a page that declares gb2312', async () => {
    const r = await read('<html><head><meta charset="gb2312"></head><body><p>一、总体情况</p></body></html>');
    expect(r.text).toBe('一、总体情况');
    expect(r.notes.join()).not.toMatch(/GB18030/);
  });

  it('returns an English page with a note instead of refusing it', async () => {
    const r = await read('<html><body><nav>Home</nav><h1>Annual Report 2023</h1><p>We published 12 items.</p></body></html>');
    expect(r.text).toBe('Annual Report 2023\nWe published 12 items.');
    expect(r.notes.join()).toMatch(/没有中文文字/);
  });

  it('reads a page nested 700 levels deep and refuses a pathological one with a clear message', async () => {
    const deep = (n: number) => '<div>'.repeat(n) + '<p>一、总体情况</p>' + '</div>'.repeat(n);
    expect((await read(deep(700))).text).toBe('一、总体情况');
    const e = await read(deep(20000)).catch((x: unknown) => x);
    expect(e).toMatchObject({ status: 422, message: expect.stringMatching(/嵌套超过 800 层/) });
  });

  it('treats page source saved as .txt as html', async () => {
    const r = await read('<!DOCTYPE html><html><body><nav>首页</nav><p>一、总体情况</p></body></html>', 'page.txt');
    expect(r.kind).toBe('html');
    expect(r.text).toBe('一、总体情况');
  });
});
