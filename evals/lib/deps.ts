// The project layers the evals exercise, loaded lazily by path: a layer not built (or broken) makes only the suites
// that need it report 「跳过」 with the reason, instead of failing the whole run.
import type { Finding } from '../../server/check/types.js';
import type { AnyReport, ParsedReport, Report } from '../../server/report/schema.js';

export interface ParseLayer {
  parseText(text: string, opts?: { file?: string }): ParsedReport;
}
export interface ReaderLayer {
  readDocument(buf: Buffer | Uint8Array, filename: string): Promise<{ text: string }> | { text: string };
}
export interface CheckLayer {
  checkReport(report: AnyReport, opts?: { previous?: AnyReport }): Finding[];
  ungroundedNumbers?: (
    prose: string,
    ctx: { facts: Report['facts']; tables: Report['tables']; meta: Partial<Report['meta']> },
  ) => unknown[];
}
export interface RenderLayer {
  renderReport(report: AnyReport, kind: 'md' | 'html' | 'txt'): string | Promise<string>;
}

const cache = new Map<string, Promise<unknown>>();

/** Import a project module by repo-relative path ('server/parse/text.ts'); the error message says which layer is missing. */
export function load<T>(path: string): Promise<T> {
  let p = cache.get(path);
  if (!p) {
    const url = new URL(`../../${path}`, import.meta.url).href;
    p = import(url).catch((e: unknown) => {
      const msg = e instanceof Error ? e.message.split('\n')[0] : String(e);
      throw new Error(`无法加载 ${path}：${msg}`);
    });
    cache.set(path, p);
  }
  return p as Promise<T>;
}

/** Load and verify that the named exports are functions/classes. */
export async function layer<T>(path: string, names: string[]): Promise<T> {
  const mod = (await load<Record<string, unknown>>(path)) as Record<string, unknown>;
  for (const n of names) if (typeof mod[n] !== 'function') throw new Error(`${path} 未导出 ${n}`);
  return mod as T;
}

export const parseLayer = () => layer<ParseLayer>('server/parse/text.ts', ['parseText']);
export const readerLayer = () => layer<ReaderLayer>('server/parse/readers/index.ts', ['readDocument']);
export const checkLayer = () => layer<CheckLayer>('server/check/index.ts', ['checkReport']);
export const renderLayer = () => layer<RenderLayer>('server/render/index.ts', ['renderReport']);

/** Run `f`; on failure return the Chinese reason instead of throwing (for skip messages). */
export async function attempt<T>(f: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; reason: string }> {
  try {
    return { ok: true, value: await f() };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
