// 「刘姐：人次那个改成79」「王敏：对 是律所」: a pasted chat's speaker labels are no words of the message.
import { cuesFor } from './vocab.js';

const LABEL = /^([ \t]*)([\u4e00-\u9fa5A-Za-z]{1,6})[：:][ \t]*(?=\S)/gm;
// A label that names a place of the report or a topic (「网站：120条」「复议诉讼：都没有」「说明：」) is the clerk's own.
// A speaker is a person: 「刘姐」「小高」「社区小刘」「张主任」, or a surname and a given name (「王敏」).
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const PERSON = new RegExp(`^(?:[\u4e00-\u9fa5]{0,3}[小老阿][\u4e00-\u9fa5]|[\u4e00-\u9fa5]{1,3}(?:姐|哥|姨|叔|嫂|总|主任|科长|局长|所长|书记|站长|老师|部长|干事|会计|师傅)|[${SURNAMES}][\u4e00-\u9fa5]{1,2})$`);
const TOPIC = /表|项|行|列|栏|类|情况|数据|合计|总计|其中|结果|原因|理由|说明|备注|补充|注|更正|问题|申请|公开|收费|复议|诉讼|培训|落款|电话|日期|去年|今年|全年/;

/** The message without the speaker labels a pasted chat puts before each line. */
export function withoutSpeakers(text: string): string {
  const cues = cuesFor('2021');
  return text.replace(LABEL, (all, lead: string, label: string) => (!PERSON.test(label) || TOPIC.test(label) || cues.some((c) => label.includes(c.text)) ? all : lead));
}
