import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { annotateCommand } from '../../src/cli/commands/annotate.js';
import { openMidad } from '../../src/cli/open-midad.js';
import { SEED_DUMP } from '../support/shared.js';
import { storyArticle, WATER_TALKS } from './stories.js';

/** Runs the command, capturing what it writes. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { code: await annotateCommand(argv), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('midad annotate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'midad-annotate-'));
  const db = join(dir, 'midad.db');
  let id = 0;
  beforeAll(async () => {
    const midad = await openMidad(db);
    id = (await midad.store.articles.create(storyArticle(WATER_TALKS, { id: 'water-1' }))).id;
    await midad.store.close();
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--file --json prints every article of a dump in the DESIGN.md format, offsets into each block', async () => {
    const r = await run(['--file', SEED_DUMP, '--json']);
    expect(r.code).toBe(0);
    const { articles } = JSON.parse(r.stdout) as { articles: Array<Record<string, unknown>> };
    expect(articles.length).toBeGreaterThan(1);
    const first = articles[0] as {
      headline: string;
      people: Array<{ name: string; role: string | null; mentions: Array<{ text: string; block: number; start: number; end: number }> }>;
      quotes: Array<{ speaker: string | null; text: string; block: number; start: number; end: number }>;
    };
    expect(Object.keys(first)).toEqual(['headline', 'people', 'places', 'organizations', 'quotes']);
    expect(first.people[0]).toMatchObject({ name: 'فلاديمير بوتين', role: 'الرئيس الروسي' });
    expect(first.quotes.length).toBeGreaterThan(20);
    expect(first.quotes[0]).toEqual({ speaker: expect.any(String), text: expect.any(String), block: expect.any(Number), start: expect.any(Number), end: expect.any(Number) });
  });

  it('ID --json re-annotates a stored article and prints what the store holds', async () => {
    for (const ref of [String(id), 'water-1']) {
      const r = await run([ref, '--json', '--db', db]);
      expect(r.code).toBe(0);
      const [a] = (JSON.parse(r.stdout) as { articles: Array<{ people: Array<{ name: string; mentions: Array<{ block: number; start: number; end: number; text: string }> }>; quotes: unknown[] }> }).articles;
      const mansour = a!.people.find((p) => p.name === 'كريم منصور')!;
      expect(mansour.mentions[0]).toEqual({ text: 'وزير الخارجية المصري كريم منصور', block: 0, start: 5, end: 36 });
      expect(WATER_TALKS[0]!.slice(5, 36)).toBe(mansour.mentions[0]!.text);
      expect(a!.quotes).toHaveLength(3);
    }
  });

  it('prints a readable summary without --json', async () => {
    const r = await run([String(id), '--db', db]);
    expect(r.stdout).toContain('شخص: كريم منصور (وزير الخارجية المصري) ×2');
    expect(r.stdout).toContain('كريم منصور: «الوقت لا ينتظر أحدا»');
  });

  it('refuses an unknown article or an unreadable file on stderr with a non-zero exit', async () => {
    const missing = await run(['no-such-article', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-article');
    const unreadable = await run(['--file', join(dir, 'absent.txt')]);
    expect(unreadable.code).toBe(1);
    expect(unreadable.stderr).toContain('absent.txt');
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"headline": "سطر أول صالح"}\n{not json\n');
    const broken = await run(['--file', bad, '--format', 'jsonl']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/bad\.jsonl:2/);
  });

  it('--rebuild annotates again what another rules version made', async () => {
    const r = await run(['--rebuild', '--all', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('annotated 1 articles');
  });
});
