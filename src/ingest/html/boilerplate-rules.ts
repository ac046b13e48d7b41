/**
 * What is not the article, as data. Four kinds of rule:
 * - tags that never hold article text;
 * - class/id patterns of page furniture (share bars, ads, newsletter boxes, "read also"
 *   and related lists, tag clouds, comments, navigation), some only for short elements;
 * - titles of furniture boxes that carry no telling class («اقرأ أيضاً», «مقالات ذات صلة»);
 * - phrases that open a furniture line inside the body («اقرأ أيضاً: …», «تابعونا على…»).
 * And one guard: containers that hold the article body are never dropped by class.
 *
 * Class patterns match whole segments of a class token (`article_details_share_item`
 * matches `share`, `PrintThis` does not match `print`), so a word inside a longer word
 * never triggers a rule.
 */

/** Tags whose elements are dropped wherever they are. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'nav', 'dialog', 'menu',
  'input', 'button', 'select', 'textarea', 'option', 'label', 'link', 'meta', 'map', 'area',
]);

/** Tags dropped unless they sit inside one of `KEEP_INSIDE` (the article's own header, a quote's footer). */
export const DROP_TAGS_OUTSIDE: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['header', new Set(['article'])],
  ['footer', new Set(['blockquote', 'figure'])],
  ['aside', new Set<string>()],
]);

/** Tags never dropped by class rules: they frame the whole page or the article. */
export const PROTECTED_TAGS: ReadonlySet<string> = new Set(['html', 'body', 'main', 'article']);

/** Class/id segments of the container that holds the article body. */
export const BODY_CONTAINER_RE =
  /(?:^|[-_\s])(?:article-?body|articlebody|article-?content|article-?text|entry-?content|post-?content|post-?body|story-?body|story-?content|news-?body|news-?text|content-?body|field-?body|body-?text|longdesc|article_details_body|td-post-content)(?:[-_\s]|$)/;

/** One class rule: a name for reports, the pattern, and optional limits. */
export interface ClassRule {
  name: string;
  pattern: RegExp;
  /** Drop only elements with at most this much text (labels, bylines, dates). */
  maxChars?: number;
  /**
   * Drop even an element holding several paragraphs of prose. Only comments: the other
   * patterns also appear on wrappers around the article itself (Elementor's
   * `elementor-widget-container`, a theme's `post-related-wrap`), so prose guards them.
   */
  evenWithProse?: boolean;
}

const seg = (words: string) => new RegExp(`(?:^|[-_])(?:${words})(?:[-_]|$)`);

/** Furniture recognised by class or id segments. */
export const CLASS_RULES: readonly ClassRule[] = [
  { name: 'share', pattern: seg('share|shares|sharing|sharer|sharethis|social|sharedaddy|addthis|a2a|shareaholic|sd-sharing') },
  { name: 'ad', pattern: seg('ad|ads|adv|advert|adverts|advertisement|adslot|adsense|dfp|gpt|sponsor|sponsored|promo|outbrain|taboola|teads|mgid') },
  { name: 'newsletter', pattern: seg('newsletter|newsletters|subscribe|subscription|signup|mailing|mailchimp') },
  { name: 'related', pattern: seg('related|read-?also|also-?read|read-?more|more-?stories|more-?news|more-?articles|recommended|see-?also|you-?may|prev|next|previous|prev-?next|most-?read|most-?popular|popular|trending|latest|recent|next-?article|post-?navigation|nav-?links|more-?live') },
  { name: 'tags', pattern: seg('tags|tag-?list|tagcloud|tag-?cloud|keywords|tags-?links|post-?tags|entry-?tags|article-?tags') },
  { name: 'comments', pattern: seg('comment|comments|comment-?list|comments-?area|respond|disqus|fb-comments|discussion'), evenWithProse: true },
  { name: 'social-embed', pattern: seg('twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|reddit-card') },
  { name: 'navigation', pattern: seg('nav|navbar|navigation|menu|breadcrumb|breadcrumbs|pagination|pager|sidebar|widget|widget-?area|footer|masthead|site-?header|top-?bar|ticker|breaking') },
  { name: 'chrome', pattern: seg('cookie|cookies|consent|gdpr|modal|popup|overlay|toolbar|tools|print|font-?size|text-?size|skip-?link|load-?more|feedback|rating|follow-?us|app-?promo|download-?app|author-?bio|about-?author|author-?box|sms-?box|live-?controls|time_to_read|reading-?time') },
  { name: 'label', pattern: seg('meta|byline|author|author-?name|writer|vcard|dates?|time|timestamp|posted-?on|entry-?date|pubdate|updated|badge|label|cat-?links|kicker|section-?label|category|info'), maxChars: 160 },
];

