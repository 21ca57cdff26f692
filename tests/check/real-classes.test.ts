// Classes of false findings and misread metadata seen on real published reports (corpus/real, DEV split), each fixed
// as a mechanism: the example is the real sentence, the assertion is what a careful reviewer says of it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../server/check/index.js';
import { parseText } from '../../server/parse/text.js';
import { classifyAgency } from '../../server/format/levels.js';

const read = (f: string) => readFileSync(new URL(`../../corpus/real/${f}`, import.meta.url), 'utf8');
const parsed = (f: string) => parseText(read(f), { file: `real/${f}` });
const findings = (f: string) => checkReport(parsed(f));
const errorsOf = (f: string, rule: string) => findings(f).filter((x) => x.rule === rule && x.severity === 'E');
/** Findings of a short report whose 一 is `body` (a sentence of the class, not a file). */
const inSection1 = (body: string) => checkReport(parseText(`X镇2024年政府信息公开工作年度报告\n一、总体情况\n${body}`));

describe('N-FOREIGN-ENTITY: ordinary words before 镇/乡/县 are no place', () => {
  it.each([
    ['a004.txt', '紧紧围绕镇党委 / 文明村镇创建'],
    ['a048.txt', '负责全乡政府信息'],
    ['a058.txt', '健全完善我镇政府信息公开标准体系'],
    ['a066.txt', '围绕全县经济社会发展大局'],
    ['a087.txt', '及时维护和更新镇政府人员分工'],
    ['b013.txt', '根据县委县政府关于政务公开工作统一安排'],
    ['b107.txt', '关于做好全县政府信息公开年度报告'],
  ])('%s (%s): no error', (file) => {
    expect(errorsOf(file, 'N-FOREIGN-ENTITY').map((x) => x.actual)).toEqual([]);
  });
});

describe('cells: what is written is readable, so not an invalid cell', () => {
  it('b015: 「712.187895万元」 in the 万元 column is a unit typed into the cell (W), read as 712.187895', () => {
    const fs = findings('b015.txt').filter((x) => x.evidence.cells?.some((c) => c.written.includes('万元')));
    expect(fs.map((x) => [x.rule, x.severity])).toEqual([['T2-FEE-UNIT', 'W']]);
  });
  it('b016: 「+1」 in 本年增/减 is an increase, not an invalid number', () => {
    expect(errorsOf('b016.txt', 'CELL-INVALID').filter((x) => x.evidence.cells?.some((c) => c.written === '+1'))).toEqual([]);
  });
  it('b015: 「增98」 and a bare 「增」 in 本年增/减 stay errors', () => {
    const written = errorsOf('b015.txt', 'CELL-INVALID').flatMap((x) => x.evidence.cells?.map((c) => c.written) ?? []);
    expect(written).toEqual(expect.arrayContaining(['增98']));
  });
  it('a086: a 表三 skeleton whose values the excerpt cut off (its last row never printed) is not 「98 个单元格空白」', () => {
    expect(errorsOf('a086.txt', 'CELL-INVALID').filter((x) => x.where.table === 't3')).toEqual([]);
  });
});

describe('N-PLACEHOLDER: page furniture is not a template left over', () => {
  it.each([['a061.txt'], ['b111.txt'], ['b052.txt']])('%s: 「文号 〔〕号」 in the info box, 「[]()」 an empty link', (file) => {
    expect(errorsOf(file, 'N-PLACEHOLDER')).toEqual([]);
  });
});

describe('F-HEADINGS on real headings', () => {
  it('b114: 「一、政府信息公开工作总体情况」 keeps the official words: a warning, not an error', () => {
    const f = findings('b114.txt').filter((x) => x.rule === 'F-HEADINGS' && x.where.section === 1);
    expect(f.map((x) => x.severity)).toEqual(['W']);
  });
  it('a045: 「一、」 with 「总体情况」 on the next line is the official heading', () => {
    expect(findings('a045.txt').filter((x) => x.rule === 'F-HEADINGS' && x.where.section === 1)).toEqual([]);
  });
  it('a004: 「一、总体概述」 is still a rewritten heading (E)', () => {
    expect(errorsOf('a004.txt', 'F-HEADINGS').map((x) => x.actual)).toEqual(['一、总体概述']);
  });
});

describe('meta from real pages', () => {
  it('b108: 宜兴市 is a county-level city (the gazetteer), so its bureau is 县级部门', () => {
    expect(parsed('b108.txt').meta.level).toBe('县级部门');
  });
  it('b065: 「2024年,长春市人民政府办公厅坚持…」 names the agency', () => {
    expect(parsed('b065.txt').meta.agency).toBe('长春市人民政府办公厅');
  });
  it('a070: the contact office (「子长市政府政务服务中心」) does not replace the government named in the preface', () => {
    expect(parsed('a070.txt').meta.agency).toBe('子长市人民政府');
  });
  it('b022: page furniture on the title line (「…门户网站 … 政府信息公开年报 …」) is dropped', () => {
    expect(parsed('b022.txt').meta.agency).toBe('梅州市人力资源和社会保障局');
  });
});

describe('F-PREFACE: the preface names the six parts by their titles', () => {
  const preface = (f: string) => findings(f).filter((x) => x.rule === 'F-PREFACE');
  it.each([
    ['a014.txt', '政府信息公开申请情况'], // a part lost 「收到和处理」
    ['a051.txt', '支出和收费'], // the 2008 structure
    ['b047.txt', '收到和处理政府信息申请情况'], // a word lost
    ['b058.txt', '其他需要报告的事项'], // five parts listed
    ['b059.txt', '概述'], // listing printed after the first heading
    ['b126.txt', '总结'], // the report called a summary
    ['b041.txt', '收到和处理政府信息公开申请情况'], // 「全文由…等部分组成」 listing three parts
  ])('%s: reported (%s)', (file, words) => {
    const f = preface(file);
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain(words);
    expect(f[0].severity).toBe('W');
  });
  it.each([
    ['a010.txt'], // 「…其他需要报告的事项等六个部分组成」
    ['b064.txt'], // the 条例's own wording: 「行政机关主动公开政府信息情况」
    ['a088.txt'], // 「存在主要问题和改进情况、其它需要报告事项」: small rewordings, 其它
  ])('%s: a correct or tolerably worded listing is left alone', (file) => {
    expect(preface(file).map((x) => x.message)).toEqual([]);
  });
});

describe('N-SEC1-COVERAGE paragraph by paragraph', () => {
  const cov = (f: string) => findings(f).filter((x) => x.rule === 'N-SEC1-COVERAGE');
  it.each([
    ['a040.txt', '(一)主动公开', '我镇公开了政策文件'],
    ['a073.txt', '(一)主动公开情况', '按照信息公开的法定程序'],
  ])('%s: 「%s」 gives no count of information published', (file, head, inside) => {
    const f = cov(file).filter((x) => x.where.row === 'active');
    expect(f).toHaveLength(1);
    expect(f[0].evidence.quote).toContain(inside);
  });
  it('a069: 「7 个工作日初审」 is a time limit, not a number of requests', () => {
    expect(cov('a069.txt').filter((x) => x.where.row === 'request')).toHaveLength(1);
  });
  it('a022: 「我镇未新收到政府依申请公开件」 states the requests (none); 「一是…管理…」 lines stay in their paragraph', () => {
    expect(cov('a022.txt').filter((x) => x.where.row === 'request' || x.where.row === 'management')).toEqual([]);
  });
  it('a025: 「3.政府信息管理」 alone on its line, its text on the next, is one paragraph', () => {
    expect(cov('a025.txt').filter((x) => x.where.row === 'management')).toEqual([]);
  });
});

describe('F-LABELS: a table label cut short', () => {
  it('a088: 「本年新 | 本年新 |」 names both cut columns, with the header as written', () => {
    const f = findings('a088.txt').filter((x) => x.rule === 'F-LABELS');
    expect(f.map((x) => x.expected).sort()).toEqual(['本年新公开数量', '本年新制作数量']);
    expect(f[0].evidence.quote).toContain('本年新');
  });
  it('b041: 「本年增/」 repeated in every block of 表二 is one finding', () => {
    expect(findings('b041.txt').filter((x) => x.rule === 'F-LABELS' && x.actual === '本年增/')).toHaveLength(1);
  });
});

describe('F-NUMBERING: numbering levels and prose enumerations', () => {
  const num = (f: string) => findings(f).filter((x) => x.rule === 'F-NUMBERING');
  it.each([
    ['b068.txt', '缺少中间的序号'], // 一是 … 三是
    ['b087.txt', '又从「一是」编起'], // 三是 … 一是 in one paragraph
    ['b107.txt', '阿拉伯数字'], // 1是
    ['a049.txt', '多了顿号'], // （一）、
    ['a022.txt', '缺少序号「（一）」'], // first sub-heading unnumbered
    ['a025.txt', '「一、」之下应为「（一）」'], // 1. directly under 一、
    ['a014.txt', '一级标题应为「一、」'], // 1. 总体情况 among 二、三、
  ])('%s: %s', (file, words) => {
    expect(num(file).map((x) => x.message).join('\n')).toContain(words);
  });
  it.each([['a030.txt'], ['a055.txt'], ['b004.txt']])('%s: 一是、二是、三是 in order is left alone', (file) => {
    expect(num(file)).toEqual([]);
  });
});

describe('F-TITLE on real titles', () => {
  const title = (f: string) => findings(f).filter((x) => x.rule === 'F-TITLE');
  it.each([
    ['b078.txt', '年份写在机关名称之前'], // 「2019年浙江省人民政府办公厅…年度报告 |」 inside a page table's pipes
    ['a037.txt', '「年度」重复'],
    ['a015.txt', '关于'],
    ['b043.txt', '写法有误'], // 「…2020年政府信息年度报告」 among page furniture
  ])('%s: %s', (file, words) => {
    expect(title(file).map((x) => x.message).join('\n')).toContain(words);
  });
  it('an excerpt of a page that starts with the body (not the whole report) is not said to have no title', () => {
    expect(title('a001.txt').filter((x) => x.message.includes('缺少标题'))).toEqual([]);
  });
});

describe('N-STALE-REF: text carried over from an earlier year', () => {
  const stale = (f: string) => findings(f).filter((x) => x.rule === 'N-STALE-REF');
  it('a055 (2020): 「十九大和十九届二中、三中、四中全会精神」 stops before the 五中全会 held in 2020', () => {
    expect(stale('a055.txt').map((x) => x.message).join('\n')).toContain('十九届五中全会');
  });
  it('a057 (2020): 《吾峰镇2019年政务公开工作主要任务分解表》 as this year\'s basis', () => {
    expect(stale('a057.txt').map((x) => x.evidence.quote).join('\n')).toContain('2019年政务公开工作主要任务分解表');
  });
  it('b058 (2024): the 2019 notice cited by a cut name (「关于工作年度报告有关事项的通知」)', () => {
    expect(stale('b058.txt').map((x) => x.message).join('\n')).toContain('2019');
  });
  it('「党的二十大精神」 in a report for 2023 is current, not carried over', () => {
    expect(stale('a023.txt').filter((x) => x.message.includes('指导思想'))).toEqual([]);
  });
});

describe('N-SELF-CONTRADICT: totals, parts and shares in prose', () => {
  const sc = (f: string) => findings(f).filter((x) => x.rule === 'N-SELF-CONTRADICT');
  it('a070: 「共计3437条,包括:…」 whose parts add to 3914', () => {
    expect(sc('a070.txt').map((x) => x.message).join('\n')).toMatch(/3437[\s\S]*3914/);
  });
  it('a084: 「咨询372人次,其中现场331人次,电话61人次」 (392)', () => {
    expect(sc('a084.txt').map((x) => x.message).join('\n')).toContain('392');
  });
  it('a045: 1439 of 11284 is 12.75%, not 12.76% (the share inside 「（其中…）」 of the figure before it)', () => {
    expect(sc('a045.txt').map((x) => x.message).join('\n')).toContain('12.75%');
  });
  it('b115: four kinds listed after a total in the sentence before is a partial list, not a contradiction', () => {
    expect(sc('b115.txt')).toEqual([]);
  });
  it('b033: a breakdown sentence is never the total of the next one', () => {
    expect(sc('b033.txt').filter((x) => x.message.includes('合计 4件'))).toEqual([]);
  });
});

describe('F-HEADINGS: a section title alone on its line', () => {
  it('a090: 「  总体情况」 without 「一、」 is the heading with its numeral missing', () => {
    const f = findings('a090.txt').filter((x) => x.rule === 'F-HEADINGS' && x.where.section === 1);
    expect(f.map((x) => x.message).join('\n')).toContain('缺少编号「一、」');
  });
});

describe('proofreading on real sentences', () => {
  const rule = (f: string, r: string) => findings(f).filter((x) => x.rule === r).map((x) => x.message).join('\n');
  it('a081: 「国办发〔2021〕30号」 is the format notice with a wrong issuing code', () => {
    expect(rule('a081.txt', 'P-DOCNO')).toContain('国办公开办函〔2021〕30号');
  });
  it('b045: 「五原县农牧和科技局单位2025年」: the template\'s 单位 left after the name', () => {
    expect(rule('b045.txt', 'P-TEMPLATE')).toContain('局单位');
  });
  it('a061: 「自2025年1月1日起至12月31日。」 lacks 止', () => {
    expect(rule('a061.txt', 'P-DATE')).toContain('缺少「止」');
  });
  it('a092 (a city): 「45.28万条」 is not an exact count; b077 (a province): its 万条 totals are left alone', () => {
    expect(rule('a092.txt', 'P-VAGUE-COUNT')).toContain('45.28万条');
    expect(rule('b077.txt', 'P-VAGUE-COUNT')).not.toContain('万条');
  });
});

describe('P-DUP: a line printed twice', () => {
  it('b011: 「一、总体情况」 twice in a row', () => {
    expect(findings('b011.txt').filter((x) => x.rule === 'P-DUP').map((x) => x.evidence.quote)).toContain('一、总体情况\n一、总体情况');
  });
  it('a037: the page header repeating the report title above the article is not a typo', () => {
    expect(findings('a037.txt').filter((x) => x.rule === 'P-DUP' && x.message.includes('连续出现两次'))).toEqual([]);
  });
});

describe('N-YEAR: this year\'s figures under an older year', () => {
  it('b030 (2021): 「2019年度,…主动公开政府信息87条」', () => {
    expect(findings('b030.txt').filter((x) => x.rule === 'N-YEAR').map((x) => x.evidence.quote).join('\n')).toContain('2019年度');
  });
});

describe('level for every kind', () => {
  it('b011: an unnamed bureau writing 「在县委、县政府的正确领导下,我局…」 is 县级部门', () => {
    expect(parsed('b011.txt').meta.level).toBe('县级部门');
  });
  it('b128: a 科技产业园管委会 is ranked by neither a government nor its departments (其他)', () => {
    expect(parsed('b128.txt').meta.level).toBe('其他');
  });
  it('a014: the title’s 「镇宁自治县政府」 is not replaced by its office from the contact line', () => {
    expect(parsed('a014.txt').meta).toMatchObject({ level: '县级政府' });
    expect(parsed('a014.txt').meta.agency).not.toContain('办公室');
  });
});

describe('P-BRACKET: an unclosed bracket is quoted up to where it should close', () => {
  it('b059: 「联系(电话:…邮政编码:214000。」', () => {
    expect(findings('b059.txt').filter((x) => x.rule === 'P-BRACKET').map((x) => x.evidence.quote).join('\n')).toContain('214000。');
  });
});

describe('agency from the page info box, when the text names none', () => {
  it('「发布机构：榆林市林业局」 above a report that only says 我局', () => {
    const text = '索引号：123 发布机构：榆林市林业局 主题分类：林业\n根据《条例》规定，编制本报告。\n一、总体情况\n2023年，我局主动公开政府信息12条。\n';
    expect(parseText(text, { file: 'box.txt' }).meta.agency).toBe('榆林市林业局');
  });
});

describe('N-SEC1-COVERAGE: an overview with no substance', () => {
  const cov = (f: string) => findings(f).filter((x) => x.rule === 'N-SEC1-COVERAGE').map((x) => x.message).join('\n');
  it('a088: 一 holds only the compiling note (「由两城镇人民政府党政办公室编制」)', () => {
    expect(cov('a088.txt')).toContain('只有本报告的编制说明');
  });
  it('a089 (2019): 一 is one sentence', () => {
    expect(cov('a089.txt')).toContain('只有一句话');
  });
  it('a087 (2020): a paragraph with a count and the year\'s work is not thin', () => {
    expect(cov('a087.txt')).not.toContain('只有一句话');
  });
});

