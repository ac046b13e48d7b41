import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runMidad, startServe, stop } from '../support/cli.js';
import { createTestDatabase } from '../support/pg-databases.js';

const dir = mkdtempSync(join(tmpdir(), 'midad-procs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first demo article, as a JSONL line, with another headline. */
function editedDemo(headline: string): string {
  const line = readFileSync(join(ROOT, 'demo/articles.jsonl'), 'utf8').split('\n')[0]!;
  const a = JSON.parse(line);
  a.headline = headline;
  const path = join(dir, `edit-${Date.now()}.jsonl`);
  writeFileSync(path, JSON.stringify(a) + '\n');
  return path;
}

/** Fetches a page's HTML and whether it came from the cache. */
async function page(url: string): Promise<{ html: string; hit: boolean }> {
  const res = await fetch(url);
  return { html: await res.text(), hit: res.headers.get('x-cache') === 'HIT' };
}

const STORES = [
  { name: 'sqlite', db: async () => ({ url: join(dir, 'shared.db'), drop: async () => {} }) },
  ...(process.env.MIDAD_TEST_PG_URL ? [{ name: 'postgres', db: () => createTestDatabase(process.env.MIDAD_TEST_PG_URL!) }] : []),
];

for (const { name, db: makeDb } of STORES) {
  describe(`two serving processes on ${name}`, () => {
    it('a change committed by a third process is seen at once by both caches', { timeout: 180_000 }, async () => {
      const db = await makeDb();
      const a = await startServe(['--port', '0', '--db', db.url]);
      const b = await startServe(['--port', '0', '--db', db.url, '--no-demo']);
      try {
        const path = '/article/demo-001';
        const canonical = (await fetch(a.url + path, { redirect: 'manual' })).headers.get('location')!;
        for (const s of [a, b]) {
          await page(s.url + canonical);
          expect((await page(s.url + canonical)).hit).toBe(true);
        }
        const r = await runMidad(['import', '--update', editedDemo('عنوان جديد كتبه محرر من عملية ثالثة'), '--db', db.url]);
        expect(r.stdout).toContain('1 updated');
        for (const s of [a, b]) {
          const after = await page(s.url + canonical);
          expect(after.hit).toBe(false);
          expect(after.html).toContain('عنوان جديد كتبه محرر من عملية ثالثة');
        }
      } finally {
        await stop(a.child);
        await stop(b.child);
        await db.drop();
      }
    });
  });
}

describe('midad serve --workers 2', () => {
  it('serves from two processes and stops cleanly', { timeout: 120_000 }, async () => {
    const s = await startServe(['--port', '0', '--db', join(dir, 'workers.db'), '--workers', '2']);
    try {
      expect(s.stderr()).toContain('2 workers');
      for (let i = 0; i < 6; i++) expect((await fetch(s.url + '/')).status).toBe(200);
    } finally {
      expect(await stop(s.child)).toBe(0);
    }
  });
});
