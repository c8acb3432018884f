import { cookieValue, hasPreflightHeader, isSameOrigin, sessionCookieHeader } from './session-cookie';

describe('session cookie', () => {
  it('reads one cookie among others, decoded; absent or malformed is null', () => {
    expect(cookieValue('a=1; duijie_session=abc.def%2Eg; b=2', 'duijie_session')).toBe('abc.def.g');
    expect(cookieValue('duijie_sessionx=1', 'duijie_session')).toBeNull();
    expect(cookieValue(undefined, 'duijie_session')).toBeNull();
    expect(cookieValue('duijie_session=%E0%A4%A', 'duijie_session')).toBeNull();
    expect(cookieValue('duijie_session=', 'duijie_session')).toBeNull();
  });

  it('is httpOnly, SameSite=Strict, Secure only over HTTPS, and cleared with Max-Age=0', () => {
    const set = sessionCookieHeader('t', 3600, false);
    expect(set).toBe('duijie_session=t; Path=/; HttpOnly; SameSite=Strict; Max-Age=3600');
    expect(sessionCookieHeader('t', 60, true)).toContain('; Secure');
    expect(sessionCookieHeader(null, 60, false)).toContain('Max-Age=0');
  });

  it('knows a preflighted request and a same-origin one', () => {
    expect(hasPreflightHeader({ headers: { 'apollo-require-preflight': 'true' } })).toBe(true);
    expect(hasPreflightHeader({ headers: { 'content-type': 'multipart/form-data' } })).toBe(false);
    expect(isSameOrigin({ headers: { origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' } })).toBe(true);
    expect(isSameOrigin({ headers: { origin: 'https://evil.example', host: '127.0.0.1:3000' } })).toBe(false);
    expect(isSameOrigin({ headers: { host: '127.0.0.1:3000' } })).toBe(false);
    expect(isSameOrigin({ headers: { origin: 'null', host: '127.0.0.1:3000' } })).toBe(false);
  });
});
