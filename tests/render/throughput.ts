// Render throughput (reports/s) on randomValidReport, both formats. Run: npx tsx tests/render/throughput.ts
// Not a test: numbers depend on the machine.
import { randomValidReport } from '../../server/report/generate.js';
import { renderDocx } from '../../server/render/docx.js';
import { renderReport, TEXT_FORMATS } from '../../server/render/index.js';

const N = Number(process.argv[2] ?? 2000);
const reports = Array.from({ length: N }, (_, i) => randomValidReport(i, { format: i % 2 ? '2019' : '2021' }));

for (const f of TEXT_FORMATS) {
  for (const r of reports.slice(0, 50)) renderReport(r, f); // warm-up
  const t0 = performance.now();
  let bytes = 0;
  for (const r of reports) bytes += renderReport(r, f, { standalone: true }).length;
  const s = (performance.now() - t0) / 1000;
  console.log(`${f.padEnd(4)} ${Math.round(N / s)} 份/秒  (${N} 份, ${s.toFixed(2)} s, 平均 ${Math.round(bytes / N)} 字符)`);
}
const M = Math.min(N, 200);
const t0 = performance.now();
for (const r of reports.slice(0, M)) await renderDocx(r);
const s = (performance.now() - t0) / 1000;
console.log(`docx ${Math.round(M / s)} 份/秒  (${M} 份, ${s.toFixed(2)} s)`);
