// 「刘姐：人次那个改成79」「王敏：对 是律所」: a pasted chat's speaker labels are no words of the message.
import { cuesFor } from './vocab.js';

const LABEL = /^([ \t]*)([\u4e00-\u9fa5A-Za-z]{1,6})[：:][ \t]*(?=\S)/gm;
// A speaker is a person: 「刘姐」「小高」「社区小刘」「张主任」, or a surname and a given name (「王敏」).
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const PERSON = new RegExp(`^(?:[\u4e00-\u9fa5]{0,3}[小老阿][\u4e00-\u9fa5]|[\u4e00-\u9fa5]{1,3}(?:姐|哥|姨|叔|嫂|总|主任|科长|局长|所长|书记|站长|老师|部长|干事|会计|师傅)|[${SURNAMES}][\u4e00-\u9fa5]{1,2})$`);
// A label that names a place of the report, a topic, a place or a figure (「网站：120条」「复议诉讼：都没有」「说明：」
// 「高新区：」「小计：」) is the clerk's own.
const TOPIC = /表|项|行|列|栏|类|情况|数据|合计|总计|小计|金额|数量|其中|结果|原因|理由|说明|备注|补充|注|更正|问题|申请|公开|收费|复议|诉讼|培训|落款|电话|日期|去年|今年|全年|[省市县区镇乡村街院所站局办]$/;

/** The message without the speaker labels a pasted chat puts before each line. */
export function withoutSpeakers(text: string): string {
  // (The 2021 format's cues: the words a speaker's name could hold are the same in the 2019 format.)
  const cues = cuesFor('2021');
  return text.replace(LABEL, (all, lead: string, label: string) => (!PERSON.test(label) || TOPIC.test(label) || cues.some((c) => label.includes(c.text)) ? all : lead));
}

// 「上面是去年表里的 别填」「这是去年年报里的一段：…」「去年报告里这么写的：…」: the clerk says pasted lines are last year's.
// (Not 「这是去年的一半」: 这 alone says so only before a colon or a word of not filling.)
const NOTE = /(?:上面|下面|以上|以下|这些|前面)(?:的)?(?:是|为|都是)?(?:去年|上年|上一年|往年)|这(?:是|些是|都是)(?:去年|上年|往年)(?:的)?(?:年报|报告|表|表格|材料|数|内容)?(?:里|中|上)?(?:的)?(?:一段|内容)?\s*(?=[:：]|[，,\s]*[\u4e00-\u9fa5]{0,3}(?:别填|不用填|不要填|先别填|不填|参考|对照|看看))|(?:去年|上年)(?:的)?(?:年报|报告|表|表格|材料)(?:里|中|上)?(?:的|是)?(?:一段|这段|那段|这一段|这部分|一句|这句|内容|这么写|是这样|这样写|原文)/;
const BEFORE = /上面|以上|前面/;
/** A line that goes on with this year's figures (「今年：…」「今年数变了」) ends the pasted part. */
const THIS_YEAR = /^\s*(?:今年|本年|今年的|2\d{3}年的?(?:数|数据))/;

/** Lines the clerk said were last year's, with their own 本年/今年/全年 read as 去年 and marked 去年 (asked, never stored). */
export function lastYearMarked(text: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => NOTE.test(l));
  const note = at < 0 ? null : NOTE.exec(lines[at])!;
  if (!note || (lines.length < 2 && !/[:：]\s*\S/.test(lines[0].slice(note.index)))) return text;
  // (Each sentence of the line: 「…共收到申请9件。无结转下年度继续办理的申请。」 — its denial is last year's too.)
  const mark = (l: string) => l.replace(/本年度|本年|今年|全年/g, '去年').replace(/(^|[。；;！!])(\s*)(?=[^。；;！!\s])/g, '$1$2去年 ');
  if (BEFORE.test(note[0])) return lines.map((l, i) => (i < at ? mark(l) : l)).join('\n');
  const out = [...lines];
  const colon = lines[at].search(/[:：]/);
  if (colon >= 0 && colon > note.index) out[at] = `${lines[at].slice(0, colon + 1)}${mark(lines[at].slice(colon + 1))}`;
  for (let i = at + 1; i < lines.length && !THIS_YEAR.test(lines[i]); i++) out[i] = mark(lines[i]);
  return out.join('\n');
}

/** A pasted table's header of years (「指标	2023年	2024年」): two or more years and nothing else but words. */
const YEAR_HEADER = /(?<!\d)((?:19|20)\d{2})\s*(?:年度?)?(?!\d)/g;
const TRAILING_NUMBERS = /^(.*?[^\d\s.,，])\s*((?:(?<![\d.])\d+(?:\.\d+)?\s*){2,})$/;

/**
 * 「指标 2023年 2024年」 then 「网站公开信息（条） 1208 1356」: a table pasted with one column per year — each row keeps
 * only the report year's figure (a row of another length is left as it is). Without the report year's column every
 * row is another year's (marked 去年: asked, never stored).
 */
export function yearColumn(text: string, year: number): string {
  const lines = text.split('\n');
  // (A header holds no other figure, 「2023年处罚三十件 2024年三十四件」 is a sentence; rows of as many figures follow.)
  const header = (l: string) => l.length <= 60 && [...l.matchAll(YEAR_HEADER)].length >= 2 && !/[\d零〇一二两三四五六七八九十百千万]/.test(l.replace(YEAR_HEADER, ''));
  const row = (l: string, n: number) => (TRAILING_NUMBERS.exec(l.trim())?.[2].trim().split(/\s+/).length ?? 0) === n;
  const at = lines.findIndex((l, i) => header(l) && lines.slice(i + 1).some((r) => row(r, [...l.matchAll(YEAR_HEADER)].length)));
  if (at < 0) return text;
  const years = [...lines[at].matchAll(YEAR_HEADER)].map((m) => Number(m[1]));
  const k = years.indexOf(year);
  const out = lines.map((line, i) => {
    if (i <= at) return i === at ? '' : line;
    const m = TRAILING_NUMBERS.exec(line.trim());
    const nums = m ? m[2].trim().split(/\s+/) : [];
    if (!m || nums.length !== years.length) return line;
    return k >= 0 ? `${m[1]}\t${nums[k]}` : `去年 ${m[1]}\t${nums.at(-1)}`;
  });
  return out.join('\n');
}
