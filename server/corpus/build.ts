// Copy the shared corpus into `corpus/` and write `corpus/manifest.json`. Run once: `npx tsx server/corpus/build.ts`.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isLevel, type CorpusEntry } from './manifest.js';

const SHARED = process.env.NIANBAO_SHARED_CORPUS ?? '/work/shared/corpus';
const OUT = 'corpus';

// Spec §6: the five seeds (all 乡镇, complete). `format` is the table format as written, not the one due.
const SEEDS: Record<string, Omit<CorpusEntry, 'file' | 'level' | 'completeness' | 'source'>> = {
  '000_6c268c3b3a656887.txt': { agency: '临江市桦树镇人民政府', province: '吉林', year: 2023, format: '2021' },
  '001_633163d6db5cefeb.txt': { agency: '酉阳县铜鼓镇人民政府', province: '重庆', year: 2023, format: '2021' },
  '002_3abf4460f6dab16e.txt': { agency: '同江市临江镇人民政府', province: '黑龙江', year: 2020, format: '2019' },
  '003_ce4c2bf3da69d030.txt': { agency: '饶河县小佳河镇人民政府', province: '黑龙江', year: 2023, format: '2019' },
  '004_5e6ce9ac00d09f28.txt': { agency: '繁峙县集义庄乡人民政府', province: '山西', year: 2023, format: '2021' },
};

interface SharedEntry {
  file: string;
  url: string;
  agency: string;
  year: number | null;
  level: string;
  province: string;
  format: string | null;
}

const entries: CorpusEntry[] = [];
mkdirSync(join(OUT, 'seeds'), { recursive: true });
mkdirSync(join(OUT, 'reports'), { recursive: true });

for (const f of readdirSync(join(SHARED, 'seeds')).sort()) {
  const meta = SEEDS[f];
  if (!meta) throw new Error(`seed ${f} not described in spec §6`);
  copyFileSync(join(SHARED, 'seeds', f), join(OUT, 'seeds', f));
  entries.push({ file: `seeds/${f}`, ...meta, level: '乡镇', completeness: 'complete', source: 'seed' });
}

const shared = JSON.parse(readFileSync(join(SHARED, 'reports', 'manifest.json'), 'utf8')) as SharedEntry[];
for (const f of readdirSync(join(SHARED, 'reports')).filter((x) => /^r\d+\.txt$/.test(x)).sort()) {
  const m = shared.find((x) => x.file === f);
  if (!m) throw new Error(`report ${f} missing from the shared manifest`);
  copyFileSync(join(SHARED, 'reports', f), join(OUT, 'reports', f));
  entries.push({
    file: `reports/${f}`,
    agency: m.agency,
    level: isLevel(m.level) ? m.level : '',
    province: m.province,
    year: m.year,
    format: m.format === '2019' || m.format === '2021' ? m.format : null,
    // Every shared report is only the opening of its web page (corpus README).
    completeness: 'partial',
    source: m.url,
  });
}

const doc = {
  description: '已发布的政府信息公开工作年度报告（公开的官方文件，保留来源网址）。seeds 为全文，reports 为网页开头部分。',
  files: entries,
};
writeFileSync(join(OUT, 'manifest.json'), JSON.stringify(doc, null, 1) + '\n');
console.error(`corpus/: ${entries.length} 份（种子 ${Object.keys(SEEDS).length} 份）`);
