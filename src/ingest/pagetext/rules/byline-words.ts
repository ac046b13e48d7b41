/** Words that may open a byline before the names («بقلم: …»); they are dropped, not authors. */
export const BYLINE_LEADS: readonly string[] = ['بقلم', 'كتب', 'كتبت', 'إعداد', 'تحرير', 'By'];
