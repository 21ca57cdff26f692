// The reviewer's page in real Chromium against the real server: 20 mixed files (docx, html, txt from the project's
// renderer and corpus, a .pdf, a non-report) → table with progress → open one → dismiss a finding → re-upload →
// the decision survives → export .xlsx, opened here with exceljs.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { start } from '../../server/node.js';
import { mixedBatch, type FixtureFile } from '../review/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'];
const ART = 'test-artifacts';
const has = existsSync(CHROMIUM);
if (!has) console.warn(`跳过浏览器测试：未找到 ${CHROMIUM}（apt-get install chromium）。`);

const MIME: Record<string, string> = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', html: 'text/html', txt: 'text/plain', pdf: 'application/pdf' };
const asInput = (files: FixtureFile[]) => files.map((f) => ({ name: f.name, mimeType: MIME[f.name.split('.').pop()!] ?? 'application/octet-stream', buffer: f.bytes }));

async function upload(page: Page, files: FixtureFile[]) {
  await page.setInputFiles('#files', asInput(files));
  const t0 = Date.now();
  await page.getByRole('button', { name: '开始校验' }).click();
  await expect.poll(() => page.locator('#progress-text').textContent(), { timeout: 90_000 }).toMatch(/^完成：/);
  return Date.now() - t0;
}

const row = (page: Page, file: string) => page.locator('#report-body tr', { has: page.locator(`td:nth-child(2)`, { hasText: file }) });

describe.skipIf(!has)('review page in Chromium', () => {
  let browser: Browser;
  let dir: string;
  let server: Awaited<ReturnType<typeof start>>;
  beforeAll(async () => {
    mkdirSync(ART, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'nianbao-review-'));
    const corpus = join(dir, 'corpus');
    mkdirSync(join(corpus, 'seeds'), { recursive: true });
    copyFileSync('corpus/seeds/004_5e6ce9ac00d09f28.txt', join(corpus, 'seeds', '004_5e6ce9ac00d09f28.txt'));
    server = await start({ port: 0, dbPath: join(dir, 'review.db'), corpusDir: corpus, quiet: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('20 mixed files → table → open → dismiss → re-upload keeps it → xlsx export', async () => {
    const { files, pair } = await mixedBatch();
    expect(files).toHaveLength(20);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    try {
      await page.goto(server.loginUrl ?? server.url); // first start: the one-time link signs in a local admin
      await page.goto(`${server.url}review`);
      expect(await page.locator('#results').isVisible()).toBe(false);
      const ms = await upload(page, files);
      console.log(`[review] 20 files checked in the browser in ${ms} ms`);
      await expect.poll(() => page.locator('#report-body tr').count()).toBe(20);
      expect(await page.locator('#progress-text').textContent()).toMatch(/完成：20 份.*其中 2 份未能校验/);

      // Bad files: a row each, saying what is wrong in Chinese.
      expect(await row(page, '扫描件.pdf').locator('.row-error').textContent()).toMatch(/PDF/);
      expect(await row(page, '会议通知.txt').locator('.row-error').textContent()).toMatch(/不是政府信息公开工作年度报告/);
      // Year-over-year: the pair's current report says it was compared with last year's.
      const current = page.locator('#report-body tr', { hasText: pair.agency }).filter({ hasText: String(pair.year) });
      expect(await current.locator('.tag.yoy').textContent()).toBe(`已对照${pair.year - 1}年度`);
      // Plain rule names in the table; codes only in tooltips.
      expect(await page.locator('#report-body').textContent()).not.toMatch(/\b[TFNYD]\d?-[A-Z]/);
      await page.screenshot({ path: `${ART}/review-table.png`, fullPage: true });

      // Filter and sort.
      await page.locator('#f-status').selectOption('读取失败');
      await expect.poll(() => page.locator('#report-body tr').count()).toBe(2);
      await page.locator('#f-status').selectOption('');
      await page.locator('#f-agency').fill('桦树镇');
      await expect.poll(() => page.locator('#report-body tr').count()).toBe(1);
      await page.locator('#f-agency').fill('');
      await page.locator('#f-rule').selectOption('Y-CARRYOVER');
      await expect.poll(() => page.locator('#report-body tr').count()).toBe(1);
      await page.locator('#f-rule').selectOption('');
      await page.locator('#report-head button', { hasText: '错误' }).click();
      await page.locator('#report-head button', { hasText: '错误' }).click();
      const errs = await page.locator('#report-body tr td:nth-child(7)').allTextContents();
      const nums = errs.filter((t) => /^\d+$/.test(t)).map(Number);
      expect(nums).toEqual([...nums].sort((a, b) => b - a));

      // Open a report with cell findings: its tables as published with red cells.
      await row(page, '002_').getByRole('button').click();
      await expect.poll(() => page.locator('#detail').isVisible()).toBe(true);
      await expect.poll(() => page.locator('#detail-tables td.bad').count()).toBeGreaterThan(0);
      await page.locator('#detail').screenshot({ path: `${ART}/review-detail-red-cells.png` });

      // Open the first seed: its text with findings marked at their quotes.
      await row(page, '000_').getByRole('button').click();
      await expect.poll(() => page.locator('#detail-title').textContent()).toMatch(/临江市桦树镇人民政府 2023年度/);
      expect(await page.locator('#detail-text mark').count()).toBeGreaterThan(2);
      const first = page.locator('#finding-0');
      expect(await first.locator('button.finding').getAttribute('title')).toMatch(/^规则 [A-Z]/);
      await first.locator('button.finding').click();
      // Dismiss needs a reason.
      await first.getByRole('button', { name: '驳回' }).click();
      expect(await first.locator('.field-error').textContent()).toMatch(/驳回须写明理由/);
      await first.getByLabel('理由').fill('标题编号沿用市里模板，已核实');
      await first.getByRole('button', { name: '驳回' }).click();
      await expect.poll(() => page.locator('#finding-0 .decision').textContent()).toBe('已驳回（标题编号沿用市里模板，已核实）');
      expect(await row(page, '000_').locator('td:last-child').textContent()).toBe('部分审核');
      await page.locator('#detail').screenshot({ path: `${ART}/review-detail-dismissed.png` });

      // Re-upload: the decision comes back with the finding (by fingerprint).
      await upload(page, files);
      await row(page, '000_').getByRole('button').click();
      await expect.poll(() => page.locator('#finding-0 .decision').textContent()).toBe('已驳回（标题编号沿用市里模板，已核实）');

      // Export .xlsx and read it back.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel（.xlsx）' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^年报审核-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const path = join(dir, 'review.xlsx');
      await download.saveAs(path);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      const summary = wb.getWorksheet('汇总')!;
      expect(summary.getRow(1).getCell(2).value).toBe('文件');
      expect(summary.rowCount).toBe(21);
      const seedRow = summary.getRows(2, 20)!.find((r) => String(r.getCell(2).value).startsWith('000_'))!;
      expect(seedRow.getCell(3).value).toBe('临江市桦树镇人民政府');
      expect(seedRow.getCell(11).value).toBe('部分审核');
      expect(wb.worksheets.length).toBe(19);
      const sheet = wb.worksheets.find((w) => w.name.includes('临江市桦树镇人民政府'))!;
      expect(sheet.getRow(2).getCell(10).value).toBe('已驳回');
      expect(['错误', '警告', '提示']).toContain(sheet.getRow(2).getCell(2).value);
      expect(pageErrors).toEqual([]);
    } finally {
      await page.close();
    }
  }, 300_000);
});
