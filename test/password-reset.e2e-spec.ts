import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

import { accountState, PasswordResetTokens, RESET_LINK_SECONDS, UsersRepository } from '@duijie/accounts';

import { graphql } from './generated';
import { eventually } from './support/eventually';
import { signUp } from './support/factories';
import { GraphQLClient } from './support/graphql';
import type { Mail } from './support/mail-catcher';
import { catchMail, textOf } from './support/mail-catcher';
import type { Stack } from './support/stack';
import { startStack } from './support/stack';

const REQUEST = graphql(
  `mutation ResetRequest($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`,
);
const RESET = graphql(`mutation ResetSet($input: ResetPasswordInput!) { resetPassword(input: $input) }`);
const LOG_IN = graphql(`mutation ResetLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }`);
const ME = graphql(`query ResetMe { me { id } }`);

const tokenIn = (mail: Mail) => {
  const link = /https?:\/\/\S+\/reset-password\?token=(\S+)/.exec(textOf(mail.raw));
  if (!link) throw new Error(`no reset link in:\n${textOf(mail.raw)}`);
  return decodeURIComponent(link[1]);
};

describe('password reset by e-mail (e2e)', () => {
  let mails: Mail[] = [];
  let catcher: Awaited<ReturnType<typeof catchMail>>;
  let stack: Stack;
  let api: GraphQLClient;
  const before = { smtp: process.env.SMTP_URL, url: process.env.PUBLIC_URL };

  beforeAll(async () => {
    catcher = await catchMail();
    mails = catcher.mails;
    process.env.SMTP_URL = catcher.url;
    process.env.PUBLIC_URL = 'https://duijie.example.cn/';
    stack = await startStack({ isolated: true });
    api = new GraphQLClient(stack.apiUrl);
  });
  afterAll(async () => {
    await stack?.close();
    await catcher?.close();
    process.env.SMTP_URL = before.smtp;
    process.env.PUBLIC_URL = before.url;
  });

  const mailTo = (email: string) =>
    eventually(
      `a mail to ${email}`,
      async () => mails.filter((m) => m.to.includes(email)),
      (found) => found.length > 0,
    ).then((found) => found[found.length - 1]);

  it('mails a registered user a link that sets a new password once and ends every log-in', async () => {
    const { email, client } = await signUp(api, '王芳');
    const other = api.withToken(
      (await api.ok(LOG_IN, { input: { email, password: 'correct-horse-battery' } })).logIn.accessToken,
    );
    // The same answer for an e-mail nobody registered, and no mail for it.
    expect(await api.ok(REQUEST, { input: { email: `nobody-${Date.now()}@duijie.test` } })).toEqual({
      requestPasswordReset: true,
    });
    expect(await api.ok(REQUEST, { input: { email: ` ${email.toUpperCase()} ` } })).toEqual({
      requestPasswordReset: true,
    });

    const mail = await mailTo(email);
    expect(mails.filter((m) => m.to.some((to) => to.startsWith('nobody-')))).toEqual([]);
    expect(mail.raw).toMatch(/Subject: =\?UTF-8\?/); // 【对接】重置密码, encoded
    const text = textOf(mail.raw);
    expect(text).toContain('王芳，您好');
    expect(text).toContain(`${RESET_LINK_SECONDS / 60} 分钟内`);
    expect(text).toContain('https://duijie.example.cn/reset-password?token=');
    const token = tokenIn(mail);

    // A guessable password is refused on its field, and the link still works after it.
    const weak = await api.fails(RESET, { input: { token, newPassword: '1234567890' } });
    expect(weak.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['newPassword'] });
    // So is the password it would replace (the account keeps it, and the link).
    const same = await api.fails(RESET, { input: { token, newPassword: 'correct-horse-battery' } });
    expect(same.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['newPassword'] });
    expect(same.message).toContain('不能与原密码相同');

    expect(await api.ok(RESET, { input: { token, newPassword: 'a-new-long-passphrase' } })).toEqual({
      resetPassword: true,
    });
    // Every earlier log-in ends; the old password no longer logs in, the new one does.
    for (const session of [client, other])
      expect((await session.fails(ME)).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await api.fails(LOG_IN, { input: { email, password: 'correct-horse-battery' } })).extensions).toMatchObject(
      {
        code: 'UNAUTHENTICATED',
      },
    );
    const fresh = await api.ok(LOG_IN, { input: { email, password: 'a-new-long-passphrase' } });
    expect((await api.withToken(fresh.logIn.accessToken).ok(ME)).me.id).toBeTruthy();

    // The link works once.
    const again = await api.fails(RESET, { input: { token, newPassword: 'yet-another-passphrase' } });
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['token'] });
    expect(again.message).toContain('无效或已过期');
  }, 60_000);

  it('refuses an altered, expired or foreign token on its field, and changes nothing', async () => {
    const { email, userId } = await signUp(api);
    await api.ok(REQUEST, { input: { email } });
    const token = tokenIn(await mailTo(email));
    const [, expires, mac] = token.split('.');
    const tokens = stack.api.get(PasswordResetTokens);
    const state = accountState((await stack.api.get(UsersRepository).findById(userId))!);
    const past = Math.floor(Date.now() / 1000) - 1;
    const other = await signUp(api);
    for (const bad of [
      `${userId}.${Number(expires) + 60}.${mac}`, // a longer life
      `${other.userId}.${expires}.${mac}`, // someone else's account
      tokens.sign(userId, past, state), // expired
      new PasswordResetTokens('not-the-servers-secret-at-all-123').sign(userId, Number(expires), state),
      `${userId}.0${expires}.${mac}`, // the expiry written another way
      'not a token',
    ]) {
      const err = await api.fails(RESET, { input: { token: bad, newPassword: 'a-new-long-passphrase' } });
      expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['token'] });
    }
    // The password is what it was, for both accounts.
    await api.ok(LOG_IN, { input: { email, password: 'correct-horse-battery' } });
    await api.ok(LOG_IN, { input: { email: other.email, password: 'correct-horse-battery' } });
  }, 60_000);

  it('closes a live subscription of the account at once, and voids the links when every log-in is ended', async () => {
    // An outside tester's finds: after a reset, a socket that only listened went on receiving the
    // account's notifications until its periodic check (30 s); and a link asked for before
    // logOutEverywhere still worked after it.
    const { email, client } = await signUp(api);
    let onClosed!: (e: { code: number }) => void;
    const closed = new Promise<{ code: number }>((resolve) => (onClosed = resolve));
    let onConnected!: () => void;
    const connected = new Promise<void>((resolve) => (onConnected = resolve));
    const ws = createClient({
      url: `${stack.apiUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${client.token}` },
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => undefined,
      on: { connected: () => onConnected(), closed: (e) => onClosed(e as { code: number }) },
    });
    try {
      ws.subscribe(
        { query: 'subscription { notificationReceived { id } }' },
        { next: () => {}, error: () => {}, complete: () => {} },
      );
      await connected;
      await api.ok(REQUEST, { input: { email } });
      const token = tokenIn(await mailTo(email));
      await client.ok(graphql(`mutation ResetLogOutEverywhere { logOutEverywhere }`));
      const voided = await api.fails(RESET, { input: { token, newPassword: 'a-new-long-passphrase' } });
      expect(voided.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['token'] });
      const started = Date.now();
      expect(await closed).toMatchObject({ code: 4401 });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await ws.dispose();
    }
  }, 60_000);

  it('limits requests per e-mail, registered or not, to 3 in 15 minutes, a window shorter than a link lasts', async () => {
    const { email } = await signUp(api);
    for (let i = 0; i < 3; i++) await api.ok(REQUEST, { input: { email } });
    const over = await api.fails(REQUEST, { input: { email } });
    expect(over.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 900 });
    expect(over.message).toContain('该邮箱刚申请过重置密码，请查收已发送的邮件');
    // whoever used the allowance up, the owner was mailed a link that still works meanwhile
    const token = tokenIn(await mailTo(email));
    expect(await api.ok(RESET, { input: { token, newPassword: 'a-new-long-passphrase' } })).toEqual({
      resetPassword: true,
    });
    const unknown = `nobody-else-${Date.now()}@duijie.test`;
    for (let i = 0; i < 3; i++) await api.ok(REQUEST, { input: { email: unknown } });
    expect((await api.fails(REQUEST, { input: { email: unknown } })).extensions).toMatchObject({
      code: 'RATE_LIMITED',
    });
    const malformed = await api.fails(REQUEST, { input: { email: 'not-an-email' } });
    expect(malformed.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['email'] });
  }, 60_000);

  it('sets the password only while the token version the link was checked against stands', async () => {
    // An outside tester redeemed a link while the owner logged out everywhere: the link was checked
    // before that committed, and the new password was written after it.
    const { userId } = await signUp(api);
    const users = stack.api.get(UsersRepository);
    const user = (await users.findById(userId))!;
    await users.endAllSessions(userId);
    expect(await users.changePassword(userId, user.passwordHash, 'not-a-real-hash', user.tokenVersion)).toBeNull();
    expect((await users.findById(userId))!.passwordHash).toBe(user.passwordHash);
  });
});
