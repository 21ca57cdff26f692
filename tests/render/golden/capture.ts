// Pin the current renderings: writes <case>.json (the input report) and <case>.md/.txt/.html/.standalone.html.
// Run only when an output change is intended: npx tsx tests/render/golden/capture.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseText } from '../../../server/parse/text.js';
import { renderReport } from '../../../server/render/index.js';
import type { AnyReport } from '../../../server/report/schema.js';
import { generatedCases } from './cases.js';

const OUT = dirname(fileURLToPath(import.meta.url));
const SEEDS = 'corpus/seeds';

const cases: { name: string; report: AnyReport }[] = generatedCases();
for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt')).sort()) {
  const p = parseText(readFileSync(join(SEEDS, f), 'utf8'));
  // The renderer never reads the source record; keep the fixture small.
  cases.push({ name: `seed-${f.slice(0, 3)}`, report: { ...p, source: { ...p.source, text: undefined, notes: [] } } });
}
for (const { name, report } of cases) {
  const input = JSON.parse(JSON.stringify(report)) as AnyReport;
  writeFileSync(join(OUT, `${name}.json`), JSON.stringify(input, null, 1) + '\n');
  for (const f of ['md', 'txt'] as const) {
    const out = renderReport(input, f);
    if (renderReport(input, f, { standalone: true }) !== out) throw new Error(`${name}.${f}: standalone differs`);
    writeFileSync(join(OUT, `${name}.${f}`), out);
  }
  writeFileSync(join(OUT, `${name}.html`), renderReport(input, 'html'));
  writeFileSync(join(OUT, `${name}.standalone.html`), renderReport(input, 'html', { standalone: true }));
}
console.log(`${cases.length} cases written to ${OUT}`);
