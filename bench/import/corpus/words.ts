/**
 * Original vocabulary for the generated corpus: sections, photo credits, writers, cities,
 * caption phrases and page furniture, written for Midad (no outlet or person is real).
 */

/** Site sections (some multi-word, as card labels often are). */
export const SECTIONS = [
  'سياسة', 'اقتصاد', 'رياضة', 'ثقافة', 'منوعات', 'العالم العربي', 'شمال أفريقيا', 'أوروبا', 'الخليج',
  'صحة', 'تكنولوجيا', 'ثقافة وفنون', 'النقل البحري', 'كرة القدم', 'بيئة',
];

/** Content-type kickers glued to card headlines. */
export const KICKERS = ['تحليل إخباري', 'حوار', 'تقرير', 'تحقيق', 'رأي'];

/** Photo credits: agency abbreviations and plain sources. */
export const CREDITS = ['أ.ف.ب', 'رويترز', 'إ.ب.أ', 'د.ب.أ', 'أ.ب', 'بلدية وادي السرو', 'أرشيف الجريدة', 'وزارة الزراعة', 'الإعلام المحلي'];

/** Writers' names (invented). */
export const WRITERS = ['سلمى الحدّاد', 'كريم ناصر', 'هدى الشامي', 'يوسف البنّا', 'ريم شاهين', 'منير عبد الهادي', 'ليلى عيسى', 'فارس العطار', 'نادية فرحات'];

/** Publications credited as a card's source (invented). */
export const SOURCES = ['الصباح الجديد', 'المدار', 'الضاد', 'الساحل'];

/** Dateline cities (invented or generic). */
export const CITIES = ['رأس الريح', 'الواحة', 'وادي السرو', 'العاصمة', 'المدينة الساحلية', 'وادي النخيل'];

/** Openings of photo captions; the article's own words complete them. */
export const CAPTION_OPENINGS = ['مشهد من', 'صورة أرشيفية من', 'جانب من', 'لقطة عامة من', 'أشخاص يتابعون', 'عمال خلال'];

/** Words of menus, footers and card teasers. */
export const MENU_WORDS = [
  'الرئيسية', 'الأخبار', 'الرياضة', 'الاقتصاد', 'الثقافة', 'المنوعات', 'الطقس', 'الفيديو', 'الصور', 'الرأي',
  'التحقيقات', 'العالم', 'المحليات', 'التكنولوجيا', 'الصحة', 'السياحة', 'من نحن', 'اتصل بنا', 'سياسة الخصوصية',
];

/** Titles of furniture boxes. */
export const BOX_TITLES = ['اقرأ أيضاً', 'الأكثر قراءة', 'آخر الأخبار', 'مقالات ذات صلة', 'قد يعجبك أيضا'];
