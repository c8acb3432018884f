import { graphql } from '../generated';
import { useStack } from '../support/stack';

const LOG_IN = graphql(`mutation LoginAttacksLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }`);
const SIGN_UP = graphql(`mutation LoginAttacksSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }`);

/**
 * Scenario 17: a stranger tries to lock a user out by failing to log in as them, and to make
 * accounts in bulk. The API is told its reverse proxy is on loopback (TRUST_PROXY), so each client
 * below speaks from the address it names; a client the proxy is not (the last test) does not.
 */
describe('log-in lock-out and sign-up floods (reliability)', () => {
  process.env.TRUST_PROXY = 'loopback';
  process.env.LOGIN_MAX_ATTEMPTS_PER_IP = '30';
  process.env.SIGNUP_MAX_PER_IP = '3';
  process.env.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT = '12';
  const { api } = useStack({ worker: false, isolated: true }); // counters of its own
  afterAll(() => {
    delete process.env.TRUST_PROXY;
    process.env.LOGIN_MAX_ATTEMPTS_PER_IP = '10000';
    process.env.SIGNUP_MAX_PER_IP = '100000';
    process.env.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT = '10000';
  });
  let n = 0;
  /** A client address of its own for each caller (TEST-NET-3). */
  const address = () => `203.0.113.${++n}`;
  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const logIn = (email: string, password: string, ip: string) =>
    api.request(LOG_IN, { input: { email, password } }, from(ip));
  /** A user signed up from an address of their own. */
  const signUp = async () => {
    const email = `user-${++n}-${Date.now()}@duijie.test`;
    const input = { email, password: 'correct-horse-battery', displayName: '测试用户' };
    expect(code(await api.request(SIGN_UP, { input }, from(address())))).toBe('OK');
    return { email };
  };
  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code ?? 'OK';

  it('a stranger failing ten times as the victim does not lock the victim out', async () => {
    const victim = await signUp();
    const stranger = address();
    const tries: string[] = [];
    for (let i = 0; i < 10; i++) tries.push(code(await logIn(victim.email, `guess-${i}-wrong`, stranger)));
    expect(tries.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(tries.slice(5)).toEqual(Array(5).fill('RATE_LIMITED')); // the stranger is stopped ...
    // ... and the victim, from their own address, still gets in with the right password.
    expect(code(await logIn(victim.email, 'correct-horse-battery', address()))).toBe('OK');
    // The stranger stays stopped, even with the right password (they could be guessing it).
    expect(code(await logIn(victim.email, 'correct-horse-battery', stranger))).toBe('RATE_LIMITED');
  });

  it('guesses at one account from many addresses stop at the account’s allowance, but not its owner on a known address', async () => {
    const victim = await signUp();
    const home = address();
    expect(code(await logIn(victim.email, 'correct-horse-battery', home))).toBe('OK'); // attempt 1, home now known
    const tries: string[] = [];
    for (let i = 0; i < 14; i++) tries.push(code(await logIn(victim.email, `guess-${i}-wrong`, address())));
    expect(tries.slice(0, 11)).toEqual(Array(11).fill('UNAUTHENTICATED'));
    expect(tries.slice(11)).toEqual(Array(3).fill('RATE_LIMITED'));
    // the right password from a fresh address is refused too (it could be the 13th guess) ...
    const fresh = await logIn(victim.email, 'correct-horse-battery', address());
    expect(code(fresh)).toBe('RATE_LIMITED');
    expect((fresh.errors?.[0] as { message?: string }).message).toContain('忘记密码');
    // ... while the owner, from an address the account logged in from, still gets in
    expect(code(await logIn(victim.email, 'correct-horse-battery', home))).toBe('OK');
  });

  it('a stranger spraying many e-mails from one address is stopped by the per-address limit', async () => {
    const stranger = address();
    const tries: string[] = [];
    for (let i = 0; i < 32; i++) tries.push(code(await logIn(`spray-${i}@duijie.test`, 'password-123456', stranger)));
    expect(tries.slice(0, 30).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(tries.slice(30)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    const someone = await signUp();
    expect(code(await logIn(someone.email, 'correct-horse-battery', address()))).toBe('OK');
  });

  it('IPv6 clients are counted by their /64, so rotating the interface id does not reset the count', async () => {
    const victim = await signUp();
    const tries: string[] = [];
    for (let i = 0; i < 7; i++)
      tries.push(code(await logIn(victim.email, `guess-${i}-wrong`, `2001:db8:7:7::${i + 1}`)));
    expect(tries.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    expect(code(await logIn(victim.email, 'correct-horse-battery', '2001:db8:7:8::1'))).toBe('OK');
  });

  it('sign-ups are limited per client address; another address may still sign up', async () => {
    const flooder = address();
    const results: string[] = [];
    for (let i = 0; i < 5; i++) {
      const input = { email: `flood-${n}-${i}@duijie.test`, password: 'flood-password-1', displayName: '批量注册' };
      results.push(code(await api.request(SIGN_UP, { input }, from(flooder))));
    }
    expect(results).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED', 'RATE_LIMITED']);
    const input = { email: `fresh-${n}@duijie.test`, password: 'fresh-password-1', displayName: '正常用户' };
    expect(code(await api.request(SIGN_UP, { input }, from(address())))).toBe('OK');
  });
});
