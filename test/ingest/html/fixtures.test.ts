import { describe, expect, it } from 'vitest';
import { ArticleInputSchema } from '../../../src/article/article.js';
import { parseHtml } from '../../../src/ingest/html/index.js';
import { fixtureCases, goldBody, midadBody, readabilityRaw, tokenPrf, lbcCase } from './quality.js';

describe('parseHtml on our Arabic news fixtures, field by field against their gold', () => {
  for (const c of fixtureCases()) {
    describe(c.name, () => {
      const parsed = parseHtml(c.bytes, { file: c.source });
      const a = ArticleInputSchema.parse(parsed.articles[0]);
      const g = c.gold;

      it('is one html article without warnings, valid against the schema', () => {
        expect(parsed.format).toBe('html');
        expect(parsed.articles).toHaveLength(1);
        expect(parsed.warnings).toEqual([]);
      });
      it('has the headline and deck', () => {
        expect(a.headline).toBe(g.title);
        expect(a.deck).toBe(g.summary.length ? g.summary.join(' ') : null);
      });
      it('has the section, tags, writers, dateline and date', () => {
        expect(a.section).toBe(g.section ?? null);
        expect(a.tags).toEqual(g.tags ?? []);
        expect(a.byline?.authors ?? []).toEqual(g.authors ?? []);
        expect(a.byline?.dateline ?? null).toBe(g.dateline ?? null);
        expect(a.publishedAt).toBe(g.publishedAt ?? null);
      });
      it('has the lead image with its credit split off', () => {
        const lead = a.leadImage ? { caption: a.leadImage.caption, credit: a.leadImage.credit } : null;
        if (g.leadImage) expect(lead).toEqual(g.leadImage);
        else expect(a.leadImage?.caption ?? '').toBe('');
      });
      it('has the body: subheadings, paragraphs and quotes in order', () => {
        const text = a.body.filter((b) => b.type === 'paragraph' || b.type === 'subheading').map((b) => ('text' in b ? `${b.type}:${b.text}` : ''));
        const gold = g.sections.flatMap((s) => [...s.headline.map((h) => `subheading:${h}`), ...s.paragraphs.map((p) => `paragraph:${p}`)]);
        expect(text).toEqual(gold);
        expect(a.body.filter((b) => b.type === 'quote').map((b) => (b.type === 'quote' ? { text: b.text, cite: b.cite } : null))).toEqual(g.quotes ?? []);
      });
      it('has in-body images and videos with captions and credits', () => {
        const images = a.body.flatMap((b) => (b.type === 'image' ? [{ caption: b.caption, credit: b.credit }] : []));
        const videos = a.body.flatMap((b) => (b.type === 'video' ? [{ caption: b.caption, credit: b.credit }] : []));
        expect(images).toEqual(g.images ?? []);
        expect(videos).toEqual(g.videos ?? []);
        expect(a.hasVideo).toBe(g.hasVideo ?? false);
      });
    });
  }
});

describe('Midad beats readability raw textContent on body-text token F1', () => {
  const lbc = lbcCase();
  for (const c of [...(lbc ? [lbc] : []), ...fixtureCases()]) {
    it(c.name, () => {
      const gold = goldBody(c.gold);
      const midad = tokenPrf(midadBody(parseHtml(c.bytes).articles[0]!), gold);
      const raw = tokenPrf(readabilityRaw(c.bytes).text, gold);
      expect(midad.f1).toBeGreaterThan(raw.f1);
      expect(midad.f1).toBeGreaterThanOrEqual(0.95);
    });
  }
});

describe('the LBC page (../shared/eval/html/lbc)', () => {
  const lbc = lbcCase();
  it('gets the gold title, no deck, and every gold paragraph in order', () => {
    const a = ArticleInputSchema.parse(parseHtml(lbc!.bytes).articles[0]);
    expect(a.headline).toBe(lbc!.gold.title);
    expect(a.deck).toBeNull();
    expect(a.body.flatMap((b) => (b.type === 'paragraph' ? [b.text] : []))).toEqual(lbc!.gold.sections[0]!.paragraphs);
    expect(a.publishedAt).toBe('2026-01-08T11:42:50.000Z');
    expect(a.section).toBe('منوعات');
  });
});
