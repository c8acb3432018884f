import { expect, test } from '@playwright/test';

import { eligibleCount, policyWorld } from '../fixtures/policies';
import { AuthPage } from '../pages/AuthPage';
import { PoliciesPage } from '../pages/PoliciesPage';

// 惠企政策: a government body publishes a policy with a rule builder; the worker finds the firm that
// signed a deal eligible; that firm applies, the one without a deal sees what it misses; the body accepts.
test.describe.configure({ mode: 'serial' });

test('a government body publishes a policy, an eligible firm applies, and the body accepts it', async ({ browser }) => {
  const tag = Date.now().toString(36);
  const { gov, signer, newcomer } = await policyWorld(tag);
  const title = `产销对接奖补${tag}`;

  const govPage = await (await browser.newContext()).newPage();
  await govPage.goto('/login');
  await new AuthPage(govPage).logIn(gov.email, gov.password);
  const publisher = new PoliciesPage(govPage);
  await publisher.openPublisher();
  await publisher.publish(title, '2030-12-31');
  await expect(publisher.policyRow(title)).toBeVisible();
  // At least the signer; firms other specs made in the same stack may meet the rules too.
  await expect.poll(() => eligibleCount(gov, title), { timeout: 30_000 }).toBeGreaterThanOrEqual(1);
  const eligible = await eligibleCount(gov, title);
  await govPage.reload();
  await expect(publisher.policyRow(title)).toContainText(String(eligible));

  const firmPage = await (await browser.newContext()).newPage();
  await firmPage.goto('/login');
  await new AuthPage(firmPage).logIn(signer.email, signer.password);
  const mine = new PoliciesPage(firmPage);
  await mine.openMine();
  const card = mine.card(title);
  await expect(card).toContainText('符合条件');
  await expect(card).toContainText('已满足：所属行业 生态特色食品');
  await expect(card).toContainText('已满足：已签约合同 1 笔');
  await card.getByRole('button', { name: /^申\s?报$/ }).click();
  await expect(card).toContainText('已申报：已申报');

  const otherPage = await (await browser.newContext()).newPage();
  await otherPage.goto('/login');
  await new AuthPage(otherPage).logIn(newcomer.email, newcomer.password);
  const theirs = new PoliciesPage(otherPage);
  await theirs.openMine();
  await expect(theirs.card(title)).toContainText('未满足：需至少 1 笔已签约合同，当前 0 笔');
  await expect(theirs.card(title).getByRole('button', { name: /^申\s?报$/ })).toHaveCount(0);

  await govPage.reload();
  await publisher
    .policyRow(title)
    .getByRole('button', { name: `查看申报 ${title}` })
    .click();
  await govPage.getByRole('button', { name: `受理 ${signer.name}` }).click();
  await expect(govPage.getByRole('row').filter({ hasText: signer.name })).toContainText('已受理');
});
