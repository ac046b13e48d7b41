import { describe, expect, it } from 'vitest';
import { readLines } from '../../../src/ingest/pagetext/lines.js';
import { findPages } from '../../../src/ingest/pagetext/pages.js';
import { Warnings } from '../../../src/ingest/pagetext/warnings.js';

const CAP = 'رافعات على الرصيف الجديد (رويترز)';
const pages = (text: string) => {
  const warn = new Warnings();
  const found = findPages(readLines(text), warn).map((h) => ({
    headline: h.headline.text,
    deck: h.deck?.text ?? null,
    kicker: h.kicker?.text ?? null,
    caption: h.caption?.text ?? null,
    start: h.start + 1,
    body: h.bodyStart + 1,
  }));
  return { found, warnings: warn.done() };
};

describe('findPages', () => {
  it('reads a header with deck, caption pair, TT and the sticky repeat', () => {
    const text = ['عنوان الخبر', '', 'موجز الخبر', '', CAP, CAP, 'TT', '', 'عنوان الخبر', '', CAP, CAP, '', 'فقرة أولى.'].join('\n');
    expect(pages(text).found).toEqual([{ headline: 'عنوان الخبر', deck: 'موجز الخبر', kicker: null, caption: CAP, start: 1, body: 14 }]);
  });

  it('reads a header without deck and without the repeat', () => {
    const text = ['عنوان الخبر', '', CAP, CAP, 'TT', '', 'فقرة أولى.'].join('\n');
    expect(pages(text).found).toEqual([{ headline: 'عنوان الخبر', deck: null, kicker: null, caption: CAP, start: 1, body: 7 }]);
  });

  it('gives a card byline back to the module when a page follows it after one blank line', () => {
    const text = [
      'عنوان أول', '', CAP, CAP, 'TT', '', 'فقرة.', '', '', 'مقالات ذات صلة', '',
      'اقتصاد صورة الرصيف (أ.ب)', '', 'عنوان ثان', '', 'نص البطاقة.', '', 'سارة يونس (صيدا)', '',
      'عنوان ثان', '', CAP, CAP, 'TT', '', 'فقرة ثانية.',
    ].join('\n');
    expect(pages(text).found.map((p) => [p.headline, p.deck, p.start])).toEqual([
      ['عنوان أول', null, 1],
      ['عنوان ثان', null, 20],
    ]);
  });

  it('finds a page copied without TT by its caption pair and repeat', () => {
    const text = ['عنوان أول', '', CAP, CAP, 'TT', '', 'فقرة.', '', '', 'عنوان ثان', '', CAP, CAP, '', 'عنوان ثان', '', CAP, CAP, '', 'فقرة ثانية.'].join('\n');
    const r = pages(text);
    expect(r.found.map((p) => [p.headline, p.body])).toEqual([
      ['عنوان أول', 7],
      ['عنوان ثان', 20],
    ]);
    expect(r.warnings.some((w) => w.line === 10 && /TT/.test(w.message))).toBe(true);
  });

  it('does not take a photo copied twice inside a body for a page', () => {
    const text = ['عنوان أول', '', CAP, CAP, 'TT', '', 'فقرة.', '', 'عنوان فرعي', '', 'قارب في الميناء (أ.ب)', 'قارب في الميناء (أ.ب)', '', 'فقرة أخيرة.'].join('\n');
    expect(pages(text).found.length).toBe(1);
  });

  it('reads a content-type kicker on its own line above the headline', () => {
    const text = ['تحليل إخباري', '', 'عنوان الخبر', '', CAP, CAP, 'TT', '', 'فقرة.'].join('\n');
    expect(pages(text).found[0]).toMatchObject({ headline: 'عنوان الخبر', kicker: 'تحليل إخباري', deck: null });
  });

  it('takes the caption without its credit on the line above for the alt text, not for a deck', () => {
    const text = ['عنوان الخبر', '', 'رافعات على الرصيف الجديد', CAP, 'TT', '', 'فقرة.'].join('\n');
    expect(pages(text).found[0]).toMatchObject({ deck: null, caption: CAP });
  });

  it('reads a dump without any TT as one page by its shape, with a warning', () => {
    const r = pages(['عنوان الخبر', '', 'موجز', '', CAP, '', 'فقرة.'].join('\n'));
    expect(r.found).toEqual([{ headline: 'عنوان الخبر', deck: 'موجز', kicker: null, caption: CAP, start: 1, body: 6 }]);
    expect(r.warnings[0]?.line).toBe(1);
  });

  it('finds nothing in blank input and reads non-Arabic input', () => {
    expect(pages('\n\n').found).toEqual([]);
    expect(pages('Headline\n\nPhoto of the port (AFP)\nPhoto of the port (AFP)\nTT\n\nText.').found[0]?.headline).toBe('Headline');
  });
});
