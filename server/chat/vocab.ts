// The extractor's vocabulary: every cue names a place in the format declaration (row/column keys) or a FACTS key.
// Official labels come from server/format; the short colloquial forms below are cues, not labels.
import {
  FACTS,
  T3_LEGAL_PERSON,
  T4_LAWSUIT,
  T4_REVIEW,
  tableDef,
  type FormatId,
  type RowDef,
} from '../format/index.js';

export type Target =
  | { t: 't3row'; key: string; group?: boolean }
  | { t: 't3col'; key: string } // key 'legal' group → LEGAL_GROUP
  | { t: 't4row'; key: string } // key LAWSUIT → which kind of lawsuit is unknown
  | { t: 't4col'; key: string }
  | { t: 't2row'; key: string }
  | { t: 't2col'; key: string; sign?: -1 }
  | { t: 'fact'; key: string }
  | { t: 'fee' }
  | { t: 'feeNotice' }
  | { t: 'bareOpen' };

export interface Cue {
  text: string;
  target: Target;
  /** Weak cues (「申请」「收到」「公开」) lose to a strong cue of another kind in the same phrase. */
  weak?: boolean;
}

/** Stands for 「、」 inside a label so that clause splitting keeps the label whole. */
export const KEEP = '\u2063';
export const LEGAL_GROUP = '@legal-group';
export const LAWSUIT = '@lawsuit';
/** 「结转」 alone: carried over from last year, or to next year? Asked. */
export const CARRY = '@carry';

/** 「1.属于国家秘密」 → 「属于国家秘密」; 「（二）部分公开（区分处理的…）」 → 「部分公开」; 「一、本年新收…」 → 「本年新收…」. */
export function coreLabel(label: string): string {
  return label
    .replace(/^\d+\./, '')
    .replace(/^（[一二三四五六七八九十]+）/, '')
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/（[^）]*）/g, '')
    .trim();
}

/** Colloquial cues per 表三 row key (added to the label-derived ones). */
const T3_ROW_EXTRA: Record<string, string[]> = {
  new: ['新收', '收到', '受理', '接到', '接收', '依申请公开申请', '依申请公开', '依申请', '新来的', '新来了', '今年来的'],
  carried: ['上年结转', '去年结转', '上一年结转', '上年度结转', '结转下来', '结余下来'],
  next: ['在办', '还在办', '正在办理', '尚未办结', '未办结', '没办完', '还没办完', '结转下年度', '结转下年', '结转到明年', '结转明年', '转下年度', '转入下一年', '结转下一年', '结转到下年度', '结转到下年', '结转至下年度', '结转到下一年', '结转至下一年', '转到下年度', '转到明年', '留到明年', '跨年办理', '结转到2025年', '结转到下一年度', '转明年', '转到明年', '转下年'],
  r1: ['予以公开', '给予公开', '同意公开', '全部公开', '均予公开', '都予公开'],
  r2: ['部分公开'],
  r3: ['不予公开', '不公开'],
  r3_1: ['国家秘密', '涉密'],
  r3_2: ['法律行政法规禁止公开', '法律法规禁止公开', '法律规定不让公开', '法律法规不让公开', '法规不让公开'],
  r3_3: ['三安全一稳定', '国家安全', '公共安全', '经济安全', '社会稳定'],
  r3_4: ['第三方合法权益', '第三方权益', '第三方不同意', '个人隐私', '隐私', '商业秘密'],
  r3_5: ['内部事务信息', '内部事务', '内部管理', '内部人事管理', '人事管理', '后勤管理', '内部工作流程'],
  r3_6: ['过程性信息', '过程性', '讨论记录', '讨论稿', '还在讨论', '会议纪要', '过程中的', '征求意见稿', '没定稿', '未定稿', '定稿前', '草稿'],
  r3_7: ['行政执法案卷', '执法案卷', '案卷', '卷宗'],
  r3_8: ['行政查询事项', '行政查询', '查询事项'],
  r4: ['无法提供', '没有提供', '没法提供', '提供不了', '不能提供', '没提供', '就没提供'],
  r4_1: ['不掌握相关政府信息', '本机关不掌握', '不掌握', '信息不存在', '没有这个信息', '没这个信息', '查无此信息', '查无此'],
  r4_2: ['没有现成信息', '需要另行制作', '另行制作', '另外制作', '没有现成', '重新制作', '加工汇总', '重新加工', '需要加工', '加工', '没现成', '做统计表'],
  r4_3: ['补正后申请内容仍不明确', '仍不明确', '补正后', '说不清'],
  r5: ['不予处理'],
  r5_1: ['信访举报投诉', '信访', '投诉举报', '举报投诉', '来投诉', '是投诉', '属于投诉'],
  r5_2: ['重复申请', '重复来要', '重复要', '又申请了一遍', '又申请一遍', '又来申请', '同样的内容又'],
  r5_3: ['公开出版物', '出版物', '书店有卖', '书店有售', '书店能买', '书店买得到', '市面上有卖', '公开出售', '能买到', '可以买到'],
  r5_4: ['大量反复申请', '大量反复', '一口气申请', '反复申请', '大量申请'],
  r5_5: ['盖章确认', '再盖章', '确认或重新出具', '重新出具', '出具已获取', '已获取的信息', '已经获取的信息', '确认信息', '确认真伪', '信息真伪', '真伪', '真假', '确认文件', '是否真实', '是不是真的', '是真的'],
  r6: ['其他处理'],
  r6_1: ['逾期不补正', '无正当理由逾期不补正', '逾期没有补正', '逾期未补正', '没有补正', '未补正', '不补正', '补正没动静', '补正没下文', '过了时间没补', '过期没补', '超期没补'],
  r6_2: ['未按收费通知', '不按收费通知', '没按收费通知', '没有按收费通知', '逾期未缴纳', '未缴纳费用', '逾期未按收费通知要求缴纳费用', '没交钱', '不交钱', '没交费', '未交费', '未缴费', '不交费', '没缴费', '不缴费', '不缴纳', '拖着不交', '一直不交', '迟迟不交'],
  r6_3: ['撤回', '撤销申请', '其他处理的其他', '其他处理里的其他', '其他处理中的其他', '说不要了'],
};

