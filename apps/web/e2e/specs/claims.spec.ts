import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

import type { TestUser } from '../fixtures/api';
import { createEvent, creditCode, gql, organiser, signUp } from '../fixtures/api';
import { firmWithCode, importRows, listingTitles } from '../fixtures/claims';
import { SCREENSHOTS_DIR } from '../fixtures/world';
import { AuthPage } from '../pages/AuthPage';
import { ConsolePage } from '../pages/ConsolePage';
import { EnterprisePage } from '../pages/EnterprisePage';

// What an organiser's import leaves for firms to answer in the console: a firm with members gets
// the rows naming it as 待确认的供需信息 (accepted or rejected on 我的供需, told by a notification
// that leads there); a firm nobody registered yet is claimed (认领企业) by its staff when they
// register its credit code, and the organiser approves the claim on 认领审核.
test.describe.configure({ mode: 'serial' });

mkdirSync(SCREENSHOTS_DIR, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: resolve(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });

const stamp = Date.now().toString(36);
const memberFirm = `仁怀市晶白瓶业有限公司${stamp}`;
const importedFirm = `遵义市酒都礼盒印务有限公司${stamp}`;
const importedCode = creditCode();

let org: TestUser;
let member: TestUser;
let memberFirmId: string;
let claimant: TestUser;

test.beforeAll(async () => {
  org = await organiser();
  const event = await createEvent(org);
  member = await signUp('晶白瓶业 销售');
  const firm = await firmWithCode(member, memberFirm);
  memberFirmId = firm.id;
  claimant = await signUp('礼盒印务 总经理');
  await importRows(org, event.id, [
    [
      memberFirm,
      firm.creditCode,
      '520382',
      '供应',
      '500ml 酱香型白酒玻璃瓶',
      '3055',
      '晶白料',
      '3000000',
      '只',
      '0.8',
      '1.5',
      '',
      '',
    ],
    [memberFirm, firm.creditCode, '520382', '供应', '高白料 酒瓶 定制', '3055', '', '500000', '只', '', '', '', ''],
    [importedFirm, importedCode, '520382', '供应', '白酒礼盒 手提袋 印刷', '2231', '', '20000', '套', '', '', '', ''],
  ]);
});

async function signedIn(page: Page, user: TestUser): Promise<void> {
  await ConsolePage.watchCsp(page);
  await page.goto('/login');
  await new AuthPage(page).logIn(user.email, user.password);
  await expect(page).not.toHaveURL(/\/login/);
}

test('a firm accepts one listing an import proposed and rejects the other', async ({ page }) => {
  await signedIn(page, member);
  await page.goto('/notifications');
  const notice = page.getByRole('main').getByText('待确认的供需信息', { exact: true }).first();
  await expect(notice).toBeVisible();
  await page
    .getByRole('main')
    .getByRole('link', { name: /主办方/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/listings$/);

  const proposals = page.getByRole('table', { name: '待确认的供需信息' });
  await expect(page.getByText('待确认的供需信息（2）')).toBeVisible();
  await shot(page, 'claims-01-proposals');
  await proposals.getByRole('button', { name: '接受「500ml 酱香型白酒玻璃瓶」' }).click();
  await expect(page.getByText('已接受，已加入我的供需并报名该活动')).toBeVisible();
  await proposals.getByRole('button', { name: '拒绝「高白料 酒瓶 定制」' }).click();
  await page
    .getByRole('button', { name: '确 定' })
    .or(page.getByRole('button', { name: '确定' }))
    .click();
  await expect(page.getByText('已拒绝')).toBeVisible();
  await expect(page.getByText(/待确认的供需信息（\d+）/)).toHaveCount(0);

  expect(await listingTitles(member, memberFirmId)).toEqual(['500ml 酱香型白酒玻璃瓶']);
  await expect(page.getByRole('link', { name: '500ml 酱香型白酒玻璃瓶' })).toBeVisible();
});

test('staff of an imported firm register its credit code and see their claim wait for review', async ({ page }) => {
  await signedIn(page, claimant);
  const enterprise = new EnterprisePage(page);
  await page.goto('/enterprise');
  await enterprise.fill({
    name: importedFirm,
    creditCode: importedCode,
    region: ['贵州省', '遵义市', '仁怀市'],
    sector: '优质烟酒',
    category: '纸和纸板容器制造（2231）',
  });
  await enterprise.submit();
  await enterprise.expectToast('已提交认领申请');
  const claims = page.getByRole('alert').filter({ hasText: '认领申请待审核' });
  await expect(claims.getByText(importedFirm)).toBeVisible();
  await expect(claims.getByText('待审核', { exact: true })).toBeVisible();
  // Not a member before the review: the firm's pages still ask to register.
  await expect(page.getByText('登记企业后即可发布供需信息')).toBeVisible();
  await expect(page.getByLabel('企业名称')).toHaveValue('');
  await shot(page, 'claims-02-claim-pending');
});

test('the organiser approves the claim; the claimant becomes a member of the firm', async ({ page }) => {
  await signedIn(page, org);
  await page.getByRole('menuitem', { name: '认领审核' }).click();
  await expect(page).toHaveURL(/\/organiser\/claims$/);
  const table = page.getByRole('table', { name: '认领审核' });
  await expect(table.getByText(importedFirm).first()).toBeVisible();
  await shot(page, 'claims-03-review');
  await table.getByRole('button', { name: `通过对「${importedFirm}」的认领` }).click();
  await expect(page.getByText(`已通过，认领人已成为「${importedFirm}」的成员`)).toBeVisible();
  await expect(table.getByText(importedFirm)).toHaveCount(0);

  const me = await gql(`query { me { enterprise { name claimed } } }`, {}, claimant.token);
  expect(me.me.enterprise).toEqual({ name: importedFirm, claimed: true });
});
