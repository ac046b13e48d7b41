#!/usr/bin/env node
// The `midad` command. The TypeScript sources are compiled to dist/ by `npm ci`
// (the `prepare` script); this file only hands over to the compiled entry point.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err instanceof Error ? err.stack ?? err.message : String(err)); process.exitCode = 1; },
);
