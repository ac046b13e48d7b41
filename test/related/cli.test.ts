import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticleInput } from '../../src/article/index.js';
import { openMidad } from '../../src/cli/open-midad.js';
import type { Explanation } from '../../src/related/explain.js';
import { createTestDatabase } from '../support/pg-databases.js';
import { runInProcess } from './cli-run.js';
import { FINAL, FLOOD, newsInput } from './texts.js';

/** Where each dialect's database lives for the CLI (a file, or a fresh PostgreSQL database). */
const TARGETS: Array<{ name: string; make: () => Promise<{ db: string; drop: () => Promise<void> }> }> = [
  {
    name: 'sqlite',
    make: async () => {
      const dir = mkdtempSync(join(tmpdir(), 'midad-related-cli-'));
      return { db: join(dir, 'cli.db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  ...(process.env.MIDAD_TEST_PG_URL
    ? [{ name: 'postgres', make: async () => { const d = await createTestDatabase(process.env.MIDAD_TEST_PG_URL!); return { db: d.url, drop: d.drop }; } }]
    : []),
];

for (const { name, make } of TARGETS) {
  describe(`midad related (${name})`, () => {
    let db: string;
    let drop: () => Promise<void>;
    let ids: string;
    beforeAll(async () => {
      ({ db, drop } = await make());
      const m = await openMidad(db);
      const inputs = [
        newsInput(FLOOD[0]!, 0, { id: 'f0' }),
        newsInput(FLOOD[1]!, 1, { id: 'f1' }),
        newsInput(FLOOD[2]!, 2, { id: 'f2' }),
        // The same report run again an hour later: a duplicate readers must not be shown.
        newsInput(FLOOD[0]!, 0.04, { id: 'f0-again' }),
        newsInput(FINAL[0]!, 1, { id: 's0', section: 'رياضة' }),
        newsInput(FINAL[2]!, 3, { id: 's2', section: 'رياضة' }),
      ];
      for (const raw of inputs) await m.store.articles.create(parseArticleInput(raw));
      await m.store.close();
      ids = join(mkdtempSync(join(tmpdir(), 'midad-related-ids-')), 'ids.txt');
      writeFileSync(ids, 'f0\ns0\n');
    }, 120_000);
    afterAll(async () => drop?.());

    it('--json explains each pick with its score parts, and what was skipped and why', async () => {
      const r = await runInProcess(['related', 'f0', '--json', '--db', db]);
      expect(r.code).toBe(0);
      const e = JSON.parse(r.stdout) as Explanation;
      expect(e.article.id).toBe('f0');
      expect(e.source).toBe('stored');
      expect(e.picks.map((p) => p.id)).toEqual(expect.arrayContaining(['f1', 'f2']));
      expect(e.picks.map((p) => p.id)).not.toContain('f0-again');
      const first = e.picks[0]!;
      for (const part of ['title', 'body', 'text', 'hub', 'entities', 'section', 'tags', 'recency', 'score']) expect(first.parts).toHaveProperty(part);
      expect(first.score).toBeCloseTo(first.parts!.similarity! * first.parts!.recency!, 5);
      expect(e.picks.map((p) => p.score!)).toEqual([...e.picks.map((p) => p.score!)].sort((a, b) => b - a));
      expect(e.skipped).toContainEqual(expect.objectContaining({ id: 'f0-again', reason: 'duplicate' }));
    });

    it('prints a readable explanation without --json', async () => {
      const r = await runInProcess(['related', 'f0', '--db', db]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^1\. \[f1|^1\. \[f2/m);
      expect(r.stdout).toMatch(/recency/);
      expect(r.stdout).toMatch(/skipped \[f0-again\]: duplicate/);
    });

    it('--batch prints TREC run lines with external ids and falling scores', async () => {
      const r = await runInProcess(['related', '--batch', ids, '--limit', '10', '--db', db]);
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n').map((l) => l.split(' '));
      for (const l of lines) {
        expect(l).toHaveLength(6);
        expect(l[1]).toBe('Q0');
        expect(l[5]).toBe('midad');
      }
      const f0 = lines.filter((l) => l[0] === 'f0');
      expect(f0.map((l) => l[3])).toEqual(f0.map((_, i) => String(i + 1)));
      const scores = f0.map((l) => Number(l[4]));
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(f0.map((l) => l[2])).not.toContain('f0-again');
      expect(lines.filter((l) => l[0] === 's0').map((l) => l[2])[0]).toBe('s2');
    });

    it('--raw gives the similarity ranking alone, duplicates included', async () => {
      const r = await runInProcess(['related', '--batch', ids, '--raw', '--db', db]);
      expect(r.code).toBe(0);
      const f0 = r.stdout.trim().split('\n').map((l) => l.split(' ')).filter((l) => l[0] === 'f0');
      expect(f0[0]![2]).toBe('f0-again');
      expect(f0.map((l) => l[2])).toEqual(expect.arrayContaining(['f1', 'f2']));
    });

    it('--rebuild recomputes every list with a progress report, and the lists stay the same', async () => {
      const before = JSON.parse((await runInProcess(['related', 'f1', '--json', '--db', db])).stdout) as Explanation;
      const r = await runInProcess(['related', '--rebuild', '--db', db]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/related profiles 100% 6\/6/);
      expect(r.stderr).toMatch(/rebuilt related lists of 6 articles/);
      const after = JSON.parse((await runInProcess(['related', 'f1', '--json', '--db', db])).stdout) as Explanation;
      // f0 and its rerun are one report: either may be the one shown (their weights differ by when each was profiled), never both.
      const same = (e: Explanation) => e.picks.map((p) => (p.id === 'f0-again' ? 'f0' : p.id)).sort();
      expect(same(before)).toEqual(['f0', 'f2']);
      expect(same(after)).toEqual(same(before));
    });

    it('answers a usage error for an unknown article, and for --raw without --batch', async () => {
      expect((await runInProcess(['related', 'nope', '--db', db])).code).toBe(2);
      const r = await runInProcess(['related', 'f0', '--raw', '--db', db]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--raw goes with --batch/);
    });
  });
}
