import { parseArgs } from 'node:util';
import { formatReport } from '../../newsroom/import/report.js';
import { importSources } from '../../newsroom/import/import-sources.js';
import { DEFAULT_DB } from '../../store/index.js';
import { openMidad } from '../open-midad.js';
import { UsageError } from '../usage-error.js';

const FORMATS = ['auto', 'pagetext', 'html', 'feed', 'jsonl'] as const;

/** Articles written by one import from which it counts as bulk work (statistics refreshed after it). */
const BULK_IMPORT = 1000;

/**
 * `midad import PATH|URL... [--format auto|pagetext|html|feed|jsonl] [--dry-run] [--json] [--update]`.
 * With --dry-run --json it prints `{"source", "articles"}` (one object, or an array for several
 * sources) and writes nothing. Errors name the file and line on stderr; the exit code is 1
 * when any source was refused.
 */
export async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      format: { type: 'string', default: 'auto' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      update: { type: 'boolean' },
    },
    strict: true,
  });
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  if (positionals.length === 0) throw new UsageError('import needs at least one PATH or URL');

  const midad = await openMidad(values.db ?? process.env.MIDAD_DB ?? DEFAULT_DB);
  try {
    const results = await importSources(midad.store, positionals, { format, dryRun: values['dry-run'], update: values.update });
    let failed = 0;
    for (const r of results) {
      if (r.error) {
        failed++;
        process.stderr.write(`midad import: ${r.error.describe()}\n`);
      }
    }
    if (values['dry-run']) {
      const previews = results.flatMap((r) => (r.preview ? [r.preview] : []));
      if (values.json) process.stdout.write(JSON.stringify(previews.length === 1 ? previews[0] : previews, null, 2) + '\n');
      else for (const r of results) if (r.preview) process.stdout.write(`${r.source}: ${r.preview.articles.length} articles (dry run, nothing stored)\n`);
      for (const r of results) for (const w of r.preview ? r.parsed.warnings : []) process.stderr.write(`${r.source}:${w.line ?? ''}: warning: ${w.message}\n`);
    } else {
      const reports = results.flatMap((r) => (r.report ? [r.report] : []));
      // A bulk import leaves the planner's statistics (and, on PostgreSQL, the tables' visibility
      // maps) those of a much smaller store: refresh them before the next publish plans from them.
      const written = reports.reduce((n, rep) => n + rep.outcomes.filter((o) => o.outcome === 'created' || o.outcome === 'updated').length, 0);
      if (written >= BULK_IMPORT) await midad.store.refreshStatistics();
      if (values.json) process.stdout.write(JSON.stringify(reports, null, 2) + '\n');
      else for (const rep of reports) process.stdout.write(formatReport(rep) + '\n');
    }
    return failed ? 1 : 0;
  } finally {
    await midad.store.close();
  }
}
