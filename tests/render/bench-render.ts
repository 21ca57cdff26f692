// Render-only microbenchmark: µs per report per output format (md, html, txt, docx) on seed-size reports (the five
// seeds as parsed, stored in golden/, plus 45 generated reports, the mix `npm run bench core` uses). Independent of the parser.
// Run: npx tsx tests/render/bench-render.ts [ms per format]. Not a test: numbers depend on the machine.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocx } from '../../server/render/docx.js';
import { renderReport, TEXT_FORMATS } from '../../server/render/index.js';
import { randomValidReport } from '../../server/report/generate.js';
import type { AnyReport } from '../../server/report/schema.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const reports: AnyReport[] = [0, 1, 2, 3, 4].map((i) => JSON.parse(readFileSync(join(GOLDEN, `seed-00${i}.json`), 'utf8')));
for (let i = 0; i < 45; i++) reports.push(randomValidReport(1000 + i));

// CPU time of this process, not wall time: other work on the machine does not count against the renderer.
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const MS = Number(process.argv[2] ?? 2000);
for (const f of TEXT_FORMATS) {
  for (let k = 0; k < 300; k++) renderReport(reports[k % reports.length], f); // warm-up
  let n = 0;
  let bytes = 0;
  const t0 = cpuMs();
  while (cpuMs() - t0 < MS) for (let k = 0; k < reports.length; k++, n++) bytes += renderReport(reports[k], f).length;
  const us = ((cpuMs() - t0) * 1000) / n;
  console.log(`${f.padEnd(4)} ${us.toFixed(1).padStart(7)} µs/份  (${n} 份, 平均 ${Math.round(bytes / n)} 字符)`);
}
// DOCX: one pass over the mix (each report is a zip written and re-read for the font table).
await renderDocx(reports[0]);
const t0 = cpuMs();
for (const r of reports) await renderDocx(r);
console.log(`docx ${(((cpuMs() - t0) * 1000) / reports.length).toFixed(1).padStart(7)} µs/份  (${reports.length} 份)`);
