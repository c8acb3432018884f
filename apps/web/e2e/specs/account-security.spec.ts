import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { expect, test } from '@playwright/test';

import { signUp } from '../fixtures/api';
import { SCREENSHOTS_DIR } from '../fixtures/world';
import { AuthPage } from '../pages/AuthPage';
import { ConsolePage } from '../pages/ConsolePage';

// 账户安全: a member changes the password on one browser (a wrong current password and a guessable
// new one are refused on their fields), the other browser's log-in ends at its next request, and
// 退出所有设备 ends this one too; the new password then logs in.
test.describe.configure({ mode: 'serial' });

mkdirSync(SCREENSHOTS_DIR, { recursive: true });

test('changing the password ends the other log-ins; logging out everywhere ends this one', async ({ browser }) => {
  const member = await signUp('采购专员');
  const newPassword = 'a-new-long-secret-2027';

  const laptop = await (await browser.newContext()).newPage();
  const phone = await (await browser.newContext()).newPage();
  for (const page of [laptop, phone]) {
    await page.goto('/login');
    await new AuthPage(page).logIn(member.email, member.password);
    await expect(page.getByRole('button', { name: '采购专员' })).toBeVisible();
  }

  await laptop.getByRole('button', { name: '采购专员' }).hover();
  await laptop.getByRole('menuitem', { name: '账户安全' }).click();
  await expect(laptop).toHaveURL(/\/settings\/account/);
  await laptop.getByLabel('当前密码').fill('not-my-password');
  await laptop.getByLabel('新密码', { exact: true }).fill(newPassword);
  await laptop.getByLabel('确认新密码').fill(newPassword);
  await laptop.getByRole('button', { name: '修改密码' }).click();
  await expect(laptop.getByText('currentPassword（当前密码）不正确')).toBeVisible();

  await laptop.getByLabel('当前密码').fill(member.password);
  await laptop.getByLabel('新密码', { exact: true }).fill('1234567890');
  await laptop.getByLabel('确认新密码').fill('1234567890');
  await laptop.getByRole('button', { name: '修改密码' }).click();
  await expect(laptop.getByText(/新密码）过于简单：不能是连续的数字、字母或键盘按键/)).toBeVisible();

  await laptop.getByLabel('新密码', { exact: true }).fill(newPassword);
  await laptop.getByLabel('确认新密码').fill(`${newPassword}x`);
  await expect(laptop.getByText('两次输入的新密码不一致')).toBeVisible();
  await laptop.getByLabel('确认新密码').fill(newPassword);
  await laptop.getByRole('button', { name: '修改密码' }).click();
  await new ConsolePage(laptop).expectToast('密码已修改，其他设备上的登录已失效');
  if (process.env.SCREENSHOTS_DIR)
    await laptop.screenshot({ path: resolve(SCREENSHOTS_DIR, 'account-security.png'), fullPage: true });

  // The phone's log-in has ended: its next screen sends it to log in again.
  await phone.reload();
  await expect(phone).toHaveURL(/\/login/);
  // The laptop goes on with the renewed session.
  await laptop.reload();
  await expect(laptop.getByRole('button', { name: '采购专员' })).toBeVisible();
  await expect(laptop.getByText('退出所有设备').first()).toBeVisible();

  await laptop.getByRole('button', { name: '退出所有设备' }).click();
  await laptop.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(laptop).toHaveURL(/\/login/);
  await laptop.goto('/settings/account');
  await expect(laptop).toHaveURL(/\/login/);

  await new AuthPage(phone).logIn(member.email, newPassword);
  await expect(phone.getByRole('button', { name: '采购专员' })).toBeVisible();
});
