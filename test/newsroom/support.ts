import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp } from '../../src/site/app.js';
import { DEFAULT_SITE_CONFIG } from '../../src/site/config.js';
import { newsroomConfig, type NewsroomConfigInput } from '../../src/newsroom/config.js';
import type { NewsroomContext } from '../../src/newsroom/context.js';
import { simpleParseDraft } from '../../src/newsroom/drafts/parse-draft.js';
import type { Role } from '../../src/newsroom/roles.js';
import { inviteUser } from '../../src/newsroom/users/invite.js';
import { completeSetup } from '../../src/newsroom/users/setup.js';
import type { Store } from '../../src/store/index.js';
import type { User } from '../../src/store/newsroom/index.js';

/** The password every test account gets. */
export const PASSWORD = 'كلمة-مرور-طويلة-للاختبار';

/** A clock tests can move. */
export class TestClock {
  constructor(public current = new Date('2026-11-29T12:00:00.000Z')) {}
  now = (): Date => new Date(this.current);
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

/** A newsroom context over a store, for calling services directly. */
export function testContext(store: Store, clock: TestClock, overrides: Partial<NewsroomConfigInput> = {}): NewsroomContext {
  return {
    store,
    now: clock.now,
    config: newsroomConfig('http://127.0.0.1:3000', { secureCookies: false, schedulerIntervalMs: 0, ...overrides }, {}),
    parseDraft: simpleParseDraft,
  };
}

/** Creates an account with a password, as `midad user add` then the setup link would. */
export async function makeUser(ctx: NewsroomContext, role: Role, email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.org`): Promise<User> {
  const { link } = await inviteUser(ctx, { email, role }, null);
  return completeSetup(ctx, link.token, { password: PASSWORD });
}

/** The app with the newsroom over a store, a movable clock and a temporary media directory. */
export async function buildNewsroomApp(
  store: Store,
  clock: TestClock,
  overrides: Partial<NewsroomConfigInput> = {},
): Promise<{ app: FastifyInstance; mediaDir: string; close: () => Promise<void> }> {
  const mediaDir = mkdtempSync(join(tmpdir(), 'midad-media-'));
  const app = await buildApp({
    store,
    config: DEFAULT_SITE_CONFIG,
    now: clock.now,
    newsroom: { secureCookies: false, mediaDir, schedulerIntervalMs: 0, ...overrides },
    // The tests stand for clients behind a proxy that sets X-Forwarded-For.
    trustProxy: true,
  });
  return {
    app,
    mediaDir,
    close: async () => {
      await app.close();
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}

/** Form fields: a value or repeated values; Buffers are sent as files. */
export type Fields = Record<string, string | Buffer | { data: Buffer; name: string; type: string }>;

/** Encodes fields as multipart/form-data, as a browser submits a form with file inputs. */
export async function multipart(fields: Fields): Promise<{ body: Buffer; contentType: string }> {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) {
    if (typeof v === 'string') fd.append(k, v);
    else if (Buffer.isBuffer(v)) fd.append(k, new Blob([new Uint8Array(v)]), 'upload.bin');
    else fd.append(k, new Blob([new Uint8Array(v.data)], { type: v.type }), v.name);
  }
  const req = new Request('http://localhost/', { method: 'POST', body: fd });
  return { body: Buffer.from(await req.arrayBuffer()), contentType: req.headers.get('content-type')! };
}

/** The CSRF token of the first form on a page. */
export function csrfOf(html: string): string {
  const m = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!m) throw new Error('no CSRF field on the page');
  return m[1]!;
}

/** The hidden updatedAt of the editor form (or a workflow form). */
export function updatedAtOf(html: string): string {
  const m = /name="updatedAt" value="([^"]*)"/.exec(html);
  if (!m) throw new Error('no updatedAt on the page');
  return m[1]!;
}

/**
 * A browser-like client over app.inject(): keeps cookies, reads the CSRF token from the last
 * page it saw, and posts urlencoded or multipart forms.
 */
export class Browser {
  cookies = new Map<string, string>();
  csrf: string | null = null;
  ip = '203.0.113.7';

  constructor(readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      if (c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now() - 1000 && c.value === '')) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    if (res.headers['content-type']?.toString().startsWith('text/html')) {
      const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
      if (m) this.csrf = m[1]!;
    }
    return res;
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), 'x-forwarded-for': this.ip, ...headers } }));
  }

  /** Posts a urlencoded form, adding the CSRF token unless `_csrf` is given (use '' to omit). */
  async post(url: string, fields: Record<string, string> = {}, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const all = { ...(this.csrf && fields._csrf === undefined ? { _csrf: this.csrf } : {}), ...fields };
    if (all._csrf === '') delete all._csrf;
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': this.ip, ...headers },
        payload: new URLSearchParams(all).toString(),
      }),
    );
  }

  /** Posts a multipart form (the editor's), with the CSRF token. */
  async postMultipart(url: string, fields: Fields, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const { body, contentType } = await multipart({ ...(this.csrf ? { _csrf: this.csrf } : {}), ...fields });
    return this.remember(
      await this.app.inject({ method: 'POST', url, headers: { cookie: this.cookieHeader(), 'content-type': contentType, 'x-forwarded-for': this.ip, ...headers }, payload: body }),
    );
  }

  /** Logs in through the form; returns the response of the POST. */
  async login(email: string, password = PASSWORD): Promise<LightMyRequestResponse> {
    await this.get('/newsroom/login');
    return this.post('/newsroom/login', { email, password });
  }
}

/** The editor fields of a simple Arabic article. */
export function articleFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    headline: 'افتتاح جسر جديد فوق النهر في المدينة القديمة',
    deck: 'الجسر يربط الضفتين بعد عقود من الانتظار',
    kicker: 'تقرير',
    section: 'مدن',
    tags: 'جسور، نقل',
    authors: 'سلمى الحداد',
    source: '',
    dateline: 'الموصل',
    'blocks.0.type': 'paragraph',
    'blocks.0.text': 'افتُتح صباح اليوم الجسر الجديد بحضور سكان الحيين المتقابلين.',
    'blocks.1.type': 'subheading',
    'blocks.1.text': 'عقود من الانتظار',
    'blocks.2.type': 'paragraph',
    'blocks.2.text': 'وكان السكان يعبرون النهر بالقوارب الصغيرة طوال سنوات.',
    ...overrides,
  };
}

/** The id in a `/newsroom/articles/{id}/edit…` redirect. */
export function idFromLocation(res: LightMyRequestResponse): number {
  const m = /\/newsroom\/articles\/([0-9]+)\/edit/.exec(String(res.headers.location ?? ''));
  if (!m) throw new Error(`not an editor redirect: ${res.statusCode} ${res.headers.location ?? ''}\n${res.body.slice(0, 2000)}`);
  return Number(m[1]);
}
