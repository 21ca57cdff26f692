// The slice of the Cloudflare D1 binding this adapter uses (structural: no @cloudflare/workers-types needed).
export interface D1Result<T = Record<string, unknown>> {
  results: T[];
  success: boolean;
  meta: { changes: number; last_row_id: number; [k: string]: unknown };
}

export interface D1PreparedStatement {
  bind(...values: unknown[]): D1PreparedStatement;
  first<T = Record<string, unknown>>(): Promise<T | null>;
  all<T = Record<string, unknown>>(): Promise<D1Result<T>>;
  run<T = Record<string, unknown>>(): Promise<D1Result<T>>;
}

export interface D1Database {
  prepare(sql: string): D1PreparedStatement;
  /** Runs the statements in order inside one transaction: all apply or none. */
  batch<T = Record<string, unknown>>(statements: D1PreparedStatement[]): Promise<D1Result<T>[]>;
}

/** D1 allows 100 bound parameters per statement: rows per multi-row INSERT of `cols` columns. */
export const rowsPerInsert = (cols: number) => Math.floor(100 / cols);

export function chunked<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** A BLOB as D1 returns it (an array of bytes, or an ArrayBuffer) → Uint8Array. */
export function blob(v: unknown): Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  if (Array.isArray(v)) return Uint8Array.from(v as number[]);
  throw new Error('D1 returned a BLOB in an unknown shape');
}

export { NOW } from '../../store/statements.js';