/** Titles of furniture boxes (compared without diacritics or punctuation). */
export const BOX_TITLES: readonly string[] = [
  'اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'إقرأ أيضاً', 'اقرأ المزيد', 'اقرأ كذلك', 'طالع أيضا', 'شاهد أيضا',
  'مقالات ذات صلة', 'مواضيع ذات صلة', 'أخبار ذات صلة', 'أخبار متعلقة', 'مقالات مقترحة', 'قد يعجبك أيضا', 'قد يهمك أيضا',
  'الأكثر قراءة', 'الأكثر مشاهدة', 'آخر الأخبار', 'أحدث المقالات', 'أحدث الأخبار', 'المزيد من الأخبار',
  'النشرة البريدية', 'النشرة الإخبارية', 'اشترك في النشرة البريدية', 'التعليقات', 'اترك تعليقا', 'أضف تعليقا',
  'الوسوم', 'الكلمات المفتاحية', 'كلمات مفتاحية', 'وسوم', 'شارك', 'شارك هذا', 'شارك المقال', 'تابعونا',
  'read also', 'read more', 'related', 'related articles', 'most read', 'newsletter', 'comments', 'tags',
];

/** One phrase rule: text that opens a furniture line, and the longest such a line can be. */
export interface PhraseRule {
  phrase: string;
  maxChars: number;
}

/** Lines inside the body that are furniture when they start with the phrase and are short. */
export const PHRASE_RULES: readonly PhraseRule[] = [
  ...['اقرأ أيضا', 'اقرأ أيضاً', 'إقرأ أيضا', 'إقرأ أيضاً', 'اقرأ كذلك', 'اقرأ المزيد', 'طالع أيضا', 'شاهد أيضا', 'شاهد أيضاً', 'للمزيد', 'ذات صلة']
    .map((phrase) => ({ phrase, maxChars: 240 })),
  ...['تابعونا على', 'تابعوا', 'تابعنا على', 'اشترك في', 'للاشتراك في', 'حمّل تطبيق', 'حمل تطبيق', 'انضم إلى قناة', 'انضموا إلى']
    .map((phrase) => ({ phrase, maxChars: 200 })),
  // WordPress feeds close each item with «The post X appeared first on Y.».
  ...['the post', 'ظهرت المقالة', 'ظهر المقال', 'ظهرت التدوينة'].map((phrase) => ({ phrase, maxChars: 300 })),
  ...['جميع الحقوق محفوظة', 'حقوق النشر', 'الكلمات المفتاحية', 'الوسوم', 'شارك', 'انسخ الرابط', 'إعلان', 'advertisement', 'read also', 'read more']
    .map((phrase) => ({ phrase, maxChars: 120 })),
];

/** Class tokens that hide an element outright (whole tokens: `hidden-xs` only hides on phones). */
export const HIDDEN_CLASS_TOKENS: ReadonlySet<string> = new Set([
  'hidden', 'hide', 'd-none', 'u-hide', 'is-hidden', 'sr-only', 'visually-hidden', 'screen-reader-text', 'invisible',
]);

/** Responsive display classes that show again what `d-none` hides (`d-none d-md-block`). */
export const SHOWN_AGAIN_RE = /(?:^|\s)d-(?:sm|md|lg|xl|xxl)-(?:block|flex|inline|inline-block|grid|table)(?:\s|$)/;

/** Text in paragraphs of prose, without links, above which an element holds the article (see evenWithProse). */
export const PROSE_GUARD = { paragraphs: 3, minParagraphChars: 120, totalChars: 600 };

/** Inline styles that hide an element. */
export const HIDDEN_STYLE_RE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
