/**
 * How captions carry photo credits, as data: marker words before the credit («تصوير:»,
 * «المصدر:»), agencies recognised after a dash, parenthesised notes that are not credits,
 * and the elements a caption wraps its credit in.
 */

/**
 * Words that introduce a credit. In a caption they need a colon («تصوير: …», «الصورة: …»)
 * because without one they are ordinary caption words («فريق تصوير الفيلم», «في الصورة
 * الرئيس…»); only © stands alone. Inside a credit already found, the colon is optional.
 */
export const CREDIT_MARKERS: ReadonlyArray<{ word: string; colon: boolean }> = [
  { word: 'تصوير', colon: true },
  { word: 'عدسة', colon: true },
  { word: 'المصدر', colon: true },
  { word: 'مصدر الصورة', colon: true },
  { word: 'حقوق الصورة', colon: true },
  { word: 'الصورة', colon: true },
  { word: 'صورة', colon: true },
  { word: 'photo', colon: true },
  { word: 'credit', colon: true },
  { word: 'image', colon: true },
  { word: 'source', colon: true },
  { word: '©', colon: false },
];

/** News and photo agencies, as captions write them (also recognised after a dash or slash). */
export const AGENCIES: readonly string[] = [
  'أ.ف.ب', 'أ ف ب', 'ا ف ب', 'أف ب', 'فرانس برس', 'رويترز', 'أ.ب', 'أ ب', 'أسوشيتد برس', 'أسوشييتد برس',
  'إ.ب.أ', 'إ ب أ', 'د.ب.أ', 'د ب أ', 'الأناضول', 'واس', 'وام', 'قنا', 'كونا', 'بترا', 'سانا', 'شينخوا',
  'غيتي', 'غيتي إيمجز', 'getty', 'getty images', 'afp', 'reuters', 'ap', 'epa', 'dpa', 'anadolu', 'xinhua',
  'shutterstock', 'وكالات',
];

/** Parenthesised endings that are notes, not credits («(أرشيفية)», «(يمين)», a year). */
export const NOT_CREDIT_RE = /^(?:أرشيف|أرشيفية|صورة أرشيفية|أرشيفي|يمين|يسار|وسط|في الوسط|إلى اليمين|إلى اليسار|file|archive|left|right|center|\d{1,4})$/iu;

/** Longest parenthesised credit, in words: longer parentheses are part of the caption. */
export const MAX_CREDIT_WORDS = 6;

/** Classes of the element a caption wraps its credit in (`<span class="credit">`). */
export const CREDIT_CLASS_RE = /(?:^|[-_\s])(?:credit|credits|copyright|photographer|photo-?credit|image-?credit|source|author)(?:[-_\s]|$)/i;

/** Tags a caption wraps its credit in. */
export const CREDIT_TAGS: ReadonlySet<string> = new Set(['small', 'cite']);

/** Classes of elements that caption an image outside `<figure>` (WordPress, old table layouts). */
export const CAPTION_CLASS_RE = /(?:^|[-_\s])(?:caption|wp-caption-text|legend|photo-?text|image-?text|img-?desc|photo-?caption|figcaption)(?:[-_\s]|$)/i;
