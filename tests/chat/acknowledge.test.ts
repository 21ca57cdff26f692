// A number-free turn that meant something is answered in kind (found using the product by hand: 「下面说依申请公开」
// was told 「没有找到能填进报告的数字」); a turn with a number that gave nothing still says so.
import { describe, expect, it } from 'vitest';
import { runChatCases } from '../../evals/suites/chat.js';

async function reply(...turns: string[]) {
  const [o] = await runChatCases([{ id: 'ack', split: 'dev', turns, expect: { set: {}, ask: [], nothing: false } }]);
  return { text: o.reply, collateral: o.collateral };
}

describe('acknowledging a topic, a greeting, thanks or a pause', () => {
  it('a table row named alone is taken as the topic, with its official name and an example', async () => {
    const r = await reply('接下来讲行政复议');
    expect(r.text).toMatch(/^好的，接着说「行政复议」（表四「行政复议」行）/);
    expect(r.text).not.toMatch(/没有找到/);
    expect(r.collateral).toEqual([]);
  });
  it('an applicant group named alone gets an example in its own words', async () => {
    expect((await reply('再说说公司申请的')).text).toMatch(/「[^」]*公司[^」]*申请\d件/);
  });
  it('a table named alone invites its rows or 「其余都是0」', async () => {
    expect((await reply('表四')).text).toMatch(/接着说表四.*「表四其余都是0」/);
  });
  it('greetings, thanks and 「我去查一下台账」 are answered in kind and change nothing', async () => {
    expect((await reply('您好')).text).toMatch(/^好的，您好/);
    expect((await reply('辛苦了')).text).toMatch(/不客气/);
    const r = await reply('我去翻一下台账');
    expect(r.text).toMatch(/您查好后告诉我/);
    expect(r.collateral).toEqual([]);
  });
  it('「稍等我查一下」 right after a figure is a pause: the figure stays; a doubt said with it still withdraws', async () => {
    const [kept] = await runChatCases([{ id: 'pause', split: 'dev', turns: ['行政处罚九十件', '稍等我查一下'], expect: { set: { 't2.penalty.decisions': 90 }, ask: [], nothing: false } }]);
    expect(kept.ok, kept.reply).toBe(true);
    expect(kept.reply).toMatch(/您查好后告诉我/);
    const [kept2] = await runChatCases([{ id: 'pause2', split: 'dev', turns: ['收到自然人申请3件', '等一下 我去翻翻台账'], expect: { set: { 't3.new.natural': 3 }, ask: [], nothing: false } }]);
    expect(kept2.ok, kept2.reply).toBe(true);
    for (const pause of ['我再核实一下', '先记着 回头再对一下', '我再看看哈']) {
      const [o] = await runChatCases([{ id: 'pause4', split: 'dev', turns: ['行政许可九件', pause], expect: { set: { 't2.license.decisions': 9 }, ask: [], nothing: false } }]);
      expect(o.ok, `${pause}: ${o.reply}`).toBe(true);
    }
    const [gone] = await runChatCases([{ id: 'pause3', split: 'dev', turns: ['行政处罚九十件', '稍等 可能不对 我再查一下'], expect: { set: {}, ask: ['t2.penalty.decisions'], nothing: false } }]);
    expect(gone.reply).toMatch(/撤回/);
  });
  it('the topic still carries: 「信息处理费」 then 「收了260元」 fills the amount', async () => {
    const [o] = await runChatCases([{ id: 'ack2', split: 'dev', turns: ['下面说信息处理费', '收了260元'], expect: { set: { 'fee.charged': true, 'fee.amountYuan': 260 }, ask: [], nothing: false } }]);
    expect(o.ok, o.reply).toBe(true);
  });
  it('a message with a number the reader did not understand is not acknowledged as a topic', async () => {
    const r = await reply('行政复议那个数字是三');
    expect(r.text).not.toMatch(/^好的，接着说/);
  });
});
