// Workers project: apply the D1 migrations (server/store/migrations, read by vitest.config.ts) before each file.
import { applyD1Migrations, env } from 'cloudflare:test';

const e = env as { DB: unknown; TEST_MIGRATIONS: unknown[] };
await applyD1Migrations(e.DB, e.TEST_MIGRATIONS);
