import { consolePolicy, isConsoleRoute, isSandboxPage } from './console-paths';

describe('isConsoleRoute', () => {
  const html = 'text/html,application/xhtml+xml,*/*;q=0.8';

  it('answers the console routes of a browser navigation', () => {
    for (const path of ['/', '/login', '/listings', '/events/0b7f3c2e-5d1a-4c7e-9f00-123456789abc', '/events/x/agenda'])
      expect(isConsoleRoute('GET', path, html)).toBe(true);
    expect(isConsoleRoute('HEAD', '/listings', html)).toBe(true);
  });

  it('never shadows the API, its files or a missing asset', () => {
    for (const path of [
      '/graphql',
      '/health',
      '/metrics',
      '/imports/listings-template.xlsx',
      '/imports/0b7f3c2e-5d1a-4c7e-9f00-123456789abc',
      '/events/1/agenda.ics',
      '/events/1/schedule.xlsx',
      '/events/1/report.xlsx',
      '/assets/index-abc.js',
      '/assets/gone',
      '/favicon.ico',
    ])
      expect(isConsoleRoute('GET', path, html)).toBe(false);
  });

  it('leaves other methods and non-HTML clients to the API', () => {
    expect(isConsoleRoute('POST', '/listings', html)).toBe(false);
    expect(isConsoleRoute('GET', '/listings', 'application/json')).toBe(false);
    expect(isConsoleRoute('GET', '/listings', undefined)).toBe(false);
  });
});

describe('consolePolicy', () => {
  it('allows only this origin, styles by nonce, no framing', () => {
    const csp = consolePolicy('abc');
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'nonce-abc' 'report-sample'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe');
  });
});

describe('isSandboxPage', () => {
  it('is a browser GET of /graphql only', () => {
    expect(isSandboxPage('GET', '/graphql', 'text/html,application/xhtml+xml')).toBe(true);
    expect(isSandboxPage('GET', '/graphql', 'application/json')).toBe(false);
    expect(isSandboxPage('POST', '/graphql', 'text/html')).toBe(false);
    expect(isSandboxPage('GET', '/graphql/x', 'text/html')).toBe(false);
    expect(isSandboxPage('GET', '/graphql', undefined)).toBe(false);
  });
});
