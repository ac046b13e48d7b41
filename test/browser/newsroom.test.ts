import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runMidad, startServe, stop } from '../support/cli.js';

/** Debian's Chromium; CI installs it. A missing browser fails the suite, it never skips. */
const CHROMIUM = process.env.MIDAD_CHROMIUM ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'test-output');
const PASSWORD = 'عبارة-مرور-طويلة-للمتصفح';
const HEADLINE = 'مكتبة الحي تفتح قاعة جديدة لقراءة الصغار';
const SUBHEADING = 'ركن للحكايات';

/** A PNG made for the test: a gradient with a circle, wide enough for several renditions. */
function photo(): Promise<Buffer> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800"><defs><linearGradient id="g"><stop offset="0" stop-color="#1d3b53"/><stop offset="1" stop-color="#e0a458"/></linearGradient></defs>' +
    '<rect width="100%" height="100%" fill="url(#g)"/><circle cx="600" cy="400" r="220" fill="#fdfcf9"/></svg>';
  return sharp(Buffer.from(svg)).png().toBuffer();
}

// Real processes, a real browser and image encoding: minutes, not the unit tests' seconds.
const SLOW = { timeout: 120_000 };

describe('the newsroom in Chromium: a writer writes, an editor publishes', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startServe>>;
  let dir: string;
  let png: string;
  const env: NodeJS.ProcessEnv = {};
  const links: Record<string, string> = {};

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'midad-newsroom-'));
    png = join(dir, 'maktaba.png');
    await sharp(await photo()).toFile(png);
    const db = join(dir, 'midad.db');
    // Background saves every 5 s (the minimum) so the test sees one without waiting long.
    Object.assign(env, { MIDAD_MEDIA_DIR: join(dir, 'media'), MIDAD_AUTOSAVE_SECONDS: '5' });
    for (const [email, role] of [
      ['katiba@example.org', 'writer'],
      ['muharrir@example.org', 'editor'],
      ['katib@example.org', 'writer'],
    ]) {
      const r = await runMidad(['user', 'add', email!, '--role', role!, '--db', db], env);
      expect(r.code, r.stderr).toBe(0);
      links[email!] = new URL(r.stdout.trim()).pathname;
    }
    server = await startServe(['--port', '0', '--db', db, '--no-demo'], env);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (server) await stop(server.child);
    rmSync(dir, { recursive: true, force: true });
  });

  /** A fresh browser profile that records console errors (CSP violations among them). */
  async function open(): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ar' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    return { context, page, errors };
  }

  /** Logs in through the form. */
  async function logIn(page: Page, email: string): Promise<void> {
    await page.goto(server.url + '/newsroom/login', { waitUntil: 'networkidle' });
    await page.getByLabel('البريد الإلكتروني').fill(email);
    await page.getByLabel('كلمة المرور').fill(PASSWORD);
    await page.getByRole('button', { name: 'دخول' }).click();
    await page.waitForURL(/\/newsroom\/?$/);
  }

  /** Follows a setup link, chooses the password, then logs in. */
  async function setUpAndLogIn(page: Page, email: string): Promise<void> {
    await page.goto(server.url + links[email], { waitUntil: 'networkidle' });
    await page.getByLabel('كلمة المرور', { exact: true }).fill(PASSWORD);
    await page.getByLabel('أعد كتابة كلمة المرور').fill(PASSWORD);
    await page.getByRole('button', { name: 'حفظ كلمة المرور' }).click();
    await page.waitForURL(/\/newsroom\/login/);
    await page.getByLabel('البريد الإلكتروني').fill(email);
    await page.getByLabel('كلمة المرور').fill(PASSWORD);
    await page.getByRole('button', { name: 'دخول' }).click();
    await page.waitForURL(/\/newsroom\/?$/);
    delete links[email];
  }

  /** Signs in, following the account's setup link the first time (tests may run alone). */
  async function signIn(page: Page, email: string): Promise<void> {
    if (links[email]) await setUpAndLogIn(page, email);
    else await logIn(page, email);
  }

  it('writes, illustrates, submits, publishes, and the story is on the home page', SLOW, async () => {
    // The writer.
    const w = await open();
    await setUpAndLogIn(w.page, 'katiba@example.org');
    expect(await w.page.getAttribute('html', 'dir')).toBe('rtl');
    await w.page.getByRole('link', { name: 'مقال جديد' }).first().click();
    await w.page.waitForURL(/\/newsroom\/articles\/new/);
    const editor = w.page.locator('form[data-editor]');

    await w.page.getByLabel('العنوان', { exact: true }).fill(HEADLINE);
    await w.page.getByLabel('القسم', { exact: true }).fill('ثقافة');
    await w.page.getByLabel('الكتّاب').fill('منى الخطيب');
    await editor.locator('[data-block]').nth(0).getByLabel('النص').fill('افتتحت مكتبة الحي صباح السبت قاعة جديدة مخصصة للأطفال بين الخامسة والعاشرة.');

    // Typed text survives a reload (kept in the browser until it is saved).
    await w.page.waitForTimeout(700);
    await w.page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => w.page.getByLabel('العنوان', { exact: true }).inputValue()).toBe(HEADLINE);
    expect(await w.page.locator('.nr-notice').textContent()).toContain('استُعيد نص');

    // Blocks are added in the page, without a round trip.
    const before = w.page.url();
    await w.page.getByRole('button', { name: '+ عنوان فرعي' }).click();
    await editor.locator('[data-block]').nth(1).getByLabel('العنوان الفرعي').fill(SUBHEADING);
    await w.page.getByRole('button', { name: '+ فقرة' }).click();
    await editor.locator('[data-block]').nth(2).getByLabel('النص').fill('وتضم القاعة رفوفاً منخفضة وركناً لرواية الحكايات كل خميس.');
    await w.page.getByRole('button', { name: '+ صورة' }).click();
    const image = editor.locator('[data-block]').nth(3);
    await image.getByLabel('رفع صورة').setInputFiles(png);
    await image.getByLabel('النص البديل (لقارئات الشاشة)').fill('أطفال بين رفوف الكتب');
    await image.getByLabel('التعليق').fill('القاعة الجديدة في يومها الأول');
    await image.getByLabel('المصدر (المصوّر أو الوكالة)').fill('تصوير: سامر خليل');
    expect(w.page.url()).toBe(before);
    // The live count follows the typing.
    expect(Number(await w.page.locator('[data-words]').textContent())).toBeGreaterThan(20);
    expect(await w.page.locator('[data-minutes]').textContent()).toBe('1');
    expect(await editor.locator('input[name="blocks.3.type"]').inputValue()).toBe('image');

    await w.page.getByRole('button', { name: 'حفظ' }).first().click();
    await w.page.waitForURL(/\/newsroom\/articles\/[0-9]+\/edit\?done=created/);
    expect(await w.page.locator('.nr-notice').first().textContent()).toContain('أُنشئت المسودة');
    expect(await w.page.locator('img.nr-thumb').first().getAttribute('src')).toMatch(/^\/media\/u\/[a-f0-9]+-1200\.jpg$/);
    const editUrl = w.page.url().replace(/\?.*$/, '');
    await w.page.screenshot({ path: join(OUT, 'newsroom-editor.png'), fullPage: true });

    await w.page.getByRole('button', { name: 'إرسال للمراجعة' }).click();
    await w.page.waitForURL(/done=submit/);
    expect(await w.page.locator('[data-status]').getAttribute('data-status')).toBe('review');
    // Submitted: the writer can no longer edit it.
    expect(await w.page.getByLabel('العنوان', { exact: true }).isDisabled()).toBe(true);
    expect(w.errors).toEqual([]);
    await w.context.close();

    // The editor.
    const e = await open();
    await setUpAndLogIn(e.page, 'muharrir@example.org');
    await e.page.getByRole('link', { name: 'قيد المراجعة' }).click();
    await e.page.getByRole('link', { name: HEADLINE }).click();
    await e.page.waitForURL(editUrl);
    await e.page.getByRole('button', { name: 'نشر الآن' }).click();
    await e.page.waitForURL(/done=publish/);
    expect(await e.page.locator('[data-status]').getAttribute('data-status')).toBe('published');
    expect(e.errors).toEqual([]);
    await e.context.close();

    // A reader.
    const r = await open();
    await r.page.goto(server.url + '/', { waitUntil: 'networkidle' });
    const card = r.page.getByRole('link', { name: HEADLINE }).first();
    await expect.poll(() => card.isVisible()).toBe(true);
    await card.click();
    await r.page.waitForLoadState('networkidle');
    expect(await r.page.locator('h1').textContent()).toBe(HEADLINE);
    expect(await r.page.locator('h2.article__subheading').textContent()).toBe(SUBHEADING);
    const img = r.page.locator('.article__body figure img');
    expect(await img.getAttribute('alt')).toBe('أطفال بين رفوف الكتب');
    // The browser picks a rendition from the <picture>: AVIF (Chromium reads it), sized for the column.
    const chosen = await img.evaluate((el) => ({ src: (el as HTMLImageElement).currentSrc, width: (el as HTMLImageElement).naturalWidth }));
    expect(chosen.src).toMatch(/\/media\/u\/[a-f0-9]+-(320|640|960|1200)\.avif$/);
    expect(chosen.width).toBeGreaterThan(0);
    expect(await r.page.locator('.article__body figcaption').textContent()).toContain('تصوير: سامر خليل');
    await r.page.screenshot({ path: join(OUT, 'newsroom-published.png'), fullPage: true });
    expect(r.errors).toEqual([]);
    await r.context.close();
  });

  it('saves in the background: a new draft gets its address, and nothing typed is lost', SLOW, async () => {
    const w = await open();
    await signIn(w.page, 'katib@example.org');
    await w.page.goto(server.url + '/newsroom/articles/new', { waitUntil: 'networkidle' });
    await w.page.getByLabel('العنوان', { exact: true }).fill('مسودة تحفظ نفسها');
    await w.page.locator('[data-block]').nth(0).getByLabel('النص').fill('نص يكتب ثم يحفظ في الخلفية دون ضغط أي زر.');
    // The address changes in place (history.replaceState), without a navigation.
    await expect.poll(() => w.page.url(), { timeout: 15_000 }).toMatch(/\/newsroom\/articles\/[0-9]+\/edit$/);
    await expect.poll(() => w.page.locator('[data-autosave-status]').textContent(), { timeout: 10_000 }).toContain('حُفظ تلقائياً');
    // Reloaded, the page comes from the server: the text was saved there.
    await w.page.reload({ waitUntil: 'networkidle' });
    expect(await w.page.getByLabel('العنوان', { exact: true }).inputValue()).toBe('مسودة تحفظ نفسها');
    expect(await w.page.locator('.nr-notice').count()).toBe(0);
    // More typing, then the workflow button: the pending text is saved before the move.
    await w.page.locator('[data-block]').nth(0).getByLabel('النص').fill('نص معدّل قبل الإرسال مباشرة، ولم يمر عليه الحفظ التلقائي بعد.');
    await w.page.getByRole('button', { name: 'إرسال للمراجعة' }).click();
    await w.page.waitForURL(/done=submit/);
    expect(await w.page.locator('[data-block]').nth(0).getByLabel('النص').inputValue()).toBe('نص معدّل قبل الإرسال مباشرة، ولم يمر عليه الحفظ التلقائي بعد.');
    expect(await w.page.locator('[data-status]').getAttribute('data-status')).toBe('review');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('works as plain forms with scripts off: blocks added by the server, saved, previewed', SLOW, async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, 'katib@example.org');
    await page.goto(server.url + '/newsroom/articles/new');
    await page.getByLabel('العنوان', { exact: true }).fill('مقال بلا نصوص برمجية');
    await page.locator('[data-block]').nth(0).getByLabel('النص').fill('الفقرة الأولى كتبت والمتصفح لا يشغل النصوص البرمجية.');
    await page.getByRole('button', { name: '+ عنوان فرعي' }).click();
    await page.waitForLoadState('load');
    // The server answered with the form and a new block; the typed text is still there.
    expect(await page.locator('[data-block]').nth(0).getByLabel('النص').inputValue()).toContain('الفقرة الأولى');
    await page.locator('[data-block]').nth(1).getByLabel('العنوان الفرعي').fill('عنوان فرعي أضافه الخادم');
    await page.locator('[data-block]').nth(1).getByRole('button', { name: /إلى الأعلى/ }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('input[name="blocks.0.type"]').inputValue()).toBe('subheading');
    await page.getByRole('button', { name: 'حفظ' }).first().click();
    await page.waitForURL(/done=created/);
    const id = /articles\/([0-9]+)\//.exec(page.url())![1];
    const preview = await page.goto(server.url + `/newsroom/articles/${id}/preview`);
    expect(preview!.headers()['cache-control']).toBe('no-store, private');
    expect(await page.locator('h2.article__subheading').textContent()).toBe('عنوان فرعي أضافه الخادم');
    await context.close();
  });

  it('fits a phone screen: no horizontal scrolling in the list, the editor or the media library', SLOW, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await signIn(page, 'katib@example.org');
    for (const path of ['/newsroom', '/newsroom/articles/new', '/newsroom/media', '/newsroom/account']) {
      await page.goto(server.url + path, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.goto(server.url + '/newsroom/articles/new', { waitUntil: 'networkidle' });
    await page.screenshot({ path: join(OUT, 'newsroom-editor-360.png'), fullPage: true });
    await context.close();
  });
});
