// Workers project: apply the D1 migrations (server/store/migrations, read by vitest.config.ts) before each file.
import { applyD1Migrations, env } from 'cloudflare:test';

const e = env as unknown as { DB: Parameters<typeof applyD1Migrations>[0]; TEST_MIGRATIONS: Parameters<typeof applyD1Migrations>[1] };
await applyD1Migrations(e.DB, e.TEST_MIGRATIONS);
