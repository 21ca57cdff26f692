// The deterministic parts of a draft: title, preface, table-introducing sentences, 六, sign-off.
import { SECTIONS, sectionHeading, type FormatId } from '../format/index.js';
import type { Meta, Report } from '../report/schema.js';
import { num, type Cells } from '../report/tables.js';

/** How the agency calls itself in prose: 「我镇」 for a 镇, 「我局」 for a 局 … 「本机关」 when unclear. */
export function selfReference(agency: string): string {
  const a = agency.replace(/(人民政府|办事处|管理委员会)$/, (m) => (m === '管理委员会' ? '管委会' : ''));
  const rules: [RegExp, string][] = [
    [/街道(办)?$/, '我街道'],
    [/镇$/, '我镇'],
    [/乡$/, '我乡'],
    [/(区)$/, '我区'],
    [/(县|旗)$/, '我县'],
    [/市$/, '我市'],
    [/省$/, '我省'],
    [/局$/, '我局'],
    [/(委员会|委)$/, '我委'],
    [/厅$/, '我厅'],
    [/(办公室|办)$/, '我办'],
    [/中心$/, '我中心'],
    [/署$/, '我署'],
    [/院$/, '我院'],
    [/管委会$/, '我委'],
  ];
  for (const [re, s] of rules) if (re.test(a)) return s;
  return '本机关';
}

export const reportTitle = (meta: Pick<Meta, 'agency' | 'year'>) => `${meta.agency}${meta.year}年政府信息公开工作年度报告`;

export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** Preface items the clerk has not given (the preface never invents them): 电子版发布位置, 联系电话. */
export function prefaceGaps(meta: Pick<Meta, 'contact'>): string[] {
  const c = meta.contact ?? {};
  return [!c.website?.trim() && '电子版发布位置', !c.phone?.trim() && '联系电话'].filter((x): x is string => Boolean(x));
}

/** Preface: legal basis, the six parts, statistical period, where published, contact (only what was given). */
export function preface(meta: Meta): { text: string; missing: string[] } {
  const parts = SECTIONS.map((s) => s.title).join('、');
  const lines = [
    `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，编制本报告。`,
    `本报告由${parts}六个部分组成。`,
    `本报告中所列数据的统计期限自${meta.year}年1月1日起至${meta.year}年12月31日止。`,
  ];
  const c = meta.contact ?? {};
  if (c.website?.trim()) lines.push(`本报告电子版可在${c.website}查阅或下载。`);
  const who = c.office ? `${meta.agency}${c.office}` : meta.agency;
  const how = [c.phone?.trim() && `电话：${c.phone}`, c.address && `地址：${c.address}`, c.email && `电子邮箱：${c.email}`].filter(Boolean);
  if (how.length) lines.push(`如对本报告有疑问，请与${who}联系（${how.join('；')}）。`);
  return { text: lines.join(''), missing: prefaceGaps(meta) };
}

const has = (v: number | null): v is number => v !== null;

/** One sentence before each table (二/三/四), using only the table's own numbers. */
export function tableIntro(no: 2 | 3 | 4, format: FormatId, tables: Cells, meta: Meta): string {
  const y = `${meta.year}年`;
  const self = selfReference(meta.agency);
  if (no === 2) {
    const key = format === '2021' ? 'issued' : 'made';
    const n = num(tables, `t2.normative.${key}`);
    const verb = format === '2021' ? '制发行政规范性文件' : '新制作规范性文件';
    const lead = has(n) ? (n > 0 ? `${y}，${self}${verb}${n}件。` : `${y}，${self}未${verb}。`) : '';
    return `${lead}主动公开政府信息情况如下表。`;
  }
  if (no === 3) {
    const [nw, car, done, next] = ['new', 'carried', 'r7', 'next'].map((r) => num(tables, `t3.${r}.total`));
    if (nw === 0 && car === 0) return `${y}，${self}未收到政府信息公开申请，无上年结转申请。具体情况如下表。`;
    const bits = [
      has(nw) && `新收政府信息公开申请${nw}件`,
      has(car) && `上年结转${car}件`,
      has(done) && `办理完结${done}件`,
      has(next) && `结转下年度继续办理${next}件`,
    ].filter(Boolean);
    return bits.length ? `${y}，${self}${bits.join('，')}。具体情况如下表。` : '收到和处理政府信息公开申请情况如下表。';
  }
  const review = num(tables, 't4.review.total');
  const direct = num(tables, 't4.direct.total');
  const after = num(tables, 't4.after.total');
  if (review === 0 && direct === 0 && after === 0) return `${y}，${self}未发生政府信息公开行政复议、行政诉讼案件。具体情况如下表。`;
  if (has(review) && has(direct) && has(after))
    return `${y}，${self}因政府信息公开工作被申请行政复议${review}件，被提起行政诉讼${direct + after}件。具体情况如下表。`;
  return '政府信息公开行政复议、行政诉讼情况如下表。';
}

/** What 六 says while the clerk has not answered whether 信息处理费 was charged: a visible gap (N-PLACEHOLDER, E). */
export const FEE_GAP = '本年度是否收取信息处理费：【待填写】';

/**
 * 六: the 信息处理费 statement from the user's answer (spec §2). Unanswered (2021+) → a visible gap, never a
 * guessed 「未收取」: the checker's N-PLACEHOLDER keeps it an error until the clerk answers.
 */
export function otherMatters(report: Pick<Report, 'fee' | 'format'> & { meta: Meta; tables?: Cells }): { text: string; notice?: string } {
  const fee = report.fee;
  if (!fee) {
    if (report.meta.year < 2021) return { text: '本机关无其他需要报告的事项。' };
    return {
      text: FEE_GAP,
      notice: '未填写信息处理费情况：第六部分留有「【待填写】」（不代为写「未收取」），请在「信息处理费」中说明本年度是否收取后再发布。',
    };
  }
  if (!fee.charged) {
    // 「未发出收费通知书」 only when it follows from what the clerk said: 0 notices, or nothing charged and nobody
    // left unprocessed for not paying (表三（六）2 = 0 — a notice either gets paid or lands there). Otherwise the
    // count given is reported, and none given is not guessed.
    const unpaid = report.format === '2021' ? (report.tables?.['t3.r6_2.total']?.value ?? null) : null;
    const none = fee.notices === 0 || (fee.notices === undefined && unpaid === 0);
    const sent = none ? '未发出收费通知书，' : fee.notices !== undefined ? `发出收费通知书${fee.notices}件，` : '';
    return { text: `本机关全年${sent}未收取信息处理费。` };
  }
  const notices = fee.notices !== undefined ? `发出收费通知书${fee.notices}件，` : '';
  const amount = fee.amountYuan !== undefined ? `收取信息处理费${fee.amountYuan}元` : '收取了信息处理费';
  const basis = '依据《政府信息公开信息处理费管理办法》';
  return {
    text: `本机关全年${basis}${notices}${amount}。`,
    notice: fee.amountYuan === undefined ? '已收取信息处理费但未填写金额，请补充。' : undefined,
  };
}

export const headingOf = (no: number) => sectionHeading(SECTIONS[no - 1]);
