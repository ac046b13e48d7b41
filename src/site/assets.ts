import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FONT_FACES, fontFaceCss, fontUrl } from './fonts.js';
import type { AssetUrls } from './views/context.js';

/** A file the site serves from memory. */
export interface AssetFile {
  body: Buffer;
  type: string;
}

/** Everything under /assets/, plus the URLs views link to and the inline script's CSP hash. */
export interface AssetBundle {
  urls: AssetUrls;
  files: Map<string, AssetFile>;
  /** `'sha256-…'` of the inline head script, for the Content-Security-Policy. */
  headScriptHash: string;
  /** The newsroom's own stylesheet and scripts (src/site/newsroom). */
  newsroom: { css: string; js: string; editorJs: string };
}

// assets/ sits at the package root, two levels above this file in src/site/ and in dist/site/ alike.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(import.meta.url);

function fingerprint(body: Buffer): string {
  return createHash('sha256').update(body).digest('hex').slice(0, 12);
}

/** Reads and fingerprints the site's CSS, scripts and fonts once, at start. */
export function loadAssets(): AssetBundle {
  const files = new Map<string, AssetFile>();
  const add = (name: string, ext: string, type: string, body: Buffer): string => {
    const path = `/assets/${name}.${fingerprint(body)}.${ext}`;
    files.set(path, { body, type });
    return path;
  };
  const read = (rel: string) => readFileSync(join(ROOT, 'assets', rel));

  const css = Buffer.concat([Buffer.from(fontFaceCss() + '\n'), read('css/site.css')]);
  for (const face of FONT_FACES) {
    const pkgDir = dirname(require.resolve(`${face.pkg}/package.json`));
    files.set(fontUrl(face), { body: readFileSync(join(pkgDir, 'files', face.file)), type: 'font/woff2' });
  }
  const favicon = read('favicon.svg');
  files.set('/favicon.svg', { body: favicon, type: 'image/svg+xml' });
  // Browsers ask for /favicon.ico on their own; every modern one accepts an SVG there.
  files.set('/favicon.ico', { body: favicon, type: 'image/svg+xml' });
  const headScript = read('js/head.js').toString('utf8').trim();
  return {
    urls: {
      css: add('site', 'css', 'text/css; charset=utf-8', css),
      printCss: add('print', 'css', 'text/css; charset=utf-8', read('css/print.css')),
      textSizeJs: add('text-size', 'js', 'text/javascript; charset=utf-8', read('js/text-size.js')),
      headScript,
      preloadFonts: FONT_FACES.filter((f) => f.preload).map(fontUrl),
    },
    files,
    headScriptHash: `'sha256-${createHash('sha256').update(headScript).digest('base64')}'`,
    newsroom: {
      css: add('newsroom', 'css', 'text/css; charset=utf-8', read('css/newsroom.css')),
      js: add('newsroom', 'js', 'text/javascript; charset=utf-8', read('js/newsroom.js')),
      editorJs: add('newsroom-editor', 'js', 'text/javascript; charset=utf-8', read('js/newsroom-editor.js')),
    },
  };
}
