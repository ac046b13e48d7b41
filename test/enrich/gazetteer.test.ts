import { describe, expect, it } from 'vitest';
import { createGazetteer, teach } from '../../src/enrich/index.js';
import { nationalityForms } from '../../src/enrich/gazetteer/gazetteer.js';
import { annotateParagraphs } from './helpers.js';

describe('facts', () => {
  const g = createGazetteer();
  it('knows countries under their other names', () => expect(g.entity('روسيا البيضاء')?.name).toBe('بيلاروسيا'));
  it('knows capitals and cities with their country', () => expect(g.entity('مينسك')).toMatchObject({ kind: 'place', country: 'بيلاروسيا' }));
  it('maps nationality adjectives to countries, two-word ones included', () => {
    expect(g.nationalities.get('الكورية الشمالية')).toBe('كوريا الشمالية');
    expect(g.nationalities.get('الأميركي')).toBe('الولايات المتحدة');
  });
  it('knows international bodies', () => expect(g.entity('الناتو')?.name).toBe('حلف شمال الأطلسي'));
  it('finds a title with and without the article', () => {
    expect(g.titles.get('الوزير')?.title).toBe('وزير');
    expect(g.titles.get('وزير الخارجية')).toBeDefined();
  });
});

describe('nationalityForms', () => {
  it('makes article, feminine and plural forms word by word', () => {
    const forms = nationalityForms('كوري شمالي');
    expect(forms).toContain('الكوريه الشماليه');
    expect(forms).toContain('كوريون شماليون');
  });
});

describe('teach', () => {
  it('a confirmed person is then found by surname alone', () => {
    const g = teach(createGazetteer(), [{ type: 'confirm', name: 'نادر الفاسي', kind: 'person', aliases: ['الفاسي'], role: 'رئيس البلدية' }]);
    const a = annotateParagraphs(['وقال الفاسي إن الأشغال ستنتهي قريبا.'], g);
    expect(a.people.map((p) => p.name)).toContain('نادر الفاسي');
  });
  it('a rejected phrase is no longer an entity', () => {
    const g = teach(createGazetteer(), [{ type: 'reject', text: 'سوتشي' }]);
    expect(annotateParagraphs(['وصل الوفد إلى سوتشي مساء.'], g).places).toEqual([]);
  });
  it('a rename points the old name to the new one', () => {
    const g = teach(createGazetteer(), [{ type: 'rename', from: 'شركة الواحة', to: 'مجموعة الواحة القابضة', kind: 'organization' }]);
    expect(g.entity('شركة الواحة')?.name).toBe('مجموعة الواحة القابضة');
  });
  it('a merge makes several spellings one entity', () => {
    const g = teach(createGazetteer(), [{ type: 'merge', names: ['مرفأ الصيادين', 'ميناء الصيادين'], into: 'ميناء الصيادين', kind: 'place' }]);
    expect(g.entity('مرفأ الصيادين')?.name).toBe('ميناء الصيادين');
  });
  it('does not change the shared default gazetteer', () => {
    teach(createGazetteer(), [{ type: 'reject', text: 'موسكو' }]);
    expect(annotateParagraphs(['عاد الوفد إلى موسكو.']).places.map((p) => p.name)).toEqual(['موسكو']);
  });
});
