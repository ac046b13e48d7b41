/**
 * Honorifics and relative titles.
 *
 * HONORIFICS, one a line, as written: forms of address that open a name without being a
 * role («الشيخ عبد الرحمن …», «الدكتورة ليلى …»); the role, if any, comes from elsewhere
 * (an apposition, the gazetteer). Listed with their article where they take one: unlike
 * titles, they are found only as written here.
 *
 * RELATIVE_TITLES: words that point to a person through another one («نظيره البيلاروسي»: the
 * counterpart of the person just named); coreference gives them that person's title.
 */
export const HONORIFICS = `
السيد
السيدة
السادة
الآنسة
الشيخ
الشيخة
الدكتور
الدكتورة
دكتور
دكتورة
البروفيسور
البروفسور
البروفيسورة
المهندس
المهندسة
الأستاذ
الأستاذة
الحاج
الحاجة
الأمير
الأميرة
السلطان
الإمام
السير
اللورد
الليدي
البارونة
الأب
الأم
الأخت
الراهب
الراهبة
سماحة
فضيلة
معالي
سعادة
سمو
صاحب السمو
صاحب السمو الملكي
صاحب الجلالة
جلالة
فخامة
سيادة
نيافة
قداسة
غبطة
العلامة
المرحوم
المرحومة
الراحل
الراحلة
الفقيد
الفقيدة
الشهيد
الشهيدة
حجة الإسلام
`;

export const RELATIVE_TITLES = `
نظيره نظيرها نظيرته نظيرتها نظيرهم نظيرهما نظيريه نظيرتيه نظراؤه نظرائه نظراءه نظيراه
`;
