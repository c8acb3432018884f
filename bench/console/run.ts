// The console's first load (issue 14): the JavaScript a new visitor downloads for the first route
// (the log-in page), raw and gzip as sent, and the time from a signed-in navigation to /listings to
// the first listing table on screen. Runs the built console on the real API and worker
// (apps/web/e2e/support/stack.mjs) in Debian's Chromium. `npm run build` first.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

import { chromium } from 'playwright-core';

import { postGraphql, randomCreditCode } from '../support/client';

const root = resolve(__dirname, '../..');
const port = process.env.BENCH_PORT ?? '3394';
const base = `http://127.0.0.1:${port}`;
const RUNS = 7;

function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  return postGraphql(`${base}/graphql`, query, variables, token);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  const stack = spawn(process.execPath, ['apps/web/e2e/support/stack.mjs'], {
    cwd: root,
    env: { ...process.env, WEB_TEST_PORT: port, TEST_LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  try {
    const deadline = Date.now() + 60_000;
    while (
      !(await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      ))
    ) {
      if (Date.now() > deadline) throw new Error('the stack did not start');
      await new Promise((r) => setTimeout(r, 300));
    }
    // A firm with 20 listings: a realistic first table.
    const email = `bench${Date.now()}@bench.duijie.test`;
    const password = 'bench-password-2020';
    const { signUp } = await gql(`mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }`, {
      i: { email, password, displayName: '测评用户' },
    });
    const token = signUp.accessToken as string;
    await gql(
      `mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { id } }`,
      {
        i: {
          name: '贵州测评酒业有限公司',
          creditCode: randomCreditCode(),
          regionCode: '520382',
          sector: 'LIQUOR_TOBACCO',
        },
      },
      token,
    );
    for (let i = 0; i < 20; i++)
      await gql(
        `mutation($i: CreateListingInput!) { createListing(input: $i) { id } }`,
        {
          i: {
            kind: i % 2 ? 'SUPPLY' : 'DEMAND',
            title: `测评供需 ${i + 1} 号 白酒礼盒`,
            categoryCode: '2319',
            quantity: 1000 * (i + 1),
            unit: '套',
          },
        },
        token,
      );

    const browser = await chromium.launch({
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
    });
    // 1. First route of a new visitor: the JS it downloads.
    const cold = await browser.newContext({ locale: 'zh-CN' });
    const page = await cold.newPage();
    const scripts = new Map<string, { raw: number; wire: number }>();
    page.on('response', (r) => {
      if (!r.url().endsWith('.js')) return;
      void r.body().then(async (body) => {
        const sizes = await r.request().sizes();
        scripts.set(r.url(), { raw: body.length, wire: sizes.responseBodySize });
      });
    });
    await page.goto(`${base}/login`);
    await page.getByLabel('邮箱').waitFor();
    await page.waitForLoadState('load');
    const firstRoute = [...scripts.values()];
    const raw = firstRoute.reduce((s, x) => s + x.raw, 0);
    const wire = firstRoute.reduce((s, x) => s + x.wire, 0);

    // 2. Log in, then time signed-in navigations to /listings until the table shows its rows.
    await page.getByLabel('邮箱').fill(email);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('table').getByText('测评供需 1 号 白酒礼盒', { exact: true }).waitFor();
    const state = await cold.storageState();
    const coldTimes: number[] = [];
    const warmTimes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const ctx = await browser.newContext({ locale: 'zh-CN', storageState: state });
      const p = await ctx.newPage();
      let started = Date.now();
      await p.goto(`${base}/listings`, { waitUntil: 'commit' });
      await p.getByRole('table').getByText('测评供需 1 号 白酒礼盒', { exact: true }).waitFor();
      coldTimes.push(Date.now() - started);
      started = Date.now();
      await p.reload({ waitUntil: 'commit' });
      await p.getByRole('table').getByText('测评供需 1 号 白酒礼盒', { exact: true }).waitFor();
      warmTimes.push(Date.now() - started);
      await ctx.close();
    }
    await browser.close();
    console.log(
      JSON.stringify(
        {
          firstRoute: {
            scripts: firstRoute.length,
            rawKiB: +(raw / 1024).toFixed(1),
            gzipKiB: +(wire / 1024).toFixed(1),
          },
          timeToListingTableMs: {
            coldCacheMedian: median(coldTimes),
            warmCacheMedian: median(warmTimes),
            coldTimes,
            warmTimes,
          },
        },
        null,
        2,
      ),
    );
  } finally {
    stack.kill('SIGTERM');
    await new Promise((r) => stack.once('exit', r));
  }
}

void main().catch((err) => {
  console.error(err);
  process.exit(1);
});
