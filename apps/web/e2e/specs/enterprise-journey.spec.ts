import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

import { checkCharOf } from '../../src/modules/enterprises/utils/creditCode';
import {
  approve,
  markAllRead,
  publish,
  registrationsOf,
  runStatus,
  scheduleRun,
  unreadNotifications,
} from '../fixtures/api';
import { SCREENSHOTS_DIR, SUPPLIER_STATE, world } from '../fixtures/world';
import { AuthPage } from '../pages/AuthPage';
import { ConsolePage } from '../pages/ConsolePage';
import { EnterprisePage } from '../pages/EnterprisePage';
import { EventPage } from '../pages/EventPage';
import { ListingDetailPage } from '../pages/ListingDetailPage';
import { ListingsPage } from '../pages/ListingsPage';

// One enterprise's day in the console, in order: a buyer signs up and registers its firm, posts a
// demand, watches a suggestion arrive, requests a meeting; the supplier (second browser context)
// sees the request in the bell and accepts; once the organiser publishes, the buyer's agenda and
// calendar feed show the meeting, and the feed stops answering when revoked.
test.describe.configure({ mode: 'serial' });

mkdirSync(SCREENSHOTS_DIR, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: resolve(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });

const buyer = {
  name: '采购部 王经理',
  email: `buyer${Date.now().toString(36)}@web.duijie.test`,
  password: 'buyer-password-2020',
  firm: `仁怀市酱香源酒业有限公司${Date.now().toString(36)}`,
};
const demandTitle = '求购 白酒礼盒 精品包装盒';
const first17 = `91520382${String(Date.now()).slice(-9)}`;
const goodCode = first17 + checkCharOf(first17);
const wrongCode = first17 + (checkCharOf(first17) === 'X' ? 'Y' : 'X');

let buyerPage: Page;

test.beforeAll(async ({ browser }) => {
  const context = await browser.newContext();
  buyerPage = await context.newPage();
  await ConsolePage.watchCsp(buyerPage);
});

test.afterAll(async () => {
  await buyerPage.context().close();
});

test('a new user signs up and registers the firm; a wrong credit code is shown on its field', async () => {
  const page = buyerPage;
  await page.goto('/');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('link', { name: '忘记密码？' })).toBeVisible();
  await shot(page, '01-log-in');
  await new AuthPage(page).signUp(buyer.name, buyer.email, buyer.password);

  const enterprise = new EnterprisePage(page);
  await expect(page.getByText('登记企业后即可发布供需信息')).toBeVisible();
  await enterprise.fill({
    name: buyer.firm,
    creditCode: wrongCode,
    region: ['贵州省', '遵义市', '仁怀市'],
    sector: '优质烟酒',
    category: '白酒制造（1512）',
  });
  await expect(enterprise.fieldError('校验位不正确')).toBeVisible();
  await expect(enterprise.creditCode).toHaveAttribute('aria-invalid', 'true');
  await enterprise.submit();
  await expect(enterprise.fieldError('校验位不正确')).toBeVisible();

  await enterprise.creditCode.fill(goodCode);
  await expect(enterprise.fieldError('校验位不正确')).toHaveCount(0);
  const registered = page.waitForResponse((r) => r.request().postDataJSON()?.operationName === 'RegisterEnterprise');
  await enterprise.submit();
  expect((await (await registered).json()).errors).toBeUndefined();
  await enterprise.expectToast('企业已登记');
  await expect(page.getByRole('button', { name: '保存修改' })).toBeVisible();
  await shot(page, '02-enterprise');
});

test('posts a demand: a server-side field error lands on its field, then the row appears', async () => {
  const listings = new ListingsPage(buyerPage);
  await listings.menu('我的供需').click();
  await expect(listings.table).toBeVisible();
  await listings.startNew();
  await listings.fill({
    kind: '求购',
    title: demandTitle,
    category: '包装装潢及其他印刷（2319）',
    quantity: '300000',
    unit: '套',
    priceMin: '20',
    priceMax: '10',
  });
  await listings.submit();
  await expect(listings.fieldError(/不能高于/)).toBeVisible();
  await expect(listings.dialog.getByLabel('最低价（元）')).toHaveAttribute('aria-invalid', 'true');

  await listings.dialog.getByLabel('最高价（元）').fill('25');
  const created = buyerPage.waitForResponse((r) => r.request().postDataJSON()?.operationName === 'CreateListing');
  await listings.submit();
  expect((await (await created).json()).errors).toBeUndefined();
  await expect(listings.row(demandTitle)).toBeVisible();
  await expect(listings.row(demandTitle)).toContainText('30万套');
  await expect(listings.row(demandTitle)).toContainText('20.00–25.00 元/套');
  await shot(buyerPage, '03-listings');
});

