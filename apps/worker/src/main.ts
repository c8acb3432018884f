import 'reflect-metadata';
import { ConfigError, loadConfig } from '@duijie/config';

async function main(): Promise<void> {
  try {
    loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`duijie-worker: configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const { createWorker } = await import('./bootstrap');
  const app = await createWorker();
  const port = loadConfig().workerPort;
  await app.listen(port, '0.0.0.0');
  process.stdout.write(`duijie-worker running: health at http://127.0.0.1:${port}/health\n`);
}

main().catch((err) => {
  process.stderr.write(`duijie-worker failed to start: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
