// The real stack for the browser tests: a fresh database and Redis prefix, the built worker and
// API (which serves the built console), until Playwright stops it (SIGTERM); then both are removed.
// Run by playwright.config.ts as its webServer; needs `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const Redis = require('ioredis');

const root = resolve(import.meta.dirname, '../../../..');
const id = `${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
const base = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
const port = process.env.WEB_TEST_PORT ?? '3390';
const env = {
  ...process.env,
  NODE_ENV: 'test',
  DATABASE_URL: `${base}/duijie_web_${id}`,
  REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  REDIS_PREFIX: `duijie_web_${id}`,
  PORT: port,
  WORKER_PORT: String(Number(port) + 1),
  JWT_SECRET: 'duijie-web-test-secret-0123456789abcdef',
  ADMIN_EMAIL: 'admin@duijie.test',
  ADMIN_PASSWORD: 'admin-test-password',
  LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
  MATCH_NOTIFY_DEBOUNCE_MS: '0',
  // Every browser test signs its users up from this one machine.
  SIGNUP_MAX_PER_IP: '100000',
  SCHEDULER_TIME_LIMIT_SECONDS: '5',
  WEB_DIST_DIR: resolve(root, 'dist/web'),
};

const migrate = spawnSync(process.execPath, ['dist/apps/api/src/cli/migrate.js'], { cwd: root, env, stdio: 'inherit' });
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const children = ['worker', 'api'].map((app) =>
  spawn(process.execPath, [`dist/apps/${app}/src/main.js`], { cwd: root, env, stdio: 'inherit' }),
);

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (c) =>
        new Promise((done) => {
          if (c.exitCode !== null) return done();
          c.once('exit', done);
          c.kill('SIGTERM');
        }),
    ),
  );
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "duijie_web_${id}" WITH (FORCE)`);
  await admin.end();
  const redis = new Redis(env.REDIS_URL, { maxRetriesPerRequest: 1 });
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${env.REDIS_PREFIX}*`, 'COUNT', 500);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
  process.exit(code);
}
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => void stop(0));
for (const c of children) c.on('exit', (code) => void stop(code ?? 1));
