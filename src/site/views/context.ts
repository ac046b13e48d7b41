import type { Section } from '../../article/index.js';
import { localizeDigits } from '../../arabic/digits.js';
import type { SiteConfig } from '../config.js';
import type { DateStyle } from '../format/dates.js';

/** Fingerprinted asset URLs, so they can be cached forever. */
export interface AssetUrls {
  css: string;
  printCss: string;
  textSizeJs: string;
  /** The inline head script (applies the saved text size before first paint). */
  headScript: string;
  /** Font files worth preloading. */
  preloadFonts: string[];
}

/** What every view may read: the site's settings, assets and the sections for navigation. */
export interface ViewContext {
  site: SiteConfig;
  assets: AssetUrls;
  sections: readonly Section[];
}

/** The date style a context implies. */
export function dateStyle(ctx: ViewContext): DateStyle {
  return { digits: ctx.site.digits, timeZone: ctx.site.timeZone, hijri: ctx.site.hijri };
}

/** Display text in the site's digit style. */
export function txt(ctx: ViewContext, text: string): string {
  return ctx.site.digits === 'arab' ? localizeDigits(text, 'arab') : text;
}
