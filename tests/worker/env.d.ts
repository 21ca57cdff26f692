// Types for the Workers test project (the pool's own types need @cloudflare/workers-types, which we do not install).
declare module 'cloudflare:test' {
  export const env: Record<string, unknown>;
  export const SELF: { fetch(input: string | Request, init?: RequestInit): Promise<Response> };
  export function applyD1Migrations(db: unknown, migrations: unknown[], migrationsTableName?: string): Promise<void>;
}
declare module '*?raw' {
  const text: string;
  export default text;
}
