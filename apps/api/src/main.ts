import 'reflect-metadata';

import { runProcess } from '@duijie/config';

runProcess(
  'duijie-api',
  (config) => config.port,
  () => import('./bootstrap').then((bootstrap) => bootstrap.createApi()),
  (port) => `duijie-api listening: console at http://127.0.0.1:${port}/ , GraphQL at http://127.0.0.1:${port}/graphql`,
);
