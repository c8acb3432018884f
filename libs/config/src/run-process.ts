import type { INestApplication } from '@nestjs/common';

import type { AppConfig } from './config';
import { ConfigError, loadConfig } from './config';

/** How long a graceful shutdown may take before the process exits anyway. */
export const SHUTDOWN_DEADLINE_MS = 30_000;

/**
 * Starts one of the apps: configuration is validated first (a bad variable stops the process with
 * one line naming it, before any module loads), then the app is created and listens.
 */
export function runProcess(
  name: string,
  portOf: (config: AppConfig) => number,
  create: () => Promise<INestApplication>,
  startedLine: (port: number) => string,
): void {
  const main = async () => {
    let config: AppConfig;
    try {
      config = loadConfig();
    } catch (err) {
      if (err instanceof ConfigError) {
        process.stderr.write(`${name}: configuration error: ${err.message}\n`);
        process.exit(1);
      }
      throw err;
    }
    const app = await create();
    const port = portOf(config);
    await app.listen(port, '0.0.0.0');
    process.stdout.write(`${startedLine(port)}\n`);
    // Nest closes the app on these (enableShutdownHooks): requests finish, workers finish their
    // jobs, then Nest raises the signal again. That second one ends the process with exit code 0.
    // Should closing hang, the process still ends after the deadline; unfinished jobs are retried.
    let closing = false;
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.on(signal, () => {
        if (closing) process.exit(0);
        closing = true;
        setTimeout(() => {
          process.stderr.write(`${name}: not closed ${SHUTDOWN_DEADLINE_MS / 1000} s after ${signal}; exiting\n`);
          process.exit(1);
        }, SHUTDOWN_DEADLINE_MS).unref();
      });
    }
  };
  main().catch((err) => {
    process.stderr.write(`${name} failed to start: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  });
}
