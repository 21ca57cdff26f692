// Uploads and zips → files to check: limits checked before inflating, bad zips become rows, the batch goes on.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { BATCH_LIMITS, expandUploads } from '../../server/review/index.js';
import { seedTexts, zipOf } from './fixtures.js';

const seeds = seedTexts();

describe('expandUploads', () => {
  it('takes files as they are and opens a zip (sorted entries, path kept, directories and __MACOSX skipped)', async () => {
    const zip = new JSZip();
    zip.file('报告/b.txt', seeds[1].bytes);
    zip.file('报告/a.txt', seeds[0].bytes);
    zip.file('__MACOSX/报告/._a.txt', 'junk');
    const items = await expandUploads([{ name: 'x.txt', bytes: seeds[2].bytes }, { name: '一批.zip', bytes: await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) }]);
    expect(items.map((i) => i.name)).toEqual(['x.txt', '一批.zip/报告/a.txt', '一批.zip/报告/b.txt']);
    expect(items.every((i) => !i.error)).toBe(true);
    expect(Buffer.from(items[1].bytes!).equals(seeds[0].bytes)).toBe(true);
  });

  it('GBK file names (Chinese Windows zips without the UTF-8 flag) are read as Chinese', async () => {
    const zip = new JSZip();
    zip.file('report.txt', seeds[0].bytes);
    const buf = Buffer.from(await zip.generateAsync({ type: 'uint8array' }));
    // Rewrite the name bytes in both headers with GBK for 「年报.txt」 (same length: 4 + 4 bytes).
    const gbk = Buffer.from([0xc4, 0xea, 0xb1, 0xa8, 0x2e, 0x74, 0x78, 0x74]);
    const ascii = Buffer.from('report.txt');
    let at = buf.indexOf(ascii);
    const padded = Buffer.concat([gbk, Buffer.from('xx')]); // keep 10 bytes: 「年报.txtxx」
    while (at >= 0) {
      padded.copy(buf, at);
      at = buf.indexOf(ascii, at + 1);
    }
    const items = await expandUploads([{ name: 'w.zip', bytes: buf }]);
    expect(items[0].name).toBe('w.zip/年报.txtxx');
  });

  it('a zip bomb (declared size over the limit) is refused before anything is inflated', async () => {
    // Two small entries whose central directory declares 60 MB each (what a real bomb declares; building one
    // for real would take seconds): refused from the directory alone.
    const bomb = await zipOf([{ name: 'a.txt', bytes: Buffer.alloc(1000, 0x20) }, { name: 'b.txt', bytes: Buffer.alloc(1000, 0x20) }]);
    for (let at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); at >= 0; at = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4))
      bomb.writeUInt32LE(60 * 1024 * 1024, at + 24);
    const items = await expandUploads([{ name: 'bomb.zip', bytes: bomb }, { name: 'ok.txt', bytes: seeds[0].bytes }]);
    expect(items).toHaveLength(2);
    expect(items[0].error).toMatch(/压缩包解压后达 120\.0 MB，超过上限 100\.0 MB，疑似压缩炸弹/);
    expect(items[1].error).toBeUndefined();
  });

  it('a high compression ratio is refused', async () => {
    const ratio = await zipOf([{ name: 'a.txt', bytes: Buffer.alloc(3 * 1024 * 1024, 0x20) }]);
    expect((await expandUploads([{ name: 'r.zip', bytes: ratio }]))[0].error).toMatch(/压缩比达 \d+:1，疑似压缩炸弹/);
  });

  it(`more than ${BATCH_LIMITS.maxZipEntries} entries: one row saying so; exactly ${BATCH_LIMITS.maxZipEntries} are expanded`, async () => {
    const many = (n: number) => zipOf(Array.from({ length: n }, (_, i) => ({ name: `f${i}.txt`, bytes: Buffer.from(`第${i}份`) })));
    const over = await expandUploads([{ name: 'many.zip', bytes: await many(501) }]);
    expect(over).toEqual([{ name: 'many.zip', error: expect.stringMatching(/压缩包内有 501 个文件或目录，超过上限 500 个，未展开/) }]);
    const ok = await expandUploads([{ name: 'ok.zip', bytes: await many(500) }]);
    expect(ok).toHaveLength(500);
    expect(ok.every((i) => i.bytes)).toBe(true);
  });

  it('nested zips are not expanded; a corrupt or encrypted zip is a row', async () => {
    const inner = await zipOf([{ name: 'a.txt', bytes: seeds[0].bytes }]);
    const outer = await zipOf([{ name: 'inner.zip', bytes: inner }, { name: 'b.txt', bytes: seeds[1].bytes }]);
    const items = await expandUploads([{ name: 'outer.zip', bytes: outer }, { name: 'bad.zip', bytes: Buffer.from('PK\u0003\u0004 not really') }]);
    expect(items.map((i) => [i.name, i.error ?? 'ok'])).toEqual([
      ['outer.zip/b.txt', 'ok'],
      ['outer.zip/inner.zip', expect.stringMatching(/压缩包中的压缩包不展开/)],
      ['bad.zip', expect.stringMatching(/压缩包已损坏或不是 zip 格式/)],
    ]);
  });

  it('an entry whose header understates its size is cut off at the declared size and refused', async () => {
    const zip = await zipOf([{ name: 'liar.txt', bytes: Buffer.alloc(200_000, 0x41) }]);
    // Declared uncompressed size in the central directory (offset 24 of the entry) → 1000 bytes.
    const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(1000, cd + 24);
    const items = await expandUploads([{ name: 'liar.zip', bytes: zip }]);
    expect(items[0].error).toMatch(/实际大小超过其声明的大小|已损坏/);
  });
});
