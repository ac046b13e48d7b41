import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/pagetext/lines.js';
import { findModule } from '../../../src/ingest/pagetext/module-heading.js';
import { readModule } from '../../../src/ingest/pagetext/module.js';
import { Warnings } from '../../../src/ingest/pagetext/warnings.js';

const read = (text: string) => {
  const lines = readLines(text);
  const warn = new Warnings();
  const m = readModule(lines, 0, lines.length, new Set(), warn);
  return {
    featured: m.featured.map((l) => l.text),
    cards: m.cards.map((c) => ({ picture: c.pictureText, credit: c.credit, video: c.hasVideo, headline: c.headline.text, teaser: c.teaser, byline: c.byline })),
    warnings: warn.done(),
  };
};

describe('readModule', () => {
  it('reads cards that follow each other without blank lines, and the featured headline', () => {
    const r = read(
      [
        'عنوان أول', '', 'اقتصاد عمال في الميناء (أ.ف.ب)', '', 'عنوان أول', '', 'نص أول.', '', 'كريم ناصر و هدى الشامي (عمّان)',
        'رياضة لاعبون في التدريب (أ.ب) play-circle', '', 'عنوان ثان', '', 'نص ثان.', '', '«الملاعب»',
      ].join('\n'),
    );
    expect(r.featured).toEqual(['عنوان أول']);
    expect(r.cards).toEqual([
      { picture: 'اقتصاد عمال في الميناء', credit: 'أ.ف.ب', video: false, headline: 'عنوان أول', teaser: 'نص أول.', byline: { authors: ['كريم ناصر', 'هدى الشامي'], source: null, dateline: 'عمّان' } },
      { picture: 'رياضة لاعبون في التدريب', credit: 'أ.ب', video: true, headline: 'عنوان ثان', teaser: 'نص ثان.', byline: { authors: [], source: 'الملاعب', dateline: null } },
    ]);
  });

  it('reads a card without teaser and a picture without credit', () => {
    const r = read(['صحة ممرضة في الجناح (إ.ب.أ)', 'عنوان أول', 'سارة يونس (صيدا)', 'علوم باحثة في مختبر', 'عنوان ثان', 'نص ثان.', 'يوسف الحداد'].join('\n'));
    expect(r.cards.map((c) => [c.picture, c.credit, c.teaser, c.byline?.authors[0]])).toEqual([
      ['صحة ممرضة في الجناح', 'إ.ب.أ', '', 'سارة يونس'],
      ['علوم باحثة في مختبر', null, 'نص ثان.', 'يوسف الحداد'],
    ]);
  });

  it('warns about a line outside any card', () => {
    const r = read(['صحة ممرضة في الجناح (إ.ب.أ)', 'عنوان', 'نص.', 'سارة يونس (صيدا)', 'سطر زائد لا ينتمي', 'آخر'].join('\n'));
    expect(r.warnings.map((w) => w.line)).toEqual([5, 6]);
  });

  it('reads empty and non-Arabic modules', () => {
    expect(read('').cards).toEqual([]);
    expect(read('World Crowds at the port (AFP)\nHeadline\nTeaser text.\nJane Doe (Paris)').cards[0]?.byline).toEqual({
      authors: ['Jane Doe'],
      source: null,
      dateline: 'Paris',
    });
  });
});

describe('findModule', () => {
  it('opens a module at its heading only when a card follows', () => {
    const lines = readLines(['فقرة.', 'اقرأ أيضاً', 'فقرة عادية بعد العنوان.', '', 'مقالات ذات صلة', '', 'اقتصاد عمال (أ.ف.ب)'].join('\n'));
    expect(findModule(lines, 0, lines.length)).toBe(4);
  });
});
