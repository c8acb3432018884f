import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';

import { ConfigService } from '@duijie/config';
import { MetricsService } from '@duijie/observability';

import { admissionLimit } from './admission';
import { AppModule } from './app.module';
import { serveConsole } from './console/console';

/** How long an idle keep-alive connection is kept open. */
const KEEP_ALIVE_MS = 65_000;

/** Creates the API application as main.ts and the end-to-end tests both run it. */
export async function createApi(): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const config = app.get(ConfigService);
  // First, so that a refused request costs no body parsing, logging or GraphQL work.
  const metrics = app.get(MetricsService);
  const admission = admissionLimit(config.get('maxInflightRequests'), { shed: () => metrics.requestsShed.inc() });
  metrics.watchInflight(() => admission.inflight());
  app.use(admission);
  app.useBodyParser('json', { limit: config.get('bodyLimit') });
  // The client's address is the socket's unless a proxy in front is named: a client's own
  // X-Forwarded-For would otherwise give it a fresh log-in limit with every request.
  app.set('trust proxy', config.get('trustProxy'));
  app.disable('x-powered-by');
  serveConsole(app, config);
  // Idle keep-alive connections are closed after 65 s, not Node's 5 s: a client or proxy reusing a
  // connection the server is closing at that moment gets a reset (the soak saw bursts of them as
  // idle sockets timed out together), and proxies keep theirs open for 60 s by default.
  const server = app.getHttpServer();
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  app.enableShutdownHooks();
  return app;
}
