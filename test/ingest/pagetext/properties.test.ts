import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleInputSchema } from '../../../src/article/article.js';
import { parsePageText } from '../../../src/ingest/pagetext/index.js';
import { ImportError } from '../../../src/ingest/types.js';

/** Parses and checks the contract: a valid ParsedSource, or an ImportError naming file and line. */
function parsesOrRefuses(text: string): void {
  let result;
  try {
    result = parsePageText(text, { file: 'x.txt' });
  } catch (e) {
    expect(e).toBeInstanceOf(ImportError);
    const where = (e as ImportError).where;
    expect(where.file).toBe('x.txt');
    expect(Number.isInteger(where.line) && where.line! >= 1).toBe(true);
    return;
  }
  expect(result.format).toBe('pagetext');
  for (const a of result.articles) {
    const check = ArticleInputSchema.safeParse(a);
    if (!check.success) throw new Error(`invalid article: ${check.error.message}`);
  }
  for (const w of result.warnings) if (w.line !== undefined) expect(w.line).toBeGreaterThanOrEqual(1);
  for (const l of result.links) expect(result.articles[l.to]).toBeDefined();
}

// Pieces a dump is made of, so random input reaches the parser's deep paths, not only its entrance.
const word = fc.constantFrom('بوتين', 'الرئيس', 'أوروبا', 'في', 'مع', 'الولايات', 'المتحدة', 'تحليل', 'إخباري', 'حوار', 'قال', 'و', 'news', '42');
const phrase = fc.array(word, { minLength: 1, maxLength: 30 }).map((w) => w.join(' '));
const piece = fc.oneof(
  phrase,
  phrase.map((p) => `${p}.`),
  phrase.map((p) => `${p}؟`),
  phrase.map((p) => `«${p}»`),
  phrase.map((p) => `«${p}`),
  fc.tuple(phrase, fc.constantFrom('أ.ف.ب', 'إ.ب.أ', 'د.ب.أ', 'أ.ب', 'رويترز', 'الإعلام المحلي', 'واشنطن')).map(([p, c]) => `${p} (${c})`),
  fc.tuple(phrase, fc.constantFrom('(رويترز)', '(أ.ب)')).map(([p, c]) => `${p} ${c}\n${p} ${c}`),
  fc.constantFrom('TT', 'play-circle', 'مقالات ذات صلة', 'اقرأ أيضاً', '', '', '', '«الشرق الأوسط» (لندن)', 'ليلى و سامي (عمّان)', '(', ')', '()', '«»'),
);
const separator = fc.constantFrom('\n', '\n', '\r\n', '\r', '\n\n', '\n\n\n', ' ');
const dumpLike = fc.array(fc.tuple(piece, separator), { maxLength: 120 }).map((parts) => parts.map(([p, s]) => p + s).join(''));

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const hostileUnit = fc.oneof(fc.string({ unit: 'binary', maxLength: 1 }), loneSurrogate, control, fc.constantFrom('(', ')', '«', '»', '\n', '\u200f', '\ufeff'));
const hostile = fc.string({ unit: hostileUnit, maxLength: 400 });
const invalidUtf8 = fc.uint8Array({ maxLength: 600 }).map((b) => new TextDecoder('utf-8').decode(b));

const FIXTURES = new URL('../../fixtures/pagetext/', import.meta.url);
const fixtureTexts = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(f, FIXTURES), 'utf8'));
const fixture = fc.constantFrom(...fixtureTexts);

describe('parsePageText on random, truncated and hostile input', () => {
  it('returns a valid result or an ImportError for dump-like input', () => {
    fc.assert(fc.property(dumpLike, parsesOrRefuses), { numRuns: 400 });
  });

  it('returns a valid result or an ImportError for any unicode, control characters and lone surrogates', () => {
    fc.assert(fc.property(hostile, parsesOrRefuses), { numRuns: 400 });
  });

  it('returns a valid result or an ImportError for invalid UTF-8 decoded with replacement characters', () => {
    fc.assert(fc.property(invalidUtf8, parsesOrRefuses), { numRuns: 200 });
  });

  it('survives real dumps cut anywhere', () => {
    fc.assert(
      fc.property(fixture, fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = Math.max(a, b) % (text.length + 1);
        parsesOrRefuses(text.slice(0, to));
        parsesOrRefuses(text.slice(from));
        parsesOrRefuses(text.slice(0, from) + text.slice(to));
      }),
      { numRuns: 150 },
    );
  });

  it('survives real dumps with lines dropped, doubled and shuffled', () => {
    fc.assert(
      fc.property(fixture, fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'double', 'swap', 'blank')), { maxLength: 12 }), (text, edits) => {
        const lines = text.split('\n');
        for (const [n, op] of edits) {
          const i = n % lines.length;
          const j = (n * 7 + 3) % lines.length;
          if (op === 'drop') lines.splice(i, 1);
          else if (op === 'double') lines.splice(i, 0, lines[i]!);
          else if (op === 'blank') lines.splice(i, 0, '');
          else [lines[i], lines[j]] = [lines[j]!, lines[i]!];
          if (lines.length === 0) lines.push('');
        }
        parsesOrRefuses(lines.join('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses empty and blank input with an ImportError at line 1', () => {
    for (const text of ['', '\n\n', '   \r\n\t', '\ufeff']) {
      expect(() => parsePageText(text, { file: 'e.txt' })).toThrow(ImportError);
      try {
        parsePageText(text, { file: 'e.txt' });
      } catch (e) {
        expect((e as ImportError).where).toEqual({ file: 'e.txt', line: 1 });
      }
    }
  });

  it('refuses a value that is not text with an ImportError', () => {
    expect(() => parsePageText(42 as unknown as string)).toThrow(ImportError);
  });
});

describe('parsePageText stays linear on adversarial input', () => {
  // Each input is about a megabyte or 100k lines: linear parsing takes well under a second, a
  // quadratic step minutes. The bound is loose so a busy machine does not fail the test.
  const cases: Array<[string, string]> = [
    ['one huge line', 'بوتين '.repeat(200_000)],
    ['one huge line of dots and parentheses', '. ('.repeat(300_000) + ')'],
    ['a hundred thousand TT labels', 'TT\n'.repeat(100_000)],
    ['caption pairs without end', 'صورة الرئيس (رويترز)\nصورة الرئيس (رويترز)\n'.repeat(30_000)],
    ['distinct caption pairs', Array.from({ length: 20_000 }, (_, i) => `صورة ${i} (رويترز)\nصورة ${i} (رويترز)\n`).join('')],
    ['a module of endless cards', `عنوان\nTT\nمقالات ذات صلة\n${'أوروبا صورة المبنى (رويترز)\nعنوان البطاقة\nنص قصير.\nليلى سمعان (عمّان)\n'.repeat(20_000)}`],
    ['headline-like lines before each TT', 'عنوان\n\nموجز\n\nصورة (أ.ب)\nTT\n'.repeat(20_000)],
    ['blank lines', '\n'.repeat(500_000) + 'عنوان'],
  ];
  for (const [name, text] of cases) {
    it(`parses ${name} quickly`, () => {
      const t0 = performance.now();
      parsesOrRefuses(text);
      expect(performance.now() - t0).toBeLessThan(20_000);
    });
  }
});