describe('P-DATE: a year with its 年 lost', () => {
  it('a058: 「我镇2020主动在」', () => {
    expect(findings('a058.txt').filter((x) => x.rule === 'P-DATE').map((x) => x.message).join('\n')).toContain('年份后缺少「年」');
  });
  it('「市长热线1923件」 is a count, not a year', () => {
    expect(checkReport(parseText('一、总体情况\n全年受理市长热线1923件,均依法办理。\n', { file: 'x.txt' })).filter((x) => x.rule === 'P-DATE')).toEqual([]);
  });
});

describe('N-FOREIGN-ENTITY: a township named as a street office', () => {
  it('a002: a 镇 report writing 「镇办事处为民服务信息」 (W)', () => {
    const f = findings('a002.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY' && x.actual === '镇办事处');
    expect(f.map((x) => x.severity)).toEqual(['W']);
  });
  it('a street office (「东街街道办事处」) is not a township named wrong', () => {
    const r = parseText('东街街道办事处2023年政府信息公开工作年度报告\n一、总体情况\n2023年，东街街道办事处主动公开政府信息12条。\n', { file: 'x.txt' });
    expect(checkReport(r).filter((x) => x.actual === '镇办事处')).toEqual([]);
  });
});

describe('表二 read from a web table padded with empty cells', () => {
  it('b125: 「行政许可 | 0 | ||」 is the 2021 block of one column, not the 2019 block with two blanks', () => {
    expect(errorsOf('b125.txt', 'CELL-INVALID')).toEqual([]);
    expect(parsed('b125.txt').tables['t2.license.decisions']).toMatchObject({ value: 0 });
  });
});

describe('N-ARTIFACT: what a web page leaves in the text', () => {
  const art = (f: string) => findings(f).filter((x) => x.rule === 'N-ARTIFACT').map((x) => x.message).join('\n');
  it('b043: a web address broken at the line end (「http://www.wltzq.gov.」)', () => {
    expect(art('b043.txt')).toContain('被断行拆开的网址');
  });
  it('b077: 「各类主体公开数量占比图」 alone on a line, its chart missing', () => {
    expect(art('b077.txt')).toContain('图表标题残留');
  });
});

describe('N-YEAR: part of the year counted as the year', () => {
  it('b095: 「截至11月底,受理行政复议申请56件」 (W)', () => {
    const f = findings('b095.txt').filter((x) => x.rule === 'N-YEAR' && x.actual === '11月');
    expect(f.map((x) => x.severity)).toEqual(['W']);
  });
  it('「截至12月31日」 is the whole year', () => {
    const r = parseText('一、总体情况\n截至2023年12月31日，共受理申请5件。\n', { file: 'x.txt' });
    expect(checkReport(r).filter((x) => x.rule === 'N-YEAR' && x.severity === 'W')).toEqual([]);
  });
});

describe('N-FOREIGN-ENTITY: a body the level does not have', () => {
  it('a014 (县级政府): 「以县政府和政府办公厅名义」 (W)', () => {
    const f = findings('a014.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY' && x.actual === '办公厅');
    expect(f.map((x) => x.severity)).toEqual(['W']);
  });
  it('b116 (县级部门): 「山东省人民政府办公厅」 and 「国务院办公厅」 are superiors', () => {
    expect(findings('b116.txt').filter((x) => x.actual === '办公厅')).toEqual([]);
  });
});

describe('level of an unnamed department from the government it answers to', () => {
  it('「我局按照区政府的部署」 is 县级部门; 「指导各县区政府」 does not make a city bureau a county one', () => {
    expect(parseText('一、总体情况\n2021年,我局按照区政府的部署和要求推进政务公开工作。\n', { file: 'x.txt' }).meta.level).toBe('县级部门');
    expect(parseText('一、总体情况\n2021年,我局在市委、市政府的领导下，指导各县区政府做好公开工作。\n', { file: 'y.txt' }).meta.level).toBe('市级部门');
  });
});

describe('F-HEADINGS severity', () => {
  const heads = (t: string) => checkReport(parseText(t, { file: 'x.txt' })).filter((f) => f.rule === 'F-HEADINGS' && f.where.section === 1);
  it('「一．总体情况」: the right numeral with another mark is a warning; 「1. 总体情况」 stays an error', () => {
    const body = '\n2023年，我镇主动公开政府信息12条。\n二、主动公开政府信息情况\n';
    expect(heads(`某某镇人民政府2023年政府信息公开工作年度报告\n一．总体情况${body}`).map((f) => f.severity)).toEqual(['W']);
    expect(heads(`某某镇人民政府2023年政府信息公开工作年度报告\n1. 总体情况${body}`).map((f) => f.severity)).toEqual(['E']);
  });
});

describe('N-YEAR: the compiling notice numbered in an earlier year', () => {
  it('a057 (2020): 《…关于做好2020年…年度报告…的通知》(永政办发明电〔2019〕28号)', () => {
    expect(findings('a057.txt').filter((x) => x.rule === 'N-YEAR' && x.actual === 2019).map((x) => x.severity)).toEqual(['W']);
  });
  it('a notice for the 2023 report numbered 〔2024〕 (issued the next January) is fine', () => {
    const r = parseText('某镇人民政府2023年政府信息公开工作年度报告\n根据《县政府办公室关于做好2023年度政府信息公开工作年度报告编制发布工作的通知》(某政办〔2024〕3号)要求编制本报告。\n一、总体情况\n2023年，我镇主动公开政府信息12条。\n', { file: 'x.txt' });
    expect(checkReport(r).filter((x) => x.rule === 'N-YEAR')).toEqual([]);
  });
});

describe('表二: what is in force includes this year\'s documents', () => {
  it('b015 (2019): 「规范性文件 | 8 | 8 | 0」 — 8 published this year, 0 in total (W)', () => {
    const f = findings('b015.txt').filter((x) => x.rule === 'N-SELF-CONTRADICT' && x.where.table === 't2');
    expect(f.map((x) => [x.severity, x.actual])).toEqual([['W', 0]]);
  });
});

describe('F-LABELS: a word swapped inside a column label', () => {
  it('b125: 「本年处理绝对数量」 for 「本年处理决定数量」', () => {
    expect(findings('b125.txt').filter((x) => x.rule === 'F-LABELS').map((x) => x.expected)).toContain('本年处理决定数量');
  });
});

describe('F-HEADINGS: a section numbered but titled otherwise', () => {
  it('a019 (an excerpt with no official heading): 「一、2020年政务公开工作完成情况及成效」 (W)', () => {
    const f = findings('a019.txt').filter((x) => x.rule === 'F-HEADINGS' && x.where.section === 1);
    expect(f.map((x) => [x.severity, x.actual])).toEqual([['W', '一、2020年政务公开工作完成情况及成效']]);
  });
});

describe('sections: an official title alone on a line, without its numeral, still opens its section', () => {
  it('a051: 「总体情况」 then 「(二)依申请公开」 with no number of requests — the missing numeral (E) and the empty aspect (W)', () => {
    const fs = findings('a051.txt');
    expect(fs.some((x) => x.rule === 'F-HEADINGS' && x.severity === 'E' && x.actual === '总体情况')).toBe(true);
    expect(fs.filter((x) => x.rule === 'N-SEC1-COVERAGE' && x.where.row === 'request')).toHaveLength(1);
  });
  it('b040: 「• 总体情况」 is a web list item whose numbering the markup draws: no heading error', () => {
    expect(errorsOf('b040.txt', 'F-HEADINGS')).toEqual([]);
  });
  it('a sub-heading that repeats a title inside its own section is not a second section', () => {
    const p = parseText('X镇2024年政府信息公开工作年度报告\n一、总体情况\n主动公开政府信息情况\n本年公开信息20条。\n二、主动公开政府信息情况\n略。');
    expect(p.source?.headings.map((h) => h.no)).toEqual([1, 2]);
  });
});

describe('N-STALE-REF: what the report cites, not what it mentions', () => {
  it('a065 (2022): 「2022年是党的二十大召开之年」 does not cite its spirit; 「十九届历次全会精神」 is stale', () => {
    expect(findings('a065.txt').filter((x) => x.rule === 'N-STALE-REF').map((x) => x.expected)).toContain('党的二十大');
  });
  it('a 2022 report that studies 二十大精神 elsewhere is not stale', () => {
    const t = '一、总体情况\n2022年，我镇深入学习贯彻党的二十大精神。全面贯彻党的十九大和十九届历次全会精神，推进政务公开。';
    expect(checkReport(parseText(`X镇2022年政府信息公开工作年度报告\n${t}`)).filter((x) => x.rule === 'N-STALE-REF')).toEqual([]);
  });
  it('b118 (2021): the 2019 notice 〔2019〕60号 cited beside the 2021 one is still a superseded basis', () => {
    expect(findings('b118.txt').filter((x) => x.rule === 'N-STALE-REF').map((x) => x.actual)).toContain('国办公开办函〔2019〕60号');
  });
});

describe('N-FOREIGN-ENTITY: a township speaking as its county', () => {
  it('a041 (花园乡): 「结合2022年我县政府信息公开工作编制而成」 is the county template kept (W)', () => {
    const f = findings('a041.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY' && x.actual === '我县');
    expect(f.map((x) => x.severity)).toEqual(['W']);
  });
  it('a county report saying 我县 is itself', () => {
    const p = parseText('X县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年，我县主动公开政府信息300条。');
    expect(checkReport(p).filter((x) => x.rule === 'N-FOREIGN-ENTITY')).toEqual([]);
  });
});

describe('F-TITLE: every title the agency wrote, and the name its preface gives the report', () => {
  const titles = (f: string) => findings(f).filter((x) => x.rule === 'F-TITLE').map((x) => x.actual);
  it('c005: the header title is right, the report\'s own line says 「2025年度…年度报告」', () => {
    expect(titles('c005.txt')).toEqual(['新下陆街道办事处2025年度政府信息公开工作年度报告']);
  });
  it('d031: the report\'s own line 「河包镇政府信息公开工作年度报告」 has no year', () => {
    expect(titles('d031.txt')).toContain('河包镇政府信息公开工作年度报告');
  });
  it('c029 (no title line): 「现公布哈尔滨市商务局2022年度政府信息公开工作报告」 is not a 年度报告', () => {
    expect(titles('c029.txt')).toEqual(['哈尔滨市商务局2022年度政府信息公开工作报告']);
  });
  it('a second line 「2023年政府信息公开工作年度报告」 under the agency\'s line is the same title, split', () => {
    const p = parseText('X镇人民政府2023年政府信息公开工作年度报告\nX镇人民政府\n2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我镇主动公开信息20条。');
    expect(checkReport(p).filter((x) => x.rule === 'F-TITLE')).toEqual([]);
  });
});

describe('narrative sums: where a breakdown ends and what counts as a part', () => {
  const sums = (f: string) => findings(f).filter((x) => x.rule === 'N-SELF-CONTRADICT').map((x) => x.actual);
  it('c032: 「411条,其中…等信息307条,…97条,…3条;在…微信公众号公布信息230条」 — 407 ≠ 411; 「等信息」 names a part, the 「;在…」 clause is another place', () => {
    expect(sums('c032.txt')).toContain(411);
  });
  it('c050: 「发布各类信息45条,其中,规范性文件2篇,政策解读2篇,含政务动态信息43条」 — 条 and 篇 count alike', () => {
    expect(sums('c050.txt')).toContain(45);
  });
  it('d006: 「426条(其中:…265条,…153条,…8条),发布政策解读10条」 — the bracket closes the breakdown', () => {
    expect(sums('d006.txt')).not.toContain(426);
  });
  it('b111: 「行政执法12条(含行政许可4条、行政处罚3条)」 — a part\'s own 含 is not another part', () => {
    expect(sums('b111.txt')).not.toContain(129);
  });
});

describe('table copies that lost their repeated lines', () => {
  it('e018: no line of the page repeats, the only 「0」 is in the first row — blank cells are a warning to verify, not an error', () => {
    expect(errorsOf('e018.txt', 'CELL-INVALID')).toEqual([]);
    expect(findings('e018.txt').filter((x) => x.rule === 'CELL-INVALID').map((x) => x.severity)).toEqual(['W']);
  });
});

describe('N-FOREIGN-ENTITY: an address is no place name', () => {
  it('e037: 「玉明路254号县人民政府」 names no county called 号县', () => {
    expect(errorsOf('e037.txt', 'N-FOREIGN-ENTITY')).toEqual([]);
  });
});

describe('N-FOREIGN-ENTITY: a county is a county the gazetteer knows', () => {
  it('f019: 「锚定县委、县政府重点工作部署」 names no county called 锚定', () => {
    expect(findings('f019.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY')).toEqual([]);
  });
  it('another real county\'s body in a township report is still an error', () => {
    const p = parseText('湖口县大垅乡人民政府2025年政府信息公开工作年度报告\n一、总体情况\n2025年，大垅乡按照都昌县人民政府的部署推进政务公开。');
    expect(checkReport(p).filter((x) => x.rule === 'N-FOREIGN-ENTITY' && x.severity === 'E').length).toBeGreaterThan(0);
  });
});

describe('F-PREFACE: a part that loses a word of its title', () => {
  const pre = (f: string) => findings(f).filter((x) => x.rule === 'F-PREFACE').map((x) => x.message).join();
  it('f002: 「存在问题及改进情况」 lost 的主要', () => expect(pre('f002.txt')).toContain('存在问题及改进情况'));
  it('f019: 「其他报告的事项」 lost 需要', () => expect(pre('f019.txt')).toContain('其他报告的事项'));
});

describe('N-ARTIFACT: debris of the page inside the text', () => {
  // (The page's chrome is one finding naming every line of it: each piece is in its message.)
  const art = (f: string) => findings(f).filter((x) => x.rule === 'N-ARTIFACT').flatMap((x) => [x.actual, x.message]);
  it('c007 / e028: an image\'s file name where the image was', () => {
    expect(art('c007.txt').join()).toMatch(/\.jpg/);
    expect(art('e028.txt')).toContain('gablogo.png');
  });
  it('e016: 「打开微信扫一扫」 share hint', () => expect(art('e016.txt').join()).toContain('打开微信扫一扫'));
  it('f044: 「门户网站(/)查询」 a link whose address was lost', () => expect(art('f044.txt')).toContain('(/)'));
  it('f026 / b124: characters the encoding lost (「city?walk」, 「????????」)', () => {
    expect(art('f026.txt').join()).toContain('?');
    expect(art('b124.txt').join()).toContain('????');
  });
  it('l006 / q036 / o014: the name of a gambling site injected into the text (a defaced page) is an error', () => {
    for (const [f, brand] of [['l006.txt', '365bet'], ['o014.txt', '美高梅']]) {
      const hit = findings(f).filter((x) => x.rule === 'N-ARTIFACT' && String(x.actual).includes(brand));
      expect(hit.map((x) => x.severity), f).toEqual(['E']);
    }
  });
  it('q036: 「坚江南体育官网持以」 (a site named by what it is, not a known brand) is a warning', () => {
    expect(findings('q036.txt').filter((x) => x.rule === 'N-ARTIFACT' && String(x.actual).includes('体育官网')).map((x) => x.severity)).toEqual(['W']);
  });
  it('a 公安局 or 体育局 report naming gambling as its own work is not a defaced page', () => {
    const fs = inSection1('依法公开打击网络博彩、赌场和投注站违规案件信息，市体育局官网同步发布体育彩票公益金使用情况。');
    expect(fs.filter((x) => x.rule === 'N-ARTIFACT')).toEqual([]);
  });
  it('u006: the tail of a breadcrumb 「…报告格式>全文包括」; 「…报告格式>的通知》」 (p040) is a quoted title', () => {
    expect(art('u006.txt').join()).toContain('格式>');
    expect(art('p040.txt').join()).not.toContain('格式>');
  });
  it('s021 / v007 / z008: an empty value printed by the page program, and the page markup', () => {
    expect(art('s021.txt')).toContain('None');
    expect(art('v007.txt').join()).toContain('pt; ">');
    expect(art('z008.txt').join()).toContain('/span>');
  });
  it('d036 / y001 / z005: the caption of a screenshot, a share button and download buttons', () => {
    expect(art('d036.txt')).toContain('特色专栏截图');
    expect(art('y001.txt').join()).toContain('用微信扫描二维码');
    expect(art('z005.txt').join()).toContain('【下载Word】');
  });
  it('a web address with a query string is not lost encoding', () => {
    const fs = inSection1('详见网址http://www.x.gov.cn/index.html?id=3。');
    expect(fs.filter((x) => x.rule === 'N-ARTIFACT')).toEqual([]);
  });
});

