// 「第1件 申请人李春花 要征地补偿安置方案 予以公开」「No.3 开发公司 要别家的报价 商业秘密 不公开」: a ledger (台账,
// 登记本) read one application at a time. Each entry is one application — its applicant's column, this year's or
// carried over, and its result — and adds one to each of those cells. Entries are kept by number, so 「第2个不算」
// 「第3宗申请人写错了 是村委会要的」 change that entry. An entry whose applicant or result is not clear is asked about.
import { cellRef, type FormatId } from '../format/index.js';
import { namedKeys } from './moves.js';
import { NEXT_YEAR } from './missed.js';
import { parseNumber } from './numerals.js';
import { canonicalPhrases } from './phrases.js';
import { cueKeysIn } from './vocab.js';
import { t3ResultLeaves } from './wordclasses.js';

export interface LedgerEntry {
  no: number;
  col: string;
  intake: 'new' | 'carried';
  result: string;
  /** 「居民B」: the name a story gave the application, so 「居民B那件…」 finds it later. */
  label?: string;
}

export interface LedgerTurn {
  /** The ledger after this turn (entries added, changed or struck). */
  entries: LedgerEntry[];
  /** How each cell changes (+1 per entry added, -1 per entry struck). */
  delta: Record<string, number>;
  /** Entries read this turn, and those whose applicant or result was not clear (their words). */
  read: number;
  unclear: string[];
  /** One application told as a story (no ledger opened by it). */
  story?: boolean;
}

/** Words that open a ledger read aloud (「我对着登记本一条条报」「台账念给你」). */
const LEDGER_OPENING = /登记本|登记簿|登记表|台账|台帐|本子上|小本|一条条|一条一条|一件一件|一件件|逐条|逐件|按顺序报|[Ee]xcel/;
/** A message that opens a ledger to be read entry by entry (「台账上个人申请52件」 gives counts: no entries follow). */
// (Reading it out, not looking through it: 「我翻翻台账」「回去翻台账」 open nothing.)
// (「一件件来」 holds 「一件」: the opening words are no count.)
export const opensLedger = (text: string) =>
  LEDGER_OPENING.test(text) && !COUNT.test(text.replace(new RegExp(LEDGER_OPENING.source, 'g'), ' ')) && !/翻|查找|找着|找到|核对|再看|回去/.test(text);
/** An entry's mark: 「第3件」「No.3」「3.」 at a line's start, 「2024-03号」, 「头一条」. */
const MARK = /(?:^|\n)\s*\|?\s*(?:No\.?)?\s*0*(\d{1,3})\s*(?=[|\t])|第\s*([一二三四五六七八九十\d]{1,3})\s*(?:件|条|个|宗|笔)(?!\s*[(（]?\s*[一二三四五六七八九十\d]+\s*[)）]?\s*项)|(?:No|NO|no)\s*\.?\s*(\d{1,3})|(?:^|\n)\s*(\d{1,2})\s*[.、．](?!\d)|\d{4}\s*-\s*(\d{1,3})\s*号|头一(?:条|件|个)/g;
/** In a ledger going on, a bare number before an applicant is a mark too: 「1 村民 要…」「001 个人 …」「一条 家长 …」. */
const BARE_MARK = /(?:^|\s)(\d{1,3}|[一二三四五六七八九十]{1,2})\s*(?:条|件|个|号)?\s+(?=[^\s\d])/g;
/** A count of cases inside an entry: no single application. */
const COUNT = /[\d一两二三四五六七八九十]+\s*件(?!事)/;
/** Words that change an entry already read (「第2个不算」「第二件看错了」). */
// (「第二件那个不是村民 是村委会来要的」: 不是 X 是 Y changes it too.)
const AMEND = /不算|删掉|删了|去掉|划掉|不是申请|写错|看错|记错|搞错|说错|弄错|错了|不对|不是[^，,。；\s]{1,8}[，,\s]*(?:而)?是|其实|应该是|改成|改为|应为|算(?:是|作|为|到)?(?:去年|上年|结转)|是去年/;
const STRUCK = /不算|删掉|删了|去掉|划掉|不是申请|不是依申请|是(?:来)?(?:窗口)?咨询/;
/** What the applicant asked for begins here; the applicant is named before it. */
const REQUEST = /\s要|[是都也]要|要了|想要|申请要|问|查|申请(?!人)/;

