import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runMidad, startServe, stop } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'midad-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the midad command', () => {
  it('prints usage and exits non-zero for an unknown command', async () => {
    const r = await runMidad(['frobnicate']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('unknown command "frobnicate"');
    expect(r.stderr).toContain('midad serve');
  });

  it('prints help', async () => {
    const r = await runMidad(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage:');
  });

  it("prints a command's own usage for --help, and with an unknown option", async () => {
    const help = await runMidad(['related', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('midad related  --rebuild');
    expect(help.stdout).toContain('--db PATH|URL');
    expect(help.stdout).not.toContain('midad serve');
    const wrong = await runMidad(['related', '--frobnicate']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain("Unknown option '--frobnicate'");
    expect(wrong.stderr).toContain('midad related  ID|SLUG');
  });

  it('refuses a bad setting, naming it', async () => {
    const r = await runMidad(['serve', '--port', '0', '--db', join(dir, 'bad.db')], { MIDAD_DIGITS: 'roman' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('MIDAD_DIGITS');
  });

  it('serves the demo newsroom, creating the store, and loads it only once', async () => {
    const db = join(dir, 'sub', 'midad.db');
    const first = await startServe(['--port', '0', '--db', db]);
    expect(first.stderr()).toMatch(/loaded \d+ demo articles/);
    const home = await fetch(first.url + '/');
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('محتوى تجريبي');
    expect(await stop(first.child)).toBe(0);

    const second = await startServe(['--port', '0', '--db', db]);
    expect(second.stderr()).not.toMatch(/loaded \d+ demo articles/);
    expect((await fetch(second.url + '/')).status).toBe(200);
    expect(await stop(second.child)).toBe(0);
  });

  it('--no-demo leaves an empty store empty', async () => {
    const s = await startServe(['--port', '0', '--db', join(dir, 'empty.db'), '--no-demo']);
    expect(s.stderr()).not.toMatch(/demo articles/);
    const html = await (await fetch(s.url + '/')).text();
    expect(html).toContain('لا توجد مقالات منشورة بعد');
    await stop(s.child);
  });
});
