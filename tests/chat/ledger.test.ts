// A ledger read one application at a time (2026-12-07, fourth session; classes from probe batches ce and ct), said in
// other words than the probes': each entry is one application, its applicant's column and its result.
import { describe, expect, it } from 'vitest';
import { after, one } from './failures.js';

describe('entries marked 第N件 / No.N / a bare number', () => {
  it('three marked entries across two turns count per applicant and result', async () => {
    const turns = ['我把申请登记簿念一遍', '第一件 申请人孙某 要低保复核结果 给了 第二件 某某商贸有限公司 要招标文件 给了一部分', '第三件 某律师事务所 要一宗处罚的卷宗 执法案卷 没给'];
    expect(await one(turns, { 't3.new.natural': 1, 't3.r1.natural': 1, 't3.new.commercial': 1, 't3.r2.commercial': 1, 't3.new.legal': 1, 't3.r3_7.legal': 1 })).toEqual([]);
  });
  it('bare numbers in a ledger: 「1 居民 要… 公开 2 居民 要… 重复申请」', async () => {
    const turns = ['台账一条条报', '1 居民 要加装电梯补贴名单 公开 2 居民 又要同一份名单 重复申请 3 某大学课题组 要全街道人口原始数据 没有现成的 要重新统计'];
    expect(await one(turns, { 't3.new.natural': 2, 't3.r1.natural': 1, 't3.r5_2.natural': 1, 't3.new.research': 1, 't3.r4_2.research': 1 })).toEqual([]);
  });
  it('an applicant said before its mark: 「企业的第1件 … 企业的第2件 …」', async () => {
    expect(await one(['企业的第1件 要园区规划 公开 企业的第2件 要别家的报价 商业秘密 不公开'], { 't3.new.commercial': 2, 't3.r1.commercial': 1, 't3.r3_4.commercial': 1 })).toEqual([]);
  });
});

describe('a spreadsheet pasted row by row', () => {
  it('「序号|申请人|…」 rows: each row one application, its row number never a count (had set 予以公开 5)', async () => {
    const turns = ['申请登记表贴过来\n序号|申请人|类别|内容|结果\n01|钱某|个人|危房改造名单|公开\n02|西关村委会|组织|修路资金|公开\n03|平安律师事务所|律所|拆违决定|部分公开'];
    expect(await one(turns, { 't3.new.natural': 1, 't3.r1.natural': 1, 't3.new.other': 1, 't3.r1.other': 1, 't3.new.legal': 1, 't3.r2.legal': 1 })).toEqual([]);
  });
  it('tab-separated rows with a type cell', async () => {
    const turns = ['Excel里复制的\n1\t周某\t自然人\t予以公开\n2\t恒通物流有限公司\t企业\t行政执法案卷'];
    expect(await one(turns, { 't3.new.natural': 1, 't3.r1.natural': 1, 't3.new.commercial': 1, 't3.r3_7.commercial': 1 })).toEqual([]);
  });
});

describe('entries changed by number later', () => {
  it('「第2条不算 是来问路的咨询」 strikes it; 「第1条其实只给了一部分」 changes its result', async () => {
    const turns = ['登记本 第1条 村民 要修路预算 公开 第2条 村民 问社保政策 公开 第3条 村委会 要考核细则 公开', '第2条不算 那是来窗口咨询的', '第1条看错了 其实只给了一部分'];
    expect(await one(turns, { 't3.new.natural': 1, 't3.r2.natural': 1, 't3.new.other': 1, 't3.r1.other': 1 })).toEqual([]);
  });
  it('「第2件申请人是家公司 不是个人」 moves it to 商业企业; 「第1件是去年收的」 to 上年结转', async () => {
    const turns = ['台账 第1件 个人 要补贴名单 公开 第2件 个人 要审批材料 公开', '第2件我说错了 申请人是家公司 不是个人', '第1件算去年结转过来的 去年12月收的'];
    expect(await one(turns, { 't3.carried.natural': 1, 't3.r1.natural': 1, 't3.new.commercial': 1, 't3.r1.commercial': 1 })).toEqual([]);
  });
});

describe('what a ledger never does', () => {
  it('an entry whose result is unclear is asked, never read as a count or a denial (「他也没来」 zeroed 新收)', async () => {
    const o = await after(['按登记本来', '第一件 村民 申请书写得稀里糊涂 让他改 他也没来']);
    expect(o.collateral).toEqual([]);
    expect(o.reply).toContain('不清楚');
  });
  it('a cell the clerk filled another way is asked about before entries are added to it', async () => {
    const o = await after(['个人申请8件', '台账 第1件 个人 要低保名单 公开']);
    expect(o.collateral).toEqual(['t3.new.natural: undefined → 8']);
    expect(o.reply).toContain('不是按台账逐条记的');
  });
  it('counts said with 件 are no ledger: 「第一季度个人申请3件」', async () => {
    expect(await one(['个人申请3件 都公开了'], { 't3.new.natural': 3, 't3.r1.natural': 3 })).toEqual([]);
    expect((await after(['依据第二十条第（五）项 行政许可215件'])).collateral).toEqual(['t2.license.decisions: undefined → 215']);
  });
});

describe('by hand over HTTP (2026-12-07)', () => {
  it('the opening 「我对着登记本一条条报」 is acknowledged, its 一条 no count', async () => {
    const o = await after(['我对着登记本一条条报']);
    expect(o.collateral).toEqual([]);
    expect(o.reply).toContain('逐件');
  });
  it('in a ledger going on, 「网站今年发了 230 条」 and a restated count are read as ever, not as entries', async () => {
    const o = await after(['台账一条条报', '第1件 村民 要低保名单 公开', '公众号 一百五十条', '公众号我多算了 三十条 是一百二', '网站今年发了 230 条']);
    expect(o.collateral).toEqual(['t3.new.natural: undefined → 1', 't3.r1.natural: undefined → 1', 'fact:published_newmedia: undefined → 120', 'fact:published_website: undefined → 230']);
  });
});
