// The Worker as it is deployed: bundle it with wrangler (dry run), check nothing Node-only or file-reading runs in it,
// and boot the bundle in Miniflare (the Vite-based Workers project cannot see import-time failures of the bundle).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let out: string;
let code: string;
let mf: Miniflare | undefined;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'nianbao-wb-'));
  execFileSync('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', out, '--env', ''], { stdio: 'pipe', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  code = readFileSync(join(out, 'worker.js'), 'utf8');
}, 180_000);
afterAll(async () => {
  await mf?.dispose();
  rmSync(out, { recursive: true, force: true });
});

describe('the deployed bundle', () => {
  it('has no child_process, no import.meta.url and no template compiling on the request path', () => {
    expect(code).not.toMatch(/["']node:child_process["']|["']child_process["']/);
    expect(code).not.toMatch(/import\.meta\.url/);
    expect(code).not.toMatch(/better-sqlite3|sqlite-vec/);
    // The renderers run precompiled specs: no `compile(` of a template file left in render/ or the offline drafter.
    expect(code).not.toMatch(/compile\(read\(/);
    expect(code).not.toMatch(/TEMPLATE_DIR/);
    const gz = gzipSync(code).length;
    expect(gz).toBeLessThan(3 * 1024 * 1024); // Workers Free: 3 MB gzipped
  });

  it('boots in workerd and answers with the Chinese 503 on an unmigrated D1', async () => {
    mf = new Miniflare({
      modules: true,
      scriptPath: join(out, 'worker.js'),
      modulesRoot: out,
      compatibilityDate: '2026-05-03',
      compatibilityFlags: ['nodejs_compat'],
      d1Databases: ['DB'],
      bindings: { VECTORIZE_FAKE: 'memory' },
    });
    const r = await mf.dispatchFetch('http://localhost/api/health');
    expect(r.status).toBe(503);
    expect(((await r.json()) as { error: string }).error).toMatch(/^D1 数据库尚未初始化：请运行 npx wrangler d1 migrations apply nianbao/);
  }, 60_000);
});
