/**
 * Headings that open a related-articles module. Compared without diacritics and with
 * hamza/alef forms folded, so «اقرأ أيضاً» and «اقرا ايضا» are one heading.
 */
export const MODULE_HEADINGS: readonly string[] = [
  'مقالات ذات صلة',
  'مقالات ذات علاقة',
  'مواضيع ذات صلة',
  'أخبار ذات صلة',
  'قصص ذات صلة',
  'ذات صلة',
  'اقرأ أيضاً',
  'اقرأ المزيد',
  'قد يهمك أيضاً',
  'قد يهمك',
  'Related articles',
  'Related',
];
