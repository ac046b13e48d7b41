/**
 * The article part of generated HTML pages, in the six shapes of test/fixtures/html:
 * a pan-Arab daily (OpenGraph, figure with agency credit, share bars, pull quote), a table
 * layout archive page (windows-1256, `<br><br>` paragraphs, «كتب:» line, caption cell),
 * a wire page (ISO-8859-6, summary paragraph, h3s, toolbar), a WordPress magazine (JSON-LD
 * `@graph`, `.wp-caption`, embeds), a portal without `<article>` (share bars and an ad inside
 * the body, byline element) and a live blog (key points, timestamped entries).
 */
import type { Rng } from './rng.js';
import type { SourceText } from './texts.js';
import { CAPTION_OPENINGS, CITIES, CREDITS, SECTIONS, WRITERS } from './words.js';

/** The six page shapes. */
export const SHAPES = ['daily', 'archive-1256', 'wire-8859-6', 'wordpress', 'portal', 'liveblog'] as const;
/** One page shape. */
export type Shape = (typeof SHAPES)[number];

/** What a shape contributes: head metadata, the article markup, and the page's charset. */
export interface ArticlePart {
  head: string;
  article: string;
  charset: 'utf-8' | 'windows-1256' | 'iso-8859-6';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const caption = (r: Rng, t: SourceText) => `${r.pick(CAPTION_OPENINGS)} ${t.paragraphs[0]!.split(' ').slice(0, r.int(4, 8)).join(' ').replace(/[.،]+$/u, '')}`;

function paragraphsWithExtras(r: Rng, t: SourceText, sub: 'h2' | 'h3'): string {
  return t.paragraphs
    .map((p, k) => {
      let out = `<p>${esc(p)}</p>`;
      if (k > 0 && r.chance(0.2)) out = `<${sub}>${esc(p.split(' ').slice(0, 4).join(' ').replace(/[.،]+$/u, ''))}</${sub}>${out}`;
      if (k === 1 && r.chance(0.4)) out += `<p class="inline-read-more"><strong>اقرأ أيضاً:</strong> <a href="/n/1">${esc(t.title)}</a></p>`;
      if (k === 2 && r.chance(0.3)) out += `<blockquote class="pull-quote"><p>«${esc(p.split(' ').slice(0, 8).join(' '))}»</p><cite>${r.pick(WRITERS)}</cite></blockquote>`;
      if (k === 2 && r.chance(0.3)) out += `<figure class="inline-image"><img src="/media/in-${k}.jpg" alt=""><figcaption>${esc(caption(r, t))}. تصوير: ${r.pick(WRITERS)}</figcaption></figure>`;
      return out;
    })
    .join('\n');
}

function ogHead(r: Rng, t: SourceText, section: string, author: string): string {
  return [
    `<title>${esc(t.title)} | المدار</title>`,
    `<meta name="description" content="${esc(t.paragraphs[0]!.split(' ').slice(0, 16).join(' '))}">`,
    `<meta name="author" content="${author}">`,
    '<meta property="og:site_name" content="المدار">',
    `<meta property="og:title" content="${esc(t.title)}">`,
    `<meta property="og:image" content="https://almadar.example/media/${r.int(1, 9999)}.jpg">`,
    `<meta property="article:section" content="${section}">`,
    `<meta property="article:published_time" content="2025-10-1${r.int(0, 9)}T09:30:00+03:00">`,
    `<link rel="canonical" href="https://almadar.example/a/${r.int(1, 1e6)}">`,
  ].join('\n');
}

function daily(r: Rng, t: SourceText): ArticlePart {
  const section = r.pick(SECTIONS);
  const author = r.pick(WRITERS);
  const article = `<main class="container"><article class="article-full"><div class="article-header"><a class="section-label" href="/s">${section}</a><h1 class="article-title">${esc(t.title)}</h1><div class="article-meta"><span class="author-name">${author}</span><time datetime="2025-10-14T09:30:00+03:00">14 أكتوبر 2025</time></div><div class="share-bar"><span>شارك</span><a href="#">فيسبوك</a><a href="#">إكس</a></div></div>
<figure class="article-main-image"><img src="/media/lead.jpg" alt="" width="1200" height="675"><figcaption>${esc(caption(r, t))} (${r.pick(CREDITS)})</figcaption></figure>
<div class="article-body">${paragraphsWithExtras(r, t, 'h2')}<aside class="read-also"><h4>اقرأ أيضاً</h4><ul><li><a href="/n/2">${esc(t.title)}</a></li></ul></aside></div>
<div class="article-tags"><a href="/tag/1" rel="tag">${section}</a></div><div class="share-bar share-bottom"><a href="#">فيسبوك</a></div></article>`;
  return { head: ogHead(r, t, section, author), article, charset: 'utf-8' };
}

function archive(r: Rng, t: SourceText): ArticlePart {
  const paras = t.paragraphs.map(esc).join('<br><br>\n');
  const article = `<table width="780" border="0" align="center"><tr><td width="200" class="side"><table><tr><td class="side-title">الأكثر قراءة</td></tr><tr><td><a href="news.php?id=1">${esc(t.title)}</a></td></tr></table></td>
<td width="580" valign="top"><table width="100%"><tr><td class="date">السبت 14/03/2009</td></tr><tr><td class="title"><b><font size="4" color="#990000">${esc(t.title)}</font></b></td></tr><tr><td class="text"><font face="Tahoma" size="2"><b>كتب: ${r.pick(WRITERS)}</b><br><br>
${paras}<br><br><table align="center"><tr><td><img src="images/news/${r.int(1, 9999)}.jpg" width="300" height="200"></td></tr><tr><td class="caption">${esc(caption(r, t))} (تصوير: ${r.pick(WRITERS)})</td></tr></table></font></td></tr>
<tr><td class="tools"><a href="send.php">أرسل لصديق</a> | <a href="print.php">نسخة للطباعة</a></td></tr></table></td></tr></table>`;
  return { head: `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256"><title>الضاد :: ${r.pick(SECTIONS)} :: ${esc(t.title)}</title>`, article, charset: 'windows-1256' };
}

function wire(r: Rng, t: SourceText): ArticlePart {
  const article = `<div id="content"><div class="news-item"><h1 class="news-title">${esc(t.title)}</h1><p class="summary">${esc(t.paragraphs[0]!.split(' ').slice(0, 14).join(' '))}</p><div class="info"><time datetime="2024-09-22T07:45:00Z">2024-09-22</time> | <span class="category">${r.pick(SECTIONS)}</span></div><div class="toolbar"><a href="/print">طباعة</a></div>
<div id="news-body">${paragraphsWithExtras(r, t, 'h3')}<p>المصدر: ${r.pick(CITIES)}</p></div></div><div class="sms-box"><h4>خدمة الرسائل القصيرة</h4><p>أرسل كلمة أخبار إلى الرقم 5050</p></div></div>`;
  return { head: `<meta charset="ISO-8859-6"><title>${esc(t.title)} - وكالة أنباء الساحل</title>`, article, charset: 'iso-8859-6' };
}

function wordpress(r: Rng, t: SourceText): ArticlePart {
  const a1 = r.pick(WRITERS);
  const a2 = r.pick(WRITERS);
  const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'NewsArticle', '@id': '#a', headline: t.title, author: [{ '@id': '#p1' }, { '@id': '#p2' }], datePublished: '2025-05-02T08:00:00+00:00', articleSection: r.pick(SECTIONS), publisher: { '@id': '#o' } }, { '@type': 'Person', '@id': '#p1', name: a1 }, { '@type': 'Person', '@id': '#p2', name: a2 }, { '@type': 'Organization', '@id': '#o', name: 'رواق' }] };
  const article = `<div id="primary"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">${esc(t.title)}</h1><span class="byline">${a1} و${a2}</span></header><div class="entry-content">
<div class="wp-caption aligncenter"><img src="/wp-content/uploads/${r.int(1, 999)}.jpg" width="800" height="450"><p class="wp-caption-text">${esc(caption(r, t))} (${r.pick(CREDITS)})</p></div>
${paragraphsWithExtras(r, t, 'h2')}${r.chance(0.5) ? '<figure class="wp-block-embed"><iframe src="https://www.youtube.com/embed/abc123" width="560" height="315"></iframe><figcaption>مقطع مصور من الحدث</figcaption></figure>' : ''}
<blockquote class="twitter-tweet"><p>تغريدة عن الخبر</p></blockquote><div class="sharedaddy sd-sharing-enabled"><h3>شارك هذا:</h3></div></div><footer class="entry-footer"><span class="tags-links"><a href="/tag/x" rel="tag">وسم</a></span></footer></article><div class="author-bio">${a1} كاتبة في المجلة</div><nav class="post-navigation"><a href="/prev">السابق</a></nav></div>`;
  return { head: `<title>${esc(t.title)} – رواق</title><script type="application/ld+json">${JSON.stringify(graph)}</script>`, article, charset: 'utf-8' };
}