const T3_COL_EXTRA: Record<string, string[]> = {
  natural: ['个人', '公民', '群众', '市民', '村民', '居民', '老百姓', '百姓', '农户', '老大爷', '大爷', '大妈', '大娘', '老人', '老乡', '农民', '乡亲'],
  commercial: ['企业', '公司', '物业', '开发商'],
  research: ['科研单位', '科研院所', '科研机构', '研究机构', '搞科研的', '科研所', '研究所', '研究院', '高校', '大学', '课题组', '农科院', '科学院', '社科院'],
  welfare: ['公益组织', '公益性的组织', '公益性组织', '社会组织', '协会', '基金会'],
  legal: ['律师事务所', '律所', '律师'],
  // (「村民小组」 is a body, not the 村民 in its name.)
  other: ['其他组织', '其他法人', '村委会', '居委会', '村民委员会', '居民委员会', '村民小组'],
};

const T4_COL_EXTRA: Record<string, string[]> = {
  upheld: ['维持', '驳回诉讼请求', '驳回了诉讼请求', '驳回复议申请', '驳回了复议申请', '胜诉', '判我们赢了', '我们赢了', '又赢了', '也赢了', '都赢了'],
  corrected: ['被上级改了', '被改了', '改判', '没支持我们', '不支持我们', '纠错', '纠正', '撤销', '确认违法', '责令重新答复', '重新答复', '责令改正', '责令履行', '败诉', '责成', '重新作出答复', '重新作出', '再答复一次', '再答复'],
  // (A bare 「驳回」 may be 驳回起诉 (其他) or 驳回诉讼请求 (维持): not a cue, so the result is asked.)
  other: ['其他结果', '驳回起诉', '驳回了起诉', '裁定驳回起诉', '撤诉', '终止', '调解'],
  pending: ['尚未审结', '在审', '未结', '还没结', '尚未结', '没有结', '没结', '未审结', '正在审理', '审理中', '尚在审理', '还没出结果', '没出结果', '还没判', '没判', '未判', '还在审', '没审完', '没结案', '未结案', '一审中', '二审中', '二审还没', '二审未判', '二审未审结', '二审未结', '二审尚未', '进入二审', '二审阶段', '上诉中', '再审', '审理当中', '没审结', '没有审结', '没有结果', '没结果', '在审理', '还在审理', '待审', '还在一审', '还在二审', '一审还没判', '还没开庭', '结果还没下来', '还没下来', '没下来', '结果还没出来', '还没出来'],
};

const T2_ROW_EXTRA: Record<string, string[]> = {
  normative: ['规范性文件'],
  license: ['许可', '批件', '审批件', '审批的', '审批了', '审批过', '审批数', '批了', '批的那', '发证', '办证'],
  penalty: ['处罚', '罚款', '罚了', '罚过', '罚单'],
  coercion: ['强制', '查封', '扣押', '封扣', '查扣', '封存'],
  procurement: ['集中采购'],
  fee: ['事业性收费', '行政收费', '表二收费', '事业收费', '规费', '行政事业性规费'],
};

