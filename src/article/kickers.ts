/**
 * Content types an Arabic newsroom sets above a headline (the kicker), with the
 * schema.org type each maps to. Data, not logic: a site may extend it.
 */
export const KICKERS: ReadonlyArray<{ name: string; schemaType: string }> = [
  { name: 'تحليل إخباري', schemaType: 'AnalysisNewsArticle' },
  { name: 'تحليل', schemaType: 'AnalysisNewsArticle' },
  { name: 'حوار', schemaType: 'ReportageNewsArticle' },
  { name: 'مقابلة', schemaType: 'ReportageNewsArticle' },
  { name: 'تقرير', schemaType: 'ReportageNewsArticle' },
  { name: 'تحقيق', schemaType: 'ReportageNewsArticle' },
  { name: 'رأي', schemaType: 'OpinionNewsArticle' },
  { name: 'مقال رأي', schemaType: 'OpinionNewsArticle' },
  { name: 'افتتاحية', schemaType: 'OpinionNewsArticle' },
  { name: 'خاص', schemaType: 'NewsArticle' },
  { name: 'عاجل', schemaType: 'NewsArticle' },
];

const byName = new Map(KICKERS.map((k) => [k.name, k.schemaType]));

/** The schema.org article type for a kicker; plain NewsArticle when unknown. */
export function schemaTypeForKicker(kicker: string | null): string {
  return (kicker && byName.get(kicker)) || 'NewsArticle';
}

/** Whether a text is a known content-type kicker. */
export function isKnownKicker(text: string): boolean {
  return byName.has(text.trim());
}