function portal(r: Rng, t: SourceText): ArticlePart {
  const [first, ...rest] = t.paragraphs.map((p) => `<p>${esc(p)}</p>`);
  const article = `<div class="cookie-banner">نستخدم ملفات تعريف الارتباط <button>موافق</button></div><div class="page-wrap"><div class="content-area"><h1 class="headline">${esc(t.title)}</h1><div class="share-tools top"><a href="#">شارك</a></div><div class="writer">كتبت: ${r.pick(WRITERS)}</div>
<div class="news-text">${first}<div class="ad-slot"><span>إعلان</span></div>${rest.join('\n')}<div class="newsletter-box"><h4>النشرة الإخبارية</h4><p>اشترك الآن</p></div>${r.chance(0.4) ? `<video src="/v/${r.int(1, 99)}.mp4" poster="/v/p.jpg" controls></video><p class="video-caption">${esc(caption(r, t))} (${r.pick(CREDITS)})</p>` : ''}</div><div class="share-tools bottom"><a href="#">شارك</a></div></div></div>`;
  return { head: `<title>${esc(t.title)}</title><meta property="og:title" content="${esc(t.title)}">`, article, charset: 'utf-8' };
}

function liveblog(r: Rng, t: SourceText): ArticlePart {
  const entries = t.paragraphs.map((p, k) => `<div class="live-entry"><time datetime="2025-03-0${(k % 9) + 1}T1${k % 10}:00:00Z">1${k % 10}:00</time><h3>${esc(p.split(' ').slice(0, 5).join(' '))}</h3><p>${esc(p)}</p></div>`).join('\n');
  const article = `<article class="liveblog"><h1>${esc(t.title)}</h1><div class="live-summary"><h2>أبرز النقاط</h2><ul>${t.paragraphs.slice(0, 3).map((p) => `<li>${esc(p.split(' ').slice(0, 10).join(' '))}</li>`).join('')}</ul></div><div class="live-controls"><button>تحديث تلقائي</button></div>${entries}<button class="load-more">المزيد</button></article>`;
  return { head: `<title>مباشر | ${esc(t.title)}</title><meta property="og:title" content="${esc(t.title)}"><meta property="article:published_time" content="2025-03-01T08:00:00Z">`, article, charset: 'utf-8' };
}

const BUILDERS: Record<Shape, (r: Rng, t: SourceText) => ArticlePart> = {
  daily,
  'archive-1256': archive,
  'wire-8859-6': wire,
  wordpress,
  portal,
  liveblog,
};

/** The article part of a page in the given shape. */
export function articlePart(shape: Shape, r: Rng, t: SourceText): ArticlePart {
  return BUILDERS[shape](r, t);
}
