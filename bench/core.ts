// Core throughput: parse + check + render of real-size reports, as reports/s and as a ratio to just reading
// the same files, both measured in this run on this machine.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkReport } from '../server/check/index.js';
import { parseText } from '../server/parse/text.js';
import { renderReport } from '../server/render/index.js';
import { randomValidReport } from '../server/report/generate.js';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  target?: string;
}

function timeLoop(minMs: number, fn: () => void): number {
  let n = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < minMs) {
    fn();
    n++;
    t = performance.now();
  }
  return n / ((t - t0) / 1000);
}

export async function benchCore(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-bench-'));
  const files: string[] = [];
  for (const f of readdirSync('corpus/seeds')) files.push(join('corpus/seeds', f));
  for (let i = 0; i < 45; i++) {
    const p = join(dir, `gen-${i}.txt`);
    writeFileSync(p, renderReport(randomValidReport(1000 + i), 'txt'));
    files.push(p);
  }
  let i = 0;
  const next = () => files[i++ % files.length];
  // Warm up the JIT on every stage before measuring (throughput climbs for the first ~2,000 reports).
  for (let k = 0; k < 3000; k++) {
    const r = parseText(readFileSync(next(), 'utf8'));
    checkReport(r);
    renderReport(r, 'html');
  }
  const read = timeLoop(1500, () => readFileSync(next(), 'utf8'));
  const parse = timeLoop(1500, () => parseText(readFileSync(next(), 'utf8')));
  const full = timeLoop(2500, () => {
    const r = parseText(readFileSync(next(), 'utf8'));
    checkReport(r);
    renderReport(r, 'html');
  });
  return [
    { name: '读取文件（基线）', value: read, unit: '份/秒' },
    { name: '读取+解析', value: parse, unit: '份/秒', baseline: read, ratio: read / parse },
    { name: '读取+解析+校验+渲染HTML', value: full, unit: '份/秒', baseline: read, ratio: read / full, target: '≥ 2000 份/秒（单核）' },
  ];
}
