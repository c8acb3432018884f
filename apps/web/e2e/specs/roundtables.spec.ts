import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

import { createEvent, organiser, type TestUser } from '../fixtures/api';
import type { Firm } from '../fixtures/schedule';
import { approvedFirm } from '../fixtures/schedule';
import { RoundTablesPage } from '../pages/RoundTablesPage';

// 圆桌对接 in the console: the organiser sets up a bank's round table from the approved
// registrants, the event's tables and slots; a firm takes a seat on its event page and finds it on
// its agenda; the organiser sees the seated firm, and the report's card counts the seat.
test.describe.configure({ mode: 'serial' });

let org: TestUser;
let eventId: string;
let bank: Firm;
let firm: Firm;
let orgPage: Page;
let firmPage: Page;
const TOPIC = '食品企业融资圆桌';

async function signedIn(browser: import('@playwright/test').Browser, user: TestUser): Promise<Page> {
  const context = await browser.newContext();
  const logIn = await context.request.post('/graphql', {
    data: {
      query: `mutation($i: LogInInput!) { logIn(input: $i) { user { id } } }`,
      variables: { i: { email: user.email, password: user.password } },
    },
  });
  expect(logIn.ok()).toBe(true);
  const page = await context.newPage();
  await RoundTablesPage.watchCsp(page);
  return page;
}

test.beforeAll(async ({ browser }) => {
  org = await organiser();
  ({ id: eventId } = await createEvent(org));
  bank = await approvedFirm(org, eventId, '黔银农商银行');
  firm = await approvedFirm(org, eventId, '贵阳辣椒食品有限公司');
  orgPage = await signedIn(browser, org);
  firmPage = await signedIn(browser, firm.user);
});

test.afterAll(async () => {
  await orgPage.context().close();
  await firmPage.context().close();
});

test('the organiser sets up a round table hosted by an approved registrant', async () => {
  const rt = new RoundTablesPage(orgPage, eventId);
  await rt.openOrganiser();
  await rt.create({ host: bank.name, topic: TOPIC, table: '2', slot: '上午场 9月15日 09:20', capacity: 2 });
  await rt.expectToast('圆桌已创建');
  await expect(rt.row(TOPIC)).toContainText(bank.name);
  await expect(rt.row(TOPIC)).toContainText('9月15日 09:20–09:40');
  await expect(rt.row(TOPIC)).toContainText('0/2');
  expect(await rt.cspViolations()).toEqual([]);
});

test('a firm takes a seat on the event page and finds it on its agenda', async () => {
  const rt = new RoundTablesPage(firmPage, eventId);
  await rt.openFirm();
  await rt.row(TOPIC).getByRole('button', { name: '报名席位' }).click();
  await rt.expectToast('已报名圆桌席位');
  await expect(rt.row(TOPIC)).toContainText('已报名');
  await expect(rt.row(TOPIC)).toContainText('1/2');
  await rt.openFirm('agenda');
  await expect(rt.mine).toContainText(TOPIC);
  await expect(rt.mine).toContainText(bank.name);
  expect(await rt.cspViolations()).toEqual([]);
});

test('the organiser sees the seated firm, and the report counts the seat', async () => {
  const rt = new RoundTablesPage(orgPage, eventId);
  await rt.openOrganiser();
  await expect(rt.row(TOPIC)).toContainText(firm.name);
  await orgPage.goto(`/organiser/events/${eventId}/report`);
  const card = orgPage.getByTestId('report-round-tables');
  await expect(card).toContainText('圆桌场次');
  await expect(card).toContainText('1/2');
});
