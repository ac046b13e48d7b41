/**
 * The self-hosted Arabic web fonts, served from the npm font packages (never a CDN).
 * Noto Naskh Arabic sets the reading text (the newspaper hand), IBM Plex Sans Arabic the
 * headlines and interface. Each face is split by script with unicode-range, so a page
 * with no Latin downloads no Latin file.
 */

/** One font file and the @font-face it backs. */
export interface FontFace {
  family: string;
  /** npm package holding the file under files/. */
  pkg: string;
  file: string;
  weight: number;
  range: string;
  /** Preload it: it is on every page above the fold. */
  preload?: boolean;
}

// Unicode ranges of the subsets (facts of the scripts): Arabic blocks and joiners; Basic Latin and punctuation.
const ARABIC = 'U+0600-06FF, U+0750-077F, U+0870-08FF, U+200C-200E, U+2010-2011, U+204F, U+2E41, U+FB50-FDFF, U+FE70-FEFC';
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+2000-206F, U+20AC, U+2122, U+2212, U+FEFF, U+FFFD';

const NASKH = { family: 'Noto Naskh Arabic', pkg: '@fontsource/noto-naskh-arabic' };
const PLEX = { family: 'IBM Plex Sans Arabic', pkg: '@fontsource/ibm-plex-sans-arabic' };

/** Every face the site uses. */
export const FONT_FACES: readonly FontFace[] = [
  { ...NASKH, file: 'noto-naskh-arabic-arabic-400-normal.woff2', weight: 400, range: ARABIC, preload: true },
  { ...NASKH, file: 'noto-naskh-arabic-arabic-700-normal.woff2', weight: 700, range: ARABIC },
  { ...NASKH, file: 'noto-naskh-arabic-latin-400-normal.woff2', weight: 400, range: LATIN },
  { ...NASKH, file: 'noto-naskh-arabic-latin-700-normal.woff2', weight: 700, range: LATIN },
  { ...PLEX, file: 'ibm-plex-sans-arabic-arabic-400-normal.woff2', weight: 400, range: ARABIC },
  { ...PLEX, file: 'ibm-plex-sans-arabic-arabic-600-normal.woff2', weight: 600, range: ARABIC },
  { ...PLEX, file: 'ibm-plex-sans-arabic-arabic-700-normal.woff2', weight: 700, range: ARABIC, preload: true },
  { ...PLEX, file: 'ibm-plex-sans-arabic-latin-400-normal.woff2', weight: 400, range: LATIN },
  { ...PLEX, file: 'ibm-plex-sans-arabic-latin-700-normal.woff2', weight: 700, range: LATIN },
];

/** The URL path a font file is served at. */
export function fontUrl(face: FontFace): string {
  return `/assets/fonts/${face.file}`;
}

/** The @font-face rules for every face (font-display: swap, so text shows at once). */
export function fontFaceCss(): string {
  return FONT_FACES.map(
    (f) =>
      `@font-face{font-family:'${f.family}';font-style:normal;font-display:swap;font-weight:${f.weight};` +
      `src:url(${fontUrl(f)}) format('woff2');unicode-range:${f.range};}`,
  ).join('\n');
}
