import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';

import { ConfigService } from '@duijie/config';

import { AppModule } from './app.module';
import { serveConsole } from './console/console';

/** Creates the API application as main.ts and the end-to-end tests both run it. */
export async function createApi(): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  const config = app.get(ConfigService);
  app.useBodyParser('json', { limit: config.get('bodyLimit') });
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  serveConsole(app, config);
  app.enableShutdownHooks();
  return app;
}
