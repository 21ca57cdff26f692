// A turn with no number in it that still meant something: a topic named before its figures (「下面说行政复议」),
// a greeting, thanks, or 「稍等我查一下」. Answered in kind instead of 「没有找到…」, which reads as a failure.
// A message that has a number in it and gave nothing is never acknowledged this way (that would hide a miss).
import { factDef, tableDef, TABLE_NAMES, type FormatId, type TableKey } from '../format/index.js';
import type { Topic } from './topic.js';
import type { Target } from './vocab.js';

/** Every acknowledgement opens with this, so a reader (and the eval's silent-drop count) can tell it apart. */
export const ACK_OPENING = '好的，';

const HAS_NUMBER = /[0-9０-９零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟几]/;
const GREETING = /^(?:你好|您好|hi|hello|在吗|在不在|早上好|上午好|下午好|晚上好|哈喽)[啊呀呢吗！!。，,~～\s]*$/i;
const THANKS = /^(?:谢谢|多谢|感谢|辛苦了?|麻烦了|好的谢谢|ok谢谢|谢啦)[你您啊呀了！!。，,~～\s]*$/i;
const WAIT = /^(?:稍等|等一下|等等|等会儿?|先记着|先这样|先放着|回头再|我(?:先|再)?(?:去)?(?:查|找|问|翻|看|核|核实|对|确认)(?:一下|一查|查|找|问|看|核|对)?)[^。！!？?]{0,10}$/;

const EXAMPLE: Record<string, string> = {
  t3row: '「自然人申请5件，予以公开3件」',
  t3col: '',
  t4row: '「行政复议2件，结果维持1件、尚未审结1件」',
  t2row: '「本年处理决定数量27件」',
  t2col: '「规范性文件本年制发3件」',
  t4col: '「行政复议维持1件」',
  fee: '「收取信息处理费200元」或「未收取信息处理费」',
  fact: '「共61条」',
};

/** Lines answering a number-free turn the extractor found nothing in, or null when 「没有找到…」 is the honest answer. */
export function acknowledge(format: FormatId, text: string, topic: Topic): string[] | null {
  const t = text.trim();
  if (GREETING.test(t)) return [`${ACK_OPENING}您好！请把报告里的数字告诉我，如「主动公开信息61条」「收到自然人申请3件」。`];
  if (THANKS.test(t)) return [`${ACK_OPENING}不客气。还有数字要填随时告诉我。`];
  if (WAIT.test(t)) return [`${ACK_OPENING}您查好后告诉我，草稿没有改动。`];
  // 「说一下」「表二」 carry no figure; any other numeral means something was said that was not understood.
  if (HAS_NUMBER.test(t.replace(/表[二三四]|[说看查讲]一下|一块儿?/g, ''))) return null;
  const cue = topic.named?.[0];
  if (cue?.target && EXAMPLE[cue.target.t] !== undefined) {
    const name = placeName(format, cue.target);
    const said = name && name !== cue.text ? `「${cue.text}」（${name}）` : `「${cue.text}」`;
    const example = cue.target.t === 't3col' ? `「${cue.text}申请2件，予以公开1件」` : EXAMPLE[cue.target.t];
    return [`${ACK_OPENING}接着说${said}：请告诉我数字，如${example}。草稿没有改动。`];
  }
  if (topic.tableNamed) return [`${ACK_OPENING}接着说${topic.tableNamed}：请告诉我哪一行是多少，或说「${topic.tableNamed}其余都是0」。草稿没有改动。`];
  return null;
}

/** The official name of what a cue points at (a table's row or column, a fact), from the format declaration. */
function placeName(format: FormatId, t: Target): string | undefined {
  if (t.t === 'fact') return factDef(t.key)?.label;
  if (t.t === 'fee') return '信息处理费';
  const m = /^(t[234])(row|col)$/.exec(t.t);
  if (!m || !('key' in t)) return undefined;
  const table = tableDef(format, m[1] as TableKey);
  const defs: { key: string; label: string }[] = table.blocks.flatMap((b): { key: string; label: string }[] => (m[2] === 'row' ? b.rows : b.columns));
  const label = defs.find((x) => x.key === t.key)?.label;
  return label ? `${TABLE_NAMES[m[1] as TableKey]}「${label}」${m[2] === 'row' ? '行' : '列'}` : TABLE_NAMES[m[1] as TableKey];
}
