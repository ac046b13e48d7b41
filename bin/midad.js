#!/usr/bin/env node
// The `midad` command. The TypeScript sources are compiled to dist/ by `npm ci`
// (the `prepare` script) and bundled (scripts/bundle.mjs); this file only hands over to the bundle.
import { main } from '../dist/bundle/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err instanceof Error ? err.stack ?? err.message : String(err)); process.exitCode = 1; },
);
