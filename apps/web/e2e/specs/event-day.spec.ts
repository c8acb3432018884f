import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';

import type { TestUser } from '../fixtures/api';
import { gql, organiser, registerAndApprove, registerEnterprise, signUp } from '../fixtures/api';
import { checkInCode, createEventToday, placedMeeting } from '../fixtures/eventDay';
import { SCREENSHOTS_DIR } from '../fixtures/world';
import { ConsolePage } from '../pages/ConsolePage';
import { EventDayPage } from '../pages/EventDayPage';
import { EventPage } from '../pages/EventPage';

// The event day in the console: a firm's agenda shows its check-in QR code; at the door the
// organiser checks one firm in by its code (as a scanner types it) and another from the list; a
// second scan says 已签到; the organiser marks a running meeting's party absent, and the floor
// screen shows that table's no-show in red with the countdown to the next slot.
test.describe.configure({ mode: 'serial' });

mkdirSync(SCREENSHOTS_DIR, { recursive: true });
const shot = (page: Page, name: string) =>
  page.screenshot({ path: resolve(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });

const stamp = Date.now().toString(36);
const bottler = `贵州仁怀晶白玻璃瓶制造有限公司${stamp}`;
const distiller = `仁怀市酱香源酒业有限公司${stamp}`;
let org: TestUser;
let bottleFirm: TestUser;
let liquorFirm: TestUser;
let event: { id: string; title: string; slots: Date[] };

/** A browser context signed in as `user` (session cookie from the log-in mutation). */
async function signedIn(browser: { newContext(): Promise<BrowserContext> }, user: TestUser): Promise<Page> {
  const context = await browser.newContext();
  const res = await context.request.post('/graphql', {
    data: {
      query: `mutation($i: LogInInput!) { logIn(input: $i) { user { id } } }`,
      variables: { i: { email: user.email, password: user.password } },
    },
  });
  if (!res.ok()) throw new Error(`log-in failed: ${res.status()}`);
  const page = await context.newPage();
  await ConsolePage.watchCsp(page);
  return page;
}

test.beforeAll(async () => {
  org = await organiser();
  event = await createEventToday(org);
  bottleFirm = await signUp('玻璃瓶厂 李经理');
  const bottleId = await registerEnterprise(bottleFirm, bottler, ['3055']);
  liquorFirm = await signUp('酒厂采购 王经理');
  await registerEnterprise(liquorFirm, distiller, ['1512']);
  await registerAndApprove(bottleFirm, org, event.id);
  await registerAndApprove(liquorFirm, org, event.id);
  // The running slot (the second), table 1.
  await placedMeeting(org, event.id, liquorFirm, { user: bottleFirm, enterpriseId: bottleId }, event.slots[1], '1');
  await gql(`mutation($e: ID!) { publishSchedule(eventId: $e) { id } }`, { e: event.id }, org.token);
});

test('the firm’s agenda shows its check-in QR code, and the party marks its running meeting held', async ({
  browser,
}) => {
  const page = await signedIn(browser, liquorFirm);
  const agenda = new EventPage(page, event.id);
  await agenda.open('agenda');
  await expect(page.getByRole('img', { name: '签到二维码' })).toBeVisible();
  await expect(page.getByText(await checkInCode(liquorFirm, event.id))).toBeVisible();
  await expect(page.getByText('未签到')).toBeVisible();
  // The meeting is running: a party marks it held from its agenda.
  const item = agenda.agendaItem(bottler);
  await expect(item).toContainText('待确认');
  await item.getByRole('button', { name: '已举行' }).click();
  await expect(item.getByText('已举行', { exact: true }).first()).toBeVisible();
  await expect(item).not.toContainText('待确认');
  await shot(page, 'event-day-01-agenda-check-in-code');
  expect(await agenda.cspViolations()).toEqual([]);
  await page.context().close();
});

test('the organiser checks one firm in by its code and one from the list; a second scan says 已签到', async ({
  browser,
}) => {
  const page = await signedIn(browser, org);
  const day = new EventDayPage(page, event.id);
  await day.open();
  await expect(day.counts(0, 2)).toBeVisible();

  const code = await checkInCode(liquorFirm, event.id);
  await day.scan(code);
  await expect(day.lastResult).toContainText(`${distiller} 签到成功`);
  await expect(day.counts(1, 2)).toBeVisible();
  await expect(day.firmRow(distiller)).toContainText('已签到');
  await expect(day.codeField).toHaveValue('');

  await day.searchField.fill(bottler.slice(2, 9));
  await expect(day.firmRow(bottler)).toContainText('未签到');
  await expect(day.firmRow(distiller)).toHaveCount(0);
  await day.checkInFromList(bottler);
  await expect(day.lastResult).toContainText(`${bottler} 签到成功`);
  await expect(day.counts(2, 2)).toBeVisible();

  await day.scan(code);
  await expect(day.lastResult).toContainText(new RegExp(`${distiller} 已签到（\\d{4}年`));
  await day.scan(`${code.slice(0, -2)}xx`);
  await expect(day.lastResult).toContainText('签到码）无效');
  await shot(page, 'event-day-02-check-in-desk');
  expect(await day.cspViolations()).toEqual([]);
  await page.context().close();
});

test('the organiser marks a party of the running meeting absent, and the floor screen shows it', async ({
  browser,
}) => {
  const page = await signedIn(browser, org);
  const day = new EventDayPage(page, event.id);
  await day.open();
  await page.getByRole('tab', { name: '洽谈到场' }).click();
  const row = day.meetingRow(bottler);
  // The distiller's mark (held) stands until the organiser, who saw the bottler's table empty, decides.
  await expect(row.getByText('已举行', { exact: true }).first()).toBeVisible();
  await row.getByRole('button', { name: `${bottler} 缺席` }).click();
  await expect(row).toContainText(`${bottler} 缺席`);
  await shot(page, 'event-day-03-attendance');

  await day.openFloor();
  const table = day.floorTable('1');
  await expect(table).toContainText(distiller);
  await expect(table).toContainText(`${bottler} 缺席`);
  await expect(page.getByText('缺席 1 场')).toBeVisible();
  await expect(page.getByText('已签到 2 / 2 家')).toBeVisible();
  await expect(page.getByRole('timer', { name: '距下一时段' })).toHaveText(/距下一时段 \d{2}:\d{2}/);
  await expect(day.floorTable('2')).toContainText('空桌');
  await shot(page, 'event-day-04-floor');
  expect(await day.cspViolations()).toEqual([]);
  await page.context().close();
});
