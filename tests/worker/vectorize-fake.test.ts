// The Vectorize fake behaves like the service where it matters, and is stricter where the service is silent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agencyKey, FakeVectorize, METADATA_INDEXES, metadataIndexCommands, vectorizeFilter } from '../../server/adapters/vectorize/index.js';

const v = (...xs: number[]) => Float32Array.from(xs);

describe('FakeVectorize', () => {
  it('ranks by cosine similarity and filters on indexed metadata', async () => {
    const f = new FakeVectorize(3);
    await f.upsert([
      { id: '1', values: v(1, 0, 0), metadata: { section: 1, year: 2023, level: '乡镇', format: '2021', agency: agencyKey('甲') } },
      { id: '2', values: v(0.9, 0.1, 0), metadata: { section: 5, year: 2022, level: '街道', format: '2021', agency: agencyKey('乙') } },
      { id: '3', values: v(0, 1, 0), metadata: { section: 1, year: 2021, level: '乡镇', format: '2019', agency: agencyKey('丙') } },
    ]);
    expect((await f.query(v(1, 0, 0), { topK: 3 })).matches.map((m) => m.id)).toEqual(['1', '2', '3']);
    const q = (filter: Record<string, unknown> | undefined) => f.query(v(1, 0, 0), { topK: 10, filter: filter as never }).then((r) => r.matches.map((m) => m.id));
    expect(await q(vectorizeFilter({ sections: [1] }))).toEqual(['1', '3']);
    expect(await q(vectorizeFilter({ yearFrom: 2022 }))).toEqual(['1', '2']);
    expect(await q(vectorizeFilter({ excludeAgency: '甲', level: '乡镇' }))).toEqual(['3']);
    expect(await q(vectorizeFilter({ sections: [1, 5], format: '2021' }))).toEqual(['1', '2']);
  });

  it('rejects a filter on a property without a metadata index (the real service would ignore it silently)', async () => {
    const f = new FakeVectorize(3);
    await expect(f.query(v(1, 0, 0), { filter: { province: '吉林' } })).rejects.toThrow(/province which has no metadata index/);
  });

  it('enforces the service limits: topK, batch size, dimensions', async () => {
    const f = new FakeVectorize(3);
    await expect(f.query(v(1, 0, 0), { topK: 101 })).rejects.toThrow(/topK/);
    await expect(f.query(v(1, 0, 0), { topK: 21, returnMetadata: 'all' })).rejects.toThrow(/topK must be 1–20/);
    await expect(f.query(v(1, 0), { topK: 1 })).rejects.toThrow(/dimensions/);
    await expect(f.upsert(Array.from({ length: 1001 }, (_, i) => ({ id: String(i), values: v(1, 0, 0) })))).rejects.toThrow(/1000/);
  });

  it('hashes agency names to fit the 64-byte indexed string', () => {
    expect(agencyKey('某某省某某市某某县某某镇人民政府办公室信息公开工作领导小组')).toMatch(/^[0-9a-f]{16}$/);
  });

  it('the README creates a metadata index for exactly the declared properties', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const cmd of metadataIndexCommands('nianbao')) expect(readme).toContain(cmd);
    const documented = [...readme.matchAll(/create-metadata-index nianbao --propertyName=(\w+)/g)].map((m) => m[1]);
    expect(new Set(documented)).toEqual(new Set(Object.keys(METADATA_INDEXES)));
  });
});
