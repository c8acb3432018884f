import { resolve } from 'node:path';

import { defineConfig, devices } from '@playwright/test';

// Browser tests against the built console served by the real API and worker on a fresh database
// (e2e/support/stack.mjs). Debian's Chromium: Playwright's own browser download is not used.
const port = process.env.WEB_TEST_PORT ?? '3390';
export const baseURL = `http://127.0.0.1:${port}`;
const root = resolve(__dirname, '../..');

export default defineConfig({
  testDir: './e2e',
  outputDir: resolve(root, 'dist/playwright/results'),
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /auth\.setup\.ts/ },
    { name: 'console', testMatch: /specs\/.*\.spec\.ts/, dependencies: ['setup'] },
  ],
  webServer: {
    command: 'node apps/web/e2e/support/stack.mjs',
    cwd: root,
    url: `${baseURL}/health`,
    reuseExistingServer: Boolean(process.env.WEB_TEST_REUSE_SERVER),
    timeout: 120_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