describe('N-FOREIGN-ENTITY: a work verb before the unit', () => {
  it('d046 (嘉禾街道): 「(二)创新街道信息公开渠道」「实现街道办事处…」 name no other street', () => {
    expect(findings('d046.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY')).toEqual([]);
  });
});

describe('F-NUMBERING: an aspect sub-heading without its number', () => {
  it('e017: 「（一）…（二）…」 then 「政府信息管理情况。根据…」', () => {
    expect(findings('e017.txt').filter((x) => x.rule === 'F-NUMBERING').map((x) => x.actual)).toContain('政府信息管理情况。');
  });
  it('c024: 「（二）依申请公开」 then its text 「依申请公开政府信息情况。…」 is that sub-heading\'s body', () => {
    expect(findings('c024.txt').filter((x) => x.rule === 'F-NUMBERING' && x.message.includes('缺少序号'))).toEqual([]);
  });
});

describe('N-STALE-REF: wordings and where the quote points', () => {
  const stale = (f: string) => findings(f).filter((x) => x.rule === 'N-STALE-REF');
  it('e042 (2021): 「新修订《条例》」 without 的', () => expect(stale('e042.txt').map((x) => x.actual)).toContain('新修订《条例》'));
  it('e044 (2022): the quote of a long preface shows the 2021 notice cited', () => {
    expect(stale('e044.txt').map((x) => x.evidence.quote).join()).toContain('关于做好2021年');
  });
});

describe('proofreading: more real forms', () => {
  const rule = (f: string, r: string) => findings(f).filter((x) => x.rule === r).map((x) => x.evidence.quote ?? '').join(' | ');
  it('e042: 「〔2021]30号」 brackets of two kinds', () => expect(rule('e042.txt', 'P-DOCNO')).toContain('〔2021]30'));
  it('d002: 「国务院第711号令」 for 国务院令第711号', () => expect(rule('d002.txt', 'P-DOCNO')).toContain('国务院第711号令'));
  it('c036 / d003: 「27余个」「50余项」 are not exact counts; the quote says what was counted', () => {
    expect(rule('c036.txt', 'P-VAGUE-COUNT')).toContain('27余个信息公开栏目');
    expect(rule('d003.txt', 'P-VAGUE-COUNT')).toContain('50余项');
  });
  it('「10余个工作日」 is a duration, not a vague count', () => {
    const fs = inSection1('申请均在10余个工作日内答复。');
    expect(fs.filter((x) => x.rule === 'P-VAGUE-COUNT')).toEqual([]);
  });
});

describe('P-DATE: a year\'s statistical period ends on 12月31日', () => {
  it('e047: 「涵盖2020年1月1日至12月21日」', () => {
    expect(findings('e047.txt').filter((x) => x.rule === 'P-DATE').map((x) => x.message).join()).toContain('12月21日');
  });
  it('a campaign run 「2024年1月1日至6月30日」 is no statistical period', () => {
    const fs = inSection1('2024年1月1日至6月30日开展专项整治行动。');
    expect(fs.filter((x) => x.rule === 'P-DATE')).toEqual([]);
  });
});

describe('N-PLACEHOLDER: only what is surely a blank is an error', () => {
  const ph = (t: string) => inSection1(t).filter((x) => x.rule === 'N-PLACEHOLDER');
  it('「XX镇」 and 「（请填写）」 are template blanks (E)', () => {
    expect(ph('XX镇主动公开信息20条。').map((x) => x.severity)).toEqual(['E']);
    expect(ph('联系电话（请填写）。').map((x) => x.severity)).toEqual(['E']);
  });
  it('an empty 「（）」 may be a lost link: a warning', () => expect(ph('联系电话（）。').map((x) => x.severity)).toEqual(['W']));
  it('after a site\'s name it is the lost link itself (N-ARTIFACT, a warning)', () => {
    expect(ph('详见门户网站（）。')).toEqual([]);
    expect(inSection1('2024年主动公开信息10条，详见门户网站（）。').filter((x) => x.rule === 'N-ARTIFACT').map((x) => x.severity)).toEqual(['W']);
  });
  it('「二○○八年」 and 「请填写《申请表》」 are no blanks', () => {
    expect(ph('依据二○○八年施行的规定。')).toEqual([]);
    expect(ph('申请人请填写《政府信息公开申请表》。')).toEqual([]);
  });
});

describe('N-SELF-CONTRADICT: a 共-total followed by bare parts, without 其中', () => {
  it('d009: 「公布各类信息共52条,镇办会议20条,财政信息4条,民生实事进展情况24条。」 — 48 ≠ 52', () => {
    expect(findings('d009.txt').filter((x) => x.rule === 'N-SELF-CONTRADICT').map((x) => x.actual)).toContain(52);
  });
  it('parts that are facts of their own (a verb each) are not a breakdown', () => {
    const fs = inSection1('全年共公开信息52条，回应关切20条，开展培训4条，更新目录24条。');
    expect(fs.filter((x) => x.rule === 'N-SELF-CONTRADICT')).toEqual([]);
  });
});

describe('P-DUP: 共 said twice for one count', () => {
  it('e044: 「我县共主动公开政务动态信息共计5942条」', () => {
    expect(findings('e044.txt').filter((x) => x.rule === 'P-DUP').map((x) => x.message).join()).toContain('「共」重复');
  });
  it('「共同推进…合计3次」 and 「总共…共计」 are not', () => {
    const fs = inSection1('各部门共同推进，合计3次。');
    expect(fs.filter((x) => x.rule === 'P-DUP')).toEqual([]);
  });
});

describe('N-SELF-CONTRADICT: a part with its own 共计', () => {
  it('e047: 「6391条,其中…1105条;…2896条;…其他信息共计2004条」 — 6005 ≠ 6391', () => {
    expect(findings('e047.txt').filter((x) => x.rule === 'N-SELF-CONTRADICT').map((x) => x.actual)).toContain(6391);
  });
});

describe('N-YEAR: a count opening on last year\'s cut-off date', () => {
  it('d017 (2021): 「(一)主动公开政府信息情况:截至2020年12月31日,我办通过…」', () => {
    expect(findings('d017.txt').filter((x) => x.rule === 'N-YEAR').map((x) => x.actual)).toContain(2020);
  });
  it('a stock counted since an older year is not misdated', () => {
    const p = parseText('X镇2021年政府信息公开工作年度报告\n一、总体情况\n截至2020年12月31日累计公开信息500条，2021年新增公开80条。');
    expect(checkReport(p).filter((x) => x.rule === 'N-YEAR')).toEqual([]);
  });
});

describe('batches g/h (DEV): classes found on their first run', () => {
  it('h023: every cell written 「/」 is one finding per table, 规章 included', () => {
    const cells = findings('h023.txt').filter((x) => x.rule === 'CELL-INVALID');
    expect(cells.map((x) => [x.where.table, x.severity])).toEqual([['t2', 'E'], ['t3', 'E']]);
    expect(cells[0].message).toContain('「规章」');
  });
  it('a township writing only 规章 as 「/」 gets the rule-making warning', () => {
    const t = readFileSync(new URL('../../corpus/real/h023.txt', import.meta.url), 'utf8');
    const only = t.replace(/\n\/(?=\n)/g, '\n0').replace('规章\n\n0\n\n0\n\n0', '规章\n\n/\n\n/\n\n/');
    const cells = checkReport(parseText(only)).filter((x) => x.rule === 'CELL-INVALID' && x.where.table === 't2');
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((x) => x.severity === 'W')).toBe(true);
  });
  it('h025: 「主动公开了…2022年政府信息公开工作年度报告」 in a report whose period is 2023 — the year is 2023', () => {
    expect(parsed('h025.txt').meta.year).toBe(2023);
  });
  it('h040 (文化东路街道): 「文东街道」 is its own name shortened; g037: 「及时更新乡政府…」 names no 更新乡', () => {
    expect(findings('h040.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY')).toEqual([]);
    expect(findings('g037.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY')).toEqual([]);
  });
});

describe('F-TITLE: a place for the full name, and a year without 年', () => {
  const titles = (f: string) => findings(f).filter((x) => x.rule === 'F-TITLE').map((x) => x.message).join();
  it('h024: 「兰州市2020年…」 names a place, not 兰州市人民政府 (and says 「应为」 once)', () => {
    expect(titles('h024.txt')).toContain('只写了地名');
    expect(titles('h024.txt').match(/应为/g)).toHaveLength(1);
  });
  it('h013: the report\'s own line 「竹泓镇2025政府信息公开工作年度报告」 lost the 年 after its year', () => expect(titles('h013.txt')).toContain('缺「年」'));
  it('a province\'s whole-province report 「湖北省2019年…」 is titled by the province by custom', () => expect(titles('g040.txt')).not.toContain('只写了地名'));
});

describe('sums: which count the parts divide', () => {
  const sums = (f: string) => findings(f).filter((x) => x.rule === 'N-SELF-CONTRADICT').map((x) => x.actual);
  it('g029: 「要闻812条,主动公开政府信息779条,其中…=779」 is consistent', () => expect(sums('g029.txt')).not.toContain(812));
  it('h020: a list across sentences closed by 「其他类信息8173条」 claims the whole 22753 and makes 22694', () => {
    expect(sums('h020.txt')).toContain(22753);
  });
});

describe('F-TITLE: the place said twice; a township by its place', () => {
  const titles = (f: string) => findings(f).filter((x) => x.rule === 'F-TITLE').map((x) => x.message).join();
  it('「陈贵镇2025年…」 names the town, not its body 「陈贵镇人民政府」 (f018, labelled); 「…街道办事处2025年…」 is whole', () => {
    expect(titles('f018.txt')).toContain('只写了地名');
    const t = (title: string) => checkReport(parseText(`${title}\n一、总体情况\n2025年主动公开信息10条。`)).filter((x) => x.rule === 'F-TITLE');
    expect(t('新港街2023年政府信息公开工作年度报告').map((x) => x.message).join()).toContain('新港街道办事处');
    expect(t('某某区新港街道办事处2023年政府信息公开工作年度报告')).toEqual([]);
    expect(t('某某县临江镇人民政府2023年政府信息公开工作年度报告')).toEqual([]);
  });
  it('「X市人民政府2024年X市政府信息公开工作年度报告」 says the place again after the year', () => {
    const p = parseText('汨罗市人民政府2024年汨罗市政府信息公开工作年度报告\n一、总体情况\n2024年，我市主动公开信息20条。');
    expect(checkReport(p).filter((x) => x.rule === 'F-TITLE').map((x) => x.message).join()).toMatch(/又写了一遍|不符合/);
  });
});

describe('the CLI text of a finding that names many cells', () => {
  it('h023: 77 cells written 「/」 list eight and say how many there are', async () => {
    const { renderFindings } = await import('../../server/check/present.js');
    const p = parsed('h023.txt');
    const text = renderFindings(p, checkReport(p));
    const t3 = text.slice(text.indexOf('表三有 77 个单元格'));
    expect(t3.split('\n').filter((l) => l.startsWith('   单元格：')).length).toBeLessThanOrEqual(8);
    expect(t3).toContain('共 77 个单元格');
  });
});

describe('N-FOREIGN-ENTITY: the scope of the work written as another unit\'s', () => {
  const scope = (f: string) => findings(f).filter((x) => x.rule === 'N-FOREIGN-ENTITY' && /工作范围/.test(x.message));
  it.each([
    ['g019.txt', '全市', '进贤县人民政府: 「全市通过政府网站发布文字解读6份」'],
    ['f029.txt', '全市', 'a county (its name unknown, 「我县」「全县」) 「加大对全市政府信息公开工作的推进」'],
    ['e040.txt', '全街', 'a 乡: 「两家子满族乡迅速组织全街开展新《条例》学习」'],
  ])('%s: 「%s」 (%s) is a warning', (file, word) => {
    expect(scope(file).map((x) => [x.actual, x.severity])).toEqual([[word, 'W']]);
  });
  it('a street saying 全街, and a county ranked 「在全市」 or citing 《…全市…》, are left alone', () => {
    expect(scope('a032.txt')).toEqual([]);
    const county = (s: string) => checkReport(parseText(`某某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n${s}`)).filter((x) => /工作范围/.test(x.message));
    expect(county('我县政务公开工作在全市考核中位居第一，按照《关于做好全市政府信息公开工作的通知》要求编制。')).toEqual([]);
    expect(county('全市共主动公开政府信息120条。').map((x) => x.actual)).toEqual(['全市']);
  });
  it('e041: 「(办公厅便函〔2021〕477号)」 is the document number of the province\'s office, not a county\'s 办公厅', () => {
    expect(findings('e041.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY' && x.actual === '办公厅')).toEqual([]);
  });
});

describe('meta: a department speaking of 「我市」 is not the city government', () => {
  it('b095 (a 司法局 saying 「我局」 and 「立足我市」): no government named, level 市级部门, no 「我局」 error', () => {
    const r = parsed('b095.txt');
    expect([r.meta.agency, r.meta.level]).toEqual(['', '市级部门']);
    expect(errorsOf('b095.txt', 'N-FOREIGN-ENTITY')).toEqual([]);
  });
  it('e040: 「我乡编制了吉林市昌邑区两家子满族乡人民政府2020年…」 names the township, without 「了」 or the city government', () => {
    expect(parsed('e040.txt').meta.agency).toBe('吉林市昌邑区两家子满族乡人民政府');
  });
});

describe('P-DUP: a word said twice across an edit', () => {
  const dup = (f: string) => findings(f).filter((x) => x.rule === 'P-DUP').map((x) => x.evidence.quote ?? '');
  it.each([
    ['g035.txt', '其中,其中'],
    ['c047.txt', '可通过可以通过'],
    ['h028.txt', '共公开法律、法规、规章制度及规范性文件共计3'],
    ['h004.txt', '共刊(播)发转发我省海洋系统新闻宣传报道共计1'],
  ])('%s: 「%s」', (file, what) => {
    expect(dup(file).some((q) => q.includes(what))).toBe(true);
  });
  it('a chiasmus 「不涉密,涉密」, 「报告,报告中」 and 「公共服务…共计」 are no duplicates', () => {
    const p = (s: string) => inSection1(s).filter((x) => x.rule === 'P-DUP');
    expect(p('确保公开信息不涉密,涉密信息不公开。编制了年度报告,报告中所列数据均为全年数据。')).toEqual([]);
    expect(p('梳理公共服务事项清单共计12项。')).toEqual([]);
  });
});

describe('N-FOREIGN-ENTITY: the preface publishes another body\'s report', () => {
  it('j018: 面甸镇\'s title, 「现公布建水县民族宗教事务局2025年度…」 in its preface: an error', () => {
    const f = errorsOf('j018.txt', 'N-FOREIGN-ENTITY');
    expect(f.map((x) => x.actual)).toEqual(['建水县民族宗教事务局']);
  });
  it('j018: the page\'s menu line 「• 乡镇政府信息公开年度报告」 is not the title; the agency is the town', () => {
    expect(parsed('j018.txt').meta.agency).toBe('建水县面甸镇人民政府');
    expect(findings('j018.txt').filter((x) => x.rule === 'F-TITLE' && String(x.actual).includes('•'))).toEqual([]);
  });
  it('the own name, shortened or in full, after 「编制并向社会公布」, is no other body', () => {
    const r = (title: string, pre: string) =>
      checkReport(parseText(`${title}\n${pre}\n一、总体情况\n2024年主动公开信息10条。`)).filter((x) => x.rule === 'N-FOREIGN-ENTITY' && /前言却公布/.test(x.message));
    expect(r('安溪县福田乡2024年政府信息公开工作年度报告', '根据《条例》编制并向社会公布福田乡人民政府2024年政府信息公开工作年度报告。')).toEqual([]);
    expect(r('某某县卫生健康局2024年政府信息公开工作年度报告', '现公布某某县卫健局2024年度政府信息公开工作年度报告。')).toEqual([]);
    expect(r('某某县卫生健康局2024年政府信息公开工作年度报告', '现公布某某县水务局2024年度政府信息公开工作年度报告。').map((x) => x.severity)).toEqual(['W']);
  });
  it('i016: a street in the agency\'s own address (「地址:遵义市播州区南白街道西大街53号」) is no other place', () => {
    expect(errorsOf('i016.txt', 'N-FOREIGN-ENTITY')).toEqual([]);
  });
});

