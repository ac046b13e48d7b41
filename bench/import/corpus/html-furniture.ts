/**
 * Page furniture for generated HTML pages, in the kinds real Arabic news pages carry:
 * mega-menus, card grids and "most read" lists (with and without telling classes), comment
 * threads, footers, inline SVG icons, tracking scripts and styles. `furniture()` returns
 * blocks until their size reaches the requested number of bytes.
 */
import type { Rng } from './rng.js';
import type { SourceText } from './texts.js';
import { BOX_TITLES, MENU_WORDS, SECTIONS, WRITERS } from './words.js';

const ICON = '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 2L2 7l10 5 10-5-10-5z"/><path d="M2 17l10 5 10-5"/></svg>';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const headline = (t: SourceText) => esc(t.title);
const teaser = (t: SourceText, n: number) => esc(t.paragraphs[0]!.split(' ').slice(0, n).join(' '));

function menu(r: Rng): string {
  const items = MENU_WORDS.map((w, k) => `<li class="menu-item menu-item-${k}"><a href="/s/${k}">${w}</a>${r.chance(0.3) ? `<ul class="sub-menu">${SECTIONS.slice(0, 5).map((s, j) => `<li><a href="/s/${k}/${j}">${s}</a></li>`).join('')}</ul>` : ''}</li>`);
  return `<header class="site-header"><div class="top-bar"><span class="date-today">الثلاثاء</span><a href="/login">دخول</a>${ICON}</div><a class="logo" href="/"><img src="/logo.svg" alt="الموقع"></a><nav class="main-menu"><ul>${items.join('')}</ul></nav></header>`;
}

function card(r: Rng, t: SourceText, i: number): string {
  const cls = r.pick(['card', 'teaser', 'post-item', 'news-card', 'story']);
  return `<div class="${cls} ${cls}-${i % 4}" data-id="${i}"><a href="/news/${i}" class="thumb"><img src="/img/${i}.jpg" alt="${headline(t).slice(0, 30)}" width="320" height="180" loading="lazy"></a><div class="${cls}-details"><span class="card-label">${r.pick(SECTIONS)}</span><h3 class="${cls}-title"><a href="/news/${i}">${headline(t)}</a></h3>${r.chance(0.6) ? `<p class="${cls}-teaser">${teaser(t, r.int(5, 12))}</p>` : ''}<time datetime="2025-0${r.int(1, 9)}-1${r.int(0, 9)}T10:00:00Z">منذ ${r.int(1, 23)} ساعة</time>${ICON}</div></div>`;
}

function cardGrid(r: Rng, texts: readonly SourceText[], at: number): string {
  const n = r.int(4, 10);
  const cards = Array.from({ length: n }, (_, k) => card(r, texts[(at + k) % texts.length]!, at + k)).join('');
  const kind = r.int(0, 3);
  if (kind === 0) return `<section class="related-articles"><h3 class="block-title">مقالات ذات صلة</h3>${cards}</section>`;
  if (kind === 1) return `<div class="more-news"><h3>${r.pick(BOX_TITLES)}</h3>${cards}</div>`;
  // A class-less box announced only by its title.
  if (kind === 2) return `<div><h3>${r.pick(BOX_TITLES)}</h3><ul>${Array.from({ length: n }, (_, k) => `<li><a href="/n/${at + k}">${headline(texts[(at + k) % texts.length]!)}</a></li>`).join('')}</ul></div>`;
  return `<aside class="sidebar"><div class="widget most-read"><h3>الأكثر قراءة</h3><ol>${Array.from({ length: n }, (_, k) => `<li><a href="/n/${at + k}">${headline(texts[(at + k) % texts.length]!)}</a></li>`).join('')}</ol></div><div class="widget ad"><span>إعلان</span><div id="ad-side-${at}"></div></div></aside>`;
}

function comments(r: Rng, texts: readonly SourceText[], at: number): string {
  const n = r.int(2, 6);
  const items = Array.from({ length: n }, (_, k) => `<div class="comment"><span class="comment-author">${r.pick(WRITERS).split(' ')[0]}</span><p>${teaser(texts[(at + k) % texts.length]!, r.int(15, 30))}</p></div>`).join('');
  return `<section id="comments" class="comments-area"><h3>التعليقات (${n})</h3>${items}<form class="comment-form"><textarea name="c"></textarea><button>أرسل</button></form></section>`;
}

function scripts(r: Rng, at: number): string {
  const config = JSON.stringify({ page: at, sections: SECTIONS, flags: Array.from({ length: r.int(5, 40) }, (_, k) => `feature_${k}`) });
  return `<script>window.__CONFIG__ = ${config}; (function(){ var s = document.createElement('script'); s.src = '/t.js?' + ${at}; document.head.appendChild(s); })();</script><style>.card-${at}{color:#333}.teaser-${at}{margin:0 auto}</style>`;
}

function footer(r: Rng): string {
  return `<footer class="site-footer"><div class="newsletter"><h4>اشترك في النشرة البريدية</h4><form><input type="email"><button>اشترك</button></form></div><ul class="footer-links">${MENU_WORDS.map((w, k) => `<li><a href="/p/${k}">${w}</a></li>`).join('')}</ul><p class="copyright">جميع الحقوق محفوظة © ${r.int(2015, 2026)}</p></footer>`;
}

/** Furniture above and below the article, about `bytes` in total. */
export function furniture(r: Rng, texts: readonly SourceText[], bytes: number, seed: number): { top: string; bottom: string } {
  const top = [menu(r), scripts(r, seed)];
  const bottom: string[] = [];
  let size = Buffer.byteLength(top.join(''));
  let at = seed;
  while (size < bytes) {
    const block = r.chance(0.15) ? comments(r, texts, at) : r.chance(0.1) ? scripts(r, at) : cardGrid(r, texts, at);
    (r.chance(0.35) ? top : bottom).push(block);
    size += Buffer.byteLength(block);
    at += 11;
  }
  bottom.push(footer(r));
  return { top: top.join('\n'), bottom: bottom.join('\n') };
}
