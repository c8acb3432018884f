// The real stack for the browser tests: a fresh database and Redis prefix, the built worker and
// API (which serves the built console), until Playwright stops it (SIGTERM); then both are removed.
// Run by playwright.config.ts as its webServer; needs `npm run build` first.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const { Client } = require('pg');
const Redis = require('ioredis');
const { SMTPServer } = require('smtp-server');

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

// The stack's mailbox: an SMTP server of its own keeps what the worker mails (password-reset links,
// notification e-mails), and the port two above the API's answers them as JSON ([{ to, text }], newest last) for
// tests that read a mail as its user would.
const mails = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      mails.push({ to: session.envelope.rcptTo.map((r) => r.address), text: textOf(Buffer.concat(chunks).toString()) });
      callback();
    });
  },
});
await new Promise((done) => smtp.listen(0, '127.0.0.1', done));
env.SMTP_URL = `smtp://127.0.0.1:${smtp.server.address().port}`;
const mailbox = createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(mails));
});
await new Promise((done) => mailbox.listen(Number(port) + 2, '127.0.0.1', done));

/** A mail's text part, decoded (nodemailer writes Chinese text as quoted-printable or base64). */
function textOf(raw) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding: base64/i.test(head))
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString();
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
    const flat = body.replace(/=\r?\n/g, '');
    return decodeURIComponent(
      flat.replace(/=([0-9A-F]{2})|([^=])/g, (_, hex, c) => (hex ? `%${hex}` : encodeURIComponent(c))),
    );
  }
  return body;
}

const migrate = spawnSync(process.execPath, ['dist/apps/api/src/cli/migrate.js'], { cwd: root, env, stdio: 'inherit' });
if (migrate.status !== 0) process.exit(migrate.status ?? 1);

const children = ['worker', 'api'].map((app) =>
  spawn(process.execPath, [`dist/apps/${app}/src/main.js`], { cwd: root, env, stdio: 'inherit' }),
);

let stopping = false;
async function stop(code) {
  if (stopping) return;
  stopping = true;
  smtp.close();
  mailbox.close();
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