const T2_COL_EXTRA: Record<string, string[]> = {
  issued: ['制发', '制定', '出台', '印发', '出了', '新发', '新立', '新定', '新出'],
  repealed: ['废止', '废了', '废掉', '废过', '废除', '作废', '宣布失效', '宣布废止', '清理掉', '清理废止'],
  valid: ['现行有效', '目前有效', '仍然有效', '仍有效', '还有效', '有效的', '有效', '还管用', '管用的', '还在用', '在用的', '没失效', '未失效'],
  made: ['新制作', '制作'],
  published: ['新公开'],
  total: ['对外公开总数', '累计公开'],
  amount: ['收费金额'],
  prev: ['上一年项目', '上年项目'],
  count: ['采购项目'],
};

/** Colloquial names of publication channels and other facts (besides the cues declared in server/format/facts.ts). */
const FACT_EXTRA: Record<string, string[]> = {
  published_website: ['政府网站', '网站', '官网', '门户', '挂网', '网上公开'],
  published_total: ['公开政府信息'],
  interpretations: ['解读文章', '讲政策的', '解释政策的', '政策讲解', '图解', '解读稿'],
  published_newmedia: ['公号', '微信号', '视频号', '头条号', '客户端', '新媒体', '公众平台', '推文', '推送', '手机上发'],
  inspections: ['督察', '上级来查', '上面来查', '来检查的', '被检查', '抽查'],
  website_columns: ['公开专栏', '专栏数', '栏目数', '专栏个数', '栏目个数', '公开栏目', '信息公开栏目', '政务公开栏目', '政府信息公开栏目'],
  info_reviewed: ['保密审核', '发布前审核', '审核把关', '把关的', '把关那', '审过的', '审核过的'],
  published_board: ['宣传栏', '公告栏', '村务公开栏', '信息公开栏', '张贴公示', '张贴', '贴墙上', '墙上贴'],
  newmedia_accounts: ['新媒体号', '政务号', '媒体号'],
  catalog_updated: ['目录更新', '指南更新', '更新指南', '修订指南', '指南'],
  accountability: ['追究责任', '被追究', '问责'],
  trainings: ['学习会', '培训会', '培训班'],
  requests_on_time: ['没超期', '未超期', '没有超期', '都按期', '时限内办结', '在时限内', '按时限办结', '按期答复', '按时回复'],
  trainees: ['参学', '参训', '培训的人数', '培训人数', '参训人数', '参加培训的人数', '听课的人数', '听课人数', '来听课的', '来上课的', '上课的人', '听课的人', '来学习的人'],
  staff: ['专职', '兼职', '干这个活的', '干这活的', '做这块工作的', '干这块的', '负责这块工作的', '负责这块的', '管这块的', '负责政务公开的', '管政务公开的', '搞政务公开的', '管公开的', '负责公开的', '搞公开的', '管信息公开的', '负责信息公开的', '公开工作的人'],
};

const cache = new Map<FormatId, Cue[]>();

