/**
 * Validated, typed configuration. This is the only module that reads `process.env`.
 * A missing or malformed required variable stops the process with one clear line.
 */
export type NodeEnv = 'development' | 'test' | 'production';

export interface AppConfig {
  nodeEnv: NodeEnv;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix for every Redis key and BullMQ queue, so test runs never collide. */
  redisPrefix: string;
  port: number;
  workerPort: number;
  jwtSecret: string;
  jwtTtlSeconds: number;
  adminEmail?: string;
  adminPassword?: string;
  logLevel: string;
  smtpUrl?: string;
  webhookAllowPrivate: boolean;
  /** Webhook deliveries of one enterprise in flight at once, over every worker (slow receivers hold no more). */
  webhookConcurrencyPerFirm: number;
  matchNotifyDebounceMs: number;
  /** Wall-clock limit of the meeting scheduler's optimiser per run. */
  schedulerTimeLimitSeconds: number;
  /** Test-only: that many scheduler solve threads die as they start (the job fails cleanly and retries). */
  schedulerFaultInThread: number;
  /** A queue whose oldest waiting job is older than this makes the worker's /health degraded. */
  queueStuckSeconds: number;
  /** A listing still PENDING this long after its last change is checked by the match sweep. */
  matchSweepGraceSeconds: number;
  /** Test-only fault point: the outbox relay fails this many batches after publishing, before marking them sent. */
  outboxFaultAfterPublish: number;
  /** Test-only fault point: match jobs fail this many times after committing suggestions, before queueing the announcement. */
  matchFaultBeforeAnnounce: number;
  /** Log-in attempts allowed per client address and e-mail within `logInWindowSeconds`. */
  logInMaxAttempts: number;
  /** Attempts per client address (many people can share one, e.g. behind a company NAT). */
  logInMaxAttemptsPerIp: number;
  logInWindowSeconds: number;
  /** Log-in attempts at one account from every address together within `logInAccountWindowSeconds`, new addresses refused past it. */
  logInMaxAttemptsPerAccount: number;
  logInAccountWindowSeconds: number;
  /** Sign-ups allowed per client address within `signUpWindowSeconds`. */
  signUpMaxPerIp: number;
  signUpWindowSeconds: number;
  /**
   * Listings one firm may post in an hour through the API, and hold open at once: a free account
   * posted 630 in 7 s (an outside tester), each a match job for everyone's worker. Imports by an
   * organiser are bounded by their files instead.
   */
  listingsMaxPerHourPerFirm: number;
  listingsMaxOpenPerFirm: number;
  /** Query limits; `maxTokens` bounds the document before it is parsed (every later step is linear in it). */
  graphql: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number; introspection: boolean };
  bodyLimit: string;
  /**
   * Which peers are proxies whose X-Forwarded-For is believed for the client's address (the
   * log-in and sign-up limits key on it): none unless TRUST_PROXY names them (Express's `trust
   * proxy`: loopback, an address or CIDR list, or a number of hops).
   */
  trustProxy: false | number | string;
  /**
   * HTTP requests one API process works on at once; beyond it a request is answered 503 at once
   * (RATE_LIMITED, Retry-After) instead of queueing without bound until the process runs out of memory.
   */
  maxInflightRequests: number;
  /** How often an open WebSocket's token is checked again (expiry, revocation); each operation checks it too. */
  wsRecheckSeconds: number;
  /** When set, `/metrics` answers only `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
  /** The built console (apps/web), served at `/`; absent → only the API answers. */
  webDistDir: string;
  /** Where users reach the console (links in e-mails): PUBLIC_URL, else the api's own address. */
  publicUrl: string;
}

export class ConfigError extends Error {}

const DEV_DEFAULTS = {
  databaseUrl: 'postgres://postgres@127.0.0.1:5432/duijie',
  redisUrl: 'redis://127.0.0.1:6379',
  jwtSecret: 'duijie-local-development-secret-change-me',
};

type Env = Record<string, string | undefined>;

