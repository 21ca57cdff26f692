// Reports whose renderings are pinned byte for byte in tests/render/golden/: 20 generated reports, each bent to
// exercise one corner of the renderers (escaping, raw/blank cells, newlines in values, missing/misordered
// sections, no format, sub-headings, odd sign-offs), plus the five seeds as parsed. The inputs are stored as JSON
// next to the outputs, so the pins do not move when the generator or the parser changes.
import { cellsOf, type FormatId } from '../../../server/format/index.js';
import { randomValidReport } from '../../../server/report/generate.js';
import type { AnyReport, Report } from '../../../server/report/schema.js';

type Bend = (r: Report) => AnyReport;

const setRaw = (r: Report, id: string, raw: string, value: number | null = null) => {
  r.tables[id] = { value, raw };
};

const BENDS: Bend[] = [
  (r) => r,
  (r) => r,
  (r) => {
    r.title = '<script>alert("x")</script> & \'年报\' `=`';
    r.meta.agency = '某镇"><img src=x onerror=alert(1)>';
    r.sections[0].text = '<b>粗</b>{{constructor}} a=b & c\n（一）<i>小标题</i>';
    r.preface = '前言 <em>x</em> &amp;';
    setRaw(r, 't3.new.natural', '<i>1</i>');
    setRaw(r, 't3.new.commercial', '"\'`=&');
    r.signoff = { agency: '<u>机关</u>', date: '2025-01-02' };
    return r;
  },
  (r) => {
    setRaw(r, 't3.new.natural', '00', 0);
    setRaw(r, 't3.new.commercial', 'a|b');
    setRaw(r, 't3.new.research', 'x\\y');
    setRaw(r, 't3.new.welfare', '');
    r.tables['t3.new.legal'] = { value: null };
    delete r.tables['t3.new.total'];
    setRaw(r, 't4.review.maintained', '/', null);
    delete r.tables['t2.rules.made'];
    return r;
  },
  (r) => {
    r.sections[1].text = '（一）主动公开情况\n本年主动公开信息若干条。\n（二）这是一个很长很长的以括号编号开头的句子，它超过四十个字所以不算小标题而是普通段落，继续写下去。\n(3)半角括号小标题';
    r.sections[2].subsections = [
      { heading: '（一）依申请公开', aspect: 'request', text: '收到申请若干件。\n办理及时。' },
      { heading: '', text: '没有小标题的段落。' },
      { heading: '  （三）其他  ', text: '' },
    ];
    return r;
  },
  (r) => {
    r.sections[1].text = '（一）主动公开情况\n已含小标题的正文。';
    r.sections[1].subsections = [{ heading: '（一）主动公开情况', text: '不应重复打印。' }];
    return r;
  },
  (r) => {
    const [s1, s2, s3, , s5, s6] = r.sections;
    s3.heading = '';
    s5.heading = '3、重新编号的标题';
    return { ...r, sections: [s1, s6, s3, s2, s5] };
  },
  (r) => ({
    ...r,
    format: null,
    meta: { ...r.meta, year: null },
    tables: {},
    source: { headings: [], formatDetected: null, complete: false, notes: [], labels: [] },
  }),
  (r) => ({
    ...r,
    format: null,
    source: { headings: [], formatDetected: null, complete: false, notes: [], labels: [] },
  }),
  (r) => {
    r.meta.agency = '';
    r.signoff = { agency: '署名机关', date: '2024年1月5日' };
    r.title = undefined;
    return r;
  },
  (r) => {
    r.preface = '  第一行  \r\n\r\n\r\n第二行\t\n   \n第三行';
    r.sections[0].text = '段一\n\n\n\n段二  \n  段三';
    return r;
  },
  (r) => {
    const amounts = cellsOf(r.format).filter((c) => c.kind === 'amount');
    for (const c of amounts) r.tables[c.id] = { value: 0.1 + 0.2 };
    r.tables['t3.new.natural'] = { value: 1e-7 };
    r.tables['t3.new.commercial'] = { value: -3 };
    r.tables['t3.new.research'] = { value: 123456789012 };
    r.tables['t3.new.welfare'] = { value: 2.00005 };
    return r;
  },
  (r) => {
    r.title = '标题 | 带竖线 \\ 反斜杠 <尖括号>';
    r.sections[0].text = '# 不是标题\n- 不是列表 *星号* _下划线_\n含 | 竖线 和 \\ 反斜杠 和 <尖括号>';
    setRaw(r, 't3.new.natural', '<1>|\\');
    r.signoff = { agency: '机关 <甲>', date: '<日期>' };
    return r;
  },
  (r) => {
    setRaw(r, 't3.new.natural', 'a\nb');
    setRaw(r, 't3.new.commercial', '  \n\n\n  ');
    setRaw(r, 't3.new.research', 'x \t');
    setRaw(r, 't4.review.total', '1\r\n2');
    setRaw(r, 't2.rules.made', '\n\n\n\n');
    return r;
  },
  (r) => {
    r.title = undefined;
    r.meta.date = undefined;
    r.signoff = undefined;
    return r;
  },
  (r) => {
    r.title = '  标题尾随空白 \n';
    r.signoff = { agency: '机关\n\n\n尾 ', date: ' 2024年 \n\n' };
    r.preface = '';
    return r;
  },
  (r) => {
    r.sections.splice(3, 0, { no: 3, heading: '三、（续）', text: '同一部分的第二块。' });
    return r;
  },
  (r) => ({ ...r, sections: [] }),
  (r) => {
    r.sections[4].text = '含\t制表符\t的文字；表情😀；全角ＡＢＣ；' + '很长的段落'.repeat(200);
    r.meta.agency = '机关';
    r.signoff = { agency: '', date: '' };
    return r;
  },
  (r) => {
    const odd = ['&', '"', "'", '<>', '`', '=', '｜', ' 1 ', '１', '一'];
    cellsOf(r.format).forEach((c, i) => setRaw(r, c.id, odd[i % odd.length] + (i % 7 === 0 ? String(i) : '')));
    return r;
  },
];

export function generatedCases(): { name: string; report: AnyReport }[] {
  return BENDS.map((bend, i) => {
    const format: FormatId = i % 2 ? '2019' : '2021';
    return { name: `gen-${String(i).padStart(2, '0')}-${format}`, report: bend(randomValidReport(500 + i, { format })) };
  });
}
