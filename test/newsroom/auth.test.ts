import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewsroomContext } from '../../src/newsroom/context.js';
import { hashToken } from '../../src/newsroom/crypto/tokens.js';
import { inviteUser } from '../../src/newsroom/users/invite.js';
import { STORES, type TestStore } from '../support/stores.js';
import { Browser, buildNewsroomApp, makeUser, PASSWORD, TestClock, testContext } from './support.js';

for (const { name, open } of STORES) {
  describe(`newsroom accounts and sessions on ${name}`, () => {
    let t: TestStore;
    let clock: TestClock;
    let ctx: NewsroomContext;
    let app: FastifyInstance;
    let close: () => Promise<void>;

    beforeEach(async () => {
      t = await open();
      clock = new TestClock();
      ctx = testContext(t.store, clock);
      ({ app, close } = await buildNewsroomApp(t.store, clock));
    });
    afterEach(async () => {
      await close();
      await t.dispose();
    });

    it('a setup link sets an argon2id password once, and then the person can log in', async () => {
      const { user, link } = await inviteUser(ctx, { email: 'Writer@Example.org', role: 'writer' }, null);
      expect(user.email).toBe('writer@example.org');
      const b = new Browser(app);
      const form = await b.get(`/newsroom/setup/${link.token}`);
      expect(form.statusCode).toBe(200);
      expect(form.headers['cache-control']).toBe('no-store, private');
      const done = await b.post(`/newsroom/setup/${link.token}`, { name: 'سلمى', password: PASSWORD, confirm: PASSWORD });
      expect(done.statusCode).toBe(303);
      expect(await t.store.newsroom.users.passwordHash(user.id)).toMatch(/^\$argon2id\$/);
      // Used up: the same link is refused, by GET and by POST.
      expect((await b.get(`/newsroom/setup/${link.token}`)).statusCode).toBe(410);
      expect((await b.post(`/newsroom/setup/${link.token}`, { password: 'another-long-password', confirm: 'another-long-password' })).statusCode).toBe(410);
      const login = await b.login('writer@example.org');
      expect(login.statusCode).toBe(303);
      expect(login.headers.location).toBe('/newsroom');
      expect((await b.get('/newsroom')).statusCode).toBe(200);
    });

    it('setup links expire, and only the hash of the token is stored', async () => {
      const { link } = await inviteUser(ctx, { email: 'late@example.org', role: 'editor' }, null);
      const rows = await (t.store as unknown as { db: { selectFrom: (t: string) => { selectAll: () => { execute: () => Promise<Array<{ token_hash: string }>> } } } }).db
        .selectFrom('user_setup_tokens')
        .selectAll()
        .execute();
      expect(rows.map((r) => r.token_hash)).toEqual([hashToken(link.token)]);
      clock.advance(73 * 3600_000);
      expect((await new Browser(app).get(`/newsroom/setup/${link.token}`)).statusCode).toBe(410);
    });

    it('session cookies are HttpOnly, SameSite=Strict, scoped to /newsroom, and rotate on login', async () => {
      const user = await makeUser(ctx, 'writer');
      const b = new Browser(app);
      await b.login(user.email);
      const first = b.cookies.get('midad_session')!;
      await b.get('/newsroom');
      const res = await b.post('/newsroom/login', { email: user.email, password: PASSWORD });
      const cookie = [res.headers['set-cookie']].flat().find((c) => c!.startsWith('midad_session='))!;
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Strict/i);
      expect(cookie).toMatch(/Path=\/newsroom/);
      expect(cookie).not.toMatch(/Secure/);
      const second = b.cookies.get('midad_session')!;
      expect(second).not.toBe(first);
      // The old session id no longer works; it is not stored in clear either.
      expect(await t.store.newsroom.sessions.get(hashToken(first))).toBeNull();
      expect(await t.store.newsroom.sessions.get(second)).toBeNull();
      expect(await t.store.newsroom.sessions.get(hashToken(second))).not.toBeNull();
      const stale = new Browser(app);
      stale.cookies.set('midad_session', first);
      expect((await stale.get('/newsroom')).statusCode).toBe(303);
    });

    it('cookies are Secure when the newsroom is configured for TLS', async () => {
      const secure = await buildNewsroomApp(t.store, clock, { secureCookies: true });
      try {
        const user = await makeUser(ctx, 'writer');
        const b = new Browser(secure.app);
        const res = await b.login(user.email);
        const cookies = [res.headers['set-cookie']].flat() as string[];
        expect(cookies.find((c) => c.startsWith('midad_session='))).toMatch(/; Secure/);
      } finally {
        await secure.close();
      }
    });

    it('a session expires after its lifetime', async () => {
      const user = await makeUser(ctx, 'editor');
      const b = new Browser(app);
      await b.login(user.email);
      expect((await b.get('/newsroom')).statusCode).toBe(200);
      clock.advance(11 * 3600_000);
      expect((await b.get('/newsroom')).statusCode).toBe(200);
      clock.advance(1 * 3600_000 + 1000);
      const expired = await b.get('/newsroom');
      expect(expired.statusCode).toBe(303);
      expect(expired.headers.location).toBe('/newsroom/login?next=%2Fnewsroom');
      // Scripts get a 401 in JSON rather than a redirect.
      const json = await b.get('/newsroom', { accept: 'application/json' });
      expect(json.statusCode).toBe(401);
      expect(json.json()).toMatchObject({ error: { code: 'ERR_UNAUTHENTICATED' } });
    });

    it('logout ends the session; logout everywhere ends them all', async () => {
      const user = await makeUser(ctx, 'writer');
      const laptop = new Browser(app);
      const phone = new Browser(app);
      await laptop.login(user.email);
      await phone.login(user.email);
      await laptop.get('/newsroom/account');
      const out = await laptop.post('/newsroom/account/logout-everywhere');
      expect(out.statusCode).toBe(303);
      expect((await laptop.get('/newsroom')).statusCode).toBe(303);
      expect((await phone.get('/newsroom')).statusCode).toBe(303);
      await phone.login(user.email);
      await phone.get('/newsroom');
      expect((await phone.post('/newsroom/logout')).statusCode).toBe(303);
      expect((await phone.get('/newsroom')).statusCode).toBe(303);
    });

    it('wrong passwords are refused without saying whether the account exists', async () => {
      const user = await makeUser(ctx, 'writer');
      const b = new Browser(app);
      const wrong = await b.login(user.email, 'not-the-password-at-all');
      const unknown = await b.login('nobody@example.org', 'not-the-password-at-all');
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.body).toContain('البريد الإلكتروني أو كلمة المرور غير صحيحة');
      expect(unknown.body).toContain('البريد الإلكتروني أو كلمة المرور غير صحيحة');
    });

    it('an account is locked after five failures, even for the right password, with an Arabic message, until the window passes', async () => {
      const user = await makeUser(ctx, 'editor');
      const b = new Browser(app);
      for (let i = 0; i < 5; i++) expect((await b.login(user.email, `wrong-password-${i}`)).statusCode).toBe(401);
      const locked = await b.login(user.email);
      expect(locked.statusCode).toBe(429);
      expect(locked.body).toContain('أُوقف تسجيل الدخول مؤقتاً بعد محاولات فاشلة متكررة');
      expect(locked.body).toMatch(/حاول مجدداً بعد 15 دقيقة/);
      // Another address is locked out of this account too: the lock is on the account.
      const elsewhere = new Browser(app);
      elsewhere.ip = '198.51.100.20';
      expect((await elsewhere.login(user.email)).statusCode).toBe(429);
      clock.advance(16 * 60_000);
      expect((await b.login(user.email)).statusCode).toBe(303);
      const audit = await t.store.newsroom.audit.list({ limit: 50 });
      expect(audit.items.map((e) => e.action)).toContain('auth.locked');
    });

    it('an address is locked after twenty failures across accounts', async () => {
      const user = await makeUser(ctx, 'writer');
      const b = new Browser(app);
      for (let i = 0; i < 20; i++) await b.login(`guess-${i}@example.org`, 'guessing-passwords');
      const locked = await b.login(user.email);
      expect(locked.statusCode).toBe(429);
      const other = new Browser(app);
      other.ip = '198.51.100.99';
      expect((await other.login(user.email)).statusCode).toBe(303);
    });

    it('login is rate-limited per address before any password is checked', async () => {
      const limited = await buildNewsroomApp(t.store, clock, { loginRatePerMinute: 3 });
      try {
        const b = new Browser(limited.app);
        await b.get('/newsroom/login');
        for (let i = 0; i < 3; i++) await b.post('/newsroom/login', { email: 'x@example.org', password: 'whatever-password' });
        const res = await b.post('/newsroom/login', { email: 'x@example.org', password: 'whatever-password' });
        expect(res.statusCode).toBe(429);
        expect(res.body).toContain('طلبات كثيرة في وقت قصير');
      } finally {
        await limited.close();
      }
    });

    it('every form needs its CSRF token, bound to the session', async () => {
      const user = await makeUser(ctx, 'writer');
      const b = new Browser(app);
      // Login itself is protected (no login CSRF).
      await b.get('/newsroom/login');
      const noToken = await b.post('/newsroom/login', { email: user.email, password: PASSWORD, _csrf: '' });
      expect(noToken.statusCode).toBe(403);
      expect(noToken.body).toContain('انتهت صلاحية النموذج');
      await b.login(user.email);
      await b.get('/newsroom');
      // A forged form without the token, or with a token minted for another session, is refused.
      expect((await b.post('/newsroom/logout', { _csrf: '' })).statusCode).toBe(403);
      const other = new Browser(app);
      await other.login((await makeUser(ctx, 'writer')).email);
      await other.get('/newsroom');
      expect((await b.post('/newsroom/logout', { _csrf: other.csrf! })).statusCode).toBe(403);
      // The pre-login token no longer works after login (rotation).
      const anon = new Browser(app);
      await anon.get('/newsroom/login');
      const preLogin = anon.csrf!;
      await anon.post('/newsroom/login', { email: user.email, password: PASSWORD });
      expect((await anon.post('/newsroom/logout', { _csrf: preLogin })).statusCode).toBe(403);
      // Multipart forms too.
      const res = await b.postMultipart('/newsroom/articles', { _csrf: 'forged', headline: 'عنوان' });
      expect(res.statusCode).toBe(403);
      expect(await t.store.articles.count()).toBe(0);
    });

    it('the audit log records who did what, and only admins may read it', async () => {
      const admin = await makeUser(ctx, 'admin');
      const editor = await makeUser(ctx, 'editor');
      const a = new Browser(app);
      await a.login(admin.email);
      const page = await a.get('/newsroom/audit');
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('تسجيل دخول');
      expect(page.body).toContain(admin.email);
      const e = new Browser(app);
      await e.login(editor.email);
      expect((await e.get('/newsroom/audit')).statusCode).toBe(403);
    });

    it('API tokens are made in the account page, shown once, and revoked by their owner only', async () => {
      const writer = await makeUser(ctx, 'writer');
      const b = new Browser(app);
      await b.login(writer.email);
      await b.get('/newsroom/account');
      const made = await b.post('/newsroom/account/tokens', { name: 'تطبيق التحرير' });
      expect(made.statusCode).toBe(200);
      const token = /data-api-token>(midad_[A-Za-z0-9_-]+)</.exec(made.body)![1]!;
      const again = await b.get('/newsroom/account');
      expect(again.body).not.toContain(token);
      expect(again.body).toContain(token.slice(0, 12));
      const [record] = await t.store.newsroom.apiTokens.listForUser(writer.id);
      const other = new Browser(app);
      await other.login((await makeUser(ctx, 'editor')).email);
      await other.get('/newsroom/account');
      expect((await other.post(`/newsroom/account/tokens/${record!.id}/revoke`)).statusCode).toBe(404);
      expect((await b.post(`/newsroom/account/tokens/${record!.id}/revoke`)).statusCode).toBe(303);
      expect((await t.store.newsroom.apiTokens.get(record!.id))!.revokedAt).not.toBeNull();
    });
  });
}
