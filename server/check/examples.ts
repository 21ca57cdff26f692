// A real example each rule catches and a real correct text it leaves alone, quoted verbatim from the corpus
// (corpus/real, corpus/reports, corpus/seeds). tests/check/catalogue.test.ts checks every quote exists in its source
// and that the rule fires on the example and not on the counter-example.

export interface RuleExample {
  /** Corpus file the quote is taken from: 「real/a002.txt」「seeds/…」「reports/r028.txt」. */
  source: string;
  /** The text as published (ASCII punctuation as the corpus normalised it). */
  quote: string;
  /**
   * How the example is shown: 'file' — the whole source report is checked (the finding quotes this text);
   * 'section' — the quote becomes section `section` of a clean report; 'cells' — the cells as written in the source
   * go into a clean report; 'previous' — last year's report had the same 一; 'model' — needs the LLM pass.
   */
  via: 'file' | 'section' | 'cells' | 'previous' | 'model';
  section?: number;
  cells?: Record<string, { value: number | null; raw?: string }>;
}

const GOOD = 'seeds/001_633163d6db5cefeb.txt';
const good = (quote: string): RuleExample => ({ source: GOOD, quote, via: 'file' });

export const EXAMPLES: Record<string, { example: RuleExample; counterExample: RuleExample }> = {
  'T3-BALANCE': {
    example: { source: 'reports/r033.txt', quote: '新受理政府信息公开申请17件,办结17件', via: 'cells', cells: { 't3.new.natural': { value: 17 }, 't3.new.total': { value: 17 } } },
    counterExample: good('一、本年新收政府信息公开申请数量'),
  },
  'T3-ROWSUM': {
    example: { source: 'reports/r033.txt', quote: '新受理政府信息公开申请17件', via: 'cells', cells: { 't3.new.natural': { value: 17 } } },
    counterExample: good('法人或其他组织'),
  },
  'T3-RESULTSUM': {
    example: { source: 'reports/r033.txt', quote: '办结17件', via: 'cells', cells: { 't3.r7.natural': { value: 17 } } },
    counterExample: good('(一)予以公开'),
  },
  'T4-SUM': {
    example: { source: GOOD, quote: '未经复议直接起诉', via: 'cells', cells: { 't4.direct.total': { value: 99 } } },
    counterExample: good('未经复议直接起诉'),
  },
  'CELL-INVALID': { example: { source: 'real/b041.txt', quote: '规章', via: 'file' }, counterExample: good('行政规范性文件') },
  'T2-FEE-UNIT': {
    example: { source: 'real/b125.txt', quote: '43.788万元', via: 'cells', cells: { 't2.fee.amount': { value: 43788 } } },
    counterExample: good('本年收费金额(单位:万元)'),
  },
  'F-VERSION': { example: { source: 'real/a006.txt', quote: '本年新制作数量', via: 'file' }, counterExample: good('本年制发件数') },
  'F-HEADINGS': { example: { source: 'real/a001.txt', quote: '一、概述', via: 'file' }, counterExample: good('一、总体情况') },
  'F-LABELS': { example: { source: 'real/a087.txt', quote: '采购项目数', via: 'file' }, counterExample: good('(二)部分公开(区分处理的,只计这一情形,不计其他情形)') },
  'F-TITLE': {
    example: { source: 'real/a014.txt', quote: '镇宁自治县政府2019年信息公开工作年度报告', via: 'file' },
    counterExample: good('酉阳土家族苗族自治县铜鼓镇人民政府2023年政府信息公开工作年度报告'),
  },
  'F-NUMBERING': { example: { source: 'seeds/000_6c268c3b3a656887.txt', quote: '（三）建立健全信息公开工作制度', via: 'file' }, counterExample: good('(三)政府信息管理情况') },
  'F-PREFACE': { example: { source: 'real/a001.txt', quote: '其他需要报告的事项等7个部分', via: 'file' }, counterExample: { source: 'real/a010.txt', quote: '其他需要报告的事项等六个部分组成', via: 'file' } },
  'N-TEXT-TABLE': {
    example: { source: 'reports/r033.txt', quote: '新受理政府信息公开申请17件', via: 'section', section: 1 },
    counterExample: good('本机关全年未发出收费通知书,未收取信息处理费。'),
  },
  'N-SELF-CONTRADICT': { example: { source: 'real/a001.txt', quote: '主动公开政府信息达18条', via: 'file' }, counterExample: good('我镇主动公开政府信息39条') },
  'N-YEAR': { example: { source: 'seeds/003_ce4c2bf3da69d030.txt', quote: '在2023年我镇', via: 'file' }, counterExample: good('2023年,铜鼓镇坚持以习近平新时代中国特色社会主义思想为指导') },
  'N-STALE-REF': {
    example: { source: 'real/a003.txt', quote: '学习新修订的《中华人民共和国政府信息公开条例》', via: 'file' },
    counterExample: good('本单位严格落实《中华人民共和国政府信息公开条例》要求,完成政务公开各项工作。'),
  },
  'N-FOREIGN-ENTITY': { example: { source: 'seeds/000_6c268c3b3a656887.txt', quote: '分中心', via: 'file' }, counterExample: good('2023年,铜鼓镇坚持以习近平新时代中国特色社会主义思想为指导') },
  'N-FEE-STATEMENT': { example: { source: 'real/b107.txt', quote: '六、其他需要报告的事项', via: 'file' }, counterExample: good('本机关全年未发出收费通知书,未收取信息处理费。') },
  'N-FEE-CONSISTENCY': {
    example: { source: GOOD, quote: '本机关全年未发出收费通知书,未收取信息处理费。', via: 'cells', cells: { 't3.r6_2.natural': { value: 1 }, 't3.r6_2.total': { value: 1 }, 't3.new.natural': { value: 1 }, 't3.new.total': { value: 1 }, 't3.r7.natural': { value: 1 }, 't3.r7.total': { value: 1 } } },
    counterExample: good('本机关全年未发出收费通知书,未收取信息处理费。'),
  },
  'N-SEC1-COVERAGE': { example: { source: 'real/a083.txt', quote: '汇报我镇2023年政府信息公开工作', via: 'file' }, counterExample: good('(五)监督保障情况') },
  'N-SEC5-VAGUE': { example: { source: 'real/b107.txt', quote: '无', via: 'section', section: 5 }, counterExample: good('政府信息公开工作中存在的主要问题') },
  'N-PLACEHOLDER': { example: { source: 'real/a082.txt', quote: '(具体网址)', via: 'section', section: 1 }, counterExample: good('本机关全年未发出收费通知书,未收取信息处理费。') },
  'N-ARTIFACT': { example: { source: 'real/b075.txt', quote: '扫一扫在手机打开当前页', via: 'file' }, counterExample: { source: 'real/a010.txt', quote: '一、总体情况', via: 'file' } },
  'N-GROUNDING': { example: { source: GOOD, quote: '全年自助查询人次120余次', via: 'section', section: 1 }, counterExample: good('本机关全年未发出收费通知书,未收取信息处理费。') },
  'Y-CARRYOVER': {
    example: { source: 'reports/r033.txt', quote: '上年转结政府信息公开申请0件', via: 'previous', cells: { 't3.next.natural': { value: 2 }, 't3.next.total': { value: 2 } } },
    counterExample: good('二、上年结转政府信息公开申请数量'),
  },
  'Y-STOCK': {
    example: { source: GOOD, quote: '现行有效件数', via: 'previous', cells: { 't2.normative.valid': { value: 9 } } },
    counterExample: good('现行有效件数'),
  },
  'Y-REUSE': {
    example: { source: GOOD, quote: '按照各级政府信息公开要求,切实加强网站日常管理,做到重点信息及时更新,动态信息每周更新,无空栏目、死栏目。', via: 'previous', section: 1 },
    counterExample: good('按照各级政府信息公开要求,切实加强网站日常管理'),
  },
  'Y-JUMP': {
    example: { source: 'reports/r033.txt', quote: '新受理政府信息公开申请17件', via: 'previous', cells: { 't3.new.natural': { value: 170 }, 't3.new.total': { value: 170 } } },
    counterExample: good('一、本年新收政府信息公开申请数量'),
  },
  'D-DEADLINE': { example: { source: 'real/b041.txt', quote: '2021-03-01', via: 'file' }, counterExample: good('日期:2024-01-26') },
  'P-DUP': { example: { source: 'real/a002.txt', quote: '主动公开政府政府情况', via: 'file' }, counterExample: good('重点公开与群众息息相关的民生问题') },
  'P-DOCNO': { example: { source: 'real/a014.txt', quote: '(国办公开办函〔201960)', via: 'file' }, counterExample: { source: 'real/a065.txt', quote: '(国办公开办函〔2021〕30号)', via: 'section', section: 1 } },
  'P-DATE': { example: { source: 'real/a002.txt', quote: '自202111日起至20211230日止', via: 'file' }, counterExample: { source: 'real/a026.txt', quote: '统计期限为2023年1月1日--2023年12月31日', via: 'section', section: 1 } },
  'P-STRAY-NUM': { example: { source: 'real/b062.txt', quote: '202135', via: 'file' }, counterExample: good('(一)主动公开情况') },
  'P-VAGUE-COUNT': { example: { source: 'real/a019.txt', quote: '共主动公开政府信息260余条', via: 'file' }, counterExample: good('全年自助查询人次120余次') },
  'P-BRACKET': { example: { source: 'real/a011.txt', quote: '三)政府信息管理情况', via: 'file' }, counterExample: good('(三)政府信息管理情况') },
  'P-TEMPLATE': { example: { source: 'real/a013.txt', quote: '青龙镇政府(机关)信息公开年度报告', via: 'file' }, counterExample: good('本单位严格落实《中华人民共和国政府信息公开条例》要求,完成政务公开各项工作。') },
  'P-TYPO': { example: { source: 'real/a019.txt', quote: '信思公开工作', via: 'model' }, counterExample: good('2023年,铜鼓镇坚持以习近平新时代中国特色社会主义思想为指导') },
};
