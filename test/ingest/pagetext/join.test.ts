import { describe, expect, it } from 'vitest';
import type { RelatedCard } from '../../../src/article/related-card.js';
import { joinCards } from '../../../src/ingest/pagetext/join.js';
import type { PageArticle, PageDraft } from '../../../src/ingest/pagetext/types.js';
import { Warnings } from '../../../src/ingest/pagetext/warnings.js';

const article = (headline: string, related: RelatedCard[] = []): PageArticle => ({
  headline, deck: null, kicker: null, section: null, leadImage: null, byline: null, hasVideo: false, body: [], related,
});
const card = (over: Partial<RelatedCard>): RelatedCard => ({
  headline: 'عنوان', kicker: null, section: 'صحة', teaser: '', image: null, byline: { authors: ['سارة يونس'], source: null, dateline: 'صيدا' }, hasVideo: false, ...over,
});
const draft = (a: PageArticle, line = 1): PageDraft => ({ article: a, line, cardLines: a.related.map((_, i) => line + 10 + i) });

describe('joinCards', () => {
  it('links a card to the page with its headline and joins section, byline and dateline', () => {
    const pages = [draft(article('الرئيسية', [card({ headline: 'الجناح الجديد' })])), draft(article('الجناح الجديد'), 40)];
    expect(joinCards(pages, new Warnings())).toEqual([{ from: 0, card: 0, to: 1 }]);
    expect(pages[1]!.article).toMatchObject({ section: 'صحة', byline: { authors: ['سارة يونس'], dateline: 'صيدا' } });
  });

  it('joins the kicker and video, and finds a page whose headline keeps the kicker glued', () => {
    const pages = [
      draft(article('الرئيسية', [card({ headline: 'نقص الأدوية', kicker: 'تحليل إخباري', hasVideo: true })])),
      draft(article('تحليل إخباري نقص الأدوية')),
    ];
    joinCards(pages, new Warnings());
    expect(pages[1]!.article).toMatchObject({ headline: 'نقص الأدوية', kicker: 'تحليل إخباري', hasVideo: true });
  });

  it('keeps what the page has and warns about a conflicting label', () => {
    const target = { ...article('الجناح الجديد'), section: 'علوم' };
    const pages = [draft(article('الرئيسية', [card({ headline: 'الجناح الجديد' })])), draft(target)];
    const warn = new Warnings();
    joinCards(pages, warn);
    expect(pages[1]!.article.section).toBe('علوم');
    expect(warn.done()).toEqual([{ line: 11, message: expect.stringContaining('صحة') }]);
  });

  it('links nothing when no page matches, nor a card to its own page', () => {
    const pages = [draft(article('الرئيسية', [card({ headline: 'الرئيسية' }), card({ headline: 'غائب' })]))];
    expect(joinCards(pages, new Warnings())).toEqual([]);
    expect(joinCards([], new Warnings())).toEqual([]);
  });
});
