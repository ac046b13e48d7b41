/**
 * Photo and news agencies as Arabic sites credit them, in the forms they are written.
 * Matching ignores dots, spaces and hamza forms (see `agencyKey`), so «أ ف ب» is «أ.ف.ب».
 * Data, not logic: any credit outside this list is still accepted when it has a source's shape.
 */
export const AGENCY_CREDITS: readonly string[] = [
  'أ.ف.ب', // Agence France-Presse
  'إ.ب.أ', // European Pressphoto Agency
  'د.ب.أ', // Deutsche Presse-Agentur
  'أ.ب', // Associated Press
  'رويترز',
  'أسوشييتد برس',
  'وكالة الصحافة الفرنسية',
  'غيتي',
  'غيتي إيماجز',
  'الأناضول',
  'شينخوا',
  'وام',
  'واس',
  'قنا',
  'كونا',
  'بترا',
  'سانا',
  'إرنا',
  'AFP',
  'AP',
  'EPA',
  'DPA',
  'Reuters',
  'Getty',
  'Getty Images',
  'Anadolu',
  'Xinhua',
];
