// 信息处理费: the amount (元), whether it was charged, and the 收费通知书 sent.
import { tokenizeClause, type CueToken, type NumToken } from '../tokens.js';
import { type Reader } from './reader.js';
import { ask, checkCount, say } from './record.js';

/** An amount of the 信息处理费 (元, 万元), or the number of 收费通知书; whether it was charged follows from the amount. */
export function handleFee(rd: Reader, num: NumToken, cs: CueToken[], phrase: string) {
  rd.ctx.fee = rd.sentence;
  rd.spokeOfFee = true;
  // 「信息处理费收了几千块」: no amount said at all — asked, with no number offered.
  if (rd.mode.kind === 'vague' && !cs.some((c) => c.target.t === 'feeNotice'))
    return ask(rd, `「${phrase}」没有说出确切的金额，收取信息处理费金额（元）没有填入，请告诉我准确数字。`, ['fee.amountYuan']);
  // 「收了0.5万」: 万 said after a fee is 万元.
  if (!num.unit && /万$/.test(num.raw.replace(/[余多]$/, ''))) num = { ...num, unit: '元' };
  if (cs.some((c) => c.target.t === 'feeNotice') && (!num.unit || !/元/.test(num.unit))) {
    if (!checkCount(rd, num, phrase, ['fee.notices'])) return;
    if (!say(rd, 'fee.notices', num.value, phrase)) return;
    rd.out.fee = { ...rd.out.fee, notices: num.value };
    rd.out.understood.push(`「${phrase}」→ 发出收费通知书：${num.value}件`);
    return;
  }
  // 「钱数不对 是两百」: a correction of an amount given in 元 keeps its unit.
  if (!num.unit && rd.ec.corrects?.includes('fee.amountYuan') && !cs.some((c) => c.target.t === 'feeNotice')) num = { ...num, unit: '元' };
  // 「信息处理费：0」: nothing charged needs no unit (0 元 is 0 万元).
  if (!num.unit && num.value === 0 && !num.approx) num = { ...num, unit: '元' };
  if (!num.unit || !/元/.test(num.unit)) {
    // 「收了3份的钱」: something was charged, but the amount is not said.
    if (/收了|收过|收取|收到/.test(phrase) && !tokenizeClause(phrase, []).negated) say(rd, 'fee.charged', true, phrase);
    return ask(rd, `「${phrase}」：信息处理费的金额请写明单位（元）。`, ['fee.amountYuan'], num.value);
  }
  const yuan = Math.round((num.unit === '万元' ? num.value * 10000 : num.value) * 1e6) / 1e6;
  if (Math.abs(yuan * 100 - Math.round(yuan * 100)) > 1e-6) return ask(rd, `「${phrase}」：金额最多保留到分。`, ['fee.amountYuan']);
  // 「信息处理费0元」 is 「未收取」 (no amount is written with it).
  if (yuan === 0) {
    if (say(rd, 'fee.charged', false, phrase)) rd.out.fee = { ...rd.out.fee, charged: false };
    return;
  }
  if (!say(rd, 'fee.amountYuan', yuan, phrase)) return;
  say(rd, 'fee.charged', yuan > 0, phrase);
  rd.out.fee = { ...rd.out.fee, charged: yuan > 0, amountYuan: yuan };
  rd.out.understood.push(`「${phrase}」→ 收取信息处理费：${yuan}元`);
}
