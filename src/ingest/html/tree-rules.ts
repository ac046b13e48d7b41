/**
 * How the full DOM's parser (htmlparser2, under linkedom) shapes a tree, as data, so the
 * light parser (light-parse.ts) builds the same tree. These are htmlparser2's rules, not
 * HTML5's: an opening tag closes only the open elements it names while they are on top
 * (`<li>` closes an open `<li>`, a block closes an open `<p>`), a close tag closes up to the
 * nearest open element of its name, and `/>` ends an element only in SVG and MathML.
 */

const P = new Set(['p']);
const FORM_CONTROLS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const TABLE_SECTIONS = new Set(['thead', 'tbody']);
const DD_DT = new Set(['dd', 'dt']);
const RT_RP = new Set(['rt', 'rp']);

/** For an opening tag, the names of open elements it closes while they are on top of the stack. */
export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', DD_DT],
  ['dt', DD_DT],
  ['rt', RT_RP],
  ['rp', RT_RP],
  ['tbody', TABLE_SECTIONS],
  ['tfoot', TABLE_SECTIONS],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, ReadonlySet<string>] => [t, FORM_CONTROLS]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t): [string, ReadonlySet<string>] => [t, P]),
]);

/** Elements without content: closed as soon as opened. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link',
  'meta', 'param', 'source', 'track', 'wbr',
]);

/** Elements that open a foreign (SVG, MathML) context, where `/>` closes an element. */
export const FOREIGN_ELEMENTS: ReadonlySet<string> = new Set(['math', 'svg']);

/** Elements inside foreign content that hold HTML again. */
export const INTEGRATION_ELEMENTS: ReadonlySet<string> = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/**
 * Elements whose content is raw text up to their close tag, and whether entities in it are
 * decoded (only in `<title>`).
 */
export const RAW_TEXT_ELEMENTS: ReadonlyMap<string, { decoded: boolean }> = new Map([
  ['script', { decoded: false }],
  ['style', { decoded: false }],
  ['title', { decoded: true }],
  ['textarea', { decoded: false }],
  ['xmp', { decoded: false }],
]);
