/** Named punctuation the page-dump rules look at, so no rule hides a bare code point. */

/** Arabic comma «،». */
export const ARABIC_COMMA = '\u060C';
/** Arabic semicolon «؛». */
export const ARABIC_SEMICOLON = '\u061B';
/** Arabic question mark «؟». */
export const ARABIC_QUESTION_MARK = '\u061F';
/** Opening guillemet «, the Arabic quotation mark. */
export const LEFT_GUILLEMET = '\u00AB';
/** Closing guillemet ». */
export const RIGHT_GUILLEMET = '\u00BB';
/** Horizontal ellipsis «…». */
export const ELLIPSIS = '\u2026';
/** Byte-order mark a file may start with (a code unit, not a character of text). */
export const BYTE_ORDER_MARK = 0xfeff;

/**
 * Marks that end a sentence or announce more text: a line ending in one of them is prose,
 * never a subheading or a photo caption. The question marks are not here: a subheading may
 * be a question.
 */
export const PROSE_ENDINGS: ReadonlySet<string> = new Set([
  '.', '!', ELLIPSIS, ':', ARABIC_COMMA, ',', ARABIC_SEMICOLON, ';',
]);

/** Marks that end a sentence anywhere in a line; one followed by more text means two sentences. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ARABIC_QUESTION_MARK, ELLIPSIS]);

/** Closers that may follow a line's last real mark («…». ends in a full stop, not in »). */
export const CLOSERS: ReadonlySet<string> = new Set([RIGHT_GUILLEMET, '"', '\u201D', '\u2019', "'", ')', ']']);
