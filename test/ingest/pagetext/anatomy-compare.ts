import { expect } from 'vitest';
import type { AnatomyDocument } from '../../../src/ingest/present.js';

const ARTICLE_FIELDS = ['headline', 'deck', 'kicker', 'section', 'leadImage', 'byline', 'hasVideo'] as const;
const CARD_FIELDS = ['headline', 'kicker', 'section', 'teaser', 'image', 'byline', 'hasVideo'] as const;

/** Asserts two anatomy documents equal field by field, so a failure names the field that differs. */
export function expectSameAnatomy(actual: AnatomyDocument, expected: AnatomyDocument): void {
  expect(actual.source).toBe(expected.source);
  expect(actual.articles.map((a) => a.headline), 'headlines of the articles').toEqual(expected.articles.map((a) => a.headline));
  expected.articles.forEach((want, i) => {
    const got = actual.articles[i]!;
    for (const f of ARTICLE_FIELDS) expect(got[f], `article ${i} ${f}`).toEqual(want[f]);
    expect(got.body.length, `article ${i} body length`).toBe(want.body.length);
    want.body.forEach((b, j) => expect(got.body[j], `article ${i} body[${j}]`).toEqual(b));
    expect(got.related.length, `article ${i} related length`).toBe(want.related.length);
    want.related.forEach((c, j) => {
      for (const f of CARD_FIELDS) expect(got.related[j]?.[f], `article ${i} card ${j} ${f}`).toEqual(c[f]);
    });
  });
  // Field order is part of the format: compare the serialised documents last.
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
}
