// `npm run bench`: every benchmark prints its measure and its ratio to a baseline measured in the same run.
import { benchCore, type BenchRow } from './core.js';

const only = process.argv[2];
const suites: Record<string, () => Promise<BenchRow[]>> = {
  core: benchCore,
  retrieval: async () => (await import('./retrieval.js')).benchRetrieval(),
  drafting: async () => (await import('./drafting.js')).benchDrafting(),
};

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));

for (const [name, run] of Object.entries(suites)) {
  if (only && only !== name) continue;
  console.log(`\n== ${name} ==`);
  try {
    for (const r of await run()) {
      const ratio = r.ratio !== undefined ? `  比值 ${r.ratio.toFixed(2)}×（基线 ${fmt(r.baseline!)}）` : '';
      console.log(`${r.name.padEnd(28)} ${fmt(r.value).padStart(12)} ${r.unit}${ratio}${r.target ? `  目标 ${r.target}` : ''}`);
    }
  } catch (e) {
    console.log(`（${name} 未能运行：${e instanceof Error ? e.message : e}）`);
  }
}
