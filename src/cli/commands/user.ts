import { parseArgs } from 'node:util';
import { isMidadError } from '../../article/index.js';
import { newsroomConfig } from '../../newsroom/config.js';
import { simpleParseDraft } from '../../newsroom/drafts/parse-draft.js';
import { ROLES } from '../../newsroom/roles.js';
import { inviteUser, issueSetupLink, setupPath } from '../../newsroom/users/invite.js';
import { openStore } from '../../store/index.js';
import { serveConfig } from '../env-config.js';
import { UsageError } from '../usage-error.js';

const USAGE = `Usage: midad user add EMAIL --role admin|editor|writer [--name NAME] [--db PATH|URL]
       midad user reset EMAIL [--db PATH|URL]      a new one-time setup link (password reset)
`;

/**
 * `midad user add EMAIL --role R`: creates a newsroom account and prints its one-time setup
 * link (the token is stored only hashed, and expires). `midad user reset EMAIL` issues a new
 * link for an existing account. The link uses MIDAD_SITE_URL (else http://HOST:PORT).
 */
export async function user(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { role: { type: 'string' }, name: { type: 'string' }, db: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  const [action, email] = positionals;
  if ((action !== 'add' && action !== 'reset') || !email || positionals.length > 2) throw new UsageError(`expected "add EMAIL" or "reset EMAIL"\n${USAGE}`);
  if (action === 'add' && !ROLES.includes(values.role as (typeof ROLES)[number])) throw new UsageError(`--role must be one of ${ROLES.join(', ')}\n${USAGE}`);
  const config = serveConfig({ db: values.db });
  const store = await openStore(config.db);
  try {
    const ctx = { store, now: () => new Date(), config: newsroomConfig(config.site.siteUrl), parseDraft: simpleParseDraft };
    let link: { token: string; expiresAt: string };
    let label: string;
    if (action === 'add') {
      const made = await inviteUser(ctx, { email, role: values.role!, ...(values.name ? { name: values.name } : {}) }, null);
      link = made.link;
      label = `${made.user.email} (${made.user.role})`;
    } else {
      const found = await store.newsroom.users.byEmail(email.trim().toLowerCase());
      if (!found) {
        process.stderr.write(`midad user: no account for ${email}\n`);
        return 1;
      }
      link = await issueSetupLink(ctx, found.id);
      label = `${found.email} (${found.role})`;
    }
    process.stdout.write(`${config.site.siteUrl}${setupPath(link.token)}\n`);
    process.stderr.write(`Setup link for ${label}: it works once, until ${link.expiresAt}. Send it privately.\n`);
    return 0;
  } catch (e) {
    if (isMidadError(e)) {
      process.stderr.write(`midad user: ${e.message} (${e.code})\n`);
      return 1;
    }
    throw e;
  } finally {
    await store.close();
  }
}