describe('publish date from an info box that lost its labels', () => {
  it.each([['i004.txt', '2024-01-30'], ['i024.txt', '2021-01-05']])('%s: the latest of the bulleted dates, %s', (file, date) => {
    expect(parsed(file).meta.date).toBe(date);
  });
});

describe('meta: names as the preface writes them', () => {
  it.each([
    ['i008.txt', '南宁市武鸣区史志办公室', '「由南宁市武鸣区史志办公室编制」: an office that is the body itself'],
    ['i027.txt', '郑州高新技术产业开发区双桥办事处', '「X办事处向社会公布2021年度…」 opening the preface'],
    ['j026.txt', '东丽湖街道办事处', '「…要求,由东丽湖街道办事处结合自身工作实际」 without 由'],
  ])('%s: %s (%s)', (file, agency) => {
    expect(parsed(file).meta.agency).toContain(agency);
    expect(parsed(file).meta.agency.startsWith('由')).toBe(false);
  });
  it('j028: 「南昌经济技术开发区2019年度政府信息公开工作年报」 is the title; a column 「信息公开年报」 is not', () => {
    expect(parsed('j028.txt').title).toBe('南昌经济技术开发区2019年度政府信息公开工作年报');
    expect(parsed('j028.txt').meta.level).toBe('其他');
    expect(parsed('b034.txt').meta.agency).not.toBe('金口河区人民政府');
  });
  it.each([['i027.txt'], ['j025.txt']])('%s: a street office by another name (「…开发区双桥办事处」, 天津 「海滨街」) is a 街道', (file) => {
    expect(parsed(file).meta.level).toBe('街道');
  });
});

describe('F-TITLE: the year before the name', () => {
  it('i015: no title line, 「现向社会公布2025年拉萨市财政局…年度报告」 (its preface cites 「<…格式>」, no page header)', () => {
    const f = findings('i015.txt').filter((x) => x.rule === 'F-TITLE');
    expect(f.map((x) => x.actual)).toEqual(['2025年拉萨市财政局政府信息公开工作年度报告']);
    expect(f[0].message).toContain('年份写在机关名称之前');
  });
  it('a title 「2025年某某县财政局政府信息公开工作年度报告」 is faulted too; 「某某县财政局2025年…」 is not', () => {
    const t = (title: string) => checkReport(parseText(`${title}\n一、总体情况\n2025年主动公开信息10条。`)).filter((x) => x.rule === 'F-TITLE');
    expect(t('2025年某某县财政局政府信息公开工作年度报告').map((x) => x.message).join()).toContain('年份写在机关名称之前');
    expect(t('某某县财政局2025年政府信息公开工作年度报告')).toEqual([]);
  });
});

describe('sections numbered like sub-headings', () => {
  it('i021: 「(一)总体情况」…「(二)主动公开政府信息的情况」 open sections 一 and 二, each an F-HEADINGS on its numbering; 一\'s sums are read', () => {
    const f = findings('i021.txt');
    const heads = f.filter((x) => x.rule === 'F-HEADINGS');
    expect(heads.map((x) => x.where.section)).toEqual([1, 2]);
    expect(heads[1].message).toContain('编号写作「（二）」');
    expect(f.some((x) => x.rule === 'N-SELF-CONTRADICT' && /6931/.test(x.message))).toBe(true);
  });
  it('g035: under 「一、报告内容」 the (一)(二) lines are its parts, not sections', () => {
    expect(findings('g035.txt').filter((x) => x.rule === 'F-HEADINGS' && String(x.actual).startsWith('(一)'))).toEqual([]);
  });
});

describe('narrative sums: a count after the list is the next topic', () => {
  it('i016: 「文件共36个,其中府任13个…行政规范性文件7个,发布…公报4期」 — 34 is not 36', () => {
    expect(findings('i016.txt').some((x) => x.rule === 'N-SELF-CONTRADICT' && /36个/.test(x.message))).toBe(true);
  });
  it('a count of another measure inside the list still keeps it open', () => {
    const f = inSection1('2024年,公开文件共36个,其中府发13个、印发通知4期、府办发6个。').filter((x) => x.rule === 'N-SELF-CONTRADICT');
    expect(f).toEqual([]);
  });
});

describe('N-STALE-REF: the 2019 notice\'s name on the 2021 number', () => {
  it.each([['j026.txt'], ['b094.txt']])('%s: 「…年度报告有关事项的通知》(国办公开办函〔2021〕30号)」', (file) => {
    expect(findings(file).filter((x) => x.rule === 'N-STALE-REF' && /名称与文号不符/.test(x.message)).length).toBe(1);
  });
  it('the 2021 notice under its own name is left alone', () => {
    const f = inSection1('根据《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)编制本报告。');
    expect(f.filter((x) => x.rule === 'N-STALE-REF')).toEqual([]);
  });
});

describe('N-FOREIGN-ENTITY: a township speaking as a department', () => {
  it('j004: a 街道 writing 「本部门按照《条例》…」 is a warning', () => {
    const f = findings('j004.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY' && x.actual === '本部门');
    expect(f.map((x) => x.severity)).toEqual(['W']);
  });
});

describe('level: a prefecture (地区) is no district', () => {
  it('i023: 「大兴安岭地区」 is a 市级政府', () => {
    expect(parsed('i023.txt').meta.level).toBe('市级政府');
  });
});

describe('P-DUP: a clause typed twice, and doubles that are correct', () => {
  const dup = (f: string) => findings(f).filter((x) => x.rule === 'P-DUP').map((x) => x.evidence.quote ?? '');
  it('k031: 「行政处罚信息0条,行政处罚信息0条」', () => {
    expect(dup('k031.txt').some((q) => q.includes('行政处罚信息0条,行政处罚信息0条'))).toBe(true);
  });
  it.each([
    ['i024.txt', 'an info box\'s two equal dates 「• 2021-01-05」'],
    ['j028.txt', '「区工委委员」'],
    ['l016.txt', '「疏勒县人民政府政府信息公开工作」'],
  ])('%s: %s is no duplicate', (file) => {
    expect(dup(file)).toEqual([]);
  });
});

describe('N-ARTIFACT: a site named with its lost address', () => {
  it('l024: 「…门户网站()下载」 is a lost link, not a blank', () => {
    const f = findings('l024.txt').filter((x) => ['N-ARTIFACT', 'N-PLACEHOLDER'].includes(x.rule) && x.actual === '()');
    expect(f.map((x) => x.rule)).toEqual(['N-ARTIFACT']);
  });
  it('「联系人:( )」 elsewhere stays an empty blank (N-PLACEHOLDER)', () => {
    expect(inSection1('2024年主动公开信息10条,联系人:( )。').filter((x) => x.rule === 'N-PLACEHOLDER').length).toBe(1);
  });
});

describe('narrative sums: a list after 「内容包括」', () => {
  it('k027: 「通过网站公开信息346条,内容包括…240条…1条…36条…70条」 makes 347', () => {
    expect(findings('k027.txt').some((x) => x.rule === 'N-SELF-CONTRADICT' && x.actual === 346)).toBe(true);
  });
  it('a bracketed list right after a count is its breakdown; 「(含转载10条)」 is not', () => {
    const sc = (s: string) => inSection1(s).filter((x) => x.rule === 'N-SELF-CONTRADICT').map((x) => x.actual);
    expect(sc('2024年,发布栏目信息4篇(部门计划2篇,招商政策6篇,项目推介7篇)。')).toEqual([4]);
    expect(sc('2024年,发布栏目信息40篇(含转载10篇)。')).toEqual([]);
  });
});

describe('F-PREFACE: parts listed twice, and prose that is no listing', () => {
  const pf = (f: string) => findings(f).filter((x) => x.rule === 'F-PREFACE').map((x) => x.message).join();
  it('l016: 「本报告由概述、总体情况、主动公开…」 lists 概述 as a part too many', () => expect(pf('l016.txt')).toContain('多列了「概述」'));
  it('l016: 「现就疏勒县人民政府2020年度…报告如下」 names the government without 现就', () => expect(parsed('l016.txt').meta.agency).toBe('疏勒县人民政府'));
  it('k029: a sentence of 一 about the work (「…办理依申请公开46件…」) is not a listing of parts', () => expect(pf('k029.txt')).toBe(''));
  it('「政府信息公开行政复议、行政诉讼情况」 stays one part', () => {
    const f = checkReport(parseText('X镇2024年政府信息公开工作年度报告\n本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。\n一、总体情况\n2024年主动公开信息10条。'));
    expect(f.filter((x) => x.rule === 'F-PREFACE')).toEqual([]);
  });
});

describe('N-SEC1-COVERAGE: 一 under the aspects\' own sub-headings, one missing', () => {
  const cov = (f: string) => findings(f).filter((x) => x.rule === 'N-SEC1-COVERAGE' && /分列小标题/.test(x.message));
  it('d017 (cut after 一\'s 「(三)监督保障情况」): 依申请公开 and 政府信息管理 come before it and are missing', () => {
    expect(String(cov('d017.txt')[0]?.expected)).toBe('依申请公开情况、政府信息管理情况');
  });
  it('i022: 「(一)…(二)依申请…(三)政府信息管理…(四)监督保障」 lacks 平台建设', () => {
    expect(String(cov('i022.txt')[0]?.expected)).toBe('政府信息公开平台建设情况');
  });
  it('a sub-heading under another name, or the aspect\'s name written in 一, may cover it', () => {
    const one = (s: string) => checkReport(parseText(`X镇2024年政府信息公开工作年度报告\n一、总体情况\n${s}\n二、主动公开政府信息情况\n略`)).filter((x) => /分列小标题/.test(x.message));
    expect(one('（一）主动公开情况。公开信息10条。\n（二）依申请公开情况。未收到申请。\n（三）强化组织领导。成立领导小组。\n（四）监督保障情况。开展培训2次。')).toEqual([]);
    expect(one('（一）主动公开情况。公开信息10条，在平台建设上开设专栏。\n（二）依申请公开情况。未收到申请。\n（三）监督保障情况。开展培训2次。').map((x) => x.expected)).toEqual(['政府信息管理情况']);
  });
});

describe('proofreading: dates, 「截至目前」 and title marks (batches c–l)', () => {
  const q = (f: string, rule: string) => findings(f).filter((x) => x.rule === rule).map((x) => x.message).join('\n');
  it.each([['d005.txt'], ['f052.txt'], ['i012.txt']])('%s: a space typed inside a date', (file) => expect(q(file, 'P-DATE')).toContain('日期中间多了空格'));
  it.each([['e049.txt'], ['k039.txt'], ['l034.txt']])('%s: 「截至目前」 with a count', (file) => expect(q(file, 'P-DATE')).toContain('截至目前'));
  it('g005: 「《…关于印发中华人民共和国…格式》的通知」 closes before 的通知; g039: 《…《…》的通知》', () => {
    expect(q('g005.txt', 'P-BRACKET')).toContain('书名号在「的通知」之前就已结束');
    expect(q('g039.txt', 'P-BRACKET')).toContain('内层应为〈〉');
  });
  it('g004: 「联系(地址:…28号;邮编:…)」 in a long line is one piece, its brackets balanced', () => {
    expect(q('g004.txt', 'P-BRACKET')).toBe('');
  });
  it('a page that spaces every date, 「截至目前」 without a count, and 《…〈…〉的通知》 are left alone', () => {
    const p = (s: string) => inSection1(s).filter((x) => ['P-DATE', 'P-BRACKET'].includes(x.rule));
    expect(p('统计期限为2023 年 1 月 1 日至 2023 年 12 月 31 日。截至目前，各项工作进展顺利。')).toEqual([]);
    expect(p('根据《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》编制。')).toEqual([]);
  });
});

describe('F-LABELS: characters dropped from a column label', () => {
  it.each([['h013.txt'], ['j025.txt']])('%s: 「本年发件」 for 「本年制发件数」', (file) => {
    expect(findings(file).filter((x) => x.rule === 'F-LABELS').map((x) => x.actual)).toContain('本年发件');
  });
});

describe('batches m and n: 占比 and 新条例', () => {
  it('m032: 「信息公开年报1条,占比1.1%」 of 80 is 1.25%', () => {
    expect(findings('m032.txt').some((x) => x.rule === 'N-SELF-CONTRADICT' && /1\.1%/.test(x.message))).toBe(true);
  });
  it('m008: 「(以下简称新条例)」 in a 2024 report', () => {
    expect(findings('m008.txt').filter((x) => x.rule === 'N-STALE-REF').map((x) => x.actual)).toContain('新条例');
  });
});

describe('the page\'s 发布日期 apart from the 落款', () => {
  const page = (signed: string, published: string) =>
    `某某县卫生健康局2024年政府信息公开工作年度报告\n发布日期：${published}\n一、总体情况\n2024年主动公开信息10条。\n某某县卫生健康局\n${signed}`;
  it('a report signed in January but put on the page in March was published late (a department: 31 January)', () => {
    const r = parseText(page('2025年1月20日', '2025-03-05'));
    expect([r.meta.date, r.meta.published]).toEqual(['2025-01-20', '2025-03-05']);
    const d = checkReport(r).filter((x) => x.rule === 'D-DEADLINE');
    expect(d.map((x) => x.actual)).toEqual(['2025-03-05']);
    expect(d[0].message).toContain('网页发布日期');
  });
  it('both in time: no finding', () => {
    expect(checkReport(parseText(page('2025年1月20日', '2025-01-22'))).filter((x) => x.rule === 'D-DEADLINE')).toEqual([]);
  });
});

describe('P-VAGUE-COUNT: 「N余次」', () => {
  it.each([['m003.txt', '100余次'], ['n034.txt', '20余次']])('%s: 「%s」 of what was done', (file, what) => {
    expect(findings(file).filter((x) => x.rule === 'P-VAGUE-COUNT').map((x) => x.message).join()).toContain(what);
  });
  it('「召开专题会议10余次」 is how often people met: left alone', () => {
    expect(inSection1('2024年，召开专题会议10余次，主动公开信息120条。').filter((x) => x.rule === 'P-VAGUE-COUNT')).toEqual([]);
  });
});

describe('P-TYPO without a model: 截止 for 截至', () => {
  it('「截止2024年12月31日」 and 「截止目前」 are 截至; 「截止日期」 is a deadline', () => {
    const t = (s: string) => inSection1(s).filter((x) => x.rule === 'P-TYPO').map((x) => x.actual);
    expect(t('截止2024年12月31日，我镇主动公开信息120条。')).toEqual(['截止']);
    expect(t('截止目前，我镇主动公开信息120条。')).toEqual(['截止']);
    expect(t('申请截止日期为每月5日，截至2024年12月31日共受理3件。')).toEqual([]);
  });
});

describe('P-TYPO without a model: words the DEV labels fault', () => {
  const t = (s: string) => inSection1(s).filter((x) => x.rule === 'P-TYPO').map((x) => `${x.actual}→${x.expected}`);
  it.each([
    ['受理申请12件(含上年度转结),均按期答复。', '转结→结转'],
    ['建全信息发布日常巡查机制。', '建全→健全'],
    ['如对本报告存有疑异,请与办公室联系。', '疑异→疑义'],
    ['9月分发布了年度计划。', '月分→月份'],
  ])('「%s」', (s, want) => expect(t(s)).toEqual([want]));
  it('「搭建全面及时的平台」「构建全方位格局」「按月分类」 are right', () => {
    expect(t('搭建全面及时、准确的信息发布平台，构建全方位对外开放新格局，按月分类整理。')).toEqual([]);
  });
});

describe('N-PLACEHOLDER: a name withheld is no blank', () => {
  const ph = (s: string) => inSection1(s).filter((x) => x.rule === 'N-PLACEHOLDER').map((x) => x.severity);
  it('「申请人张××申请公开…」「申请人：张××」 are warnings (a surname and its marks)', () => {
    expect(ph('申请人张××申请公开某文件。')).toEqual(['W']);
    expect(ph('申请人：张××，申请公开土地信息。')).toEqual(['W']);
  });
  it('「××镇」「XX月」「由XX负责」 stay errors', () => {
    expect(ph('××镇主动公开信息10条。')).toEqual(['E']);
    expect(ph('2024年XX月公开信息。')).toEqual(['E']);
    expect(ph('本机关由XX负责。')).toEqual(['E']);
  });
});

