import { describe, expect, it } from 'vitest';
import { toAnatomyJson } from '../../../src/ingest/present.js';
import type { ParsedSource } from '../../../src/ingest/types.js';

describe('toAnatomyJson', () => {
  it('projects a parsed article onto the anatomy format, in its field order', () => {
    const parsed: ParsedSource = {
      format: 'pagetext',
      warnings: [],
      articles: [
        {
          headline: 'عنوان',
          leadImage: { src: null, alt: 'بديل', caption: 'صورة', credit: 'أ.ب' },
          body: [
            { type: 'paragraph', text: 'فقرة.' },
            { type: 'image', src: null, alt: '', caption: 'قارب', credit: null },
          ],
          related: [{ headline: 'بطاقة', image: { caption: 'صورة', credit: 'رويترز' } }],
          status: 'draft',
        },
      ],
    };
    const doc = toAnatomyJson('x.txt', parsed);
    expect(JSON.stringify(doc)).toBe(
      JSON.stringify({
        source: 'x.txt',
        articles: [
          {
            headline: 'عنوان',
            deck: null,
            kicker: null,
            section: null,
            leadImage: { caption: 'صورة', credit: 'أ.ب' },
            byline: null,
            hasVideo: false,
            body: [
              { type: 'paragraph', text: 'فقرة.' },
              { type: 'image', caption: 'قارب', credit: null },
            ],
            related: [
              {
                headline: 'بطاقة',
                kicker: null,
                section: null,
                teaser: '',
                image: { caption: 'صورة', credit: 'رويترز' },
                byline: { authors: [], source: null, dateline: null },
                hasVideo: false,
              },
            ],
          },
        ],
      }),
    );
  });

  it('prints an empty source', () => {
    expect(toAnatomyJson('empty.txt', { format: 'pagetext', articles: [], warnings: [] })).toEqual({ source: 'empty.txt', articles: [] });
  });
});
