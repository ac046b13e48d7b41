/**
 * Head nouns that name a place together with the words after them.
 *
 * PLACE_HEADS_ADMIN: administrative units; the head stays out of the place's name
 * («محافظة [ميسان]», «ولاية [كاليفورنيا]»), and before a known place it adds nothing.
 * PLACE_HEADS_NAME_ONLY: heads that belong to the name and take proper-name words after them
 * («قاعدة فوستوشني», «مطار هيثرو», «نهر النيجر»).
 * PLACE_HEADS_OPEN: heads that belong to the name and may also take one definite word
 * («ميدان التحرير», «حي الشجاعية», «مخيم اليرموك»).
 * PLACE_HEADS_OPEN_PROPER: open heads whose definite word must look like a proper name (a
 * nisba, …ية) or be a known place: «سوق الحميدية» is a souk, «سوق الوقود» and «سوق العمل» are
 * markets of the economy, far more frequent in news.
 * PLACE_TAIL_ADJECTIVES: adjectives that close such a name («الدولي», «الفضائية»).
 */
export const PLACE_HEADS_ADMIN = `
محافظة ولاية مقاطعة إقليم مدينة بلدة قرية ناحية قضاء مديرية عمالة جهة
`;

export const PLACE_HEADS_NAME_ONLY = `
قاعدة مطار ميناء مرفأ نهر جبل جبال بحيرة جزيرة جزر صحراء وادي سهل هضبة مضيق خليج بحر محيط
قلعة برج معبد كاتدرائية كنيسة كنيس ملعب استاد ستاد مخيم معبر حقل منجم سد شلالات غابة غابات
محطة مفاعل منشأة منتجع حديقة متحف
`;

export const PLACE_HEADS_OPEN = `
حي ساحة ميدان شارع مخيم معبر جسر قصر مسجد جامع سجن سوق حارة ضاحية مرتفعات تلة تل
`;

export const PLACE_HEADS_OPEN_PROPER = `
سوق
`;

export const PLACE_TAIL_ADJECTIVES = `
الدولي الدولية الجوية الجوي الفضائية الفضائي البحرية البحري العسكرية العسكري الكبير الكبرى الأكبر الصغير الصغرى
المركزي المركزية الرئيسي الرئيسية الوطني الوطنية الأولمبي الأولمبية البلدي البلدية الملكي الملكية الرئاسي الرئاسية
الشمالي الشمالية الجنوبي الجنوبية الشرقي الشرقية الغربي الغربية القديم القديمة الجديد الجديدة النووية النووي
`;
