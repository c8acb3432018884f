import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { Client } from 'pg';

import { AccountsService, ViewerCache } from '@duijie/accounts';

import { graphql } from '../generated';
import { adminClient, organiser } from '../support/events';
import { eventually } from '../support/eventually';
import { createListing, enterpriseMember, signUp } from '../support/factories';
import { useStack } from '../support/stack';

const root = join(__dirname, '../..');
const LOG_IN = graphql(`mutation TokenRevocationLogIn($i: LogInInput!) { logIn(input: $i) { accessToken } }`);
const LOG_OUT = graphql(`mutation TokenRevocationLogOut { logOut }`);
const ME_EMAIL = graphql(`query TokenRevocationMeEmail { me { email } }`);

/**
 * Scenario 16, tokens (issue 12, finding 8): a token stops working when its user's password
 * changes or a role is taken away; production never runs with the development secret or the demo.
 */
describe('token revocation and production guards', () => {
  const { api, stack } = useStack({ worker: false });

  it('a demoted organiser’s token stops working at once, over HTTP too', async () => {
    const org = await organiser(api);
    const me = (await org.ok(graphql(`query TokenRevocationMe { me { id role } }`))).me;
    expect(me.role).toBe('ORGANISER');
    await (
      await adminClient(api)
    ).ok(graphql(`mutation TokenRevocationGrantRole($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }`), {
      id: me.id,
    });
    const err = await org.fails(graphql(`query TokenRevocationMe { me { id role } }`));
    expect(err.extensions?.code).toBe('UNAUTHENTICATED');
    expect(err.message).toContain('已失效');
  });

  it('logOut ends the log-in it is sent with, and no other, also in a process that had the user cached', async () => {
    // An outside tester's find: logOut cleared the console's cookie and the token went on working.
    const member = await enterpriseMember(api);
    const logIn = async () =>
      api.withToken(
        (await api.ok(LOG_IN, { i: { email: member.email, password: 'correct-horse-battery' } })).logIn.accessToken,
      );
    const [phone, laptop] = [await logIn(), await logIn()];
    // Both used once, so that the user sits in the api's cache when the log-out comes.
    for (const c of [phone, laptop]) expect((await c.ok(ME_EMAIL)).me.email).toBe(member.email);
    expect(await phone.ok(LOG_OUT)).toEqual({ logOut: true });
    await eventually(
      'the log-out heard',
      async () => (await phone.request(ME_EMAIL)).errors?.[0],
      (e) => !!e,
    );
    const refused = await phone.fails(ME_EMAIL);
    expect(refused.extensions?.code).toBe('UNAUTHENTICATED');
    expect(refused.message).toContain('已退出登录');
    expect((await laptop.ok(ME_EMAIL)).me.email).toBe(member.email);
    // Logging out again, or with no token at all, is harmless.
    expect(await api.ok(LOG_OUT)).toEqual({ logOut: true });
    expect((await laptop.ok(ME_EMAIL)).me.email).toBe(member.email);
  });

  it('a password change (the admin’s, set again from the environment) revokes the tokens issued before', async () => {
    const accounts = stack().api.get(AccountsService);
    const email = `rotating-admin-${Date.now()}@duijie.test`;
    await accounts.ensureAdmin(email, 'first-password-0001');
    const old = api.withToken(
      (await api.ok(LOG_IN, { i: { email, password: 'first-password-0001' } })).logIn.accessToken,
    );
    expect((await old.ok(graphql(`query TokenRevocationMe2 { me { role } }`))).me.role).toBe('ADMIN');
    // The same password again (every restart) keeps the token.
    await accounts.ensureAdmin(email, 'first-password-0001');
    expect((await old.ok(graphql(`query TokenRevocationMe2 { me { role } }`))).me.role).toBe('ADMIN');
    // A new password (the operator rotating a leaked one) ends it.
    await accounts.ensureAdmin(email, 'second-password-0002');
    expect((await old.fails(graphql(`query TokenRevocationMe2 { me { role } }`))).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const fresh = api.withToken(
      (await api.ok(LOG_IN, { i: { email, password: 'second-password-0002' } })).logIn.accessToken,
    );
    expect((await fresh.ok(graphql(`query TokenRevocationMe2 { me { role } }`))).me.role).toBe('ADMIN');
  });

  /** Until `check` holds, or fails after 10 s (a notification crosses Postgres and back in milliseconds). */
  const until = async (check: () => boolean) => {
    for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(check()).toBe(true);
  };
  const ME = graphql(`query TokenRevocationCachedMe { me { id role } }`);
  /** Reads (`read`) until the user `id` sits in the API's cache. */
  const cachedAfterReading = (read: () => Promise<unknown>, id: string) =>
    eventually(
      `user ${id} cached`,
      async () => {
        await read();
        return stack().api.get(ViewerCache).get(id) !== undefined;
      },
      (cached) => cached,
      { timeoutMs: 10_000, intervalMs: 50 },
    );

  it('the users the API keeps in memory: a role lost, a membership gained and a password changed count at once', async () => {
    const viewers = stack().api.get(ViewerCache);
    expect(viewers.isLive).toBe(true);
    // A role lost (this process' own write): the cached user does not outlive it.
    const org = await organiser(api);
    const me = (await org.ok(ME)).me;
    // The notification of the promotion may land after that first read, which then may not stay
    // in the cache (a read begun before a drop never stores): the next read does.
    await cachedAfterReading(() => org.ok(ME), me.id);
    expect(viewers.get(me.id)?.viewer.role).toBe('ORGANISER');
    await (
      await adminClient(api)
    ).ok(graphql(`mutation TokenRevocationDemote($id: ID!) { grantRole(userId: $id, role: MEMBER) { id } }`), {
      id: me.id,
    });
    expect((await org.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    // A membership gained in a transaction: the very next request acts for the enterprise.
    const member = await signUp(api);
    await cachedAfterReading(() => member.client.ok(ME), member.userId);
    const firm = await enterpriseMember(api);
    expect(firm.enterpriseId).toBeTruthy();
    await createListing(firm.client);
    // A password changed: covered by the test above, whose token was cached by its first `me`.
  });

  it('a change written by another process (here: psql) drops the cached user, and then the token is refused', async () => {
    const viewers = stack().api.get(ViewerCache);
    const user = await signUp(api);
    await cachedAfterReading(() => user.client.ok(ME), user.userId);
    const other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query(`UPDATE app_user SET token_version = token_version + 1 WHERE id = $1`, [user.userId]);
    } finally {
      await other.end();
    }
    await until(() => viewers.get(user.userId) === undefined);
    expect((await user.client.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('without its listener the cache answers nothing (every request reads the database) until the listener is back', async () => {
    const viewers = stack().api.get(ViewerCache);
    const user = await signUp(api);
    await cachedAfterReading(() => user.client.ok(ME), user.userId);
    expect(viewers.size).toBeGreaterThan(0);
    const other = new Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'duijie-viewers' AND datname = current_database()`,
      );
      await until(() => !viewers.isLive);
      expect(viewers.size).toBe(0);
      expect(viewers.get(user.userId)).toBeUndefined();
      // Meanwhile a change from elsewhere: nobody hears it, and nothing stale is answered.
      await other.query(`UPDATE app_user SET token_version = token_version + 1 WHERE id = $1`, [user.userId]);
      if (!viewers.isLive) expect((await user.client.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
      await until(() => viewers.isLive);
      expect((await user.client.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    } finally {
      await other.end();
    }
  });

  it('the demo seed refuses to run with NODE_ENV=production, before touching any database', async () => {
    const run = promisify(execFile)(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/cli/seed-demo.ts'],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH,
          NODE_ENV: 'production',
          // A database that does not exist: a seed that tried to connect would fail differently.
          DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/duijie_must_not_exist',
          REDIS_URL: 'redis://127.0.0.1:6379',
          JWT_SECRET: 'p'.repeat(40),
          TS_NODE_PROJECT: join(root, 'tsconfig.json'),
        },
      },
    );
    const failure = await run.then(
      () => null,
      (err: { code?: number; stderr?: string }) => err,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('seed:demo refuses to run with NODE_ENV=production');
  }, 60_000);

  it('docker/compose.yml no longer seeds the demo', () => {
    const compose = readFileSync(join(root, 'docker/compose.yml'), 'utf8');
    const commands = compose.split('\n').filter((l) => /^\s*command:/.test(l));
    expect(commands.length).toBeGreaterThan(0);
    for (const c of commands) expect(c).not.toMatch(/seed/);
  });
});
