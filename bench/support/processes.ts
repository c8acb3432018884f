import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Starts a process from the project root and resolves once its output matches `ready`. */
export function start(cmd: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const timer = setTimeout(() => reject(new Error(`${args.join(' ')} did not start`)), 30_000);
    child.stdout.on('data', (d: Buffer) => {
      if (ready.test(d.toString())) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.stderr.on('data', (d: Buffer) => process.stderr.write(d));
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

/** The environment of a bench's built api (and worker): production, its own Redis prefix, the bench admin that `adminWithEvent` logs in as. */
export function benchEnv(databaseUrl: string, port: number): NodeJS.ProcessEnv {
  return {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `duijie_bench_${randomBytes(3).toString('hex')}`,
    JWT_SECRET: 'bench-'.padEnd(40, 'x'),
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: 'bench@duijie.bench',
    ADMIN_PASSWORD: 'bench-admin-password',
    PORT: String(port),
    WORKER_PORT: String(port + 1),
  };
}
