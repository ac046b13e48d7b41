import { describe, expect, it } from 'vitest';
import { domToBlocks } from '../../../src/ingest/html/to-blocks.js';
import { parseMarkup } from '../../../src/ingest/html/load-document.js';

const blocks = (body: string, baseUrl: string | null = null) => domToBlocks(parseMarkup(`<html><body>${body}</body></html>`).body!, { baseUrl });

describe('domToBlocks: one case per rule', () => {
  it('makes paragraphs of <p>, and of text split by <br>', () => {
    expect(blocks('<p>الفقرة الأولى</p><div>سطر أول<br>سطر ثان<br><br>سطر ثالث</div>')).toEqual([
      { type: 'paragraph', text: 'الفقرة الأولى' },
      { type: 'paragraph', text: 'سطر أول' },
      { type: 'paragraph', text: 'سطر ثان' },
      { type: 'paragraph', text: 'سطر ثالث' },
    ]);
  });
  it('keeps words apart across inline tags and glues nothing across blocks', () => {
    expect(blocks('<p>قال <a href="#">الوزير</a> <b>إن</b> الخطة</p><p>جاهزة</p>')).toEqual([
      { type: 'paragraph', text: 'قال الوزير إن الخطة' },
      { type: 'paragraph', text: 'جاهزة' },
    ]);
  });
  it('makes subheadings of h2/h3 and of a short all-bold paragraph', () => {
    expect(blocks('<h2>مرحلتان وجدول زمني</h2><h3>الأرصاد: ذروة العاصفة؟</h3><p><strong>ردود فعل الركاب</strong></p>')).toEqual([
      { type: 'subheading', text: 'مرحلتان وجدول زمني' },
      { type: 'subheading', text: 'الأرصاد: ذروة العاصفة؟' },
      { type: 'subheading', text: 'ردود فعل الركاب' },
    ]);
  });
  it('keeps an all-bold sentence a paragraph', () => {
    expect(blocks('<p><b>وأكد المجلس أن القرار نهائي.</b></p>')).toEqual([{ type: 'paragraph', text: 'وأكد المجلس أن القرار نهائي.' }]);
  });
  it('makes a quote block of <blockquote>, with its cite', () => {
    expect(blocks('<blockquote><p>«لم يكن ترفاً»</p><cite>— ناصر القاسمي</cite></blockquote>')).toEqual([
      { type: 'quote', text: '«لم يكن ترفاً»', cite: 'ناصر القاسمي' },
    ]);
  });
  it('drops embedded tweets', () => {
    expect(blocks('<p>نص</p><blockquote class="twitter-tweet"><p>تغريدة</p></blockquote>')).toEqual([{ type: 'paragraph', text: 'نص' }]);
  });
  it('makes image blocks of figures, with lazy sources resolved and the credit split off', () => {
    expect(blocks('<figure><img src="data:image/gif;base64,R0" data-src="/a.jpg" alt="بديل"><figcaption>وصف <small>(رويترز)</small></figcaption></figure>', 'https://x.example/n/1')).toEqual([
      { type: 'image', src: 'https://x.example/a.jpg', alt: 'بديل', caption: 'وصف', credit: 'رويترز' },
    ]);
  });
  it('makes image blocks of captioned images outside figures (old table layouts)', () => {
    expect(blocks('<table><tr><td><img src="/p.jpg"></td></tr><tr><td class="caption">قراء في القاعة (تصوير: منى سعيد)</td></tr></table>')).toEqual([
      { type: 'image', src: '/p.jpg', alt: '', caption: 'قراء في القاعة', credit: 'منى سعيد' },
    ]);
  });
  it('makes video blocks of players', () => {
    expect(blocks('<figure><iframe src="https://www.youtube.com/embed/abc"></iframe><figcaption>مقتطف</figcaption></figure><video src="/v.mp4" poster="/p.jpg"></video>')).toEqual([
      { type: 'video', src: 'https://www.youtube.com/embed/abc', poster: null, caption: 'مقتطف', credit: null },
      { type: 'video', src: '/v.mp4', poster: '/p.jpg', caption: '', credit: null },
    ]);
  });
  it('ignores icons and tracking pixels', () => {
    expect(blocks('<p>نص <img src="/i.png" width="16" height="16"></p>')).toEqual([{ type: 'paragraph', text: 'نص' }]);
  });
  it('makes a paragraph of each list item and table cell', () => {
    expect(blocks('<ul><li>أولاً</li><li>ثانياً</li></ul><table><tr><td>خلية</td><td>أخرى</td></tr></table>').map((b) => ('text' in b ? b.text : ''))).toEqual(['أولاً', 'ثانياً', 'خلية', 'أخرى']);
  });
  it('returns nothing for an empty body', () => {
    expect(blocks('')).toEqual([]);
  });
});
