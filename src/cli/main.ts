import { ConfigError } from './env-config.js';
import { UsageError } from './usage-error.js';
import { USAGE, usageOf } from './usage.js';

/** A subcommand: arguments in, exit code out. */
type Command = (argv: string[]) => Promise<number>;

// Loaded on demand: `midad help` should not pay for the web server's imports.
const COMMANDS: Record<string, () => Promise<Command>> = {
  serve: async () => (await import('./commands/serve.js')).serve,
  search: async () => (await import('./commands/search.js')).searchCommand,
  related: async () => (await import('./commands/related.js')).relatedCommand,
  reindex: async () => (await import('./commands/reindex.js')).reindex,
  import: async () => (await import('./commands/import.js')).importCommand,
  export: async () => (await import('./commands/export.js')).exportCommand,
  user: async () => (await import('./commands/user.js')).user,
  annotate: async () => (await import('./commands/annotate.js')).annotateCommand,
};

/** Runs `midad <command> …`; an unknown command prints usage and exits non-zero. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`midad: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(usageOf(name));
    return 0;
  }
  try {
    const command = await load();
    return await command(rest);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`midad ${name}: ${(e as Error).message}\n\n${usageOf(name)}`);
      return 2;
    }
    throw e;
  }
}
