import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { exportJsonl } from '../../newsroom/export/jsonl.js';
import { DEFAULT_DB } from '../../store/index.js';
import { openMidad } from '../open-midad.js';
import { UsageError } from '../usage-error.js';

/** `midad export [--format jsonl] [--out FILE]`: every article, in the import format. */
export async function exportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { db: { type: 'string' }, format: { type: 'string', default: 'jsonl' }, out: { type: 'string' } },
    strict: true,
  });
  if (values.format !== 'jsonl') throw new UsageError('--format must be jsonl');
  const midad = await openMidad(values.db ?? process.env.MIDAD_DB ?? DEFAULT_DB);
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  try {
    const n = await exportJsonl(midad.store, async (line) => {
      if (!out.write(line)) await once(out, 'drain');
    });
    if (values.out) {
      (out as ReturnType<typeof createWriteStream>).end();
      await once(out, 'finish');
    }
    process.stderr.write(`exported ${n} articles\n`);
    return 0;
  } finally {
    await midad.store.close();
  }
}
