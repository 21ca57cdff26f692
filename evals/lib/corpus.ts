// The bundled corpus (corpus/manifest.json) joined with the hand-read labels kept in evals/fixtures.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadManifest } from '../../server/corpus/manifest.js';
import type { Level } from '../../server/format/index.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CORPUS_DIR = fileURLToPath(new URL('../../corpus/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface CorpusLabels {
  url?: string;
  table_values?: Record<string, Record<string, (number | null)[]>>;
  partial_table_values?: Record<string, Record<string, (number | null)[]>>;
  narrative_facts?: Record<string, number>;
  anomalies?: string[];
  has_sections?: number[];
}

export interface CorpusDoc {
  file: string; // relative to corpus/: 「reports/r001.txt」
  agency: string;
  level: Level | '';
  province: string;
  year: number | null;
  format: '2019' | '2021' | null;
  complete: boolean;
  source: string;
  text: string;
  labels?: CorpusLabels;
}

let cached: CorpusDoc[] | undefined;

export function loadCorpus(dir = CORPUS_DIR): CorpusDoc[] {
  if (cached && dir === CORPUS_DIR) return cached;
  const mpath = `${dir}/manifest.json`;
  if (!existsSync(mpath)) throw new Error(`语料清单不存在：${mpath}`);
  const files = loadManifest(dir);
  const labels = JSON.parse(readFileSync(`${FIXTURES_DIR}/corpus-labels.json`, 'utf8')) as { files: Record<string, CorpusLabels> };
  const docs = files.map((f) => {
    const file = f.file;
    return {
      file,
      agency: f.agency ?? '',
      level: f.level ?? '',
      province: f.province ?? '',
      year: typeof f.year === 'number' ? f.year : null,
      format: f.format ?? null,
      complete: f.completeness === 'complete',
      source: f.source ?? '',
      text: readFileSync(`${dir}/${file}`, 'utf8'),
      labels: labels.files[file],
    } satisfies CorpusDoc;
  });
  if (dir === CORPUS_DIR) cached = docs;
  return docs;
}

/** Short id for anchors and tables: 「seeds/000_6c26….txt」 → 「000」, 「reports/r017.txt」 → 「r017」. */
export const docId = (file: string) => file.replace(/^.*\//, '').replace(/\.txt$/, '').replace(/^(\d{3})_.*/, '$1');
