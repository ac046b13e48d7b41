/** The `midad` command's help text (DESIGN.md is the contract; commands arrive with their issues). */
export const USAGE = `midad — Arabic-first news publishing

Usage:
  midad serve    [--port 3000] [--host 127.0.0.1] [--db PATH|URL] [--no-demo]
  midad help

Options:
  --db PATH|URL   an SQLite file (default ./data/midad.db) or a postgres:// URL; also MIDAD_DB

See README.md for the configuration table.
`;
