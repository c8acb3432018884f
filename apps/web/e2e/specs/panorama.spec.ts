import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { expect, test } from '@playwright/test';

import { signUp } from '../fixtures/api';
import { demoFirmsOf } from '../fixtures/demo';
import { SCREENSHOTS_DIR } from '../fixtures/world';
import { AuthPage } from '../pages/AuthPage';
import { ChainPanoramaPage } from '../pages/ChainPanoramaPage';

// The demo's 遵义市 firms (distillers, bottle, cap and jar makers, a tea firm, a factory wanting a
// 5G network) drawn as the 优质烟酒 chain: the gaps the demo was written to show are red in the
// chart and marked 缺链 in the table, and a gap's drawer lists the open demands behind it.
test.describe.configure({ mode: 'serial' });

mkdirSync(SCREENSHOTS_DIR, { recursive: true });

test('the liquor chain of 遵义市 shows the demo gaps, and a gap lists its open demands', async ({ page }) => {
  await demoFirmsOf('5203');
  const viewer = await signUp('产业链分析');
  await page.goto('/login');
  await new AuthPage(page).logIn(viewer.email, viewer.password);
  await page.getByRole('menuitem', { name: '产业链全景图' }).click();
  await expect(page).toHaveURL(/\/chain/);

  const panorama = new ChainPanoramaPage(page);
  await panorama.chooseSector('优质烟酒');
  await panorama.chooseRegion(['贵州省', '遵义市']);
  await expect(page).toHaveURL(/sector=LIQUOR_TOBACCO/);
  await expect(page).toHaveURL(/region=520300/);
  await expect(panorama.chart).toBeVisible();

  // The demo's gaps: 红缨子糯高粱 wanted by a distiller, a 5G 工厂专网 wanted by a factory; nobody here offers them.
  await expect(panorama.row('其他谷物种植（0119）')).toContainText('缺链');
  await expect(panorama.row('信息系统集成服务（6531）')).toContainText('缺链');
  // Bottles are made and bought here; 白酒 is offered and not asked for here.
  await expect(panorama.row('玻璃包装容器制造（3055）')).toContainText('本地配套');
  await expect(panorama.row('白酒制造（1512）')).toContainText('外销优势');

  if (process.env.SCREENSHOTS_DIR)
    await page.screenshot({ path: resolve(SCREENSHOTS_DIR, 'panorama-liquor-zunyi.png'), fullPage: true });

  const drawer = await panorama.show('其他谷物种植');
  await expect(drawer).toContainText('其他谷物种植 · 贵州省 遵义市');
  // .first(): a retry of this test adds the demo's firms again.
  const demand = drawer.getByRole('link', { name: '采购 红缨子糯高粱' }).first();
  await expect(demand).toBeVisible();
  if (process.env.SCREENSHOTS_DIR)
    await page.screenshot({ path: resolve(SCREENSHOTS_DIR, 'panorama-gap-drawer.png'), fullPage: true });
  await demand.click();
  await expect(page).toHaveURL(/\/listings\/[0-9a-f-]{36}/);
  await expect(page.getByText('采购 红缨子糯高粱').first()).toBeVisible();

  // Back on the panorama, 导出图片 downloads the chart as a PNG.
  await page.goBack();
  await expect(panorama.chart).toBeVisible();
  await expect(panorama.row('其他谷物种植（0119）')).toContainText('缺链');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出图片' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('产业链全景图-贵州省遵义市.png');
  const file = readFileSync(await download.path());
  expect(file.subarray(1, 4).toString()).toBe('PNG');
});
