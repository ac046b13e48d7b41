import { describe, expect, it } from 'vitest';
import { ArticleInputSchema } from '../../../src/article/article.js';
import { parseHtml } from '../../../src/ingest/html/index.js';

/** Shapes of real Arabic news pages beyond the fixtures, one regression test per shape. */
const S = [
  'أعلنت وزارة الصحة اليوم عن إطلاق حملة وطنية للتطعيم ضد الحصبة تستهدف الأطفال دون سن الخامسة في جميع المحافظات.',
  'وقال المتحدث باسم الوزارة إن الحملة تستمر أسبوعين، وإن فرقاً متنقلة ستزور القرى البعيدة التي يصعب على سكانها الوصول إلى المراكز الصحية.',
  'وأضاف أن الوزارة وفرت أكثر من مليوني جرعة من اللقاح، بالتعاون مع منظمات دولية، داعياً الأهالي إلى التجاوب مع الفرق الطبية.',
  'وكانت البلاد قد سجلت خلال الأشهر الماضية ارتفاعاً في عدد الإصابات، ما دفع الوزارة إلى تقديم موعد الحملة التي كانت مقررة في الربيع.',
];
const TITLE = 'حملة وطنية للتطعيم ضد الحصبة';
const article = (html: string) => ArticleInputSchema.parse(parseHtml(html, { url: 'https://site.example/news/1' }).articles[0]);
const texts = (html: string) => article(html).body.map((b) => ('text' in b ? b.text : `[${b.type}]`));

describe('page shapes', () => {
  it('minified pages whose paragraphs are <br>-separated text in a div', () => {
    expect(texts(`<!doctype html><html><head><title>${TITLE} - موقع الخبر</title></head><body><div class="header"><a href="/">الرئيسية</a></div><div class="main"><h1>${TITLE}</h1><div class="text">${S.join('<br><br>')}</div></div></body></html>`)).toEqual(S);
  });

  it('inline «اقرأ أيضا..» and «شاهد أيضا..» links between paragraphs', () => {
    expect(texts(`<html><head><title>${TITLE}</title></head><body><div id="articleBody"><p>${S[0]}</p><p><a href="/a">اقرأ أيضا.. الصحة: لا إصابات جديدة</a></p><p>${S[1]}</p><p><a href="/b">شاهد أيضا.. فيديو الحملة</a></p><p>${S[2]}</p></div></body></html>`)).toEqual(S.slice(0, 3));
  });

  it('sibling blocks readability keeps are dropped when the site marks its body container', () => {
    const body = [...S, ...S].map((p) => `<p>${p}</p>`).join('');
    const html = `<html><head><title>${TITLE}</title></head><body><div class="wrap"><div itemprop="articleBody">${body}</div><div class="usr-msgs"><p>${S[3]} ${S[0]}</p></div></div></body></html>`;
    expect(texts(html)).toEqual([...S, ...S]);
  });

  it('a caption written as a paragraph under its photo is attached to the photo', () => {
    const a = article(`<html><head><title>${TITLE}</title></head><body><div class="article-content"><p>${S[0]}</p><p style="text-align:center"><img src="/img/a.jpg" width="600" height="400"></p><p style="text-align:center">فرق التطعيم في إحدى القرى (الصحة العالمية)</p><p>${S[1]}</p></div></body></html>`);
    expect(a.body[1]).toEqual({ type: 'image', src: 'https://site.example/img/a.jpg', alt: '', caption: 'فرق التطعيم في إحدى القرى', credit: 'الصحة العالمية', width: 600, height: 400 });
    expect(a.body).toHaveLength(3);
  });

  it('a closing «المصدر: وكالات» line becomes the byline source', () => {
    const a = article(`<html><head><title>${TITLE}</title></head><body><article><p>${S[0]}</p><p>${S[1]}</p><p>المصدر: وكالات</p></article></body></html>`);
    expect(a.byline).toEqual({ authors: [], source: 'وكالات', dateline: null });
    expect(a.body).toHaveLength(2);
  });

  it('AMP images and players', () => {
    const a = article(`<html amp><head><title>${TITLE}</title></head><body><article><h1>${TITLE}</h1><figure><amp-img src="/img/v.jpg" width="800" height="450"></amp-img><figcaption>طفل يتلقى اللقاح (رويترز)</figcaption></figure>${S.map((x) => `<p>${x}</p>`).join('')}<amp-youtube data-videoid="abc123" width="480" height="270"></amp-youtube></article></body></html>`);
    expect(a.leadImage).toMatchObject({ src: 'https://site.example/img/v.jpg', caption: 'طفل يتلقى اللقاح', credit: 'رويترز' });
    expect(a.body[a.body.length - 1]).toMatchObject({ type: 'video', src: 'https://www.youtube.com/embed/abc123' });
    expect(a.hasVideo).toBe(true);
  });

  it('a logo in <h1> does not become the headline', () => {
    expect(article(`<html><head><title>${TITLE}</title></head><body><header><h1 class="logo"><a href="/">الخبر</a></h1></header><div class="post"><h2>${TITLE}</h2>${S.map((x) => `<div>${x}</div>`).join('')}</div></body></html>`).headline).toBe(TITLE);
  });
});

describe('pages that render their text with scripts', () => {
  it('take the body from JSON-LD articleBody, with a warning', () => {
    const ld = { '@type': 'NewsArticle', headline: TITLE, articleBody: `${S[0]}\n${S[1]}\n\n${S[2]}` };
    const r = parseHtml(`<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div id="app">جار التحميل</div></body></html>`);
    expect(r.articles[0]!.body).toEqual(S.slice(0, 3).map((text) => ({ type: 'paragraph', text })));
    expect(r.warnings).toContainEqual({ element: 'script', message: 'no body text in the page markup; body taken from JSON-LD articleBody' });
  });
});