test('a suggestion with its reasons arrives without reloading; the buyer is interested', async () => {
  const { supplierName } = world();
  const page = buyerPage;
  await new ListingsPage(page).row(demandTitle).getByRole('link', { name: demandTitle }).click();
  const detail = new ListingDetailPage(page);
  const card = detail.suggestion(supplierName);
  await expect(card).toBeVisible();
  await expect(card.getByLabel('匹配理由')).toContainText('同类产品');
  await card.getByRole('button', { name: '感兴趣', exact: true }).click();
  await expect(card.getByText('已表示感兴趣')).toBeVisible();
  await shot(page, '04-suggestions');
});

test('registers for the event with the demand; the organiser approves', async () => {
  const { eventId, org } = world();
  const event = new EventPage(buyerPage, eventId);
  await event.open();
  await event.register(demandTitle);
  await expect(event.registrationState).toHaveText('待审核');
  const mine = (await registrationsOf(org, eventId)).find((r) => r.enterprise.name === buyer.firm)!;
  await approve(org, mine.id);
  await buyerPage.reload();
  await expect(event.registrationState).toHaveText('已通过');
});

test('the buyer requests a meeting from the suggestion; the supplier sees it in the bell and accepts', async ({
  browser,
}) => {
  const { supplier, supplierName, eventId, eventTitle } = world();
  // The supplier's earlier notices (its own match) are read, so the bell starts at 0.
  await expect
    .poll(async () => (await unreadNotifications(supplier)).some((n) => n.kind === 'MATCH_SUGGESTED'), {
      timeout: 30_000,
    })
    .toBe(true);
  await markAllRead(supplier);

  const supplierContext = await browser.newContext({ storageState: SUPPLIER_STATE });
  const supplierPage = await supplierContext.newPage();
  await ConsolePage.watchCsp(supplierPage);
  const supplierConsole = new ConsolePage(supplierPage);
  await supplierPage.goto('/listings');
  await expect(supplierConsole.bell(0)).toBeVisible();

  const listings = new ListingsPage(buyerPage);
  await listings.open();
  await listings.row(demandTitle).getByRole('link', { name: demandTitle }).click();
  const detail = new ListingDetailPage(buyerPage);
  await detail.requestMeeting(supplierName, eventTitle, '想了解礼盒的打样周期和起订量');
  await detail.expectToast('邀约已发送');

  await expect(supplierConsole.bell(1)).toBeVisible();
  await supplierConsole.bell(1).click();
  await expect(supplierPage.getByText(buyer.firm).first()).toBeVisible();
  await shot(supplierPage, '05-bell');

  const event = new EventPage(supplierPage, eventId);
  await event.open('requests');
  const row = event.receivedRequest(buyer.firm);
  await expect(row).toContainText('想了解礼盒的打样周期和起订量');
  await row.getByRole('button', { name: '接受' }).click();
  await expect(row).toContainText('已接受');
  await shot(supplierPage, '06-requests');
  expect(await supplierConsole.cspViolations()).toEqual([]);
  await supplierContext.close();
});

test('after the organiser publishes, the agenda shows the meeting and the calendar feed works without a bearer header until revoked', async ({
  playwright,
}) => {
  const { org, eventId, supplierName } = world();
  const runId = await scheduleRun(org, eventId);
  await expect.poll(async () => (await runStatus(org, runId)).status, { timeout: 60_000 }).toBe('DONE');
  expect((await runStatus(org, runId)).placed).toBe(1);
  await publish(org, eventId);

  const event = new EventPage(buyerPage, eventId);
  await event.open('agenda');
  const item = event.agendaItem(supplierName);
  await expect(item).toBeVisible();
  await expect(item).toContainText('9月15日');
  await expect(item).toContainText('号桌');

  await buyerPage.getByRole('button', { name: '生成订阅链接' }).click();
  await expect(event.feedUrl).toHaveValue(/agenda\.ics\?key=/);
  const url = await event.feedUrl.inputValue();
  await shot(buyerPage, '07-agenda');

  const anonymous = await playwright.request.newContext();
  const feed = await anonymous.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain(supplierName);

  await buyerPage.getByRole('button', { name: '撤销' }).click();
  await buyerPage.getByRole('button', { name: '确定' }).click();
  await expect(buyerPage.getByRole('button', { name: '生成订阅链接' })).toBeVisible();
  expect((await anonymous.get(url)).status()).toBe(401);
  await anonymous.dispose();

  await buyerPage.setViewportSize({ width: 390, height: 844 });
  await expect(item).toBeVisible();
  await shot(buyerPage, '08-agenda-phone');
  await buyerPage.setViewportSize({ width: 1280, height: 800 });
  expect(await new ConsolePage(buyerPage).cspViolations()).toEqual([]);
});
