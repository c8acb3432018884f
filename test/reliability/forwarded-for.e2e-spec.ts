import { graphql } from '../generated';
import { useStack } from '../support/stack';

const LOG_IN = graphql(`mutation ForwardedForLogIn($input: LogInInput!) { logIn(input: $input) { accessToken } }`);
const SIGN_UP = graphql(`mutation ForwardedForSignUp($input: SignUpInput!) { signUp(input: $input) { accessToken } }`);

/**
 * With no proxy named (TRUST_PROXY unset, the default), a client's own X-Forwarded-For is not its
 * address: a stranger sending a new one with every guess is still one client, stopped by the limit.
 */
describe('log-in limits with no proxy in front (reliability)', () => {
  process.env.SIGNUP_MAX_PER_IP = '2';
  const { api } = useStack({ worker: false, isolated: true });
  afterAll(() => {
    process.env.SIGNUP_MAX_PER_IP = '100000';
  });
  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code ?? 'OK';
  const spoofed = (i: number) => ({ 'x-forwarded-for': `203.0.113.${i}` });

  it('counts guesses sent with a new X-Forwarded-For each as one client’s', async () => {
    const email = `xff-${Date.now()}@duijie.test`;
    const input = { email, password: 'correct-horse-battery', displayName: '测试用户' };
    expect(code(await api.request(SIGN_UP, { input }))).toBe('OK');
    const tries: string[] = [];
    for (let i = 0; i < 7; i++)
      tries.push(code(await api.request(LOG_IN, { input: { email, password: `guess-${i}` } }, spoofed(i + 1))));
    expect(tries.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(tries.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // and the right password from yet another claimed address is refused too: it could be a guess
    expect(code(await api.request(LOG_IN, { input: { email, password: 'correct-horse-battery' } }, spoofed(99)))).toBe(
      'RATE_LIMITED',
    );
  });

  it('counts sign-ups sent with a new X-Forwarded-For each as one client’s', async () => {
    const results: string[] = [];
    for (let i = 0; i < 3; i++) {
      const input = {
        email: `xff-flood-${Date.now()}-${i}@duijie.test`,
        password: 'flood-password-1',
        displayName: '批量注册',
      };
      results.push(code(await api.request(SIGN_UP, { input }, spoofed(100 + i))));
    }
    expect(results).toEqual(['OK', 'RATE_LIMITED', 'RATE_LIMITED']);
  });
});