/** A fault point for reliability tests: never in production. */
function faultPoint(env: Env, name: string, prod: boolean): number {
  const n = parseIntVar(env, name, 0);
  if (n > 0 && prod)
    throw new ConfigError(`${name} is a test-only fault point and is refused when NODE_ENV=production`);
  return n;
}

function parseIntVar(env: Env, name: string, fallback: number, min = 0): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new ConfigError(`${name} must be an integer >= ${min}, got "${raw}"`);
  return n;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** TRUST_PROXY: unset → no proxy; a hop count; or proxy addresses (loopback, 10.0.0.0/8, ::1, …). */
function parseTrustProxy(env: Env): false | number | string {
  const raw = (env.TRUST_PROXY ?? '').trim();
  if (raw === '' || raw === 'false') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  const items = raw.split(',').map((x) => x.trim());
  if (raw === 'true' || items.some((x) => !PROXY_NAMES.has(x) && !/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(x)))
    throw new ConfigError(
      `TRUST_PROXY must name the proxies in front of the API (loopback, addresses or CIDRs, comma-separated) or their number, got "${raw}": "true" would believe any X-Forwarded-For a client sends`,
    );
  return items.join(',');
}

function parseUrl(env: Env, name: string, protocols: string[], devDefault: string | undefined, prod: boolean): string {
  const raw = env[name];
  if (!raw) {
    if (prod || devDefault === undefined)
      throw new ConfigError(`${name} is required${prod ? ' when NODE_ENV=production' : ''}`);
    return devDefault;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must use ${protocols.join(' or ')}, got "${url.protocol}"`);
  }
  return raw;
}

/** An optional shared secret: absent, or at least `min` characters. */
function parseSecret(env: Env, name: string, min: number): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  if (raw.length < min) throw new ConfigError(`${name} must be at least ${min} characters`);
  return raw;
}

function parseBool(env: Env, name: string): boolean {
  const raw = (env[name] ?? '').toLowerCase();
  if (raw === '' || raw === '0' || raw === 'false' || raw === 'no') return false;
  if (raw === '1' || raw === 'true' || raw === 'yes') return true;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

export function loadConfig(env: Env = process.env): AppConfig {
  const nodeEnv = (env.NODE_ENV ?? 'development') as NodeEnv;
  if (!['development', 'test', 'production'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, test or production, got "${env.NODE_ENV}"`);
  }
  const prod = nodeEnv === 'production';
  const jwtSecret = env.JWT_SECRET || (prod ? '' : DEV_DEFAULTS.jwtSecret);
  if (!jwtSecret) throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  if (prod && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters in production');
  // Published in this repository: anyone could mint tokens for any user.
  if (prod && jwtSecret === DEV_DEFAULTS.jwtSecret)
    throw new ConfigError('JWT_SECRET is the development default; set a secret of your own when NODE_ENV=production');
  if (env.JWT_SECRET !== undefined && env.JWT_SECRET !== '' && env.JWT_SECRET.length < 16) {
    throw new ConfigError('JWT_SECRET must be at least 16 characters');
  }
  const adminEmail = env.ADMIN_EMAIL || undefined;
  const adminPassword = env.ADMIN_PASSWORD || undefined;
  if ((adminEmail && !adminPassword) || (!adminEmail && adminPassword)) {
    throw new ConfigError('ADMIN_EMAIL and ADMIN_PASSWORD must be set together');
  }
  if (adminPassword && adminPassword.length < 10)
    throw new ConfigError('ADMIN_PASSWORD must be at least 10 characters');
  const logLevel = env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info');
  if (!['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent`);
  }
  const redisPrefix = env.REDIS_PREFIX || 'duijie';
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(redisPrefix))
    throw new ConfigError('REDIS_PREFIX may hold letters, digits, _ . - only');
  return {
    nodeEnv,
    databaseUrl: parseUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], DEV_DEFAULTS.databaseUrl, prod),
    redisUrl: parseUrl(env, 'REDIS_URL', ['redis:', 'rediss:'], DEV_DEFAULTS.redisUrl, prod),
    redisPrefix,
    port: parseIntVar(env, 'PORT', 3000),
    workerPort: parseIntVar(env, 'WORKER_PORT', 3001),
    jwtSecret,
    jwtTtlSeconds: parseIntVar(env, 'JWT_TTL_SECONDS', 12 * 3600, 60),
    adminEmail,
    adminPassword,
    logLevel,
    smtpUrl: env.SMTP_URL || undefined,
    webhookAllowPrivate: parseBool(env, 'WEBHOOK_ALLOW_PRIVATE'),
    webhookConcurrencyPerFirm: parseIntVar(env, 'WEBHOOK_CONCURRENCY_PER_FIRM', 2, 1),
    matchNotifyDebounceMs: parseIntVar(env, 'MATCH_NOTIFY_DEBOUNCE_MS', 30_000),
    schedulerTimeLimitSeconds: parseIntVar(env, 'SCHEDULER_TIME_LIMIT_SECONDS', 20, 1),
    schedulerFaultInThread: faultPoint(env, 'SCHEDULER_FAULT_IN_THREAD', prod),
    queueStuckSeconds: parseIntVar(env, 'QUEUE_STUCK_SECONDS', 300, 1),
    matchSweepGraceSeconds: parseIntVar(env, 'MATCH_SWEEP_GRACE_SECONDS', 120, 1),
    outboxFaultAfterPublish: faultPoint(env, 'OUTBOX_FAULT_AFTER_PUBLISH', prod),
    matchFaultBeforeAnnounce: faultPoint(env, 'MATCH_FAULT_BEFORE_ANNOUNCE', prod),
    logInMaxAttempts: parseIntVar(env, 'LOGIN_MAX_ATTEMPTS', 10, 1),
    logInMaxAttemptsPerIp: parseIntVar(env, 'LOGIN_MAX_ATTEMPTS_PER_IP', 100, 1),
    logInWindowSeconds: parseIntVar(env, 'LOGIN_WINDOW_SECONDS', 300, 1),
    logInMaxAttemptsPerAccount: parseIntVar(env, 'LOGIN_MAX_ATTEMPTS_PER_ACCOUNT', 30, 1),
    logInAccountWindowSeconds: parseIntVar(env, 'LOGIN_ACCOUNT_WINDOW_SECONDS', 3600, 1),
    signUpMaxPerIp: parseIntVar(env, 'SIGNUP_MAX_PER_IP', 20, 1),
    signUpWindowSeconds: parseIntVar(env, 'SIGNUP_WINDOW_SECONDS', 3600, 1),
    listingsMaxPerHourPerFirm: parseIntVar(env, 'LISTINGS_MAX_PER_HOUR_PER_FIRM', 200, 1),
    listingsMaxOpenPerFirm: parseIntVar(env, 'LISTINGS_MAX_OPEN_PER_FIRM', 2000, 1),
    graphql: {
      maxDepth: parseIntVar(env, 'GRAPHQL_MAX_DEPTH', 10, 2),
      maxCost: parseIntVar(env, 'GRAPHQL_MAX_COST', 20_000, 10),
      maxAliases: parseIntVar(env, 'GRAPHQL_MAX_ALIASES', 30, 1),
      maxTokens: parseIntVar(env, 'GRAPHQL_MAX_TOKENS', 10_000, 100),
      introspection: !prod,
    },
    bodyLimit: env.BODY_LIMIT || '512kb',
    trustProxy: parseTrustProxy(env),
    maxInflightRequests: parseIntVar(env, 'MAX_INFLIGHT_REQUESTS', 256, 1),
    metricsToken: parseSecret(env, 'METRICS_TOKEN', 16),
    wsRecheckSeconds: parseIntVar(env, 'WS_RECHECK_SECONDS', 30, 1),
    webDistDir: env.WEB_DIST_DIR || 'dist/web',
    publicUrl: parseUrl(
      env,
      'PUBLIC_URL',
      ['http:', 'https:'],
      `http://127.0.0.1:${parseIntVar(env, 'PORT', 3000)}`,
      false,
    ).replace(/\/+$/, ''),
  };
}