describe('P-VAGUE-COUNT: 超N, 约N without a unit, 余人次', () => {
  const v = (f: string) => findings(f).filter((x) => x.rule === 'P-VAGUE-COUNT').map((x) => x.message).join();
  it.each([['k037.txt', '约3000'], ['l032.txt', '超2800篇'], ['f056.txt', '120余人次']])('%s: 「%s」', (file, what) => expect(v(file)).toContain(what));
  it('「约15个工作日」 and 「超过期限」 are no counts', () => {
    expect(inSection1('平均答复时间约15个工作日，无超过期限答复的情况。').filter((x) => x.rule === 'P-VAGUE-COUNT')).toEqual([]);
  });
});

describe('a page in traditional characters, and a heading cut after its numeral', () => {
  it('o024 (a mirror site\'s traditional copy): read as simplified, its headings are the official ones; the note says so', () => {
    const p = parsed('o024.txt');
    expect(p.source.notes.map((n) => n.message).join()).toContain('繁体');
    expect(p.source.headings.map((h) => h.no)).toEqual(expect.arrayContaining([1, 2, 3]));
    expect(findings('o024.txt').filter((x) => x.rule === 'F-HEADINGS' && x.severity === 'E')).toEqual([]);
  });
  it('a simplified report with a few characters that are also traditional forms (乾, 著) is left as written', () => {
    const t = '某某镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n乾溪村显著改善，著力推进主动公开。2024年主动公开信息10条。';
    expect(parseText(t).source.text).toBe(t);
  });
  it('o024 ends on 「四、」: a heading cut after its numeral is no E; the same line inside a text is', () => {
    expect(findings('o024.txt').filter((x) => x.rule === 'F-HEADINGS').map((x) => x.message).join()).not.toContain('缺少标题文字');
    const whole = checkReport(parseText('某某镇人民政府2024年政府信息公开工作年度报告\n一、总体情况\n2024年主动公开信息10条。\n四、\n本年度无行政复议。\n五、存在的主要问题及改进情况\n问题。'));
    expect(whole.filter((x) => x.rule === 'F-HEADINGS' && x.severity === 'E').map((x) => x.message).join()).toContain('第四部分标题「四、」');
  });
});

describe('batches o–q, first classes', () => {
  const of = (f: string, rule: string) => findings(f).filter((x) => x.rule === rule);
  it('o030: a preface naming part five 「存在的主要问题及改进措施」 (the 2008 name) is F-PREFACE; 「…改进情况」 is not', () => {
    expect(of('o030.txt', 'F-PREFACE').map((x) => x.message).join()).toContain('改进措施');
    const t = (five: string) => checkReport(parseText(`本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、${five}、其他需要报告的事项等六部分组成。\n一、总体情况\n2024年主动公开信息10条。`)).filter((x) => x.rule === 'F-PREFACE');
    expect(t('存在的主要问题及改进情况')).toEqual([]);
  });
  it('q036 (重庆市, 省级): 「160万余条」 is vague even where a province counts in 万; 「842.13万条」 is not', () => {
    expect(of('q036.txt', 'P-VAGUE-COUNT').map((x) => x.evidence.quote).join()).toContain('160万余条');
    const t = checkReport(parseText('重庆市人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年，全市主动公开政府信息842.13万条。'));
    expect(t.filter((x) => x.rule === 'P-VAGUE-COUNT')).toEqual([]);
  });
  it('o014: 「5.1余条」 is quoted whole, not as 「1余条」', () => {
    const v = of('o014.txt', 'P-VAGUE-COUNT').map((x) => x.message).join();
    expect(v).toContain('「5.1余条」');
  });
  it('an excerpt cut inside 「新修订的《政府信息公」 in a 2021 report is still the stale name', () => {
    const t = checkReport(parseText('某某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年主动公开信息10条。严格执行新修订的《政府信息公'));
    expect(t.filter((x) => x.rule === 'N-STALE-REF').map((x) => x.message).join()).toContain('新修订');
  });
});

describe('P-DOCNO: a stray character before the serial, and no issuing body\'s code', () => {
  const docno = (t: string) => checkReport(parseText(`某某县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n${t}\n二、主动公开政府信息情况`)).filter((x) => x.rule === 'P-DOCNO').map((x) => x.message).join();
  it('q001 「便笺〔2025〕一43号」, q006 「(〔2025〕-007)」', () => {
    expect(findings('q001.txt').filter((x) => x.rule === 'P-DOCNO').map((x) => x.message).join()).toContain('一43号');
    expect(findings('q006.txt').filter((x) => x.rule === 'P-DOCNO').map((x) => x.message).join()).toContain('-007');
  });
  it('a whole 文号 in brackets is left alone; one opened by its year lacks the code', () => {
    expect(docno('按照《关于做好年报工作的通知》（某政办发〔2025〕43号）要求编制。')).toBe('');
    expect(docno('按照《关于做好年报工作的通知》（〔2025〕43号）要求编制。')).toContain('机关代字');
  });
});

describe('N-ARTIFACT: a 「?」 the page\'s encoding left at a line\'s end or start', () => {
  it('o015 「一、总体情况?」 and o013 「??(二)…」; a link\'s 「/?id=」 is no residue', () => {
    expect(findings('o015.txt').filter((x) => x.rule === 'N-ARTIFACT').map((x) => x.message).join()).toContain('?');
    expect(findings('o013.txt').filter((x) => x.rule === 'N-ARTIFACT').map((x) => x.message).join()).toContain('?');
    const t = checkReport(parseText('某某县人民政府2025年政府信息公开工作年度报告\n一、总体情况\n报告电子版见http://www.x.gov.cn/art?id=3\n二、主动公开政府信息情况'));
    expect(t.filter((x) => x.rule === 'N-ARTIFACT')).toEqual([]);
  });
});

describe('P-DUP: 计 doubled', () => {
  it('q019 「累计计发布信息331篇」', () => expect(findings('q019.txt').filter((x) => x.rule === 'P-DUP').map((x) => x.message).join()).toContain('计'));
});

describe('N-SELF-CONTRADICT: a whole list in the next sentence', () => {
  it('q001: 「…共计363条。其中…352条,…1条,…3条,…3条,…1条」 (360) means to be the whole and is short', () => {
    expect(findings('q001.txt').filter((x) => x.rule === 'N-SELF-CONTRADICT').map((x) => x.message).join()).toContain('363');
  });
  it('a list in the next sentence far short of its total names some kinds only', () => {
    const t = checkReport(parseText('某某县民政局2025年政府信息公开工作年度报告\n一、总体情况\n全年主动公开政府信息共计430条。其中机构职能27条，政策文件25条，规划计划23条，财政资金4条，工作动态58条。\n二、主动公开政府信息情况'));
    expect(t.filter((x) => x.rule === 'N-SELF-CONTRADICT')).toEqual([]);
  });
});

describe('batch r/s first-run false E', () => {
  it('r015: 「- 总体情况」 is a Markdown list item, its numbering drawn by the page', () => {
    expect(findings('r015.txt').filter((x) => x.rule === 'F-HEADINGS' && x.severity === 'E')).toEqual([]);
  });
  it('s015: 「按照洪山区2024年…年度报告编制有关要求」 names whose requirements, not the publisher (a 局)', () => {
    expect(parsed('s015.txt').meta.agency).not.toContain('按照');
    expect(findings('s015.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY' && x.severity === 'E')).toEqual([]);
  });
});

describe('N-FOREIGN-ENTITY: a superior\'s notice named by its title', () => {
  it('t018: 「《广西壮族自治区人民政府办公厅关于做好2023年…的通知》」 in 钦北区\'s preface is no other body\'s text', () => {
    expect(findings('t018.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY' && x.severity === 'E')).toEqual([]);
  });
});

describe('F-HEADINGS: a page saved from below its top', () => {
  it('v016 opens on 「(一)政府信息主动公开情况:…」: the missing 「一、总体情况」 is a warning', () => {
    const h = findings('v016.txt').filter((x) => x.rule === 'F-HEADINGS' && x.message.includes('第一部分'));
    expect(h.length).toBeGreaterThan(0);
    expect(h.every((x) => x.severity === 'W')).toBe(true);
  });
});

describe('N-FOREIGN-ENTITY: a verb the gazetteer knows as a street', () => {
  it('z024 (香蜜湖街道): 「持续联合街道各部门及9个社区」 names no 联合街道', () => {
    expect(findings('z024.txt').filter((x) => x.rule === 'N-FOREIGN-ENTITY' && x.message.includes('联合街道'))).toEqual([]);
  });
});

describe('P-BRACKET on an excerpt\'s last line', () => {
  it('y012 (cut line): 「二)强化平台建设」 still lacks its opening bracket; z003: 「…信息公开条》」 closes what never opened', () => {
    expect(findings('y012.txt').filter((x) => x.rule === 'P-BRACKET').map((x) => x.message).join()).toContain('二)');
    expect(findings('z003.txt').filter((x) => x.rule === 'P-BRACKET').map((x) => x.message).join()).toContain('条》');
  });
  it('an opening left unclosed by the cut is no finding', () => {
    const t = checkReport(parseText('某某县民政局2025年政府信息公开工作年度报告\n一、总体情况\n全年主动公开信息10条。\n认真落实《中华人民共和国政府信息公开'));
    expect(t.filter((x) => x.rule === 'P-BRACKET')).toEqual([]);
  });
});

describe('F-HEADINGS: from the preface straight to 「(一)…」', () => {
  it('q035, u028: no 「一、总体情况」 where 一 begins (a warning: the excerpt shows no more)', () => {
    for (const f of ['q035.txt', 'u028.txt']) {
      const h = findings(f).filter((x) => x.rule === 'F-HEADINGS' && x.message.includes('导语之后直接是'));
      expect(h).toHaveLength(1);
      expect(h[0].severity).toBe('W');
    }
  });
  it('a report with 「一、总体情况」 before its 「(一)」 has no such finding', () => {
    const t = checkReport(parseText('某某县民政局2025年政府信息公开工作年度报告\n根据《条例》编制本报告。\n一、总体情况\n(一)主动公开\n全年主动公开信息10条。'));
    expect(t.filter((x) => x.rule === 'F-HEADINGS' && x.message.includes('导语之后'))).toEqual([]);
  });
});

describe('sums: a total with words after it, its list in the next sentence', () => {
  it('v001: 「全年主动公开政府信息数465条,内容涉及…」 then 「其中…」 (464) is short', () => {
    expect(findings('v001.txt').filter((x) => x.rule === 'N-SELF-CONTRADICT').map((x) => x.message).join()).toContain('465');
  });
});

describe('F-TITLE: page chrome around the title', () => {
  it('c026: 「政府信息公开贵阳市2020年…」 is judged as 「贵阳市2020年…」; d009: a leading 「|」 is no part of it', () => {
    const t = (f: string) => findings(f).filter((x) => x.rule === 'F-TITLE').map((x) => x.message).join();
    expect(t('c026.txt')).toContain('「贵阳市」');
    expect(t('c026.txt')).not.toContain('政府信息公开贵阳市');
    expect(t('d009.txt')).not.toContain('「|');
  });
});

describe('F-TITLE: a body named by its short form', () => {
  const title = (f: string) => findings(f).filter((x) => x.rule === 'F-TITLE').map((x) => x.message).join('\n');
  it('aa012 「硚口区政府办公室」: 区政府 is 区人民政府', () => expect(title('aa012.txt')).toContain('硚口区人民政府'));
  it('aa026 / v001 「…卫生健康委」: 委员会', () => {
    expect(title('aa026.txt')).toContain('贵州省卫生健康委员会');
    expect(title('v001.txt')).toContain('信丰县卫生健康委员会');
  });
  it('aa009 「…开发区管委会」: 管理委员会', () => expect(title('aa009.txt')).toContain('管理委员会'));
  it('aa028 「…扎格斯台苏木」: a 苏木 is named by its 人民政府 like a 镇', () => expect(title('aa028.txt')).toContain('扎格斯台苏木人民政府'));
  it('a full name is left alone: 「某县卫生健康委员会」「某区人民政府办公室」', () => {
    for (const t of ['某县卫生健康委员会2024年政府信息公开工作年度报告', '某区人民政府办公室2024年政府信息公开工作年度报告'])
      expect(checkReport(parseText(`${t}\n一、总体情况\n本年度工作。`)).filter((x) => x.rule === 'F-TITLE')).toEqual([]);
  });
});

describe('F-PREFACE: the aspects of 一 given as the parts of the report', () => {
  it('aa008 / b085 / v029 「全文包括主动公开、依申请公开、政府信息管理、平台建设、监督保障…」', () => {
    for (const f of ['aa008.txt', 'b085.txt', 'v029.txt'])
      expect(findings(f).filter((x) => x.rule === 'F-PREFACE').map((x) => x.message).join(), f).toContain('几个方面当作全文的组成部分');
  });
  it('a preface listing the six parts is left alone', () => expect(findings('a010.txt').filter((x) => x.rule === 'F-PREFACE')).toEqual([]));
});

describe('narrative arithmetic: a part larger than its whole, shares no count can make, 若干', () => {
  const sc = (f: string) => findings(f).filter((x) => x.rule === 'N-SELF-CONTRADICT').map((x) => x.message).join('\n');
  it('ab025: 「共162条。其中…文件41条，…公众号发布信息293篇」: a part above the whole', () => expect(sc('ab025.txt')).toContain('比合计还大'));
  it('d020: 「其中微博943条，微信1336条」 divide the 2279 said just before, not the 539 before it', () => expect(sc('d020.txt')).not.toContain('比合计还大'));
  it('ab033: 77条 and 「政策法规占2%」: 1 is 1.3%, 2 is 2.6%', () => expect(sc('ab033.txt')).toContain('占2%'));
  it('e008: 17 of 551 is 3.085%, written 3.08% at two places — a cut-off, no error', () => expect(sc('e008.txt')).not.toContain('整数条数'));
  it('shares adding to more than 100%', () => {
    const fs = inSection1('全年公开信息40条，其中政策类占60%，动态类占50%。');
    expect(fs.filter((x) => x.rule === 'N-SELF-CONTRADICT').map((x) => x.message).join()).toContain('超过 100%');
  });
  it('ab018: 「其他渠道公开信息若干」 is a vague count; 「若干措施」 in a name is a word', () => {
    expect(findings('ab018.txt').filter((x) => x.rule === 'P-VAGUE-COUNT').map((x) => x.message).join()).toContain('信息若干');
    expect(inSection1('印发《关于促进经济发展的若干措施》。').filter((x) => x.rule === 'P-VAGUE-COUNT')).toEqual([]);
  });
});

describe('N-FOREIGN-ENTITY: a town in the office\'s own address', () => {
  it('ac034: 「地址:深圳市深汕特别合作区鹅埠镇创富路…」 is where the office sits', () => expect(errorsOf('ac034.txt', 'N-FOREIGN-ENTITY')).toEqual([]));
});

describe('batch ad classes', () => {
  it('ad022: 「2024,在县委、县政府…」 lost its 年 (P-DATE); 「2024年,」 has it', () => {
    expect(findings('ad022.txt').filter((x) => x.rule === 'P-DATE').map((x) => x.message).join()).toContain('2024,');
    expect(inSection1('2024年,我镇坚持公开为常态。').filter((x) => x.rule === 'P-DATE')).toEqual([]);
  });
  it('ad027: 「住建局 2025 年…」 names a department with no place', () => {
    expect(findings('ad027.txt').filter((x) => x.rule === 'F-TITLE').map((x) => x.message).join()).toContain('未写地名');
  });
});

