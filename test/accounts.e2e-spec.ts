import { graphql } from './generated';
import { signUp } from './support/factories';
import { useStack } from './support/stack';

const SIGN_UP = graphql(
  `mutation AccountsSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken user { id email displayName role enterprise { id } } } }`,
);
const LOG_IN = graphql(
  `mutation AccountsLogIn($input: LogInInput!) { logIn(input: $input) { accessToken user { id role } } }`,
);
const GRANT = graphql(
  `mutation AccountsGrantRole($id: ID!, $role: Role!) { grantRole(userId: $id, role: $role) { id role } }`,
);

const CHANGE_PASSWORD = graphql(
  `mutation AccountsChangePassword($input: ChangePasswordInput!) { changePassword(input: $input) { accessToken user { id } } }`,
);
const LOG_OUT_EVERYWHERE = graphql(`mutation AccountsLogOutEverywhere { logOutEverywhere }`);
const ME = graphql(`query AccountsWho { me { id } }`);

describe('accounts (e2e)', () => {
  const { api } = useStack({ worker: false });

  it('signs up, logs in and knows who is calling', async () => {
    const email = `li.na.${Date.now()}@maotai-pack.cn`;
    const up = await api.ok(SIGN_UP, { input: { email, password: 'correct-horse-battery', displayName: '李娜' } });
    expect(up.signUp.user).toMatchObject({ email, displayName: '李娜', role: 'MEMBER', enterprise: null });

    const login = await api.ok(LOG_IN, { input: { email: email.toUpperCase(), password: 'correct-horse-battery' } });
    expect(login.logIn.user.id).toBe(up.signUp.user.id);
    const me = await api
      .withToken(login.logIn.accessToken)
      .ok(graphql(`query AccountsMe { me { id email displayName } }`));
    expect(me.me).toMatchObject({ id: up.signUp.user.id, email, displayName: '李娜' });
  });

  it('refuses a second account for the same e-mail, whatever its case, with CONFLICT', async () => {
    const { email } = await signUp(api);
    const err = await api.fails(SIGN_UP, {
      input: { email: email.toUpperCase(), password: 'another-password-1', displayName: '重复' },
    });
    expect(err.extensions?.code).toBe('CONFLICT');
    expect(err.extensions?.fields).toEqual(['email']);
  });

  it('names the bad fields of a sign-up in BAD_USER_INPUT', async () => {
    const err = await api.fails(SIGN_UP, { input: { email: 'not-an-email', password: 'short', displayName: '' } });
    expect(err.extensions?.code).toBe('BAD_USER_INPUT');
    expect(err.extensions?.fields).toEqual(expect.arrayContaining(['email', 'password', 'displayName']));
    expect(err.message).toContain('密码');
  });

  it('refuses wrong passwords and unknown e-mails alike, without saying which', async () => {
    const { email } = await signUp(api);
    const wrong = await api.fails(LOG_IN, { input: { email, password: 'wrong-password-x' } });
    const unknown = await api.fails(LOG_IN, {
      input: { email: `nobody-${Date.now()}@x.cn`, password: 'wrong-password-x' },
    });
    expect(wrong.extensions?.code).toBe('UNAUTHENTICATED');
    expect(unknown.extensions?.code).toBe('UNAUTHENTICATED');
    expect(wrong.message).toBe(unknown.message);
  });

  it('rate-limits log-in attempts per e-mail', async () => {
    const { email } = await signUp(api);
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) {
      const err = await api.fails(LOG_IN, { input: { email, password: `wrong-password-${i}` } });
      codes.push(String(err.extensions?.code));
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // the right password is refused too while the window lasts
    const err = await api.fails(LOG_IN, { input: { email, password: 'correct-horse-battery' } });
    expect(err.extensions?.code).toBe('RATE_LIMITED');
  });

  it('needs a token for me, and says why a bad one is refused', async () => {
    expect((await api.fails(graphql(`query AccountsMe2 { me { id } }`))).extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await api.withToken('not.a.jwt').fails(graphql(`query AccountsMe2 { me { id } }`));
    expect(bad.extensions?.code).toBe('UNAUTHENTICATED');
    expect(bad.message).toContain('令牌');
  });

  it('creates the first ADMIN from the environment; only an ADMIN grants roles', async () => {
    const admin = await api.ok(LOG_IN, { input: { email: 'admin@duijie.test', password: 'admin-test-password' } });
    expect(admin.logIn.user.role).toBe('ADMIN');
    const adminApi = api.withToken(admin.logIn.accessToken);

    const member = await signUp(api);
    const forbidden = await member.client.fails(GRANT, { id: member.userId, role: 'ADMIN' });
    expect(forbidden.extensions?.code).toBe('FORBIDDEN');
    expect((await api.fails(GRANT, { id: member.userId, role: 'ORGANISER' })).extensions?.code).toBe('UNAUTHENTICATED');

    const granted = await adminApi.ok(GRANT, { id: member.userId, role: 'ORGANISER' });
    expect(granted.grantRole).toEqual({ id: member.userId, role: 'ORGANISER' });
    // the role takes effect on the member's existing token
    expect((await member.client.ok(graphql(`query AccountsMe3 { me { role } }`))).me.role).toBe('ORGANISER');

    const missing = await adminApi.fails(GRANT, { id: '00000000-0000-4000-8000-000000000000', role: 'ORGANISER' });
    expect(missing.extensions?.code).toBe('NOT_FOUND');
    expect((await adminApi.fails(GRANT, { id: 'not-a-uuid', role: 'ORGANISER' })).extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a password a guessing list tries first, naming the field in Chinese', async () => {
    for (const password of ['aaaaaaaaaaaa', '1234567890', 'qwertyuiop', 'Password@2020', 'woaini1314']) {
      const err = await api.fails(SIGN_UP, {
        input: { email: `weak-${Date.now()}@x.cn`, password, displayName: '弱密码' },
      });
      expect(err.extensions?.code).toBe('BAD_USER_INPUT');
      expect(err.extensions?.fields).toEqual(['password']);
      expect(err.message).toContain('密码）过于简单');
    }
    const email = `lin.feng.${Date.now()}@x.cn`;
    const same = await api.fails(SIGN_UP, { input: { email, password: `${email}`, displayName: '林峰' } });
    expect(same.message).toContain('不能与邮箱相同');
  });

  it('changes a password: the current one asked again, every earlier log-in ended, this one going on', async () => {
    const { client, email } = await signUp(api);
    const other = api.withToken(
      (await api.ok(LOG_IN, { input: { email, password: 'correct-horse-battery' } })).logIn.accessToken,
    );

    const wrong = await client.fails(CHANGE_PASSWORD, {
      input: { currentPassword: 'not-the-password', newPassword: 'a-new-long-secret-2027' },
    });
    expect(wrong.extensions?.code).toBe('BAD_USER_INPUT');
    expect(wrong.extensions?.fields).toEqual(['currentPassword']);
    const weak = await client.fails(CHANGE_PASSWORD, {
      input: { currentPassword: 'correct-horse-battery', newPassword: '1234567890' },
    });
    expect(weak.extensions?.fields).toEqual(['newPassword']);
    expect(weak.message).toContain('newPassword（新密码）过于简单');
    const unchanged = await client.fails(CHANGE_PASSWORD, {
      input: { currentPassword: 'correct-horse-battery', newPassword: 'correct-horse-battery' },
    });
    expect(unchanged.message).toContain('不能与当前密码相同');
    // none of the refusals ended a log-in
    await other.ok(ME);

    const changed = await client.ok(CHANGE_PASSWORD, {
      input: { currentPassword: 'correct-horse-battery', newPassword: 'a-new-long-secret-2027' },
    });
    for (const old of [client, other]) expect((await old.fails(ME)).extensions?.code).toBe('UNAUTHENTICATED');
    await api.withToken(changed.changePassword.accessToken).ok(ME);
    expect((await api.fails(LOG_IN, { input: { email, password: 'correct-horse-battery' } })).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    await api.ok(LOG_IN, { input: { email, password: 'a-new-long-secret-2027' } });
    expect(
      (
        await api.fails(CHANGE_PASSWORD, {
          input: { currentPassword: 'a-new-long-secret-2027', newPassword: 'another-long-secret-1' },
        })
      ).extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('counts wrong current passwords as log-in attempts: a stolen token cannot guess the password', async () => {
    const { client, email } = await signUp(api);
    const codes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const err = await client.fails(CHANGE_PASSWORD, {
        input: { currentPassword: `guess-${i}-password`, newPassword: 'a-new-long-secret-2027' },
      });
      codes.push(String(err.extensions?.code));
    }
    expect(codes).toEqual([...Array(5).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
    const locked = await client.fails(CHANGE_PASSWORD, {
      input: { currentPassword: 'correct-horse-battery', newPassword: 'a-new-long-secret-2027' },
    });
    expect(locked.extensions?.code).toBe('RATE_LIMITED');
    // the same allowance as logging in from this address
    expect((await api.fails(LOG_IN, { input: { email, password: 'correct-horse-battery' } })).extensions?.code).toBe(
      'RATE_LIMITED',
    );
  });

  it('logs out everywhere: every token of the account refused, this one included; a new log-in works', async () => {
    const { client, email } = await signUp(api);
    const other = api.withToken(
      (await api.ok(LOG_IN, { input: { email, password: 'correct-horse-battery' } })).logIn.accessToken,
    );
    expect((await api.fails(LOG_OUT_EVERYWHERE)).extensions?.code).toBe('UNAUTHENTICATED');
    expect((await other.ok(LOG_OUT_EVERYWHERE)).logOutEverywhere).toBe(true);
    for (const old of [client, other]) {
      const err = await old.fails(ME);
      expect(err.extensions?.code).toBe('UNAUTHENTICATED');
      expect(err.message).toContain('已失效');
    }
    const again = await api.ok(LOG_IN, { input: { email, password: 'correct-horse-battery' } });
    await api.withToken(again.logIn.accessToken).ok(ME);
  });
});
