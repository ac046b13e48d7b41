import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { user } from '../../src/cli/commands/user.js';
import { main } from '../../src/cli/main.js';
import { openStore } from '../../src/store/index.js';
import { Browser, buildNewsroomApp, PASSWORD, TestClock } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'midad-user-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command in this process, capturing what it prints. */
async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    const code = await main(argv);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('midad user add', () => {
  it('creates the account and prints a one-time setup link that works in the newsroom', async () => {
    vi.stubEnv('MIDAD_SITE_URL', 'https://news.example.org');
    const db = join(dir, 'users.db');
    const r = await run(['user', 'add', 'Editor@Example.org', '--role', 'editor', '--name', 'هالة', '--db', db]);
    expect(r.code).toBe(0);
    const link = r.out.trim();
    expect(link).toMatch(/^https:\/\/news\.example\.org\/newsroom\/setup\/[A-Za-z0-9_-]{43}$/);
    expect(r.err).toContain('editor@example.org (editor)');
    expect(r.err).not.toContain(link.split('/').pop()!);
    const store = await openStore(db);
    try {
      expect(await store.newsroom.users.byEmail('editor@example.org')).toMatchObject({ role: 'editor', name: 'هالة', hasPassword: false });
      const { app, close } = await buildNewsroomApp(store, new TestClock(new Date()));
      try {
        const b = new Browser(app);
        const path = new URL(link).pathname;
        expect((await b.get(path)).statusCode).toBe(200);
        expect((await b.post(path, { name: 'هالة', password: PASSWORD, confirm: PASSWORD })).statusCode).toBe(303);
        expect((await b.login('editor@example.org')).statusCode).toBe(303);
      } finally {
        await close();
      }
    } finally {
      await store.close();
    }
    // The same address again is refused; a reset issues a new link.
    const again = await run(['user', 'add', 'editor@example.org', '--role', 'writer', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.err).toContain('ERR_USER_EXISTS');
    const reset = await run(['user', 'reset', 'editor@example.org', '--db', db]);
    expect(reset.code).toBe(0);
    expect(reset.out.trim()).not.toBe(link);
    vi.unstubAllEnvs();
  });

  it('refuses a missing or unknown role and a bad address, with usage', async () => {
    const db = join(dir, 'bad.db');
    expect((await run(['user', 'add', 'x@example.org', '--db', db])).code).toBe(2);
    const r = await run(['user', 'add', 'x@example.org', '--role', 'owner', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--role must be one of admin, editor, writer');
    expect((await run(['user', 'add', 'not-an-email', '--role', 'writer', '--db', db])).code).toBe(1);
    expect((await run(['user'])).code).toBe(2);
    expect(typeof user).toBe('function');
  });
});
