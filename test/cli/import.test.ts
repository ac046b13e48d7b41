import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runMidad, ROOT } from '../support/cli.js';
import { SEED_DUMP, sharedPath } from '../support/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'midad-cli-import-'));
const db = join(dir, 'midad.db');
let server: Server;
let base: string;

beforeAll(async () => {
  // The pages and feeds a newsroom would point Midad at, served from this test.
  const page = readFileSync(join(ROOT, 'test/fixtures/html/midar-daily.html'));
  const feed = readFileSync(join(ROOT, 'test/fixtures/feed/madar-rss-media.xml'));
  server = createServer((req, res) => {
    if (req.url === '/article') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (req.url === '/moved') res.writeHead(301, { location: '/article' }).end();
    else if (req.url === '/feed') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    else res.writeHead(404).end('no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('midad import and export', () => {
  it('--dry-run --json prints the reference dump in the anatomy format and stores nothing', async () => {
    const r = await runMidad(['import', '--dry-run', '--json', SEED_DUMP, '--db', db]);
    expect(r.code).toBe(0);
    const got = JSON.parse(r.stdout);
    const expected = JSON.parse(readFileSync(sharedPath('seed/000_aa2a8cd937ba68f3.expected.json'), 'utf8'));
    expect(got).toEqual(expected);
    const exported = await runMidad(['export', '--db', db]);
    expect(exported.stdout).toBe('');
  });

  it('imports an article page and a feed by URL, following a redirect', async () => {
    const r = await runMidad(['import', `${base}/moved`, `${base}/feed`, '--db', db]);
    expect(r.stderr).not.toContain('midad import:');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\(html\): 1 articles/);
    expect(r.stdout).toMatch(/\(feed\): \d+ articles/);
    const again = await runMidad(['import', `${base}/article`, '--db', db]);
    expect(again.stdout).toMatch(/0 new, 0 updated, 1 unchanged/);
  });

  it('names the file and line of bad input, exits non-zero, and still imports the good files', async () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"headline": "سليم"}\n{"headline": "", "body": []}\n');
    const good = join(dir, 'good.jsonl');
    writeFileSync(good, '{"headline": "خبر سليم من ملف آخر"}\n');
    const r = await runMidad(['import', bad, join(dir, 'missing.txt'), good, `${base}/nothing`, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${bad}:2: headline: must not be empty`);
    expect(r.stderr).toContain(`${join(dir, 'missing.txt')}: cannot read: ENOENT`);
    expect(r.stderr).toContain('/nothing');
    expect(r.stdout).toContain('good.jsonl (jsonl): 1 articles');
  });

  it('refuses an unknown format flag', async () => {
    const r = await runMidad(['import', SEED_DUMP, '--format', 'pdf', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format must be one of');
  });
});
