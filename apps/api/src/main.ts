import 'reflect-metadata';
import { ConfigError, loadConfig } from '@duijie/config';

async function main(): Promise<void> {
  try {
    loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`duijie-api: configuration error: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const { createApi } = await import('./bootstrap');
  const app = await createApi();
  const port = loadConfig().port;
  await app.listen(port, '0.0.0.0');
  process.stdout.write(`duijie-api listening: GraphQL at http://127.0.0.1:${port}/graphql\n`);
}

main().catch((err) => {
  process.stderr.write(`duijie-api failed to start: ${(err as Error).stack ?? err}\n`);
  process.exit(1);
});
