import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startServe, stop } from '../support/cli.js';

/** Debian's Chromium; CI installs it. A missing browser fails the suite, it never skips. */
const CHROMIUM = process.env.MIDAD_CHROMIUM ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output');
const WIDTHS = [1280, 360];

describe('the reader site in Chromium', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServe>>;
  let dir: string;
  let articleUrl: string;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'midad-browser-'));
    server = await startServe(['--port', '0', '--db', join(dir, 'midad.db')]);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    const home = await (await fetch(server.url + '/')).text();
    articleUrl = server.url + /<h2 class="card__headline"><a href="([^"]+)"/.exec(home)![1]!;
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await stop(server.child);
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(url: string, width: number): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'networkidle' });
    return { page, errors };
  }

  for (const width of WIDTHS) {
    for (const which of ['home', 'article'] as const) {
      it(`${which} at ${width}px: RTL, no horizontal overflow, no console errors`, async () => {
        const { page, errors } = await open(which === 'home' ? server.url + '/' : articleUrl, width);
        expect(await page.getAttribute('html', 'dir')).toBe('rtl');
        expect(await page.getAttribute('html', 'lang')).toBe('ar');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await page.locator('h1').count()).toBe(1);
        // Self-hosted Arabic font actually loaded.
        expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'ب'))).toBe(true);
        await page.screenshot({ path: join(OUT, `${which}-${width}.png`), fullPage: true });
        expect(errors).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('the text-size control works by keyboard, is announced, and is remembered after a reload', async () => {
    const { page, errors } = await open(articleUrl, 1280);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await size();
    const larger = page.getByRole('button', { name: 'تكبير النص' });
    await larger.focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const after = await size();
    expect(after).toBeGreaterThan(before);
    expect(await page.locator('[data-text-size-status]').textContent()).toContain('حجم النص');
    const paragraph = () => page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.article__body p')!).fontSize));
    expect(await paragraph()).toBeGreaterThan(before);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await size()).toBe(after);
    // And on another page of the site.
    await page.goto(server.url + '/', { waitUntil: 'networkidle' });
    expect(await size()).toBe(after);
    await page.goto(articleUrl, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'الحجم الافتراضي للنص' }).press('Enter');
    expect(await size()).toBe(before);
    await page.screenshot({ path: join(OUT, 'article-text-size.png') });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints quotations in guillemets', async () => {
    const { page } = await open(articleUrl, 1280);
    const marks = await page.evaluate(() => getComputedStyle(document.body.appendChild(document.createElement('q'))).quotes);
    expect(marks).toBe('"«" "»" "“" "”"');
    await page.context().close();
  });

  it('reads well with scripts off: the control is hidden, the text is there', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(articleUrl, { waitUntil: 'networkidle' });
    expect(await page.locator('[data-text-size-control]').isVisible()).toBe(false);
    expect(await page.locator('.article__body p').first().isVisible()).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('shows a visible focus ring on the skip link', async () => {
    const { page } = await open(articleUrl, 1280);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return { cls: el.className, outline: style.outlineStyle, top: box.top };
    });
    expect(focused.cls).toBe('skip-link');
    expect(focused.outline).not.toBe('none');
    expect(focused.top).toBeGreaterThanOrEqual(0);
    await page.context().close();
  });
});
