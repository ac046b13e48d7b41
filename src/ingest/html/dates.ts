/**
 * Publication dates from pages and feeds to ISO 8601 instants (UTC). Accepted:
 * ISO 8601 with or without a zone (`2026-01-08T11:42:50+00:00`, `2026-01-08 11:42`),
 * a bare date, and RFC 822/1123 as feeds write them (`Thu, 08 Jan 2026 11:42:50 +0300`,
 * `GMT`, US zone names). A time without a zone is read as UTC and reported, never
 * interpreted in the machine's own zone (that would make imports depend on the server).
 */
import { toWesternDigits } from '../../arabic/digits.js';

/** A parsed instant, or why it was refused; `assumedUtc` when the source gave no zone. */
export type DateResult = { ok: true; iso: string; assumedUtc: boolean } | { ok: false; reason: string };

// Dates outside this window are CMS placeholders (0001-01-01, 1970-01-01) or typos.
const MIN_YEAR = 1980;
const MAX_YEAR = 2100;

const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** Zone names RFC 822 allows besides numeric offsets, in minutes east of UTC. */
const ZONES: Readonly<Record<string, number>> = {
  ut: 0, utc: 0, gmt: 0, z: 0,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const RFC822_RE =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*([+-]\d{4}|[a-z]{1,4}))?$/i;

function offsetMinutes(zone: string): number | null {
  if (/^z$/i.test(zone)) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  return ZONES[zone.toLowerCase()] ?? null;
}

function build(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, offset: number): DateResult {
  if (y < MIN_YEAR || y > MAX_YEAR) return { ok: false, reason: `year ${y} out of range` };
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return { ok: false, reason: 'not a valid date' };
  // 31 February rolls over into March in Date.UTC: refuse it instead.
  if (new Date(Date.UTC(y, mo - 1, d)).getUTCMonth() !== mo - 1) return { ok: false, reason: 'not a valid date' };
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms) - offset * 60_000;
  return { ok: true, iso: new Date(t).toISOString(), assumedUtc: false };
}

/** Parses a date as pages and feeds write it; never throws. */
export function parseDate(raw: string | null | undefined): DateResult {
  const text = toWesternDigits((raw ?? '').trim());
  if (!text) return { ok: false, reason: 'empty date' };
  const iso = ISO_RE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    const offset = zone ? offsetMinutes(zone) : 0;
    if (offset === null) return { ok: false, reason: `unknown time zone "${zone}"` };
    const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
    const r = build(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms, offset);
    // A bare date is a day, not a moment in some zone: nothing was assumed.
    return r.ok && !zone && h !== undefined ? { ...r, assumedUtc: true } : r;
  }
  const rfc = RFC822_RE.exec(text);
  if (rfc) {
    const [, d, mon, yRaw, h, mi, s, zone] = rfc;
    const mo = MONTHS[(mon ?? '').toLowerCase()];
    if (!mo) return { ok: false, reason: `unknown month "${mon}"` };
    let y = Number(yRaw);
    if ((yRaw ?? '').length === 2) y += y < 70 ? 2000 : 1900; // RFC 822's two-digit years
    const offset = zone ? offsetMinutes(zone) : 0;
    if (offset === null) return { ok: false, reason: `unknown time zone "${zone}"` };
    const r = build(y, mo, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), 0, offset);
    return r.ok && !zone && h !== undefined ? { ...r, assumedUtc: true } : r;
  }
  return { ok: false, reason: `unrecognised date "${text.slice(0, 40)}"` };
}
