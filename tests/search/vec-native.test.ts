// The SIMD build of sqlite-vec (vendor/sqlite-vec, server/store/vec-native.ts) answers exactly as the npm binary:
// same neighbours, same distances, on the same SQLite file, both loaded in one process.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSimdVec, cpuFeatures, vecBinary } from '../../server/store/vec-native.js';
import { openStore, type Store } from '../../server/store/db.js';
import { ensureVectorIndex, insertVectors, knn } from '../../server/store/vectors.js';
import { rng } from '../../server/report/generate.js';
import { tempDir } from '../store/helpers.js';

let tmp: ReturnType<typeof tempDir>;
let path: string;
const dim = 64;

function unit(r: () => number): Float32Array {
  const v = Float32Array.from({ length: dim }, () => r() * 2 - 1);
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

function openWith(binary: 'simd' | 'npm'): Store {
  process.env.NIANBAO_VEC_SIMD = binary === 'npm' ? '0' : '';
  try {
    return openStore(path);
  } finally {
    delete process.env.NIANBAO_VEC_SIMD;
  }
}

beforeAll(() => {
  tmp = tempDir('nianbao-vec-native-');
  path = join(tmp.dir, 'v.db');
  const s = openWith('npm');
  ensureVectorIndex(s, { id: 'test/64', dim });
  const r = rng(5);
  const rows = Array.from({ length: 3000 }, (_, i) => ({ chunkId: i + 1, section: i % 7, year: 2019 + (i % 6), level: i % 2 ? '乡镇' : '街道', format: '2021', agency: `机关${i % 50}` }));
  insertVectors(s, rows, rows.map(() => unit(r)));
  s.close();
});
afterAll(() => tmp.cleanup());

describe('sqlite-vec binaries', () => {
  it('the SIMD build is used only where the CPU has AVX2 and FMA', () => {
    const built = buildSimdVec();
    const f = cpuFeatures();
    if (!(f.has('avx2') && f.has('fma') && process.arch === 'x64' && process.platform === 'linux')) expect(built.path).toBeUndefined();
    if (built.path) expect(vecBinary()).toBe('simd');
    process.env.NIANBAO_VEC_SIMD = '0';
    expect(vecBinary()).toBe('npm');
    delete process.env.NIANBAO_VEC_SIMD;
  }, 60_000);

  it('same neighbours and distances from both, with and without filters', () => {
    const npm = openWith('npm');
    const simd = openWith('simd');
    const flags = (s: Store) => (s.db.prepare('SELECT vec_debug() AS d').get() as { d: string }).d.match(/Build flags:(.*)/)?.[1].trim();
    expect(flags(npm)).toBe('');
    if (vecBinary() === 'simd') expect(flags(simd)).toBe('avx');
    const r = rng(9);
    for (let i = 0; i < 20; i++) {
      const q = unit(r);
      for (const f of [{}, { sections: [3] }, { sections: [1], level: '乡镇', yearFrom: 2021 }]) {
        const a = knn(npm, q, 10, f);
        const b = knn(simd, q, 10, f);
        expect(b.map((h) => h.chunkId)).toEqual(a.map((h) => h.chunkId));
        b.forEach((h, j) => expect(h.distance).toBeCloseTo(a[j].distance, 5));
      }
    }
    npm.close();
    simd.close();
  });
});
