import type { ChildProcess } from 'node:child_process';
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { Queue } from 'bullmq';

import { dropDatabase, migrateDatabase } from '@duijie/database';
import { type QueueName, redisOptions } from '@duijie/queue';

const ROOT = join(__dirname, '..', '..');

/** A database and Redis prefix of their own, for apps run as separate processes. */
export async function ownEnvironment(
  name: string,
  extra: Record<string, string> = {},
): Promise<{ env: NodeJS.ProcessEnv; url: string; drop: () => Promise<void> }> {
  const suffix = randomBytes(3).toString('hex');
  const url = `${process.env.DATABASE_URL}_${name}_${suffix}`;
  await migrateDatabase(url);
  const env = {
    ...process.env,
    DATABASE_URL: url,
    REDIS_PREFIX: `${process.env.REDIS_PREFIX}.${name}-${suffix}`,
    LOG_LEVEL: 'error',
    MATCH_NOTIFY_DEBOUNCE_MS: '0',
    ...extra,
  };
  return { env, url, drop: () => dropDatabase(url) };
}

/** A started app: its process, its exit, and every line it wrote to stdout (its JSON logs). */
export type App = ChildProcess & { exited: Promise<number | null>; lines: string[] };

/**
 * The apps compiled from the working tree into a directory of their own (types not checked: the
 * typecheck does that), for tests that start several processes: each then loads plain JavaScript,
 * a fraction of the CPU ts-node needs per process. `remove` deletes it.
 */
export async function buildApps(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'duijie-apps-'));
  await promisify(execFile)(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-p',
      'tsconfig.build.json',
      '--noCheck',
      '--sourceMap',
      'false',
      '--outDir',
      dir,
    ],
    { cwd: ROOT },
  );
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Starts apps/<app>/src/main.ts under ts-node, or its compiled form from `built` (buildApps);
 * resolves once it says it is up.
 */
export function startApp(app: 'api' | 'worker', env: NodeJS.ProcessEnv, built?: string): Promise<App> {
  return new Promise((resolve, reject) => {
    const child = built
      ? spawn(process.execPath, ['-r', 'tsconfig-paths/register', join(built, 'apps', app, 'src', 'main.js')], {
          cwd: ROOT,
          // Packages from the project's node_modules, @duijie/* from the compiled tree.
          env: {
            ...env,
            NODE_PATH: join(ROOT, 'node_modules'),
            TS_NODE_BASEURL: built,
            TS_NODE_PROJECT: join(ROOT, 'tsconfig.json'),
          },
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(
          process.execPath,
          ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', `apps/${app}/src/main.ts`],
          { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
        );
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const lines: string[] = [];
    let partial = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${app} did not start within 60 s`));
    }, 60_000);
    child.stdout.on('data', (d: Buffer) => {
      const text = partial + d.toString();
      const parts = text.split('\n');
      partial = parts.pop()!;
      lines.push(...parts);
      if (/running|listening/.test(d.toString())) {
        clearTimeout(timer);
        resolve(Object.assign(child, { exited, lines }));
      }
    });
    // The end of what it wrote, so that a process that dies at start says why (a port taken, say).
    let errors = '';
    child.stderr.on('data', (d: Buffer) => {
      errors = (errors + d.toString()).slice(-2000);
      if (process.env.RELIABILITY_LOGS) process.stderr.write(d);
    });
    void exited.then((code) =>
      reject(
        new Error(`${app} exited with ${code} before starting: ${[...lines, partial].slice(-5).join('\n')}\n${errors}`),
      ),
    );
  });
}

/**
 * `n` different ports nobody listens on at the moment of asking: all are held at once before any is
 * let go, so that two asked together are never the same (one asked at a time, in parallel, could be).
 */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<Server>((resolve, reject) => {
          const server = createServer();
          server.on('error', reject);
          server.listen(0, '127.0.0.1', () => resolve(server));
        }),
    ),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
  return ports;
}

/** A BullMQ handle on one of the environment's queues, to look at its jobs and schedules. */
export function bullQueue(name: QueueName, env: NodeJS.ProcessEnv): Queue {
  return new Queue(name, { connection: redisOptions(env.REDIS_URL!, 'worker'), prefix: `${env.REDIS_PREFIX}:bull` });
}
