import { describe, expect, it } from 'vitest';
import { parsePageText } from '../../../src/ingest/pagetext/index.js';

const CAP = 'لاعبون في التدريب (أ.ب)';

describe('parsePageText', () => {
  it('marks a page whose lead photo carries a video marker', () => {
    const r = parsePageText(['عنوان', '', `${CAP} play-circle`, `${CAP} play-circle`, 'TT', '', 'فقرة.'].join('\n'));
    expect(r.articles[0]).toMatchObject({ hasVideo: true, leadImage: { caption: 'لاعبون في التدريب', credit: 'أ.ب', alt: 'لاعبون في التدريب', src: null } });
  });

  it('uses knownLabels like known sections to tell a label from its caption', () => {
    const text = [
      'عنوان', '', CAP, CAP, 'TT', '', 'فقرة.', '', '', 'مقالات ذات صلة', '',
      'ملف الأسبوع مدرج فارغ قبل المباراة (رويترز)', '', 'عنوان البطاقة', '', 'نص البطاقة.', '', '«الملاعب»',
    ].join('\n');
    const card = parsePageText(text, { knownLabels: ['ملف الأسبوع'] }).articles[0]!.related![0]!;
    expect(card).toMatchObject({ section: 'ملف الأسبوع', image: { caption: 'مدرج فارغ قبل المباراة', credit: 'رويترز' } });
  });

  it('reports what it worked around with 1-based line numbers', () => {
    const r = parsePageText(['قائمة', '', '', 'عنوان', '', CAP, CAP, 'TT', '', 'فقرة.', 'TT'].join('\n'), { file: 'w.txt' });
    expect(r.articles.map((a) => a.headline)).toEqual(['عنوان']);
    expect(r.warnings).toEqual([
      { line: 1, message: '1 line(s) before the first page header ignored' },
      { line: 11, message: 'page header without a headline: ignored' },
      { line: 11, message: 'control label «TT» inside a body dropped' },
    ]);
  });

  it('reads a dump of English text as well', () => {
    const r = parsePageText('Port reopens\n\nCranes at the port (Reuters)\nCranes at the port (Reuters)\nTT\n\nThe port reopened on Monday.');
    expect(r.articles[0]).toMatchObject({ headline: 'Port reopens', body: [{ type: 'paragraph', text: 'The port reopened on Monday.' }] });
  });
});
