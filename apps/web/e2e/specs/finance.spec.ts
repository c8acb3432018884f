import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import { expect, test } from '@playwright/test';

import { financeWorld } from '../fixtures/finance';
import { SCREENSHOTS_DIR } from '../fixtures/world';
import { AuthPage } from '../pages/AuthPage';
import { FinancePage } from '../pages/FinancePage';

// 政银企 in the console: a bank publishes an order-financing product; a small food firm posts a
// need, reads why the product matches, and lets the bank see its signed contract; the bank sees the
// contract behind the need and records the loan as disbursed.
test.describe.configure({ mode: 'serial' });
mkdirSync(SCREENSHOTS_DIR, { recursive: true });

let world: Awaited<ReturnType<typeof financeWorld>>;
const product = `黔农贷·订单融资${Date.now().toString(36)}`;

test.beforeAll(async () => {
  world = await financeWorld();
});

test('the bank publishes a financing product', async ({ page }) => {
  await page.goto('/login');
  await new AuthPage(page).logIn(world.bank.email, world.bank.password);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto('/finance/products');
  const finance = new FinancePage(page);
  await finance.publishProduct({
    name: product,
    min: '100000',
    max: '3000000',
    rates: ['3.65', '5.2'],
    terms: ['6', '24'],
  });
  await finance.expectToast('金融产品已发布');
  await expect(finance.row(product)).toContainText('开放');
});

test('the firm posts a need, reads the reasons and shares its contract with the bank', async ({ page }) => {
  await page.goto('/login');
  await new AuthPage(page).logIn(world.seller.email, world.seller.password);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto('/finance/needs');
  const finance = new FinancePage(page);
  await finance.postNeed({ amount: '2000000', purpose: '收购辣椒原料', term: '12' });
  await finance.expectToast('融资需求已发布');
  const match = finance.row(product);
  await expect(match).toContainText('符合条件');
  await expect(match.getByRole('list', { name: '匹配理由' })).toContainText('产品接受订单融资，企业可提供订单融资');
  await expect(match.getByRole('list', { name: '匹配理由' })).toContainText(
    '额度覆盖需求：产品额度10万元至300万元，需求200万元',
  );
  await match.getByRole('button', { name: '授权查看订单' }).click();
  const dialog = finance.dialog(/订单融资：授权/);
  await dialog.getByText(world.buyer.name).click();
  await dialog.getByRole('button', { name: '授权查看订单' }).click();
  await finance.expectToast('已授权金融机构查看所选订单');
  await expect(finance.row(product)).toContainText(`已授权：${world.bank.name}`);
  await page.screenshot({ path: resolve(SCREENSHOTS_DIR, 'finance-firm.png'), fullPage: true });
});

test('the bank sees the contract behind the need and records the loan', async ({ page }) => {
  await page.goto('/login');
  await new AuthPage(page).logIn(world.bank.email, world.bank.password);
  await expect(page).not.toHaveURL(/\/login/);
  await page.goto('/finance/products');
  const finance = new FinancePage(page);
  const need = finance.row(world.seller.name);
  await expect(need.getByRole('list', { name: `已授权查看的订单 ${world.seller.name}` })).toContainText(
    world.buyer.name,
  );
  await need.getByLabel(`放款进度 ${world.seller.name}`).click();
  await finance.pick('已放款');
  await need.getByLabel(`放款金额（元） ${world.seller.name}`).fill('1500000');
  await need.getByRole('button', { name: '登记进度' }).click();
  await finance.expectToast('放款进度已登记');
  await expect(finance.row(world.seller.name)).toContainText('已放款 ¥1,500,000');
  await page.screenshot({ path: resolve(SCREENSHOTS_DIR, 'finance-bank.png'), fullPage: true });
});