/** All cues for a format, longest first (so 「部分公开」 wins over 「公开」). */
export function cuesFor(format: FormatId): Cue[] {
  const hit = cache.get(format);
  if (hit) return hit;
  const cues: Cue[] = [];
  const add = (text: string, target: Target, weak = false) => {
    text = text.replaceAll('、', KEEP);
    if (text && !cues.some((c) => c.text === text)) cues.push({ text, target, weak: weak || undefined });
  };

  const t3 = tableDef(format, 't3').blocks[0];
  const t3Row = (r: RowDef): Target => ({ t: 't3row', key: r.key, group: r.group || undefined });
  for (const r of t3.rows) {
    if (r.sumOf || r.key === 'results') continue;
    for (const x of T3_ROW_EXTRA[r.key] ?? []) add(x, t3Row(r));
    const core = coreLabel(r.label);
    // 「3.其他」 would make every 「其他」 a cue: only its full label names it.
    if (core === '其他') continue;
    add(core, t3Row(r));
    add(core.replace(/^(属于|要求|本机关)/, ''), t3Row(r));
  }
  add('申请', { t: 't3row', key: 'new' }, true);
  // 「一件其实是来反映问题的」: a clerk's word for a complaint, weak — 「办理群众反映问题的信件20件」 is no application.
  for (const x of ['来反映问题', '来告状']) add(x, { t: 't3row', key: 'r5_1' }, true);
  add('结转', { t: 't3row', key: CARRY });
  add('公开', { t: 'bareOpen' }, true);
  add('已公开', { t: 'bareOpen' }, true);
  for (const c of t3.columns) {
    if (c.sumOf) continue;
    for (const x of T3_COL_EXTRA[c.key] ?? []) add(x, { t: 't3col', key: c.key });
    // 「其他」 alone is too common a word to name the column.
    if (c.label !== '其他') add(c.label, { t: 't3col', key: c.key });
  }
  add(T3_LEGAL_PERSON, { t: 't3col', key: LEGAL_GROUP });
  add('法人', { t: 't3col', key: LEGAL_GROUP });
  // 「单位申请一件都没有」: organisations, said as a clerk says it (「单位」 before 申请).
  add('单位申请', { t: 't3col', key: LEGAL_GROUP });
  add('单位的申请', { t: 't3col', key: LEGAL_GROUP });
  add('单位来申请', { t: 't3col', key: LEGAL_GROUP });
  add('单位过来申请', { t: 't3col', key: LEGAL_GROUP });
  // (「科研单位来申请」: a kind of 单位 named keeps its column; the longer 「单位来申请」 must not swallow it.)
  for (const c of t3.columns) for (const x of (T3_COL_EXTRA[c.key] ?? []).filter((w) => w.endsWith('单位'))) for (const tail of ['来申请', '过来申请']) add(`${x}${tail}`, { t: 't3col', key: c.key });

  const t4 = tableDef(format, 't4').blocks[0];
  for (const r of t4.rows) add(r.label, { t: 't4row', key: r.key });
  add('直接起诉', { t: 't4row', key: 'direct' });
  add('未经复议', { t: 't4row', key: 'direct' });
  // 「不经复议直接去法院告」「没经过复议」: the longer word, so 「经复议」 inside it is no 复议后起诉.
  for (const x of ['不经复议', '没经复议', '没经过复议', '未经过复议', '不经过复议', '没走复议', '不走复议', '没先复议']) add(x, { t: 't4row', key: 'direct' });
  add('复议后', { t: 't4row', key: 'after' });
  add('经复议', { t: 't4row', key: 'after' });
  add(T4_REVIEW, { t: 't4row', key: 'review' });
  add('复议', { t: 't4row', key: 'review' });
  add(T4_LAWSUIT, { t: 't4row', key: LAWSUIT });
  for (const x of ['诉讼', '起诉', '被诉', '被告', '告到法院', '打官司']) add(x, { t: 't4row', key: LAWSUIT });
  for (const c of t4.columns) {
    if (c.sumOf) continue;
    add(c.label, { t: 't4col', key: c.key });
    for (const x of T4_COL_EXTRA[c.key] ?? []) add(x, { t: 't4col', key: c.key });
  }

  for (const b of tableDef(format, 't2').blocks) {
    for (const r of b.rows) {
      add(r.label, { t: 't2row', key: r.key });
      for (const x of T2_ROW_EXTRA[r.key] ?? []) add(x, { t: 't2row', key: r.key });
    }
    for (const c of b.columns) {
      if (c.kind === 'delta') {
        add('增加', { t: 't2col', key: c.key });
        add('新增', { t: 't2col', key: c.key });
        add('减少', { t: 't2col', key: c.key, sign: -1 });
        continue;
      }
      add(coreLabel(c.label), { t: 't2col', key: c.key });
      for (const x of T2_COL_EXTRA[c.key] ?? []) add(x, { t: 't2col', key: c.key });
    }
  }

  add('信息处理费', { t: 'fee' });
  add('收费通知书', { t: 'feeNotice' });
  add('收费通知', { t: 'feeNotice' });

  for (const [key, words] of Object.entries(FACT_EXTRA)) for (const x of words) add(x, { t: 'fact', key });
  for (const f of FACTS) {
    if (f.type !== 'number') continue;
    add(f.label, { t: 'fact', key: f.key });
    for (const x of f.cues) add(x, { t: 'fact', key: f.key }, x === '公开信息');
  }
  cues.sort((a, b) => b.text.length - a.text.length);
  cache.set(format, cues);
  return cues;
}

/** Units a quantity may carry; 类 and 方 are deliberately absent (「四类过程性信息」「第三方」). */
export const QUANTITY_UNITS = ['人次', '万元', '件', '条', '次', '篇', '个', '起', '项', '人', '名', '场', '期', '份', '家', '元', '批', '宗', '回', '轮', '块钱', '块'];

/** Words that negate the statement they stand in (checked after the cues are cut out). */
export const NEGATIONS = ['没有', '未', '无', '不存在', '均为零', '为零', '都是零', '没收', '免收', '不收', '没发生', '没出现', '没'];
/** Words meaning 「all of them」 in a result phrase without a number. */
export const ALL_WORDS = ['均', '都', '全部', '全都', '一律'];

