// The corpus manifest: who published each file, for which year, in which format, and where it came from.
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

export { isLevel, type CorpusEntry, type ReportMeta } from './manifest-types.js';
import type { CorpusEntry, ReportMeta } from './manifest-types.js';

/** Read `<dir>/manifest.json` (missing → empty list). */
export function loadManifest(dir: string): CorpusEntry[] {
  const p = join(dir, 'manifest.json');
  if (!existsSync(p)) return [];
  const data = JSON.parse(readFileSync(p, 'utf8')) as { files?: CorpusEntry[] } | CorpusEntry[];
  return Array.isArray(data) ? data : (data.files ?? []);
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