describe('batch af classes', () => {
  it('af002: 「{{ errorMessage }}」 is the page\'s own template variable (N-ARTIFACT W), not a blank of the report (no E)', () => {
    expect(errorsOf('af002.txt', 'N-PLACEHOLDER')).toEqual([]);
    expect(findings('af002.txt').filter((x) => x.rule === 'N-ARTIFACT').map((x) => x.message).join()).toContain('{{ errorMessage }}');
    expect(errorsOf('a001.txt', 'N-PLACEHOLDER')).toEqual([]);
    expect(inSection1('本镇名称为{{单位名称}}。').filter((x) => x.rule === 'N-PLACEHOLDER' && x.severity === 'E')).toHaveLength(1);
  });
  it('af026: 「捕获2.PNG」 is a screenshot\'s file name left where the table was', () => {
    expect(findings('af026.txt').filter((x) => x.rule === 'N-ARTIFACT').map((x) => x.message).join()).toContain('捕获2.PNG');
  });
  it('af005: 「咸宁市气象部门」 is a sector, not the agency (F-TITLE), and a vertical department publishes by 31 January', () => {
    const fs = findings('af005.txt');
    expect(fs.filter((x) => x.rule === 'F-TITLE').map((x) => x.message).join()).toContain('行业统称');
    expect(fs.filter((x) => x.rule === 'D-DEADLINE').map((x) => x.message).join()).toContain('2023年1月31日');
  });
  it('af027: 「全年共收到依申请公开共9件」 says 共 twice; 「共同…共9件」 does not', () => {
    expect(findings('af027.txt').filter((x) => x.rule === 'P-DUP').map((x) => x.message).join()).toContain('共');
    expect(inSection1('坚持共同推进，全年公开信息共9条。').filter((x) => x.rule === 'P-DUP')).toEqual([]);
  });
});

describe('batch ai classes', () => {
  it('ai022: 「…公开信息83条。具体包括…」 breaks down the total of the sentence before (1+…+20=78 ≠ 83)', () => {
    expect(findings('ai022.txt').filter((x) => x.rule === 'N-SELF-CONTRADICT').map((x) => x.message).join()).toContain('78');
    const ok = inSection1('全年公开信息6条。具体包括通知公告2条，工作动态3条，其他信息1条。');
    expect(ok.filter((x) => x.rule === 'N-SELF-CONTRADICT')).toEqual([]);
  });
  it('ai004: 「2025年11日至1231日」 has lost both 月 (P-DATE twice); 「2025年1月1日至12月31日」 is fine', () => {
    expect(findings('ai004.txt').filter((x) => x.rule === 'P-DATE')).toHaveLength(2);
    expect(inSection1('本报告统计期限为2025年1月1日至12月31日。').filter((x) => x.rule === 'P-DATE')).toEqual([]);
  });
  it('ai002: 青州市 is a county-level city: its 统计局 is a 县级部门 (州 of 青州 is no prefecture); 临夏州 still is one', () => {
    expect(parsed('ai002.txt').meta.level).toBe('县级部门');
    expect(parseText('临夏州财政局2024年政府信息公开工作年度报告\n一、总体情况\n').meta.level).toBe('市级部门');
  });
});

describe('batch aj classes', () => {
  it('aj015: a superseded layout (一、基本情况 … 五、政府信息公开事务收费情况) is one F-HEADINGS error listing every heading', () => {
    const hs = errorsOf('aj015.txt', 'F-HEADINGS');
    expect(hs).toHaveLength(1);
    expect(hs[0].message).toContain('一、基本情况');
    expect(hs[0].message).toContain('五、政府信息公开事务收费情况');
  });
  it('aj001: 「现向社会公布2024年兴和县政府信息公开工作年度报告」 names the county (兴和 has 和 in it), not the contact office', () => {
    expect(parsed('aj001.txt').meta.level).toBe('县级政府');
    expect(parsed('aj001.txt').meta.agency).toMatch(/^兴和县/);
  });
  it('one or two rewritten headings are still each their own error', () => {
    const fs = checkReport(parseText('X镇2024年政府信息公开工作年度报告\n一、基本情况\n正文。\n二、主动公开政府信息情况\n正文。\n')).filter((x) => x.rule === 'F-HEADINGS' && x.severity === 'E');
    expect(fs.map((x) => x.evidence.quote)).toEqual(['一、基本情况']);
  });
});

describe('batch ak classes', () => {
  it('ak018: 「区自然资源局局认真落实…」 — the doubled 局 is the text\'s slip, not part of the agency\'s name', () => {
    expect(parsed('ak018.txt').meta.agency).not.toMatch(/局局$/);
    expect(parsed('ak018.txt').meta.agency).toMatch(/自然资源局$/);
  });
});

describe('batches al and am classes', () => {
  it('al010: 「结合X(以下简称“镇政府”)2025年度政府信息公开工作实际编制」 names the agency', () => {
    expect(parsed('al010.txt').meta.agency).toBe('遂溪县建新镇人民政府');
    expect(parsed('al010.txt').meta.level).toBe('乡镇');
  });
  it('am004: 「电子版可以从乌海市统计局门户网下载」 names a body that speaks as 我局', () => {
    expect(parsed('am004.txt').meta.agency).toBe('乌海市统计局');
  });
  it('al003: 「将区医保局…」 is no subject; 区医保局 is the contact line\'s 昭化区医疗保障局 spelled short', () => {
    expect(parsed('al003.txt').meta.agency).toBe('昭化区医疗保障局');
  });
  it('al013: a title naming the county is its government, not 「临洮县人民政府信息中心」 of the contact line', () => {
    expect(parsed('al013.txt').meta.level).toBe('县级政府');
    expect(parsed('al013.txt').meta.agency).toMatch(/^临洮县(人民政府)?$/);
  });
  const proof = (body: string, rule: string) => inSection1(body).filter((f) => f.rule === rule).map((f) => f.evidence.quote);
  it('P-DATE: a year opening a sentence with its 年 lost (al023 「2023受理…」), and 「于1225日」 (am007); 「2023版」 is fine', () => {
    expect(proof('全年工作有序。2023受理政府信息公开申请1件。', 'P-DATE').join()).toContain('2023受理');
    expect(proof('报告于1225日完成。', 'P-DATE').join()).toContain('1225日');
    expect(proof('印发《2023版公开目录》。', 'P-DATE')).toEqual([]);
  });
  it('P-DUP: 「历下区区人民政府」 (al014); 「区区几件」 alone is a word', () => {
    expect(proof('在济南市历下区区人民政府门户网站公开。', 'P-DUP').join()).toContain('区区');
    expect(proof('区区几件小事也认真办理。', 'P-DUP')).toEqual([]);
  });
  it('P-VAGUE-COUNT: 「政策文件近400个」 (al015); 「近3个月」 is a duration', () => {
    expect(proof('制发的政策文件近400个。', 'P-VAGUE-COUNT').join()).toContain('近400个');
    expect(proof('近3个月未发生投诉。', 'P-VAGUE-COUNT')).toEqual([]);
  });
  it('N-YEAR: 「截至2021年底,我镇尚无…申请」 in 三 of a 2022 report (al026)', () => {
    expect(findings('al026.txt').some((f) => f.rule === 'N-YEAR' && f.evidence.quote?.includes('截至2021年底'))).toBe(true);
  });
});

describe('batch an classes', () => {
  it('an023: 「1,113」 in a 表二 cell is a count grouped by thousands, not an invalid cell', () => {
    expect(errorsOf('an023.txt', 'CELL-INVALID').filter((f) => f.message.includes('1,113'))).toEqual([]);
  });
  it('an004: 中山市 is a prefecture-level city without counties (大连 has a 中山区): its bureaus are 市级部门', () => {
    expect(parsed('an004.txt').meta.level).toBe('市级部门');
    expect(parseText('东莞市审计局2024年政府信息公开工作年度报告\n一、总体情况\n').meta.level).toBe('市级部门');
    expect(parseText('大连市中山区教育局2024年政府信息公开工作年度报告\n一、总体情况\n').meta.level).toBe('县级部门');
  });
});

describe('batch ao classes', () => {
  it('ao027: a 街道 of the body\'s own county in its office address (「地址:习水县杉王街道办事处红二路…」) is where it sits', () => {
    expect(findings('ao027.txt').filter((f) => f.rule === 'N-FOREIGN-ENTITY' && f.message.includes('杉王'))).toEqual([]);
  });
  it('another county\'s town in an address is still another body (the rule stays)', () => {
    const fs = checkReport(parseText('习水县医疗保障局2021年政府信息公开工作年度报告\n一、总体情况\n请与本局联系(地址:龙游县古镛镇人民路1号)。\n'));
    expect(fs.some((f) => f.rule === 'N-FOREIGN-ENTITY')).toBe(true);
  });
});

describe('N-YEAR: this year\'s own report completed within the year', () => {
  it('a027: 「依法按时完成长通街道2024年政府信息公开年度报告」 in 2024\'s report should name 2023', () => {
    expect(findings('a027.txt').some((f) => f.rule === 'N-YEAR' && f.evidence.quote?.includes('按时完成长通街道2024年'))).toBe(true);
  });
  it('the preface naming this report (「及时发布2024年度政府信息公开工作报告」) and last year\'s report completed are fine', () => {
    const fs = (body: string) => checkReport(parseText(`X镇2024年政府信息公开工作年度报告\n一、总体情况\n${body}\n`)).filter((f) => f.rule === 'N-YEAR');
    expect(fs('全年按时完成2023年政府信息公开工作年度报告的编制和发布。')).toEqual([]);
  });
});

describe('review of the 2026-12-07 checker changes: no N-YEAR on correct sentences', () => {
  const nYear = (text: string) => checkReport(parseText(text)).filter((f) => f.rule === 'N-YEAR');
  it('a plan to complete this report in January (「将于2023年1月31日前完成2022年…报告的编制」)', () => {
    expect(nYear('X镇2022年政府信息公开工作年度报告\n一、总体情况\n我镇将于2023年1月31日前完成2022年政府信息公开工作年度报告的编制和发布。\n')).toEqual([]);
  });
  it('section 三 on applications carried in (「截至2021年12月31日,我镇尚有1件申请结转至本年度办理」)', () => {
    expect(nYear('X镇2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n三、收到和处理政府信息公开申请情况\n截至2021年12月31日,我镇尚有1件申请结转至本年度办理,已于本年办结。\n')).toEqual([]);
  });
});

describe('batch ap classes', () => {
  it('ap008: 「民族宗教宗教事务局」 in one sentence is a slip, not a fuller name than the preface\'s', () => {
    expect(parsed('ap008.txt').meta.agency).toBe('沙依巴克区民族宗教事务局');
  });
});

describe('batch aq classes', () => {
  it('aq021: 全州县 is a county (全 alone would be 「全县」)', () => {
    expect(parsed('aq021.txt').meta.level).toBe('县级政府');
    expect(parsed('aq021.txt').meta.agency).toMatch(/^全州县/);
  });
  it('aq010: a title naming the street is the street, not its 政务中心 from the page', () => {
    expect(parsed('aq010.txt').meta.level).toBe('街道');
    expect(parsed('aq010.txt').meta.agency).toMatch(/^黄金园街道(办事处)?$/);
  });
});

describe('batches at, av classes', () => {
  const rules = (text: string, rule: string) => checkReport(parseText(text)).filter((x) => x.rule === rule);
  it('at027: 「…领域信息共50余积极回应」 is a vague count with its unit left out (P-VAGUE-COUNT)', () => {
    expect(findings('at027.txt').some((x) => x.rule === 'P-VAGUE-COUNT' && /50余/.test(x.evidence?.quote ?? ''))).toBe(true);
  });
  it('in other words: 「累计发布文件120余，」 is vague; 「120余个工作日」 and 「余额」 are not', () => {
    expect(inSection1('本年度累计发布文件120余，均按时公开。').some((x) => x.rule === 'P-VAGUE-COUNT')).toBe(true);
    expect(inSection1('本年度共公开信息120条，平均办理时间为12个工作日，信息公开专项经费余额为0。').some((x) => x.rule === 'P-VAGUE-COUNT')).toBe(false);
  });
  it('av012: 「国办公开办函〔2022〕30号」 cites the format notice with the wrong year (P-DOCNO)', () => {
    expect(findings('av012.txt').some((x) => x.rule === 'P-DOCNO' && /〔2021〕30号/.test(x.message))).toBe(true);
  });
  it('in other words: 〔2020〕60号 is wrong, 〔2019〕60号 and 〔2021〕30号 are right', () => {
    const pre = (no: string) => `根据《政府信息公开工作年度报告格式》（国办公开办函${no}）要求，编制本报告。\n一、总体情况\n本年度主动公开信息50条。`;
    expect(rules(pre('〔2020〕60号'), 'P-DOCNO').length).toBe(1);
    expect(rules(pre('〔2019〕60号'), 'P-DOCNO')).toEqual([]);
    expect(rules(pre('〔2021〕30号'), 'P-DOCNO')).toEqual([]);
  });
  it('at003: a title whose words are scrambled (「…政府信息公开 工作告年度报」) is reported as garbled, and still names the town', () => {
    expect(findings('at003.txt').some((x) => x.rule === 'F-TITLE' && x.actual !== '缺失')).toBe(true);
    expect(parsed('at003.txt').meta.agency).toMatch(/七家子镇/);
  });
});

describe('review of the second 2026-12-07 checker changes', () => {
  const all = (text: string) => checkReport(parseText(text));
  it('the format notice with another year is one finding (P-DOCNO), not also a P-DATE', () => {
    const f = all('根据《政府信息公开工作年度报告格式》（国办公开办函〔2022〕30号）要求，编制本报告。\n一、总体情况\n本年度主动公开信息50条。');
    expect(f.filter((x) => /年报格式通知/.test(x.message)).map((x) => x.rule)).toEqual(['P-DOCNO']);
  });
  it('「共30余处」「共20余所」「共40余类」 count places and kinds with their unit: no P-VAGUE-COUNT of a lost unit', () => {
    expect(inSection1('设置政务公开栏共30余处，覆盖学校共20余所，信息种类共40余类。').filter((x) => x.rule === 'P-VAGUE-COUNT' && /余(?:处|所|类)/.test(x.evidence?.quote ?? ''))).toEqual([]);
  });
  it('a preface naming last year\'s report, a 2024 signoff and no other year: 2023, not the name\'s year', () => {
    const text = '依据条例，参照《青石镇2022年政府信息公开工作年度报告》编制本报告。\n一、总体情况\n本年度我镇主动公开信息120条。\n青石镇人民政府\n2024年1月20日';
    expect(parseText(text).meta.year).toBe(2023);
  });
});

describe('batch aw classes: what a mirror site did to the text', () => {
  it('aw026 / aw027: betting ads put in place of words are N-ARTIFACT', () => {
    expect(findings('aw026.txt').some((x) => x.rule === 'N-ARTIFACT' && /体育投注|备用网址/.test(x.message))).toBe(true);
    expect(findings('aw027.txt').some((x) => x.rule === 'N-ARTIFACT' && /足彩/.test(x.message))).toBe(true);
  });
  it('aw025: text decoded in the wrong character set (注音 letters, box lines) is N-ARTIFACT', () => {
    expect(findings('aw025.txt').some((x) => x.rule === 'N-ARTIFACT' && /乱码/.test(x.message))).toBe(true);
  });
  it('in other words: 「体育场馆」「体育运动」「彩票公益金」 and a table drawn with box lines are no artifact', () => {
    const f = inSection1('本年度公开体育场馆开放信息12条、全民体育运动信息8条、彩票公益金使用情况3条。');
    expect(f.filter((x) => x.rule === 'N-ARTIFACT')).toEqual([]);
    const boxed = inSection1('主动公开信息50条。\n┌──┬──┐\n│规章│0│\n└──┴──┘');
    expect(boxed.filter((x) => x.rule === 'N-ARTIFACT' && /乱码/.test(x.message))).toEqual([]);
  });
});

describe('third review: a report\'s own words are no ads', () => {
  it('「电力线路检测」「8个体育公园」「体育彩票网点」 raise no N-ARTIFACT', () => {
    const f = inSection1('今年组织开展电力线路检测和管网巡查，完成全区8体育公园建设，推进体育彩票网点规范管理。');
    expect(f.filter((x) => x.rule === 'N-ARTIFACT')).toEqual([]);
  });
});

