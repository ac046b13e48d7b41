import type { DigitStyle } from '../../arabic/digits.js';

/** How dates are shown: the site's digits, zone, and whether to add the Hijri date. */
export interface DateStyle {
  digits: DigitStyle;
  timeZone: string;
  hijri: boolean;
}

// Intl formatters are costly to build and cheap to reuse: one per style.
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

/** Formatted dates kept (a page shows the same few dates on every view); past this the oldest go. */
const KEPT = 2000;
const formatted = new Map<string, string>();

/**
 * `format` through a small cache keyed by kind, style and instant: Intl formatting costs
 * ~10 µs a date, and every uncached page view formats a dozen dates readers saw a moment ago.
 */
function remembered(kind: string, iso: string, style: DateStyle, format: () => string): string {
  const key = `${kind}|${style.digits}|${style.timeZone}|${iso}`;
  let out = formatted.get(key);
  if (out === undefined) {
    out = format();
    if (formatted.size >= KEPT) formatted.delete(formatted.keys().next().value!);
    formatted.set(key, out);
  }
  return out;
}

/** «29 نوفمبر 2026»: the Gregorian date with Arabic month names. */
export function formatDate(iso: string, style: DateStyle): string {
  return remembered('d', iso, style, () =>
    formatter(`ar-u-nu-${style.digits}`, { day: 'numeric', month: 'long', year: 'numeric', timeZone: style.timeZone }).format(new Date(iso)),
  );
}

/** «29 نوفمبر 2026، 10:05»: date and 24-hour time. */
export function formatDateTime(iso: string, style: DateStyle): string {
  return remembered('t', iso, style, () =>
    formatter(`ar-u-nu-${style.digits}`, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: style.timeZone,
    }).format(new Date(iso)),
  );
}

/** «28 جمادى الأولى 1448 هـ»: the Umm al-Qura Hijri date. */
export function formatHijri(iso: string, style: DateStyle): string {
  return remembered('h', iso, style, () =>
    formatter(`ar-SA-u-ca-islamic-umalqura-nu-${style.digits}`, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: style.timeZone,
    }).format(new Date(iso)),
  );
}

/** An RFC 7231 date for Last-Modified headers, to the second. */
export function httpDate(iso: string): string {
  return new Date(iso).toUTCString();
}