const SURNAMES = '张王李赵刘陈杨黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
/** Applicants named by what they are, most specific first (a 律所's 公司 client is the 律所's). */
const KINDS: [RegExp, string][] = [
  [/本人名义|个人名义|以个人身份/, 'natural'],
  [/律师事务所|律所|律师/, 'legal'],
  [/村委会|居委会|村民委员会|居民委员会|业主委员会|业委会|村民小组|村集体/, 'other'],
  [/基金会|协会|公益|慈善|志愿者?组织|社会组织|环保组织/, 'welfare'],
  [/研究院|研究所|研究中心|大学|学院|课题组|农科所|科研|设计院/, 'research'],
  [/有限公司|有限责任公司|公司|企业|厂|合作社|个体户|商户|门店|物业|开发商/, 'commercial'],
  [new RegExp(`个人|村民|居民|群众|老百姓|市民|农户|农民|老汉|大爷|大妈|大姐|大哥|大叔|大婶|老太太|老太|老头|老大爷|老师傅|师傅|姑娘|小伙|妇女|男子|女士|先生|阿姨|媳妇|小伙子|老人|老乡|家长|学生|患者|消费者|职工|工人|退休|业主(?!委)|(?:^|\\s|村|社区|组|申请人)[${SURNAMES}][某\\u4e00-\\u9fff]{1,2}(?=\\s|又|$)`), 'natural'],
];

/** The applicant's column: the words before what was asked for. */
function columnOf(format: FormatId, text: string): string | undefined {
  const at = REQUEST.exec(text);
  const who = at ? text.slice(0, at.index) : text;
  const cues = cueKeysIn(format, who, 't3col').filter((k) => cellRef(format, `t3.new.${k}`));
  for (const [re, col] of KINDS) if (re.test(who)) return col;
  return cues.length === 1 ? cues[0] : undefined;
}

const REFUSED = /不给|没给|不予公开|不公开|没公开|没提供|不提供|无法提供|不予处理|没处理|(?:不能|不宜|不可|不得|无法|不便|没法|拒绝|不予)(?:公开|给|提供)|(?:公开|给|提供)不了|拒绝|(?:没|不|未)(?:给|复印|拷|发|寄)/;

/** The entry's result: a reason's row (a leaf) before plain words; 「部分」 before 「公开」; a refusal without reason unclear. */
function resultOf(format: FormatId, raw: string): string | undefined {
  // (Reasons told in plain words read as the chat reads them: 「我们乡里没有」「要我们另外做」.)
  const text = canonicalPhrases(raw).replace(/\u2064/g, '');
  if (NEXT_YEAR.test(text) || /转(?:到)?下年|转下年度/.test(text)) return 'next';
  // (A reason's leaf: 予以公开 and 部分公开 are read from plain words below.)
  const leaves0 = t3ResultLeaves(format);
  const leaf = (k: string) => leaves0.includes(k) && k !== 'r1' && k !== 'r2';
  // (The format's own words first — 「没有现成的」 is 需另行制作 though 「我们没有」 alone would be 不掌握.)
  const cued = cueKeysIn(format, text, 't3row').filter(leaf);
  const leaves = cued.length === 1 ? cued : namedKeys(format, text, 't3row').filter(leaf);
  if (leaves.length === 1) return leaves[0];
  if (leaves.length > 1) return undefined;
  if (/部分|一部分|遮(?:掉|了|住)|打码|隐去/.test(text)) return 'r2';
  // (Refused with no reason said — 「没给」「不能公开」「公开不了」「拒绝」「说不能给」 — is unclear.)
  if (REFUSED.test(text)) return undefined;
  // (「给他复印了」「拷给他了」「让他拿走了」: given; 「申请公开环评报告」: 公开 is what was asked for, not what was done.)
  return /(?<!部分|不予|不|未|没|申请|要求|请求)公开|给了|给他了|给她了|给(?:他|她|人家)?(?:复印|拷|发|寄|打印)了?(?:一份)?|复印(?:了|给)|拿走了|全给|都给|[√✓]/.test(text) ? 'r1' : undefined;
}

/** The marked pieces of a message: [entry number, its words]. An applicant said before its mark (「居民的第2件 要…」)
 * is that entry's, not the one before. */
export function pieces(text: string, going: boolean): { no: number; words: string }[] {
  let marks = [...text.matchAll(MARK)];
  // (A bare number is a mark only before an applicant: 「网站今年发了 230 条」 is no entry.)
  if (!marks.length && (going || opensLedger(text))) {
    const bare = [...text.matchAll(BARE_MARK)];
    const applicantAfter = (i: number) => KINDS.some(([re]) => re.test(text.slice(bare[i].index! + bare[i][0].length, bare[i + 1]?.index ?? text.length).split(REQUEST)[0]));
    marks = bare.every((_, i) => applicantAfter(i)) ? bare : [];
  }
  const out = marks.map((m, i) => {
    const raw = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    const no = raw ? parseNumber(raw) ?? 0 : 1;
    return { no, words: text.slice(m.index! + m[0].length, marks[i + 1]?.index ?? text.length).trim() };
  });
  for (let i = 0; i < out.length; i++) {
    const lead = /(?:^|\s)([^\s]{1,8}?)的\s*$/.exec(i ? out[i - 1].words : text.slice(0, marks[0].index));
    // (Only an applicant alone: 「居民的」「公司的」, not 「是业委会管的」 ending the entry before.)
    if (!lead || lead[1].length > 4 || /[是管要给在找去归]/.test(lead[1]) || !KINDS.some(([re]) => re.test(lead[1]))) continue;
    if (i) out[i - 1].words = out[i - 1].words.slice(0, lead.index).trim();
    out[i].words = `${lead[1]} ${out[i].words}`;
  }
  return out;
}

