// Bundles the `midad` command into dist/bundle/ after `tsc` has checked and compiled it.
// Why: a server start spent most of its time opening ~1,300 small module files (Kysely alone
// ships 265); one bundle per command (code-split, so `serve` never loads the importers)
// starts several times faster. Native and optional packages stay outside the bundle and are
// loaded from node_modules as usual.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry content hashes: clear the old ones so dist/ holds one build.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // No lowering: Node 20 runs today's syntax, and lowering would turn regex literals with
  // \p{…} into a new RegExp at every evaluation.
  target: 'esnext',
  sourcemap: true,
  // Smaller files parse faster at every start; the source map keeps stack traces readable
  // (node --enable-source-maps).
  minify: true,
  jsxFactory: 'h',
  jsxFragment: 'Fragment',
  // Packages with native code, or loaded only by the stores and features that need them.
  external: ['better-sqlite3', '@node-rs/argon2', 'sharp', 'pg', 'pg-native'],
  // CommonJS packages inside an ES module bundle still call require().
  banner: { js: "import { createRequire as __midadCreateRequire } from 'node:module'; const require = __midadCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
