/** Runs `midad …` from the sources (the bench measures the code the CLI runs, without a build step). */
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
