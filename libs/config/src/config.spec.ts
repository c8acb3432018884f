import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has local defaults in development', () => {
    const c = loadConfig({});
    expect(c.nodeEnv).toBe('development');
    expect(c.databaseUrl).toMatch(/^postgres:/);
    expect(c.port).toBe(3000);
    expect(c.workerPort).toBe(3001);
    expect(c.graphql.introspection).toBe(true);
  });

  it('refuses local defaults in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/x',
        REDIS_URL: 'redis://r:6379',
        JWT_SECRET: 'short-but-16-chars',
      }),
    ).toThrow(/at least 32/);
    const prod = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://db/x',
      REDIS_URL: 'redis://r:6379',
      JWT_SECRET: 'x'.repeat(40),
    });
    expect(prod.graphql.introspection).toBe(false);
  });

  it('refuses the development JWT secret in production, however it is given', () => {
    const dev = loadConfig({}).jwtSecret;
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://db/x',
        REDIS_URL: 'redis://r:6379',
        JWT_SECRET: dev,
      }),
    ).toThrow(/development default/);
  });

  it('believes no X-Forwarded-For unless TRUST_PROXY names the proxies, and refuses to believe every one', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 172.16.0.1' }).trustProxy).toBe('10.0.0.0/8,172.16.0.1');
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/would believe any X-Forwarded-For/);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(ConfigError);
  });

  it('bounds the listings one firm posts: 200 an hour and 2,000 open unless set', () => {
    expect(loadConfig({})).toMatchObject({ listingsMaxPerHourPerFirm: 200, listingsMaxOpenPerFirm: 2000 });
    expect(loadConfig({ LISTINGS_MAX_PER_HOUR_PER_FIRM: '5', LISTINGS_MAX_OPEN_PER_FIRM: '9' })).toMatchObject({
      listingsMaxPerHourPerFirm: 5,
      listingsMaxOpenPerFirm: 9,
    });
    expect(() => loadConfig({ LISTINGS_MAX_PER_HOUR_PER_FIRM: '0' })).toThrow(ConfigError);
  });

  it('takes an optional METRICS_TOKEN of 16+ characters', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'm'.repeat(16) }).metricsToken).toBe('m'.repeat(16));
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN must be at least 16/);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL must use/],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL must use/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 16/],
    [{ PORT: 'abc' }, /PORT must be an integer/],
    [{ ADMIN_EMAIL: 'a@b.cn' }, /must be set together/],
    [{ ADMIN_EMAIL: 'a@b.cn', ADMIN_PASSWORD: 'short' }, /at least 10/],
    [{ WEBHOOK_ALLOW_PRIVATE: 'maybe' }, /true or false/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  ])('stops with one clear line for %j', (env, message) => {
    expect(() => loadConfig(env as Record<string, string>)).toThrow(message);
  });
});
