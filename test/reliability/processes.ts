import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

import { dropDatabase, migrateDatabase } from '@duijie/database';

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

/** Starts apps/<app>/src/main.ts under ts-node; resolves once it says it is up. */
export function startApp(
  app: 'api' | 'worker',
  env: NodeJS.ProcessEnv,
): Promise<ChildProcess & { exited: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', `apps/${app}/src/main.ts`],
      { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const timer = setTimeout(() => reject(new Error(`${app} did not start within 60 s`)), 60_000);
    child.stdout.on('data', (d: Buffer) => {
      if (/running|listening/.test(d.toString())) {
        clearTimeout(timer);
        resolve(Object.assign(child, { exited }));
      }
    });
    child.stderr.on('data', (d: Buffer) => process.env.RELIABILITY_LOGS && process.stderr.write(d));
    void exited.then((code) => reject(new Error(`${app} exited with ${code} before starting`)));
  });
}
