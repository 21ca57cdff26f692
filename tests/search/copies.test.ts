// N-COPIED: another agency's same section, once names and numbers are masked.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteStorage } from '../../server/adapters/sqlite/index.js';
import { ingestText } from '../../server/corpus/ingest.js';
import { LocalEmbedder } from '../../server/search/embedder.js';
import { findCopiedSections, maskForCopies } from '../../server/search/copies.js';
import { openStore, type Store } from '../../server/store/db.js';
import { tempDir, townshipReport } from '../store/helpers.js';

let tmp: ReturnType<typeof tempDir>;
let store: Store;

const sectionsOf = (text: string) => {
  const lines = text.split('\n');
  const one = lines.slice(lines.indexOf('一、总体情况') + 1, lines.indexOf('二、主动公开政府信息情况')).join('\n');
  const five = lines.slice(lines.indexOf('五、存在的主要问题及改进情况') + 1, lines.indexOf('六、其他需要报告的事项')).join('\n');
  return [{ no: 1, text: one }, { no: 5, text: five }];
};

beforeAll(async () => {
  tmp = tempDir('nianbao-copies-');
  store = openStore(join(tmp.dir, 'c.db'));
  const embedder = new LocalEmbedder();
  await ingestText(sqliteStorage(store), townshipReport('青山镇').replace(/2023/g, '2022'), { source: 'qs.txt', embedder, meta: { agency: '青山镇人民政府', year: 2022 } as never });
  await ingestText(
    sqliteStorage(store),
    '某某局2023年政府信息公开工作年度报告\n一、总体情况\n我局通过门户网站主动公开行政许可决定120件，并在微信公众号发布政策解读15篇，回应社会关切。全年办理依申请公开3件，均按期答复。举办业务培训两期，覆盖全体工作人员。\n二、主动公开政府信息情况\n',
    { source: 'ju.txt', embedder, meta: { agency: '某某局', year: 2023 } as never },
  );
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

describe('maskForCopies', () => {
  it('masks agency and place names and numbers alike on both sides', () => {
    const a = maskForCopies('2023年，青山镇通过“青山镇发布”公众号主动公开政府信息56条。', ['青山镇人民政府']);
    const b = maskForCopies('2021年，绿水镇通过“绿水镇发布”公众号主动公开政府信息18条。', ['绿水镇人民政府']);
    expect(a).toBe(b);
    expect(a).not.toMatch(/\d|青山/);
  });
});

describe('findCopiedSections', () => {
  it('flags another agency\'s section with names and numbers changed: W, source agency and year, sentences quoted', async () => {
    const ours = townshipReport('绿水镇').replace(/56条/g, '61条').replace(/2次/g, '3次');
    const f = await findCopiedSections(sqliteStorage(store), { agency: '绿水镇人民政府', year: 2023, sections: sectionsOf(ours) });
    expect(f.length).toBeGreaterThanOrEqual(1);
    const one = f.find((x) => x.where.section === 1)!;
    expect(one).toMatchObject({ rule: 'N-COPIED', severity: 'W', copiedFrom: { agency: '青山镇人民政府', year: 2022 } });
    expect(one.share).toBeGreaterThan(0.9);
    expect(one.sentences.length).toBeGreaterThanOrEqual(3);
    expect(one.sentences[0].theirs).toContain('青山镇');
    expect(one.message).toMatch(/青山镇人民政府2022年度报告/);
    expect(one.evidence.quote).toContain('绿水镇');
  });

  it('does not flag the same agency (its own earlier report), nor an unrelated text', async () => {
    const own = await findCopiedSections(sqliteStorage(store), { agency: '青山镇人民政府', year: 2023, sections: sectionsOf(townshipReport('青山镇')) });
    expect(own).toEqual([]);
    const other = await findCopiedSections(sqliteStorage(store), {
      agency: '白云街道办事处',
      sections: [{ no: 1, text: '本街道依托社区公开栏公布低保名单。全年召开居民议事会六次，听取意见建议。新建便民服务站两处，配备自助终端。街道网站改版上线，栏目调整为八个。' }],
    });
    expect(other).toEqual([]);
  });

  it('empty or tiny sections: nothing, fast', async () => {
    expect(await findCopiedSections(sqliteStorage(store), { agency: 'x', sections: [] })).toEqual([]);
    expect(await findCopiedSections(sqliteStorage(store), { agency: 'x', sections: [{ no: 1, text: '无。' }] })).toEqual([]);
  });
});