/** The keys of the strong cues of one kind a text contains, longest cue first (cuesFor is in that order); no group keys. */
export function cueKeysIn(format: FormatId, text: string, kind: Target['t']): string[] {
  const keys: string[] = [];
  for (const c of cuesFor(format)) {
    const key = 'key' in c.target ? c.target.key : '';
    if (c.target.t === kind && !c.weak && key && !key.startsWith('@') && text.includes(c.text)) keys.push(key);
  }
  return [...new Set(keys)];
}

/**
 * Words a pinyin IME gives for the report's own words (「起业」「于以公开」「复意」「为持」): read as the word meant.
 * (Guards keep ordinary words: 「为持续推进」「为持有人」 are no 维持.)
 */
export const HOMOPHONES: [RegExp, string][] = [
  [/起业|企叶/g, '企业'],
  [/于以公开|与以公开|予已公开/g, '予以公开'],
  [/不分公开|布分公开/g, '部分公开'],
  [/复意|付议|复义|覆议/g, '复议'],
  [/(?:为|唯|围)持(?![续有久证])/g, '维持'],
  [/纠挣|究正/g, '纠正'],
  [/接转(?=[到下明去上过的来]|\s|$)|节转/g, '结转'],
  [/事物所/g, '事务所'],
  [/许克/g, '许可'],
  [/处发(?=是|有|决定|案|\s*[\d一二两三四五六七八九十])/g, '处罚'],
  [/强治|强至(?=\s|[\d一二两三四五六七八九十])/g, '强制'],
  [/网战|往站/g, '网站'],
  [/公中号|公重号|公总号/g, '公众号'],
  [/基金回/g, '基金会'],
  [/(?:天|添)(?=\s*[0零](?![\d.]))/g, '填'],
  [/申情|伸请/g, '申请'],
  [/陪训|培洵/g, '培训'],
  [/解渎/g, '解读'],
  [/落宽/g, '落款'],
];

/**
 * Dialect words clerks type (Cantonese 系/嘅/咗/冇/唔/俾/嚟/佢/哋/嗰/喺/仲, northwestern 额们, southwestern 莫得, 元月 for
 * January): read as the Mandarin meant — each only where it is the dialect word (关系/心系, 仲宫/仲恺, 阿拉善, 三单乡,
 * 1500元月底 stay).
 */
export const DIALECT: [RegExp, string][] = [
  [/唔系/g, '不是'],
  // (Only where 系 is a verb: after a count or 实际/其实/都/就, or before a figure — 关系, 心系, 系马桩 stay.)
  [/(?<=[\d一二两三四五六七八九十]\s*[个件单]?\s*|实际|其实|都|就|佢|呢|嗰|即|亦)系|(?<![关联体派直维院科水山语父母星谱心])系(?=\s*[\d一二两三四五六七八九十])/g, '是'],
  [/嘅/g, '的'],
  [/咗/g, '了'],
  [/冇得/g, '没有'],
  [/冇/g, '没'],
  [/唔/g, '不'],
  // (「俾人复议」 is 被人: passive before a person and a verb.)
  [/俾(?=人[^\s，。]*(?:复议|告|起诉|投诉|举报))/g, '被'],
  [/[俾畀](?=[咗了他她佢人我\s部全，。]|$)/g, '给'],
  [/嚟/g, '来'],
  [/佢/g, '他'],
  [/哋/g, '们'],
  [/嗰/g, '那'],
  [/喺/g, '在'],
  [/仲(?=[有要未系是会喺冇])/g, '还'],
  [/入面/g, '里面'],
  [/嘢/g, '事'],
  [/啲/g, '些'],
  [/(?<=[\d一二两三四五六七八九十百那这哪每])\s*单(?=[\s，。,；的嘅咗系都也冇没]|$)/g, '件'],
  [/(?<=[\d一二两三四五六七八九十百])\s*蚊/g, '元'],
  [/额们|俺们|阿拉(?=[这那的\s，,]|单位)/g, '我们'],
  [/莫得|没得(?=[现\s]|$)/g, '没有'],
  // (Northwestern 么 for 没 before a verb: 「么收过」「么有」「一场也么搞」; 什么/怎么/那么/这么/要么 stay.)
  [/(?<![什怎那这多要为干甚])么(?=[有收给办来搞开发去过得批罚])/g, '没'],
  [/(?<![\d〇零一二两三四五六七八九十百千万.])元月/g, '一月'],
];
