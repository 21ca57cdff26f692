// Three projects, run one after another by `npm test`:
//   node     — every tests/**/*.test.ts except *.worker.test.ts and the bundle test (better-sqlite3, forks pool)
//   workers  — tests/**/*.worker.test.ts inside workerd (@cloudflare/vitest-pool-workers), wrangler.toml bindings,
//              D1 migrations from server/store/migrations applied before each file (tests/worker/setup.ts)
//   bundle   — tests/worker/bundle.test.ts: the wrangler bundle booted in Miniflare
// One project: `npx vitest run --project node` (or workers, bundle).
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

export default defineConfig(async () => {
  const migrations = await readD1Migrations('server/store/migrations');
  return {
    test: {
      projects: [
        {
          test: {
            name: 'node',
            include: ['tests/**/*.test.ts'],
            exclude: ['tests/**/*.worker.test.ts', 'tests/worker/bundle.test.ts', '**/node_modules/**'],
            testTimeout: 30_000,
            hookTimeout: 60_000,
            pool: 'forks',
            // The projects run one after another (2-core CI): the Node suite keeps the machine to itself.
            sequence: { groupOrder: 0 },
          },
        },
        {
          test: {
            name: 'bundle',
            include: ['tests/worker/bundle.test.ts'],
            testTimeout: 120_000,
            hookTimeout: 180_000,
            pool: 'forks',
            sequence: { groupOrder: 2 },
          },
        },
        {
          plugins: [
            cloudflareTest({
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: { TEST_MIGRATIONS: migrations },
                // A second, never-migrated database for the 「尚未初始化」 answer.
                d1Databases: { DB: 'nianbao-test', EMPTY_DB: 'nianbao-empty' },
              },
            }),
          ],
          test: {
            name: 'workers',
            include: ['tests/**/*.worker.test.ts'],
            setupFiles: ['./tests/worker/setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            sequence: { groupOrder: 1 },
          },
        },
      ],
    },
  };
});
