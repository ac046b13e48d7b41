import { describe, expect, it } from 'vitest';
import { splitKicker } from '../../../src/ingest/pagetext/kicker.js';

describe('splitKicker', () => {
  it('splits a kicker of two words on its own', () => {
    expect(splitKicker('تحليل إخباري هل يكفي الدفاع وحده؟')).toEqual({ kicker: 'تحليل إخباري', headline: 'هل يكفي الدفاع وحده؟' });
  });

  it('splits a one-word kicker only with evidence', () => {
    expect(splitKicker('حوار وطني يبدأ الأسبوع المقبل')).toEqual({ kicker: null, headline: 'حوار وطني يبدأ الأسبوع المقبل' });
    expect(splitKicker('حوار المدرب: لا أفكر في الرحيل', { label: 'حوار' }).kicker).toBe('حوار');
    expect(splitKicker('تقرير العيادات تصل إلى القرى', { headlines: new Set(['العيادات تصل إلى القرى']) })).toEqual({
      kicker: 'تقرير',
      headline: 'العيادات تصل إلى القرى',
    });
  });

  it('needs a space after the kicker and something after it', () => {
    expect(splitKicker('تحليلات السوق الأسبوعية').kicker).toBeNull();
    expect(splitKicker('تحليل إخباري').kicker).toBeNull();
  });

  it('handles empty and non-Arabic input', () => {
    expect(splitKicker('')).toEqual({ kicker: null, headline: '' });
    expect(splitKicker('Analysis of the week')).toEqual({ kicker: null, headline: 'Analysis of the week' });
  });
});
