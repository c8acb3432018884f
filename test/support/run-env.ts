import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What one test run owns: its own database and Redis key prefix. The global setup makes them and
 * writes them to a file the test workers read, the teardown removes them.
 */
export interface RunEnv {
  DATABASE_URL: string;
  REDIS_URL: string;
  REDIS_PREFIX: string;
}

const file = () => join(tmpdir(), 'duijie-test-runs', `${process.env.JEST_RUN_ID ?? 'run'}.json`);

export function newRunEnv(): RunEnv {
  const id = `${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const base = process.env.TEST_DATABASE_BASE_URL ?? 'postgres://postgres@127.0.0.1:5432';
  return {
    DATABASE_URL: `${base}/duijie_test_${id}`,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `duijie_test_${id}`,
  };
}

export function saveRunEnv(env: RunEnv): void {
  mkdirSync(join(tmpdir(), 'duijie-test-runs'), { recursive: true });
  writeFileSync(file(), JSON.stringify(env));
}

export function loadRunEnv(): RunEnv {
  return JSON.parse(readFileSync(file(), 'utf8')) as RunEnv;
}