/** One entry from its words, or null when its applicant or result is not clear. A spreadsheet row (cells between | or
 * tabs) names its applicant in its first cells and its result in its last ones. */
function entryOf(format: FormatId, no: number, words: string): LedgerEntry | null {
  const cells = /[|\t]/.test(words) ? words.split(/[|\t]/).map((c) => c.trim()).filter(Boolean) : null;
  const col = columnOf(format, cells ? cells.slice(0, 2).join(' ') : words);
  const result = resultOf(format, cells ? cells.slice(-2).join(' ') : words);
  if (!col || !result) return null;
  // (「要去年的征地补偿明细」: last year's information asked for this year — this year's application.)
  const intake = /(?:去年|上年)(?:底|年底|12月[底份]?)?(?:的申请|申请的|来的|收的|收到|交的|提交的|递的|转过来|结转)|结转过来|转过来/.test(words) && result !== 'next' ? 'carried' : 'new';
  return { no, col, intake, result };
}

/**
 * A turn read as ledger entries (see the top), or null when it is none: no entry mark (and no ledger going on), a
 * count of cases inside an entry, or nothing readable.
 */
export function ledgerTurn(format: FormatId, text: string, held: LedgerEntry[], going: boolean): LedgerTurn | null {
  let ps: { no: number; words: string; label?: string }[] = pieces(text, going);
  // (A ledger going on: a line without a mark is the next entry — 「李某某 个人 要他爹的五保审批表 给了」.)
  // (Only lines that tell an application — what was asked for — and point at none already told: 「那件也公开了」 is no entry.)
  if (!ps.length && going) ps = text.split(/\n+/).map((w) => w.trim()).filter((w) => REQUEST.test(w) && !/[那这]件/.test(w)).map((words, i) => ({ no: nextNo(held) + i, words }));
  // (No ledger opened: one application told as a story — 「一个个人 要…的成本监审报告 部分公开」「居民B 要街道的预算
  // 公开」 — is an entry too, so the next one told adds to it instead of replacing it.)
  // (「居民B那件其实是上年结转的」: an entry a story named by a letter, amended by that name.)
  const named = !ps.length ? LABEL.exec(text) : null;
  const byLabel = named && AMEND.test(text) ? held.find((e) => e.label === named[1].replace(/\s+/g, '')) : undefined;
  if (byLabel) ps = [{ no: byLabel.no, words: text.slice(named!.index + named![0].length) }];
  const story = !ps.length && storyOfOne(format, text);
  if (story) ps = [{ no: nextNo(held), words: text.replace(OUTSIDE_COUNT, ' ').replace(STORY_ARTICLE, ''), label: named?.[1].replace(/\s+/g, '') }];
  // (After stories told one at a time, 「两个市民 都是要户口迁移的文件 都公开了」 is that many more entries.)
  const several = !ps.length && held.length ? storyOfSeveral(format, text) : null;
  if (several) ps = Array.from({ length: several.n }, (_, i) => ({ no: nextNo(held) + i, words: several.words }));
  if (!ps.length || ps.some((p) => COUNT.test(p.words))) return null;
  const entries = [...held];
  const delta: Record<string, number> = {};
  const add = (e: LedgerEntry, by: number) => {
    for (const cell of [`t3.${e.intake}.${e.col}`, `t3.${e.result}.${e.col}`]) delta[cell] = (delta[cell] ?? 0) + by;
  };
  const unclear: string[] = [];
  let read = 0;
  for (const p of ps) {
    const old = entries.find((e) => e.no === p.no);
    if (old && AMEND.test(p.words)) {
      entries.splice(entries.indexOf(old), 1);
      add(old, -1);
      read++;
      if (STRUCK.test(p.words)) continue;
      // (「申请人写错了 是村委会要的」: another applicant named; 「其实是给了他的 公开」: another result.)
      // (「申请人是家公司 不是个人」: the applicant denied is no other one.)
      const said = p.words.replace(/不是[^，,。；\s]{1,8}/g, ' ');
      const kinds = [...new Set(KINDS.filter(([re]) => re.test(said)).map(([, c]) => c))].filter((c) => c !== old.col);
      const intake = /去年|上年|结转过来|转过来/.test(p.words) ? 'carried' : old.intake;
      const changed = { ...old, intake, col: kinds.length === 1 ? kinds[0] : old.col, result: resultOf(format, said) ?? old.result } as LedgerEntry;
      entries.push(changed);
      add(changed, 1);
      continue;
    }
    const e = entryOf(format, old ? nextNo(entries) : p.no, p.words);
    if (!e) {
      unclear.push(p.words);
      continue;
    }
    if (p.label) e.label = p.label;
    entries.push(e);
    add(e, 1);
    read++;
  }
  // (In a ledger going on, marked pieces none of which is clear are asked about — never read as counts: 「1 村民」.)
  if (!read && !(going && unclear.length)) return null;
  return { entries, delta, read, unclear, ...(story || several ? { story: true } : {}) };
}

