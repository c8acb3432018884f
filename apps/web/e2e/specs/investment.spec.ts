import { expect, test } from '@playwright/test';

import { checkCharOf } from '../../src/modules/enterprises/utils/creditCode';
import { adminToken, createListing, gql, signUp } from '../fixtures/api';
import { AuthPage } from '../pages/AuthPage';
import { InvestmentPage } from '../pages/InvestmentPage';

// 产业招商: a verified government body reads the leads of a 遵义市 gap (果菜汁 wanted, nobody there
// makes it), adds one to its pipeline, posts a project, and moves the lead to 落地 with its
// amounts; the firm sees the entry under 招商接洽 only once it was contacted.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36);
const code = (prefix: string, region: string) => {
  const first17 = `${prefix}${region}${String(Date.now()).slice(-9)}`.slice(0, 17);
  return first17 + checkCharOf(first17);
};

async function firm(name: string, region: string, categoryCodes: string[], extra: Record<string, unknown> = {}) {
  const user = await signUp(`${name} 联系人`);
  const d = await gql(
    `mutation($i: RegisterEnterpriseInput!) { registerEnterprise(input: $i) { id } }`,
    {
      i: {
        name,
        creditCode: code(extra.participantType ? '11' : '91', region),
        regionCode: region,
        sector: 'ECO_FOOD',
        categoryCodes,
        ...extra,
      },
    },
    user.token,
  );
  return { ...user, id: d.registerEnterprise.id as string };
}

test('a government body turns a 遵义 gap into a landed investment; the firm sees it only once contacted', async ({
  page,
}) => {
  const gov = await firm(`遵义市投资促进局${stamp}`, '520300', [], { participantType: 'GOVERNMENT' });
  await gql(
    `mutation($id: ID!) { verifyEnterprise(id: $id, participantType: GOVERNMENT) { id } }`,
    { id: gov.id },
    await adminToken(),
  );
  const buyer = await firm(`遵义刺梨饮品${stamp}有限公司`, '520302', ['1373']);
  await createListing(buyer, {
    kind: 'DEMAND',
    title: '求购刺梨原汁',
    description: '用于刺梨饮料生产',
    categoryCode: '1523',
    quantity: 200,
    unit: '吨',
    validUntil: '2099-12-31',
  });
  const supplierName = `贵阳刺梨原汁${stamp}有限公司`;
  const supplier = await firm(supplierName, '520102', ['1523']);
  await createListing(supplier, {
    kind: 'SUPPLY',
    title: '供应刺梨原汁',
    description: '鲜果压榨',
    categoryCode: '1523',
    quantity: 50,
    unit: '吨',
    certifications: ['ISO22000'],
    validUntil: '2099-12-31',
  });

  await page.goto('/login');
  await new AuthPage(page).logIn(gov.email, gov.password);
  const investment = new InvestmentPage(page);
  await investment.menu('产业招商').click();
  await expect(page).toHaveURL(/\/investment/);

  // 招商线索 of 遵义市 · 生态特色食品: the 贵阳 supplier, with the gap and its reasons
  const lead = investment.row('招商线索', supplierName);
  await expect(lead).toContainText('遵义市缺果菜汁及果菜汁饮料制造');
  await expect(lead).toContainText('同省其他地区');
  await page.getByRole('button', { name: `加入招商进度 ${supplierName}` }).click();
  await expect(lead).toContainText('已在招商进度：已发现');

  // 招商项目: post one
  await investment.tab('招商项目').click();
  await investment.newProject({
    title: `遵义市刺梨深加工项目${stamp}`,
    description: '建设刺梨原汁与饮料生产线',
    region: ['贵州省', '遵义市'],
    category: '果菜汁及果菜汁饮料制造（1523）',
    planned: '200000000',
  });
  await expect(investment.row('招商项目', `遵义市刺梨深加工项目${stamp}`)).toContainText('拟招商');

  // Not contacted yet: the firm sees nothing under 招商接洽
  const firmPage = await page.context().browser()!.newPage();
  await firmPage.goto('/login');
  await new AuthPage(firmPage).logIn(supplier.email, supplier.password);
  const firmView = new InvestmentPage(firmPage);
  await firmView.menu('产业招商').click();
  await expect(firmPage.getByText('暂无政府部门与本企业接洽')).toBeVisible();

  // 招商进度: to 已落地, amounts asked at 已签约 and 已落地
  await investment.tab('招商进度').click();
  await investment.advance(supplierName, '已接洽');
  await expect(investment.row('招商进度', supplierName)).toContainText('已接洽');
  await investment.advance(supplierName, '已考察');
  await investment.advance(supplierName, '洽谈中');
  await investment.advance(supplierName, '已签约', '150000000');
  await expect(investment.row('招商进度', supplierName)).toContainText('已签约');
  await investment.advance(supplierName, '已落地', '120000000');
  const row = investment.row('招商进度', supplierName);
  await expect(row).toContainText('已落地');
  await expect(row).toContainText('150,000,000');
  await expect(row).toContainText('120,000,000');

  // Now the firm sees its own entry
  await firmPage.reload();
  await expect(firmView.row('招商接洽', `遵义市投资促进局${stamp}`)).toContainText('已落地');
  await firmPage.close();
});
