// The corpus manifest: who published each file, for which year, in which format, and where it came from.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export { isLevel, type CorpusEntry, type ReportMeta } from './manifest-types.js';
import { isLevel, type CorpusEntry, type ReportMeta } from './manifest-types.js';

/** A hand label of the real corpus (corpus/real/labels-*.json): the fields the manifest needs. */
interface LabelEntry {
  file: string;
  url: string;
  agency: string;
  year: number | null;
  level: string;
  province: string;
  format: '2019' | '2021' | null;
  complete: boolean;
}

const fromLabel = (l: LabelEntry): CorpusEntry => ({
  file: l.file,
  agency: l.agency,
  level: isLevel(l.level) ? l.level : '',
  province: l.province,
  year: l.year,
  format: l.format,
  completeness: l.complete ? 'complete' : 'partial',
  source: l.url,
});

/** Read `<dir>/manifest.json` plus the labels of labelled sub-corpora (`<dir>/<sub>/labels-*.json`); missing → empty. */
export function loadManifest(dir: string): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  const p = join(dir, 'manifest.json');
  if (existsSync(p)) {
    const data = JSON.parse(readFileSync(p, 'utf8')) as { files?: CorpusEntry[] } | CorpusEntry[];
    out.push(...(Array.isArray(data) ? data : (data.files ?? [])));
  }
  const subs = existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  for (const sub of subs)
    for (const f of readdirSync(join(dir, sub.name)).filter((x) => /^labels-[\w-]+\.json$/.test(x)).sort())
      out.push(...(JSON.parse(readFileSync(join(dir, sub.name, f), 'utf8')) as LabelEntry[]).map(fromLabel));
  return out;
}

/** Metadata the manifest holds for a file path anywhere under `dir`, in the shape the store keeps. */
export function manifestMetaFor(dir: string, entries: CorpusEntry[], path: string): ReportMeta | undefined {
  const rel = relative(resolve(dir), resolve(path)).split('\\').join('/');
  const e = entries.find((x) => x.file === rel);
  if (!e) return undefined;
  return {
    agency: e.agency,
    level: e.level,
    province: e.province,
    year: e.year,
    format: e.format,
    complete: e.completeness === 'complete',
    source: e.source,
  };
}