describe('batches ba/bb (third 2026-12-07 session): ads, template brackets, long years', () => {
  it('bb022/bb023: an app\'s download ad and a card-game brand before an office\'s name are N-ARTIFACT', () => {
    expect(findings('bb022.txt').some((x) => x.rule === 'N-ARTIFACT' && /广告/.test(x.message))).toBe(true);
    expect(findings('bb023.txt').some((x) => x.rule === 'N-ARTIFACT' && /广告/.test(x.message))).toBe(true);
  });
  it('in other words: 「凤鸣棋牌县政府」 is an ad; 「规范棋牌室经营」「棋牌类体育赛事」「棋牌市场」「网络棋牌游戏赌博」「伟德东路」 are a report\'s own words', () => {
    expect(inSection1('全年在凤鸣棋牌县政府网站主动公开信息30条。').some((x) => x.rule === 'N-ARTIFACT')).toBe(true);
    expect(inSection1('全年规范棋牌室经营检查12次，举办棋牌类体育赛事2场，规范棋牌市场，查处网络棋牌游戏赌博案件3起，市棋牌协会办公室参与。').filter((x) => x.rule === 'N-ARTIFACT')).toEqual([]);
    expect(inSection1('地址：荣成市伟德东路9号。').filter((x) => x.rule === 'N-ARTIFACT')).toEqual([]);
  });
  it('ba006: 「《[具体地名]镇人民政府…指南》」 is a template\'s blank left in (N-PLACEHOLDER)', () => {
    expect(findings('ba006.txt').some((x) => x.rule === 'N-PLACEHOLDER' && /具体地名/.test(x.message))).toBe(true);
  });
  it('in other words: 「【填写单位名称】」 is a blank; 「[2024]」 in a 文号 is not', () => {
    expect(inSection1('本年度由【填写单位名称】负责信息公开。').some((x) => x.rule === 'N-PLACEHOLDER')).toBe(true);
    expect(inSection1('印发《实施方案》(政办发[2024]3号)。').filter((x) => x.rule === 'N-PLACEHOLDER')).toEqual([]);
  });
  it('ba028: 「至202020年12月31日止」 is a year with digits too many (P-DATE); 「2020年12月31日」 is not', () => {
    expect(findings('ba028.txt').some((x) => x.rule === 'P-DATE' && /多了数字/.test(x.message))).toBe(true);
    expect(inSection1('统计期限自2024年1月1日起至20244年12月31日止。').some((x) => x.rule === 'P-DATE')).toBe(true);
    expect(inSection1('统计期限自2024年1月1日起至2024年12月31日止。').filter((x) => x.rule === 'P-DATE')).toEqual([]);
  });
});

describe('meta: joint names and internal offices (batches ba/bb)', () => {
  it('bb019: 「广州市黄埔区人民政府 广州开发区管委会」 is ranked as the district\'s government', () => {
    expect(parsed('bb019.txt').meta.level).toBe('县级政府');
  });
  it('bb015: 「由福州市商务局信息公开工作办公室编制」 is the bureau\'s report', () => {
    expect(parsed('bb015.txt').meta.agency).toBe('福州市商务局');
  });
  it('ba022: a 苏木\'s 党政综合办公室 compiles the 苏木\'s report (乡镇, not 县级部门)', () => {
    expect(parsed('ba022.txt').meta).toMatchObject({ level: '乡镇' });
    expect(parsed('ba022.txt').meta.agency).not.toMatch(/办公室$/);
  });
  it('in other words: 「由宁海县民政局政务公开工作办公室编制」 names 宁海县民政局', () => {
    const text = '本报告由宁海县民政局政务公开工作办公室编制。\n一、总体情况\n2024年,我局认真落实条例。';
    expect(parseText(text).meta.agency).toBe('宁海县民政局');
  });
});

describe('batches bc/bd (third 2026-12-07 session): a flattened page, periods and publishers in other words', () => {
  it('bd013: a page flattened onto one line that opens on 「一、总体情况 2019年,…」 has that heading (no false F-HEADINGS E)', () => {
    expect(errorsOf('bd013.txt', 'F-HEADINGS')).toEqual([]);
  });
  it('in other words: a long one-line page opening on its first heading is cut at its headings', () => {
    const body = `一、总体情况 2024年,我镇${'认真落实条例要求，'.repeat(30)} 二、主动公开政府信息情况 全年主动公开信息120条。`;
    const nos = [...parseText(`X镇2024年政府信息公开工作年度报告\n日期:2025-01-20\n${body}`).sections.values()].map((x) => x.no);
    expect(nos).toEqual(expect.arrayContaining([1, 2]));
  });
  it('bc019/bc024: 「统计期限为202111日到20211231日止」 and 「内容涵盖2022年1月1日至12月31日期间」 give the year', () => {
    expect(parsed('bc019.txt').meta.year).toBe(2021);
    expect(parsed('bc024.txt').meta.year).toBe(2022);
  });
  it('bd029: 「现向社会公布钦州市钦北区审计局2023年度政府信息公开工作情况」 names the publisher', () => {
    expect(parsed('bd029.txt').meta.agency).toBe('钦州市钦北区审计局');
  });
  it('in other words: 「现公布鹤峰县统计局2024年度政府信息公开工作情况」 with 我局 elsewhere', () => {
    const text = '一、总体情况\n根据有关规定，现公布鹤峰县统计局2024年度政府信息公开工作情况。\n2024年,我局主动公开信息30条。';
    expect(parseText(text).meta.agency).toBe('鹤峰县统计局');
  });
});

describe('review of this session\'s checker and parser changes', () => {
  it('惠济区 is a district (its bureaus are 县级部门); only 经济区 is a word', () => {
    expect(classifyAgency('惠济区教育局', '').level).toBe('县级部门');
  });
  it('「结合国家税务总局芜湖市镜湖区税务局(以下简称…)」 (b094): the lead word 结合 is no part of the name', () => {
    expect(parsed('b094.txt').meta.agency).toBe('国家税务总局芜湖市镜湖区税务局');
  });
  it('「由山东省人民政府办公厅政务公开办公室编制」 is not cut to the 办公厅', () => {
    const text = '本报告由山东省人民政府办公厅政务公开办公室编制。\n一、总体情况\n2024年,我省主动公开信息1200条。';
    expect(parseText(text).meta.agency).not.toBe('山东省人民政府办公厅');
  });
});

describe('review: lead words and offices', () => {
  it('「和平区…(以下简称…)」「经开区…」 keep their first character', () => {
    const text = (name: string, abbr: string) => `${abbr}政府信息公开工作年度报告\n2024年,${name}(以下简称「${abbr}」)认真落实条例。\n一、总体情况\n全年主动公开信息20条。`;
    expect(parseText(text('和平区人力资源和社会保障局', '区人社局')).meta.agency).toBe('和平区人力资源和社会保障局');
    expect(parseText(text('经开区发展和改革委员会', '区发改委')).meta.agency).toBe('经开区发展和改革委员会');
  });
  it('「由北京市政府办公厅政务公开办公室编制」 is not cut to the 办公厅 either', () => {
    const text = '本报告由北京市政府办公厅政务公开办公室编制。\n一、总体情况\n2024年,我市主动公开信息1200条。';
    expect(parseText(text).meta.agency).not.toBe('北京市政府办公厅');
  });
});

describe('N-ARTIFACT: a mirror\'s ads put in place of words (2026-12-07, fourth session)', () => {
  it('「严格落实海棠直播公开」 (bj026), 「澳门金沙城中心:推进」 (bm010) and 「…办公室盛京棋牌大足区…」 are ads', () => {
    for (const f of ['bj026.txt', 'bm010.txt']) expect(findings(f).some((x) => x.rule === 'N-ARTIFACT')).toBe(true);
    expect(inSection1('我镇扎实推进海棠直播公开各项工作，全年主动公开信息41条。').some((x) => x.rule === 'N-ARTIFACT')).toBe(true);
    expect(inSection1('按照市政府办公室锦绣棋牌江宁区政府网站专栏要求，全年主动公开信息41条。').some((x) => x.rule === 'N-ARTIFACT')).toBe(true);
  });
  it('a report\'s own words stay: 「棋牌室」「海棠社区」「金沙镇」「澳门回归纪念」', () => {
    expect(inSection1('开展棋牌室专项整治，海棠社区、金沙镇设立公开栏，举办澳门回归纪念展，全年主动公开信息41条。').filter((x) => x.rule === 'N-ARTIFACT')).toEqual([]);
  });
});

describe('N-SELF-CONTRADICT: a count of kinds against the kinds listed (2026-12-07, fourth session)', () => {
  const said = (body: string) => inSection1(body).filter((x) => x.rule === 'N-SELF-CONTRADICT' && /所列只有/.test(x.message));
  it('real: 「…非物质文化遗产以及文博单位共六项」 lists five (ay007); 「4类46条，其中：…」 lists five (at022)', () => {
    for (const f of ['ay007.txt', 'at022.txt']) expect(findings(f).some((x) => x.rule === 'N-SELF-CONTRADICT' && /所列只有/.test(x.message))).toBe(true);
  });
  it('in other words: 「公开了机构概况、部门预算、人事任免以及招考信息共五类」 lists four', () => {
    expect(said('2024年，公开了机构概况、部门预算、人事任免以及招考信息共五类。')).toHaveLength(1);
    expect(said('全年公开信息3类30条，其中：工作动态20条、通知公告6条、政策文件3条、人事信息1条。')).toHaveLength(1);
  });
  it('what is no contradiction: a matching count, 「等」 with more kinds unnamed, 「近10类」, 「一项重要工作」, the report\'s parts, a count of items', () => {
    expect(said('2024年，公开了机构概况、部门预算、人事任免以及招考信息共四类。')).toEqual([]);
    expect(said('公开了机构概况、部门预算、人事任免等六类信息。')).toEqual([]);
    expect(said('公开了机构概况、部门预算、人事任免等近10类信息。')).toEqual([]);
    expect(said('把政务公开作为转变作风、提高效能、改善环境的一项重要工作。')).toEqual([]);
    expect(said('本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等六个方面。')).toEqual([]);
    expect(said('及时调整法律、行政法规、国务院决定设定的行政许可14项。')).toEqual([]);
  });
});

describe('N-FOREIGN-ENTITY: 「其中本镇」 is the report\'s own town (2026-12-07, fourth session)', () => {
  it('「其中本镇自主产生信息145条」 names no 中本镇; 「其中我乡」 no 中我乡', () => {
    expect(inSection1('全年发布信息230条，其中本镇自主产生信息145条、转载85条。').filter((x) => x.rule === 'N-FOREIGN-ENTITY')).toEqual([]);
    expect(inSection1('全年发布信息50条，当中我镇原创30条。').filter((x) => x.rule === 'N-FOREIGN-ENTITY')).toEqual([]);
  });
});

describe('N-ARTIFACT: encoding-lost 「?」 shown where each one is (2026-12-07, fifth session)', () => {
  const artifact = (text: string) => checkReport(parseText(text)).filter((x) => x.rule === 'N-ARTIFACT');
  it('real: 「政务服务保障。??」 at a paragraph end (bq007) and 「一、总体情况?」 after an earlier one (o015) are found', () => {
    expect(findings('bq007.txt').filter((x) => x.rule === 'N-ARTIFACT').map((x) => x.message).join()).toContain('政务服务保障。??');
    expect(findings('o015.txt').filter((x) => x.rule === 'N-ARTIFACT').map((x) => x.message).join()).toContain('一、总体情况?');
  });
  it('in other words: each lost character is shown with the words before it, a line of only 「??」 too', () => {
    const text = 'Y乡2024年政府信息公开工作年度报告\n一、总体情况?\n2024年，我乡认真落实条例。\n??\n（一）主动公开。全年公开信息52条。?\n';
    const msg = artifact(text).map((x) => x.message).join();
    expect(msg).toContain('一、总体情况?');
    expect(msg).toContain('公开信息52条。?');
  });
  it('what is no artifact: a question mark in a sentence, and a full-width question in a quoted question', () => {
    expect(artifact('Y乡2024年政府信息公开工作年度报告\n一、总体情况\n群众常问“低保怎么申请？”我们逐条答复。\n')).toEqual([]);
  });
});

describe('P-DATE: a date after a year word with its 月 lost (2026-12-07, fifth session)', () => {
  const dates = (body: string) => inSection1(body).filter((x) => x.rule === 'P-DATE');
  it('real: 「今年93日」 (bx007)', () => {
    expect(findings('bx007.txt').filter((x) => x.rule === 'P-DATE').map((x) => x.evidence.quote).join()).toContain('今年93日');
  });
  it('in other words: 「去年1231日前」 is a date without 月', () => {
    expect(dates('我局于去年1231日前完成了目录更新。')).toHaveLength(1);
  });
  it('what is no date: 「今年15日内答复」 is a span of days; 「今年9月3日」 is whole', () => {
    expect(dates('对申请人今年15日内答复。今年9月3日召开会议。')).toEqual([]);
  });
});

describe('N-FOREIGN-ENTITY: a site\'s word glued before the own name (2026-12-07, fifth session)', () => {
  it('real: 「…两江新区政府门户网站天宫殿街道办事处页面下载」 in 天宫殿街道\'s report names itself (by002)', () => {
    expect(errorsOf('by002.txt', 'N-FOREIGN-ENTITY')).toEqual([]);
  });
  it('in other words: 「可在区政府网站龙泉街道栏目查阅」 in 龙泉街道\'s report is its own name', () => {
    const mk = (s: string) => checkReport(parseText(`成都市龙泉驿区龙泉街道办事处2024年政府信息公开工作年度报告\n一、总体情况\n2024年，我街道认真落实条例。${s}`)).filter((x) => x.rule === 'N-FOREIGN-ENTITY');
    expect(mk('本报告电子版可在区政府网站龙泉街道办事处栏目查阅。')).toEqual([]);
  });
});

describe('N-ARTIFACT: a mirror\'s spam and glosses, a read-aloud button (2026-12-07, fifth session)', () => {
  const artifact = (body: string) => inSection1(body).filter((x) => x.rule === 'N-ARTIFACT');
  it('real: 「(二)188比分直播:方面」 (ca036), 「欧洲五大联赛:印发」 (cc027), 「我鎮(zhèn)按照」 (ca017), 「点击收听年报语音朗读」 (cd025)', () => {
    for (const f of ['ca036.txt', 'cc027.txt', 'ca017.txt', 'cd025.txt']) expect(findings(f).filter((x) => x.rule === 'N-ARTIFACT').length, f).toBeGreaterThan(0);
  });
  it('in other words: 「全面落实足球比分:条例要求」, 「我县(xiàn)扎实推进」, 「点击播放语音播报」 are found', () => {
    expect(artifact('全面落实足球比分:条例要求。')).toHaveLength(1);
    expect(artifact('我县(xiàn)扎实推进政务公开。')).toHaveLength(1);
    expect(artifact('点击播放语音播报\n我镇扎实推进政务公开。')).toHaveLength(1);
  });
  it('what is none: 「开展足球进校园活动」, 「(一)主动公开」, 「语音导航服务」', () => {
    expect(artifact('开展足球进校园活动。(一)主动公开方面，开通语音导航服务。')).toEqual([]);
  });
});

describe('N-ARTIFACT: a real question ending in an ASCII 「?」 is no lost character (second review)', () => {
  it('「申请政府信息公开要收费吗?」「下一步怎么办?」 are left alone', () => {
    expect(inSection1('群众常问：申请政府信息公开要收费吗?\n下一步怎么办?\n我镇逐一答复。').filter((x) => x.rule === 'N-ARTIFACT')).toEqual([]);
  });
});

describe('P-DATE: a year glued to a heading, a sentence opening on a date with its 月 lost (2026-12-07, sixth session)', () => {
  const dates = (f: string) => findings(f).filter((x) => x.rule === 'P-DATE').map((x) => x.message).join('\n');
  it('ce011 「（一）主动公开的内容2023,我单位…」: the year lost its 年', () => expect(dates('ce011.txt')).toContain('内容2023,'));
  it('e043 「…工作。528日,县政府办公室…」: the date lost its 月', () => expect(dates('e043.txt')).toContain('528日'));
  it('in other words: 「（二）依申请公开情况2024,本局…」「。1130日,召开…」 are found; 「共办理1130件,」 and 「30日,」 are not', () => {
    const p = (s: string) => inSection1(s).filter((x) => x.rule === 'P-DATE').map((x) => x.message).join('\n');
    expect(p('（二）依申请公开情况2024,本局共受理申请3件。')).toContain('年份后缺少「年」');
    expect(p('全年工作有序推进。1130日,召开专题会议。')).toContain('日期缺少「月」');
    expect(p('全年共办理1130件,均按时答复。')).toBe('');
    expect(p('全年工作有序推进。30日,召开专题会议。')).toBe('');
  });
});

describe('P-DATE: a count before a comma is no year (review, sixth session)', () => {
  it('「接听来电1988，」「累计发布2031，」 are not flagged', () => {
    const p = (s: string) => inSection1(s).filter((x) => x.rule === 'P-DATE');
    expect(p('全年接听来电1988，均已办结。')).toEqual([]);
    expect(p('全年累计发布2031，其中政策文件56条。')).toEqual([]);
  });
});

