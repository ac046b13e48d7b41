/**
 * Original, fictional news paragraphs for the annotation store and page tests: invented
 * people and quotations; countries, cities and international bodies are real names.
 */
import type { ArticleInput, ArticleInputRaw } from '../../src/article/index.js';
import { buildArticle } from '../support/factories.js';

/** A minister in Cairo, quoted twice, and a spokeswoman of the WHO. */
export const WATER_TALKS = [
  'وقال وزير الخارجية المصري كريم منصور في القاهرة: «سنعمل مع الأمم المتحدة على حل الأزمة قريبا جدا». وأضاف منصور أن «الوقت لا ينتظر أحدا».',
  'من جهتها، قالت المتحدثة باسم منظمة الصحة العالمية ليلى حداد إن «الوضع الصحي في غزة يزداد سوءا كل يوم».',
];

/** The same minister in another story, with another body and place. */
export const PORT_VISIT = [
  'زار وزير الخارجية المصري كريم منصور ميناء الإسكندرية صباح الاثنين برفقة وفد من البنك الدولي.',
  'وقال منصور للصحافيين: «الميناء سيصبح بوابة التجارة الأولى في المنطقة خلال عامين».',
];

/** A story naming nobody. */
export const QUIET_DAY = ['شهدت الأسواق حركة هادئة طوال اليوم مع اعتدال الطقس.'];

/** A published article whose body is these paragraphs. */
export function storyArticle(paragraphs: readonly string[], overrides: Partial<ArticleInputRaw> = {}): ArticleInput {
  return buildArticle({
    deck: null,
    leadImage: null,
    body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
    ...overrides,
  });
}
