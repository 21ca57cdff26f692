// `npm run bench`: every benchmark prints its measure and its ratio to a baseline measured in the same run.
import { benchCore, type BenchRow } from './core.js';

// `npm run bench [suite] [--1m]`: --1m adds the 1M-chunk corpus to the scale suite (minutes, several GB on disk).
const args = process.argv.slice(2);
const only = args.find((a) => !a.startsWith('--'));
const million = args.includes('--1m');
const suites: Record<string, () => Promise<BenchRow[]>> = {
  core: benchCore,
  retrieval: async () => (await import('./retrieval.js')).benchRetrieval(),
  scale: async () => (await import('./scale.js')).benchScale({ sizes: [10_000, 100_000, ...(million ? [1_000_000] : [])] }),
  drafting: async () => (await import('./drafting.js')).benchDrafting(),
};

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(2));

for (const [name, run] of Object.entries(suites)) {
  if (only && only !== name) continue;
  console.log(`\n== ${name} ==  （负载 ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')}）`);
  try {
    for (const r of await run()) {
      const ratio = r.ratio !== undefined ? `  比值 ${r.ratio.toFixed(2)}×（基线 ${fmt(r.baseline!)}）` : '';
      console.log(`${r.name.padEnd(28)} ${fmt(r.value).padStart(12)} ${r.unit}${ratio}${r.target ? `  目标 ${r.target}` : ''}`);
    }
  } catch (e) {
    console.log(`（${name} 未能运行：${e instanceof Error ? e.message : e}）`);
  }
}
