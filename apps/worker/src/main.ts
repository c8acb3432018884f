import 'reflect-metadata';

import { runProcess } from '@duijie/config';

runProcess(
  'duijie-worker',
  (config) => config.workerPort,
  () => import('./bootstrap').then((bootstrap) => bootstrap.createWorker()),
  (port) => `duijie-worker running: health at http://127.0.0.1:${port}/health`,
);
