// Render-only microbenchmark: µs per report per output format on seed-size reports (the five seeds parsed, plus
// generated reports read back from their txt, as `npm run bench core` does). Run: npx tsx tests/render/bench-render.ts
// Not a test: numbers depend on the machine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseText } from '../../server/parse/text.js';
import { renderReport, TEXT_FORMATS } from '../../server/render/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import type { AnyReport } from '../../server/report/schema.js';

const DIR = '/work/shared/corpus/seeds';
const reports: AnyReport[] = readdirSync(DIR).map((f) => parseText(readFileSync(join(DIR, f), 'utf8')));
for (let i = 0; i < 45; i++) reports.push(parseText(renderReport(randomValidReport(1000 + i), 'txt')));

const MS = Number(process.argv[2] ?? 2000);
for (const f of TEXT_FORMATS) {
  for (let k = 0; k < 300; k++) renderReport(reports[k % reports.length], f); // warm-up
  let n = 0;
  let bytes = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < MS) bytes += renderReport(reports[n++ % reports.length], f).length;
  const us = ((performance.now() - t0) * 1000) / n;
  console.log(`${f.padEnd(4)} ${us.toFixed(1).padStart(7)} µs/份  (${n} 份, 平均 ${Math.round(bytes / n)} 字符)`);
}
