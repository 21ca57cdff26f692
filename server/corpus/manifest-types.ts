// The corpus manifest's shapes (runtime-neutral); reading it from disk is manifest.ts.
import { LEVELS, type Level } from '../format/index.js';

export interface CorpusEntry {
  /** Path relative to the corpus folder: 「seeds/000_….txt」, 「reports/r001.txt」. */
  file: string;
  agency: string;
  level: Level | '';
  province: string;
  year: number | null;
  format: '2019' | '2021' | null;
  completeness: 'complete' | 'partial';
  /** Public URL of the official document, or 「seed」. */
  source: string;
}

export interface ReportMeta {
  agency?: string;
  level?: string;
  province?: string;
  year?: number | null;
  format?: '2019' | '2021' | null;
  complete?: boolean;
  source?: string;
}

export const isLevel = (s: unknown): s is Level => typeof s === 'string' && (LEVELS as readonly string[]).includes(s);

