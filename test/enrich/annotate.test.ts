import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotate, DECK_BLOCK, HEADLINE_BLOCK, LEAD_CAPTION_BLOCK, type Annotations, type ArticleText } from '../../src/enrich/index.js';
import { blockText } from '../../src/enrich/units.js';
import { gazetteer } from './helpers.js';

const article: ArticleText = {
  headline: 'الرئيسة الفنلندية ترحب بنتائج «قمة الشمال»',
  deck: 'هلسنكي تستضيف الدورة المقبلة',
  leadImage: { caption: 'الرئيسة الفنلندية آيلا نيمينن في هلسنكي' },
  body: [
    { type: 'paragraph', text: 'رحبت الرئيسة الفنلندية آيلا نيمينن الأحد بنتائج القمة، وقالت: «لقد أثبتنا أن التعاون ممكن حتى في أصعب الظروف».' },
    { type: 'image', caption: 'نيمينن خلال المؤتمر الصحافي', credit: 'أرشيف' },
    { type: 'subheading', text: 'نيمينن: التعاون ممكن' },
  ],
};

/** Every mention and quotation offset points at its text in its block. */
function offsetsExact(a: ArticleText, got: Annotations): void {
  const textOf = (block: number): string =>
    block === HEADLINE_BLOCK ? a.headline : block === DECK_BLOCK ? a.deck ?? '' : block === LEAD_CAPTION_BLOCK ? a.leadImage?.caption ?? '' : blockText(a.body[block]!);
  for (const group of [got.people, got.places, got.organizations]) {
    for (const e of group) for (const m of e.mentions) expect(textOf(m.block).slice(m.start, m.end)).toBe(m.text);
  }
  for (const q of got.quotes) {
    const parts = [{ block: q.block, start: q.start, end: q.end }, ...(q.continues ?? [])];
    expect(parts.map((p) => textOf(p.block).slice(p.start, p.end)).join(' ')).toBe(q.text);
  }
}

describe('annotate', () => {
  const got = annotate(article, { gazetteer: gazetteer() });
  it('has the four lists of DESIGN.md', () => expect(Object.keys(got).sort()).toEqual(['organizations', 'people', 'places', 'quotes']));
  it('numbers headline, deck and caption -1, -2, -3, and body blocks from 0', () => {
    const blocks = got.places.find((p) => p.name === 'هلسنكي')!.mentions.map((m) => m.block);
    expect(blocks).toEqual([DECK_BLOCK, LEAD_CAPTION_BLOCK]);
    expect(got.people[0]!.mentions.map((m) => m.block)).toEqual([LEAD_CAPTION_BLOCK, 0, 1, 2]);
  });
  it('reads image captions as their block text', () => expect(got.people[0]!.mentions.find((m) => m.block === 1)?.text).toBe('نيمينن'));
  it('finds quotations in paragraphs only', () => expect(got.quotes.map((q) => q.block)).toEqual([0]));
  it('gives exact offsets', () => offsetsExact(article, got));
  it('works without a deck, a lead image or a body', () => {
    expect(annotate({ headline: 'خبر قصير', body: [] })).toEqual({ people: [], places: [], organizations: [], quotes: [] });
  });
  it('never throws and keeps offsets exact on arbitrary text', () => {
    const word = fc.constantFrom('قال', 'الرئيس', 'الروسي', 'وزير', '«', '»', '"', '،', ':', '.', 'في', 'بوتين', 'محمد', 'بن', 'أبو', 'لـ', 'شركة', 'ال', 'x', '١٢', 'نظيره');
    const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), text, (paras, headline) => {
        const a: ArticleText = { headline, body: paras.map((t) => ({ type: 'paragraph' as const, text: t })) };
        offsetsExact(a, annotate(a, { gazetteer: gazetteer() }));
      }),
      { numRuns: 300 },
    );
  });
});
