// Two browser tabs on one draft, in real Chromium against the real server: a stale tab never overwrites the other's
// change silently — a different cell is merged on top, the same cell is reported and reloaded.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start } from '../../server/node.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const ART = 'test-artifacts';
const has = existsSync(CHROMIUM);

const cell = (page: Page, id: string) => page.locator(`[id="cell-${id}"]`);

async function type(page: Page, id: string, value: string) {
  await cell(page, id).fill(value);
  await cell(page, id).press('Tab');
}

describe.skipIf(!has)('two tabs on one draft', () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'nianbao-tabs-'));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('a stale tab: another cell merges on top; the same cell is reported, reloaded, never overwritten', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus, { recursive: true });
    const server = await start({ port: 0, dbPath: join(dir, 'tabs.db'), corpusDir: corpus, quiet: true });
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    try {
      const a = await ctx.newPage();
      await a.goto(server.loginUrl!);
      await a.getByLabel('机关全称').fill('临江市桦树镇人民政府');
      await a.getByLabel('报告年度').fill('2023');
      await a.getByRole('button', { name: '创建草稿' }).click();
      await cell(a, 't3.new.natural').waitFor();
      const url = a.url();
      const b = await ctx.newPage();
      await b.goto(url);
      await cell(b, 't3.new.natural').waitFor();

      // Tab A saves a number; tab B still shows the version before it.
      await type(a, 't3.new.natural', '3');
      await expect.poll(() => a.locator('#status').textContent()).toMatch(/已保存/);

      // B changes another cell: merged on top of A's change, nothing lost on either side.
      await type(b, 't3.new.commercial', '2');
      await expect.poll(() => b.locator('#status').textContent()).toMatch(/已保存/);
      await expect.poll(() => cell(b, 't3.new.natural').inputValue()).toBe('3');

      // A, now stale, changes the cell B's merge did not touch but B changes the same cell A just set: B's view is
      // current, A's is not. A types into t3.new.commercial (which B set to 2 after A last loaded).
      await type(a, 't3.new.commercial', '9');
      await expect.poll(() => a.locator('#status').textContent()).toMatch(/其他页面/);
      await expect.poll(() => cell(a, 't3.new.commercial').inputValue()).toBe('2');
      await a.screenshot({ path: join(ART, 'two-tabs-conflict.png'), fullPage: false });

      const id = new URL(url).searchParams.get('draft')!;
      const d = (await (await a.request.get(`${server.url}api/drafts/${id}`)).json()) as { input: { numbers: Record<string, number> } };
      expect(d.input.numbers['t3.new.natural']).toBe(3);
      expect(d.input.numbers['t3.new.commercial']).toBe(2);
      expect(readFileSync(join(ART, 'two-tabs-conflict.png')).length).toBeGreaterThan(1000);
    } finally {
      await ctx.close();
      await server.close();
    }
  }, 120_000);
});
