import { expect, test } from '@playwright/test';

import { registerEnterprise, signUp } from '../fixtures/api';
import { postTechnologyNeed, verifiedUniversity } from '../fixtures/research';
import { AuthPage } from '../pages/AuthPage';
import { ResearchPage } from '../pages/ResearchPage';

// 产学研对接 in the console: a university publishes a result on its page, a firm's need (posted
// through the API) is matched to it with reasons on both pages, the firm records a technology
// contract and the university confirms it.
test.describe.configure({ mode: 'serial' });

test('a university’s result meets a firm’s need, explained on both sides, and a contract both confirm', async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const univ = await verifiedUniversity(`贵州农业科技大学（测试${stamp}）`);
  const firm = await signUp('技术总监');
  await registerEnterprise(firm, `贵州刺梨饮品测试${stamp}有限公司`, ['1523']);
  const resultTitle = `刺梨汁低温浓缩技术${stamp}`;

  const univPage = await (await browser.newContext()).newPage();
  await univPage.goto('/login');
  await new AuthPage(univPage).logIn(univ.email, univ.password);
  const research = new ResearchPage(univPage);
  await research.open('技术成果');
  await expect(univPage).toHaveURL(/\/research\/results/);
  await research.publishResult({
    title: resultTitle,
    description: '低温真空浓缩刺梨原汁，维生素C保留率90%以上',
    category: '果菜汁及果菜汁饮料制造（1523）',
    price: '800000',
  });
  await research.expectToast('技术成果已保存');
  await expect(research.row(resultTitle)).toContainText('中试');
  await expect(research.row(resultTitle)).toContainText('¥800,000');

  const needTitle = `刺梨原汁浓缩后维生素C损失大${stamp}`;
  await postTechnologyNeed(firm, {
    title: needTitle,
    problem: '高温浓缩使刺梨汁维生素C损失过半，寻求低温浓缩技术',
    categoryCode: '1523',
    budgetCny: '1000000',
    deadline: '2099-12-31',
    minMaturity: 'PILOT',
  });
  await univPage.reload();
  await research.expand(resultTitle);
  await expect(research.match(needTitle)).toContainText('✓ 成熟度满足：成果已达中试，需求要求至少中试');

  const firmPage = await (await browser.newContext()).newPage();
  await firmPage.goto('/login');
  await new AuthPage(firmPage).logIn(firm.email, firm.password);
  const needs = new ResearchPage(firmPage);
  await needs.open('技术需求');
  await needs.expand(needTitle);
  const match = needs.match(resultTitle);
  await expect(match).toContainText('✓ 产业链环节相同：1523 果菜汁及果菜汁饮料制造');
  await expect(match).toContainText('✓ 报价 ¥800,000.00 在预算 ¥1,000,000.00 以内');
  await needs.proposeContract(resultTitle, '750000');
  await needs.expectToast('技术合同已登记，等待对方确认');
  await expect(needs.contract(resultTitle, needTitle)).toContainText('待对方确认');

  await univPage.reload();
  await expect(research.contract(resultTitle, needTitle)).toContainText('待我方确认');
  await research.contract(resultTitle, needTitle).getByRole('button', { name: '确认', exact: true }).click();
  await expect(research.contract(resultTitle, needTitle)).toContainText('双方已确认');
});