/** 「还有一个村民」「一家能源公司」「有个老汉」「某律所」「居民A」: one applicant, told as one. */
const STORY_ARTICLE = /^\s*(?:(?:还有|另外|再有|然后|接着|又)\s*)*(?:有一个|有一家|有一位|一个|一家|一位|一名|有个|有家|有位|某)(?=\S)/;
/** 「居民B」「公司甲」: an applicant named by a letter. */
const LETTER_NAME = '((?:居民|村民|市民|群众|个人|公司|企业|律所|申请人)\\s*[A-Za-z甲乙丙丁戊])(?![A-Za-z])';
const LETTERED = new RegExp(`^\\s*(?:还有|另外)?\\s*${LETTER_NAME}`);
const LABEL = new RegExp(`${LETTER_NAME}(?:那件|那个|的那件|的)?`);
/** 「这件不在9件里」「9件之外的」: the story says it adds to the count held — its figure is no count of this story. */
const OUTSIDE_COUNT = /(?:[这那][1一]?件|这个)?(?:也)?(?:不在|不算在|不包括在|没算在|没有算在)(?:前面|刚才|上面|那)?(?:的)?\s*\d+\s*件(?:里|里面|里头|之内|中|当中|以内)?|\d+\s*件(?:之外|以外)(?:的)?/g;
function storyOfOne(format: FormatId, raw: string): boolean {
  const text = raw.replace(OUTSIDE_COUNT, ' ');
  if (/\n/.test(text.trim()) || /\d/.test(text) || (!STORY_ARTICLE.test(text) && !LETTERED.test(text))) return false;
  const words = text.replace(STORY_ARTICLE, '');
  // (「申请过两回 都部分公开了」「都没有涉及…的」: more than one, or none — no story of one.)
  if (COUNT.test(words) || !REQUEST.test(words) || /[两二三四五六七八九十几多]\s*(?:回|次|趟|件|份|个)|都|全|各|分别|没有.{0,8}的$/.test(words)) return false;
  // (Not one application told: a question, a plan, a consultation, another body's, last year's, or a second applicant.)
  if (/[吗？?]|复议|诉讼|起诉|能不能|可不可以|是否|有没有|怎么|在哪|到时候|下周|下个月|明天|打算|准备|将要|咨询|查询|来电话|去年|上年|往年/.test(words)) return false;
  // (「木业公司 也要过采伐许可」: 也要 right after the applicant is its own request; any other 也要 — 「有个居民要低保名单
  // 他邻居也要了」 — is a second applicant.)
  const at = REQUEST.exec(words)!.index;
  const ownAlso = /^[^\s，,。]{1,10}?\s*也要/.exec(words);
  if (/还有一个|另一个|另一家|另外一个|又一个/.test(words.slice(2)) || /也要/.test(ownAlso ? words.slice(ownAlso[0].length) : words.slice(2))) return false;
  if (/向[^，。；\s]{1,10}(?:局|政府|县里|市里|部门|委)[^，。；\s]{0,4}申请/.test(words)) return false;
  // (The applicant within the first words, before what was asked for.)
  return at <= 12 && entryOf(format, 0, words) !== null;
}

/** 「两个市民 都是要…的文件 都公开了」: two to five applicants of one kind, one request, one result for all. */
function storyOfSeveral(format: FormatId, text: string): { n: number; words: string } | null {
  const m = /^\s*(?:还有|另外|又有?)?\s*([两二三四五2-5])(?:个|家|位|名)(?=\S)/.exec(text);
  if (!m || /\n/.test(text.trim()) || /\d/.test(text.slice(m[0].length))) return null;
  const words = text.slice(m[0].length);
  if (COUNT.test(words) || !REQUEST.test(words) || !/都|全/.test(words) || /[吗？?]|复议|诉讼|去年|上年|一个|一件|其中|分别|各/.test(words)) return null;
  return entryOf(format, 0, words) ? { n: parseNumber(m[1]) ?? 0, words } : null;
}

const nextNo = (entries: LedgerEntry[]) => Math.max(0, ...entries.map((e) => e.no)) + 1;