describe('P-BRACKET: an address ending in letters before 「)」 is no list item (cf036, sixth session)', () => {
  it('cf036 「…网http://www.suqian.gov.cn)政府信息公开年报专栏下载」 is found', () => {
    expect(findings('cf036.txt').filter((x) => x.rule === 'P-BRACKET').map((x) => x.message).join()).toContain('gov.cn)');
  });
  it('in other words: 「登录http://www.xx.gov.cn)查询」 is found; 「要求：a）学习 b）落实」 is not', () => {
    const p = (s: string) => inSection1(s).filter((x) => x.rule === 'P-BRACKET');
    expect(p('可登录本县门户网站http://www.lanxi.gov.cn)查询全文。').length).toBe(1);
    expect(p('工作分三步：a）学习文件；b）落实要求。')).toEqual([]);
  });
});

describe('P-DOCNO: 「﹝」 read as 〔, a year cut short (sixth session, batches ci and cj)', () => {
  const p = (s: string) => inSection1(s).filter((x) => x.rule === 'P-DOCNO').map((x) => x.message).join('\n');
  it('「按照国办公开办函﹝202130号」 lacks its 〕', () => expect(p('按照国办公开办函﹝202130号要求编制本报告。')).toContain('缺少「〕」'));
  it('「县政办发〔21〕5号」 has a year cut short; 「县政办发〔2021〕5号」 does not', () => {
    expect(p('根据《通知》(县政办发〔21〕5号)要求编制。')).toContain('年份不完整');
    expect(p('根据《通知》(县政办发〔2021〕5号)要求编制。')).toBe('');
  });
});

describe('F-NUMBERING: items under 一 numbered again from 一 are no renamed sections (ck027, sixth session)', () => {
  it('ck027 「一、总体情况 … 一、主动公开 … 二、依申请公开 … 三、政府信息管理」: one warning, no section-heading error', () => {
    const f = findings('ck027.txt');
    expect(f.filter((x) => x.rule === 'F-HEADINGS' && x.severity === 'E')).toEqual([]);
    expect(f.some((x) => x.rule === 'F-NUMBERING' && x.message.includes('一、主动公开'))).toBe(true);
  });
  it('in other words; a text whose next heading is 二 is no restart', () => {
    const text = (s: string) => checkReport(parseText(`X镇2024年政府信息公开工作年度报告\n一、总体情况\n2024年，我镇认真落实条例。\n${s}`));
    const restarted = text('一、公开内容\n全年公开信息60条。\n二、申请办理\n收到申请2件。\n三、主动公开政府信息情况\n表格略。');
    expect(restarted.some((x) => x.rule === 'F-NUMBERING' && x.message.includes('一、公开内容'))).toBe(true);
    expect(restarted.filter((x) => x.rule === 'F-HEADINGS' && x.severity === 'E' && x.message.includes('申请办理'))).toEqual([]);
    const renamed = text('二、公开内容\n全年公开信息60条。');
    expect(renamed.some((x) => x.rule === 'F-NUMBERING' && x.message.includes('又从'))).toBe(false);
  });
});

describe('N-ARTIFACT: more betting ads a mirror site injects (seventh session, batches cn, co, cp)', () => {
  const p = (s: string) => inSection1(s).filter((x) => x.rule === 'N-ARTIFACT').map((x) => x.message).join('\n');
  it('a Latin brand before 体育 or 官网, a betting word, one brand named as 平台 and 官网', () => {
    expect(p('2023年，我镇KYbet体育认真落实条例要求。')).toContain('广告文字');
    expect(p('坚持以mgm最新官网习近平新时代中国特色社会主义思想为指导。')).toContain('广告文字');
    expect(p('按照《新濠平台,新濠官网通知》要求，编制本报告。')).toContain('广告文字');
    expect(p('依据条例足彩网规定，现公布本报告。')).toContain('广告文字');
  });
  it('a report\'s own words are no ads: 文化娱乐场所, 体育局, NBA-free sports words', () => {
    expect(p('全年检查文化娱乐场所32家，公开执法结果。')).toBe('');
    expect(p('县体育局全年公开体育赛事信息15条，体育中心开放信息按月公开。')).toBe('');
    expect(p('通过政府网站、政务新媒体平台,政务新媒体平台同步发布。')).toBe('');
  });
});

describe('N-YEAR: the preface naming this very report is no report completed last year (cp005, seventh session)', () => {
  const p = (s: string) => inSection1(s).filter((x) => x.rule === 'N-YEAR').map((x) => x.message).join('\n');
  it('「…编制完成《X镇2024年…年度报告》(以下简称《报告》)」 in the 2024 report', () => {
    expect(p('结合我镇2024年工作实际，编制完成《X镇2024年政府信息公开工作年度报告》（以下简称《报告》）。')).toBe('');
  });
  it('still: 「按时完成2024年政府信息公开年度报告」 as this year\'s work in the 2024 report', () => {
    expect(p('全年依法按时完成X镇2024年政府信息公开工作年度报告的编制和发布。')).toContain('上一年度报告');
  });
});

describe('review (seventh session): the betting-ad and self-named-report rules leave a report\'s own words alone', () => {
  const rules = (s: string) => inSection1(s).filter((x) => x.rule === 'N-ARTIFACT' || x.rule === 'N-YEAR').map((x) => x.rule);
  it('sports and culture words of a report are no ads', () => {
    expect(rules('开设VR体育课，举办NBA体育嘉年华观赛活动，全年赛事体育直播8场。')).toEqual([]);
    expect(rules('新增文化娱乐场地12处，“掌上政务”APP官网同步更新，支持教师申博深造。')).toEqual([]);
  });
  it('「本报告」 later in the sentence does not excuse last year\'s report dated this year', () => {
    expect(rules('全年依法按时完成X镇2024年政府信息公开工作年度报告的发布，本报告全文可在网站查阅。')).toContain('N-YEAR');
  });
});

describe('F-HEADINGS: a missing heading quotes the place it belongs, in the report\'s own words (cq016, eighth session)', () => {
  it('a preface running straight into 表二: both missing headings quote the line the table starts on', () => {
    const text = 'X局2020年政府信息公开工作年度报告\n根据条例要求，现将我局2020年度政府信息公开情况报告如下。\n第二十条第(一)项\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n规章 | 0 | 0 | 0\n规范性文件 | 2 | 2 | 19\n';
    const hs = checkReport(parseText(text)).filter((f) => f.rule === 'F-HEADINGS' && f.severity === 'E');
    expect(hs.length).toBeGreaterThan(0);
    for (const h of hs) expect(text).toContain(h.evidence.quote!.replace(/…$/, '').split(' ')[0]);
  });
});

describe('N-YEAR: this year\'s work opened on another year, in 一 to 四 (at002, bw007, bd023; ninth session)', () => {
  const report = (body: string) => checkReport(parseText(`X镇2024年政府信息公开工作年度报告\n${body}`)).filter((x) => x.rule === 'N-YEAR').map((x) => x.evidence.quote ?? '');
  const sec = (one: string, three = '本年度未收到政府信息公开申请。') => report(`一、总体情况\n${one}\n二、主动公开政府信息情况\n见下表。\n三、收到和处理政府信息公开申请情况\n${three}\n`);
  it('last year with a count and no work verb: 「2023年,我镇通过县政府网站发布信息61条」', () => {
    expect(sec('2023年,我镇通过县政府网站发布信息61条。2024年,我镇坚持公开为常态。').join()).toContain('2023年,我镇通过');
  });
  it('next year told as done, when this year opens more sentences: 「2025年,X镇人民政府严格按照…」', () => {
    expect(sec('2025年,X镇人民政府严格按照条例要求推进公开工作。2024年,我镇发布信息40条。2024年,我镇回应关切3次。').join()).toContain('2025年,X镇');
  });
  it('a year run into its subject in 三: 「2023年我镇未收到信息公开申请」', () => {
    expect(sec('2024年,我镇坚持公开为常态。', '2023年我镇未收到信息公开申请。').join()).toContain('2023年我镇');
  });
  it('still: next year as a plan, carried-over applications, a comparison, a body that is all next year', () => {
    expect(sec('2025年,我镇将进一步规范公开工作。2024年,我镇发布信息40条。')).toEqual([]);
    expect(sec('2024年,我镇坚持公开为常态。', '2023年结转的2件申请已于本年办结。')).toEqual([]);
    expect(sec('2023年我镇公开信息50条，比上年增加。')).toEqual([]);
    expect(sec('2025年,我镇严格按照条例推进公开。2025年,我镇发布信息40条。')).toEqual([]);
  });
});

describe('N-STALE-REF: 「新修订后的《条例》」 and a cut citation after 2020 (ad004, br030; ninth session)', () => {
  const stale = (body: string) => checkReport(parseText(`X县民政局2023年政府信息公开工作年度报告\n一、总体情况\n${body}`)).filter((x) => x.rule === 'N-STALE-REF').map((x) => x.actual);
  it('「新修订后的《中华人民共和国政府信息公开条例》」', () => {
    expect(stale('全年严格执行新修订后的《中华人民共和国政府信息公开条例》，公开信息80条。').join()).toContain('新修订后的');
  });
  it('an excerpt cut inside the title: 「认真贯彻新修订的《中华人民共」', () => {
    expect(stale('全年公开信息80条，认真贯彻新修订的《中华人民共').length).toBe(1);
  });
  it('still: 「修订后的《条例》」 with no 新, and 新修订 of some other rule mid-text', () => {
    expect(stale('按照修订后的《中华人民共和国政府信息公开条例》要求，公开信息80条。')).toEqual([]);
    expect(stale('对照新修订的《档案法》要求整理档案，公开信息80条。')).toEqual([]);
  });
});

describe('F-TITLE: 「X乡政府」「X镇政府」 is a short name (bi015, al027; ninth session)', () => {
  const title = (t: string) => checkReport(parseText(`${t}\n一、总体情况\n2024年，我乡公开信息30条。\n`)).filter((x) => x.rule === 'F-TITLE').map((x) => x.message).join();
  it('「青石乡政府2024年政府信息公开工作年度报告」 names the full 「青石乡人民政府」', () => {
    expect(title('青石乡政府2024年政府信息公开工作年度报告')).toContain('青石乡人民政府');
  });
  it('still: 「青石乡人民政府2024年政府信息公开工作年度报告」 is right', () => {
    expect(title('青石乡人民政府2024年政府信息公开工作年度报告')).toBe('');
  });
});

describe('review (ninth session): N-YEAR leaves last year\'s cases and next year\'s plans alone', () => {
  const years = (body: string) => checkReport(parseText(`X镇2024年政府信息公开工作年度报告\n${body}`)).filter((x) => x.rule === 'N-YEAR').map((x) => x.evidence.quote ?? '');
  it('四: a review filed last year and decided this year; 三: last year compared with this', () => {
    expect(years('四、政府信息公开行政复议、行政诉讼情况\n2023年，申请人不服我镇答复申请行政复议1件，本年复议机关维持原答复。\n')).toEqual([]);
    expect(years('三、收到和处理政府信息公开申请情况\n2023年我镇收到申请2件，本年度收到申请5件，均已按时答复。\n')).toEqual([]);
  });
  it('一: 「2025年，我镇继续深化…」 is next year\'s plan', () => {
    expect(years('一、总体情况\n2024年，我镇公开信息40条。2024年，我镇回应关切3次。2025年，我镇继续深化基层政务公开。\n')).toEqual([]);
  });
});

describe('N-ARTIFACT: page chrome is one finding naming every line of it (tenth session)', () => {
  const page = (head: string, body = '2024年，我镇公开信息30条。') => checkReport(parseText(`${head}\nX镇2024年政府信息公开工作年度报告\n一、总体情况\n${body}\n`)).filter((x) => x.rule === 'N-ARTIFACT');
  it('ck018 / dg025-like: a breadcrumb, a view counter and the font buttons, each line named once', () => {
    const f = page('您现在所在的位置: 网站首页 > 政府信息公开\n信息来源:某某镇 浏览次数:   【字体: 大 中 小】\n[关闭本页]');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('W');
    for (const piece of ['网站首页', '浏览次数', '关闭本页']) expect(f[0].message).toContain(piece);
  });
  it('co009 / ch017-like: accessibility toggles together on a line, a welcome banner, the page date with its weekday', () => {
    expect(page('开启无障碍 开启长者助手')).toHaveLength(1);
    expect(page('欢迎访问某某区人民政府网站! 今天是:')).toHaveLength(1);
    expect(page('2019年12月3日星期二')).toHaveLength(1);
  });
  it('still: a report speaking of 无障碍, 适老化, printing or a visit count in its own sentences', () => {
    expect(page('', '2024年，我镇完成网站无障碍和适老化改造，印发打印版公开指南200份，网站全年访问量达12万人次。')).toEqual([]);
    expect(page('', '政务大厅设置简体、繁体两种版本的公开指南。')).toEqual([]);
  });
});

describe('N-YEAR: 「今年以来」「截至目前」 name no year in a report read the next year (tenth session; ai001, ch034)', () => {
  const vague = (body: string) => checkReport(parseText(`X镇2023年政府信息公开工作年度报告\n一、总体情况\n${body}\n`)).filter((x) => x.rule === 'N-YEAR');
  it('「今年来，依托公众号发布信息120条」 is one warning naming 2023', () => {
    const f = vague('今年来，依托公众号发布信息120条。到目前为止，公开工作运行平稳。');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('W');
    expect(f[0].message).toContain('2023年');
  });
  it('still: a plan (「今年将…」), a comparison with this year, and 「2023年以来」', () => {
    expect(vague('今年将继续深化公开。与今年同期相比增长明显。2023年以来，我镇公开信息120条。')).toEqual([]);
  });
});

describe('review (tenth session): page chrome and vague years leave a report\'s own sentences alone', () => {
  const art = (body: string) => checkReport(parseText(`X区2023年政府信息公开工作年度报告\n一、总体情况\n${body}\n`)).filter((x) => x.rule === 'N-ARTIFACT');
  const year = (body: string) => checkReport(parseText(`X区2023年政府信息公开工作年度报告\n一、总体情况\n${body}\n`)).filter((x) => x.rule === 'N-YEAR');
  it('sentences with a colon, a 首页 path, a welcome or a weekday are the report\'s own', () => {
    for (const line of ['2023年，区政府门户网站总访问量：29454460次。', '（一）网站建设。全年网站访问量：125万人次，发布信息3000条。', '本报告电子版可在区人民政府门户网站首页→政务公开→年报栏目查阅下载。', '欢迎访问区人民政府门户网站，查阅更多政府信息。', '2023年5月15日星期一，我区召开政务公开工作推进会。', '（三）档案保存：全年归档政府信息公开材料120份。', '打印：全年印发政策解读材料500份。'])
      expect(art(line), line).toEqual([]);
  });
  it('still: chrome on a long line or broken across lines, quoted as it stands in the text', () => {
    const long = `${'发布机构:某某镇人民政府办公室综合服务中心党政综合办公室 '.repeat(2)}字体:[ ] 浏览次数:12`;
    const f = art(long);
    expect(f).toHaveLength(1);
    expect(long).toContain(f[0].evidence.quote!);
    expect(art('用微信扫描二维码\n分享至好友和朋友圈')).toHaveLength(1);
  });
  it('「截至目前，2023年…」 names the year; a stock 「截至目前，现行有效…」 is counted at the time of writing', () => {
    expect(year('截至目前，2023年我区公开行政规范性文件2件。截至目前，现行有效行政规范性文件19件。')).toEqual([]);
  });
  it('still: 「截至目前，我区公开信息120条」 is told to write 「截至2023年12月31日」', () => {
    expect(year('截至目前，我区公开信息120条。').map((x) => x.message).join()).toContain('截至2023年12月31日');
  });
});

describe('N-FOREIGN-ENTITY: a township speaking as 「我部门」 (ba008, ca027; tenth session)', () => {
  const foreign = (title: string, body: string) => checkReport(parseText(`${title}\n一、总体情况\n${body}\n`)).filter((x) => x.rule === 'N-FOREIGN-ENTITY');
  it('「我部门未收到政府信息公开申请」 in a 镇 report is a warning', () => {
    const f = foreign('青石县白沙镇人民政府2023年政府信息公开工作年度报告', '2023年，白沙镇公开信息40条。我部门未收到政府信息公开申请。');
    expect(f.map((x) => [x.severity, x.actual])).toEqual([['W', '我部门']]);
  });
  it('still: a department\'s own 「我部门」', () => {
    expect(foreign('青石县民政局2023年政府信息公开工作年度报告', '2023年，我部门公开信息40条。')).toEqual([]);
  });
});
