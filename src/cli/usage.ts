/** The `midad` command's help text (DESIGN.md is the contract; commands arrive with their issues). */
export const USAGE = `midad — Arabic-first news publishing

Usage:
  midad serve    [--port 3000] [--host 127.0.0.1] [--db PATH|URL] [--no-demo]
  midad import   PATH|URL... [--format auto|pagetext|html|feed|jsonl] [--dry-run] [--json] [--update]
  midad export   [--format jsonl] [--out FILE]
  midad search   QUERY [--limit N] [--section S] [--in all|headline|body] [--json]
  midad search   --batch QUERIES.tsv [--limit 100] [--in ...]      TREC run on stdout
  midad annotate ID|SLUG... [--json]                                 people, places, organisations, quotations
  midad annotate --file PATH [--format auto|...] [--json]            a file's articles, nothing stored
  midad annotate --rebuild [--all]                                   articles a new rules version has not seen
  midad related  ID|SLUG [--limit N] [--json]                        the related list, each pick's score explained
  midad related  --batch IDS.txt [--limit 10] [--raw]                TREC run on stdout (--raw: similarity alone)
  midad related  --rebuild                                           every list and story again, with a progress bar
  midad related  --settings [--set halfLifeDays=21 --set recencyFloor=0.35]   the editors' recency decay
  midad reindex
  midad user     add EMAIL --role admin|editor|writer [--name NAME]   prints a one-time setup link
  midad user     reset EMAIL                                          a new setup link (password reset)
  midad help

Options:
  --db PATH|URL   an SQLite file (default ./data/midad.db) or a postgres:// URL; also MIDAD_DB

See README.md for the configuration table.
`;

/** One command's usage lines and the shared options, for `midad COMMAND --help` and its errors. */
export function usageOf(command: string): string {
  const lines = USAGE.split('\n');
  const own = lines.filter((l) => l.startsWith(`  midad ${command} `) || l === `  midad ${command}`);
  const options = lines.slice(lines.indexOf('Options:'));
  return ['Usage:', ...own, '', ...options].join('\n');
}
