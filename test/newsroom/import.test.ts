import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../src/arabic/analyzer.js';
import { exportJsonl } from '../../src/newsroom/export/jsonl.js';
import { importSources } from '../../src/newsroom/import/import-sources.js';
import { createIndexer } from '../../src/search/indexer.js';
import { buildArticle } from '../support/factories.js';
import { SEED_DUMP } from '../support/shared.js';
import { STORES, type TestStore } from '../support/stores.js';

const dir = mkdtempSync(join(tmpdir(), 'midad-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const analyzer = createAnalyzer();
const indexer = createIndexer(() => analyzer);
const NOW = new Date('2026-11-29T10:00:00Z');

/** Writes a temporary source file. */
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

/** Exports a store to a string. */
async function exported(t: TestStore): Promise<string> {
  let out = '';
  await exportJsonl(t.store, (l) => {
    out += l;
  });
  return out;
}

for (const { name, open } of STORES) {
  describe(`imports on ${name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await open({ indexer });
    });
    afterEach(async () => t.dispose());

    it('stores the reference dump: four articles, the main one pinning the three pages its cards link to', async () => {
      const [r] = await importSources(t.store, [SEED_DUMP], { now: NOW });
      expect(r!.report).toMatchObject({ format: 'pagetext', articles: 4, cards: 5 });
      expect(r!.report!.outcomes.map((o) => o.outcome)).toEqual(['created', 'created', 'created', 'created']);
      const ids = r!.report!.outcomes.map((o) => o.id!);
      const main = (await t.store.articles.get(ids[0]!))!;
      expect(main.pins).toEqual([ids[1], ids[2], ids[3]]);
      expect(main.related).toHaveLength(5);
      expect(main.publishedAt).toBe(NOW.toISOString());
      const europe = (await t.store.articles.get(ids[1]!))!;
      expect(europe.section?.name).toBe('أوروبا');
      expect(europe.authors.map((a) => a.name)).toEqual(['إيلي يوسف']);
      // Indexed in the same transaction.
      expect((await t.store.search.query({ terms: ['لوكاشينكو'], limit: 5 })).total).toBeGreaterThan(0);
    });

    it('re-importing changes nothing; --update replaces a changed article and keeps its id and slug', async () => {
      const v1 = file('story.jsonl', JSON.stringify({ id: 'w-1', headline: 'خبر أول', body: [{ type: 'paragraph', text: 'نص.' }] }) + '\n');
      const [a] = await importSources(t.store, [v1], { now: NOW });
      const id = a!.report!.outcomes[0]!.id!;
      const slug = (await t.store.articles.get(id))!.slug;
      const [again] = await importSources(t.store, [v1], { now: NOW });
      expect(again!.report!.outcomes[0]!.outcome).toBe('unchanged');
      const v2 = file('story.jsonl', JSON.stringify({ id: 'w-1', headline: 'خبر أول معدل', body: [{ type: 'paragraph', text: 'نص جديد.' }] }) + '\n');
      const [skipped] = await importSources(t.store, [v2], { now: NOW });
      expect(skipped!.report!.outcomes[0]!.outcome).toBe('skipped');
      const [updated] = await importSources(t.store, [v2], { now: NOW, update: true });
      expect(updated!.report!.outcomes[0]).toMatchObject({ outcome: 'updated', id });
      const after = (await t.store.articles.get(id))!;
      expect(after.headline).toBe('خبر أول معدل');
      expect(after.slug).toBe(slug);
      expect(await t.store.articles.count()).toBe(1);
    });

    it('a file that fails leaves nothing behind, and names the line', async () => {
      const bad = file('bad.jsonl', [
        JSON.stringify({ headline: 'سليم', body: [] }),
        JSON.stringify({ headline: 'سليم أيضا', body: [] }),
        JSON.stringify({ headline: '', body: [] }),
      ].join('\n'));
      const [r] = await importSources(t.store, [bad]);
      expect(r!.error?.describe()).toMatch(/bad\.jsonl:3: headline: must not be empty/);
      expect(await t.store.articles.count()).toBe(0);
      const dup = file('dup.jsonl', [JSON.stringify({ id: 'x', headline: 'ثان', body: [] }), JSON.stringify({ id: 'x', headline: 'ثالث', body: [] })].join('\n'));
      const [d] = await importSources(t.store, [dup]);
      expect(d!.error?.message).toContain('share the id "x"');
      expect(await t.store.articles.count()).toBe(0);
    });

    it('a failure after some articles were written rolls back the whole file', async () => {
      const failing = await open({
        indexer,
        hooks: [
          async (_s, change) => {
            if (change.after?.headline === 'الثالث يفشل') throw new Error('disk full');
          },
        ],
      });
      try {
        const src = file('three.jsonl', ['الأول', 'الثاني', 'الثالث يفشل'].map((h) => JSON.stringify({ headline: h, body: [] })).join('\n'));
        const [r] = await importSources(failing.store, [src]);
        expect(r!.error?.message).toBe('could not be stored: disk full');
        expect(await failing.store.articles.count()).toBe(0);
        expect(await failing.store.search.count()).toBe(0);
      } finally {
        await failing.dispose();
      }
    });

    it('a dry run parses and stores nothing', async () => {
      const [r] = await importSources(t.store, [SEED_DUMP], { dryRun: true });
      expect(r!.preview!.articles).toHaveLength(4);
      expect(r!.preview!.source).toBe('000_aa2a8cd937ba68f3.txt');
      expect(await t.store.articles.count()).toBe(0);
    });

    it('export → import round-trips: the second export is byte-identical', async () => {
      await importSources(t.store, [SEED_DUMP], { now: NOW });
      await t.store.articles.create(buildArticle({ id: 'ext-9', kicker: 'تحليل إخباري', tags: ['موانئ'], pins: ['1'] }));
      const first = await exported(t);
      const other = await open({ indexer });
      try {
        const [r] = await importSources(other.store, [file('round.jsonl', first)], { now: NOW });
        expect(r!.error).toBeUndefined();
        expect(await exported(other)).toBe(first);
        // And importing the export into the store it came from changes nothing.
        const [same] = await importSources(t.store, [file('round2.jsonl', first)], { now: NOW });
        expect(same!.report!.outcomes.every((o) => o.outcome !== 'created')).toBe(true);
        expect(await t.store.articles.count()).toBe(5);
      } finally {
        await other.dispose();
      }
    });
  });
}

describe('format detection by content', () => {
  it('reads a dump saved with an .html name as a dump, and HTML saved as .txt as HTML', async () => {
    const t = await STORES[0]!.open({ indexer });
    try {
      const dump = file('page.html', readFileSync(SEED_DUMP, 'utf8'));
      const html = file('page.txt', '<!doctype html><html lang="ar"><head><title>عنوان الصفحة</title></head><body><article><h1>عنوان الصفحة</h1><p>فقرة أولى طويلة بما يكفي ليعدها المحلل نصا.</p><p>فقرة ثانية طويلة بما يكفي.</p></article></body></html>');
      const [a, b] = await importSources(t.store, [dump, html], { dryRun: true });
      expect(a!.preview!.articles).toHaveLength(4);
      expect(b!.preview && b!.parsed.format).toBe('html');
    } finally {
      await t.dispose();
    }
  });
});
