import ExcelJS from 'exceljs';

import { graphql } from './generated';
import { adminClient, createEvent, organiser } from './support/events';
import { enterpriseMember } from './support/factories';
import type { GraphQLClient } from './support/graphql';
import { useStack } from './support/stack';

const VERIFY = graphql(
  `mutation FinanceVerifyEnterprise($id: ID!, $t: ParticipantType) { verifyEnterprise(id: $id, participantType: $t) { id participantType verificationStatus } }`,
);
const CREATE_PRODUCT = graphql(
  `mutation FinanceCreateFinancingProduct($input: FinancingProductInput!) { createFinancingProduct(input: $input) { id name status lender { id } } }`,
);
const UPDATE_PRODUCT = graphql(
  `mutation FinanceUpdateFinancingProduct($id: ID!, $input: FinancingProductInput!) { updateFinancingProduct(id: $id, input: $input) { id status } }`,
);
const CREATE_NEED = graphql(
  `mutation FinanceCreateFinancingNeed($input: FinancingNeedInput!) { createFinancingNeed(input: $input) { id sector regionCode confidential } }`,
);
const NEED = graphql(
  `query FinanceFinancingNeed($id: ID!) { financingNeed(id: $id) { id purpose sharedDeals { dealId counterpartName amountCny stage } dealShares { id withdrawnAt } } }`,
);
const FOR_NEED = graphql(
  `query FinanceMatchesForNeed($id: ID!, $all: Boolean) { financingMatchesForNeed(needId: $id, includeIneligible: $all) { totalCount edges { node { eligible score product { id name } conditions { code met detail } } } } }`,
);
const FOR_PRODUCT = graphql(
  `query FinanceMatchesForProduct($id: ID!) { financingMatchesForProduct(productId: $id) { totalCount edges { node { eligible score need { id purpose sharedDeals { dealId counterpartName amountCny } } } } } }`,
);
const SHARE = graphql(
  `mutation FinanceShareDealsWithLender($input: ShareDealsWithLenderInput!) { shareDealsWithLender(input: $input) { id dealIds withdrawnAt lender { id } } }`,
);
const WITHDRAW = graphql(
  `mutation FinanceWithdrawDealShare($id: ID!) { withdrawDealShare(id: $id) { id withdrawnAt } }`,
);
const LOAN = graphql(
  `mutation FinanceRecordLoanOutcome($n: ID!, $p: ID!, $s: LoanStage!, $a: Decimal) { recordLoanOutcome(needId: $n, productId: $p, stage: $s, amountCny: $a) { loanStage loanAmountCny } }`,
);
const REPORT = graphql(
  `query FinanceEventReport($e: ID!) { eventReport(eventId: $e) { loans { needs needAmountCny matchedNeeds loans amountCny bySector { key name loans amountCny } byRegion { key name loans amountCny } } } }`,
);
const NOTIFICATIONS = graphql(
  `query FinanceNotifications { notifications(first: 20) { edges { node { kind title } } } }`,
);
const DEAL = graphql(`mutation FinanceRecordDeal($input: RecordDealInput!) { recordDeal(input: $input) { id } }`);
const CONFIRM = graphql(`mutation FinanceConfirmDeal($id: ID!) { confirmDeal(id: $id) { id agreedStage } }`);
const REGISTER = graphql(`mutation FinanceRegisterForEvent($e: ID!) { registerForEvent(eventId: $e) { id } }`);
const APPROVE = graphql(
  `mutation FinanceReviewRegistration($id: ID!) { reviewRegistration(id: $id, approve: true) { id } }`,
);

const ORDER_LOAN = {
  name: '黔农贷·订单融资',
  minAmountCny: '100000',
  maxAmountCny: '3000000',
  minAnnualRate: 3.65,
  maxAnnualRate: 5.2,
  minTermMonths: 6,
  maxTermMonths: 24,
  guaranteeTypes: ['ORDER_FINANCING', 'CREDIT'] as const,
  sectors: ['ECO_FOOD'] as const,
  regionCodes: ['520000'],
  scales: ['MICRO', 'SMALL', 'MEDIUM'] as const,
  description: '凭已签约订单申请，随借随还',
};

describe('政银企对接: products, needs, matches, 订单融资 consent and loans (e2e)', () => {
  const { api } = useStack({ isolated: true });
  type Firm = Awaited<ReturnType<typeof enterpriseMember>>;
  let admin: GraphQLClient;
  let org: GraphQLClient;
  let bank: Firm, otherBank: Firm, food: Firm, buyer: Firm, bigFirm: Firm;
  let eventId: string;
  let productId: string, ipProductId: string, needId: string, dealId: string;

  const lender = async (name: string) => {
    const firm = await enterpriseMember(api, { name, sector: 'SUPPORTING', categoryCodes: [] });
    await admin.ok(VERIFY, { id: firm.enterpriseId, t: 'FINANCIAL_INSTITUTION' });
    return firm;
  };

  beforeAll(async () => {
    admin = await adminClient(api);
    org = await organiser(api);
    eventId = await createEvent(org, {
      title: '贵州省生态特色食品产业政产学金暨产销对接活动（测试）',
      sectors: ['ECO_FOOD'],
    });
    bank = await lender('黔银测试农商银行股份有限公司');
    otherBank = await lender('黔南测试村镇银行股份有限公司');
    food = await enterpriseMember(api, { sector: 'ECO_FOOD', regionCode: '520102', categoryCodes: ['1392'] });
    buyer = await enterpriseMember(api, { sector: 'ECO_FOOD', regionCode: '520302', categoryCodes: ['1392'] });
    bigFirm = await enterpriseMember(api, { sector: 'ECO_FOOD', regionCode: '520102', categoryCodes: ['1392'] });
    for (const f of [food, buyer]) {
      const reg = (await f.client.ok(REGISTER, { e: eventId })).registerForEvent.id;
      await org.ok(APPROVE, { id: reg });
    }
    // A contract both firms confirmed: the food firm sells to the buyer.
    dealId = (
      await buyer.client.ok(DEAL, {
        input: {
          eventId,
          supplierEnterpriseId: food.enterpriseId,
          buyerEnterpriseId: buyer.enterpriseId,
          stage: 'SIGNED',
          amountCny: '1800000',
        },
      })
    ).recordDeal.id;
    await food.client.ok(CONFIRM, { id: dealId });
  });

  it('lets only a verified financial institution publish products', async () => {
    const refused = await food.client.fails(CREATE_PRODUCT, {
      input: {
        ...ORDER_LOAN,
        guaranteeTypes: [...ORDER_LOAN.guaranteeTypes],
        sectors: [...ORDER_LOAN.sectors],
        scales: [...ORDER_LOAN.scales],
      },
    });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
    const input = {
      ...ORDER_LOAN,
      guaranteeTypes: [...ORDER_LOAN.guaranteeTypes],
      sectors: [...ORDER_LOAN.sectors],
      scales: [...ORDER_LOAN.scales],
    };
    const bad = await bank.client.fails(CREATE_PRODUCT, {
      input: { ...input, minAmountCny: '5000000', regionCodes: ['529999'] },
    });
    expect(bad.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.extensions?.fields).toEqual(expect.arrayContaining(['maxAmountCny', 'regionCodes']));
    const product = (await bank.client.ok(CREATE_PRODUCT, { input })).createFinancingProduct;
    expect(product).toMatchObject({ name: '黔农贷·订单融资', status: 'OPEN', lender: { id: bank.enterpriseId } });
    productId = product.id;
    ipProductId = (
      await bank.client.ok(CREATE_PRODUCT, {
        input: {
          ...input,
          name: '知识产权质押贷',
          guaranteeTypes: ['IP_PLEDGE'],
          scales: ['SMALL'],
          maxAmountCny: '1000000',
        },
      })
    ).createFinancingProduct.id;
  });

  it('takes a need into an event’s report only from a firm whose registration there was approved', async () => {
    const e = await bigFirm.client.fails(CREATE_NEED, {
      input: {
        amountCny: '50000000',
        purpose: '扩大产能',
        termMonths: 12,
        guaranteeTypes: ['CREDIT'],
        scale: 'MEDIUM',
        eventId,
      },
    });
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['eventId'] });
    expect(JSON.stringify(e.extensions)).toContain('eventId（对接活动）须为贵企业报名已通过的活动');
  });

  it('matches a firm’s need to the bank’s product with reasons, and explains an eligibility miss', async () => {
    needId = (
      await food.client.ok(CREATE_NEED, {
        input: {
          amountCny: '2000000',
          purpose: '收购辣椒原料，履行已签约订单',
          termMonths: 12,
          guaranteeTypes: ['ORDER_FINANCING'],
          scale: 'SMALL',
          eventId,
        },
      })
    ).createFinancingNeed.id;
    const matches = (await food.client.ok(FOR_NEED, { id: needId })).financingMatchesForNeed;
    // Best first: the order-financing loan fits fully; the IP loan is open to the firm but fits badly.
    expect(matches.edges.map((e) => e.node.product.name)).toEqual(['黔农贷·订单融资', '知识产权质押贷']);
    expect(matches.edges[1].node.score).toBeLessThan(0.5);
    const best = matches.edges[0].node;
    expect(best).toMatchObject({ eligible: true, score: 1 });
    expect(best.conditions.map((c) => c.detail)).toEqual(
      expect.arrayContaining([
        '企业所属行业「生态特色食品」在产品支持的行业内',
        '额度覆盖需求：产品额度10万元至300万元，需求200万元',
        '期限匹配：产品期限6至24个月，需求12个月',
        '产品接受订单融资，企业可提供订单融资',
      ]),
    );
    // The IP product fits badly (额度, 担保) but the firm is eligible: kept, scored low, reasons say why.
    const all = (await food.client.ok(FOR_NEED, { id: needId, all: true })).financingMatchesForNeed;
    const ip = all.edges.find((e) => e.node.product.name === '知识产权质押贷')!.node;
    expect(ip.conditions.find((c) => c.code === 'GUARANTEE')).toMatchObject({
      met: false,
      detail: '产品接受知识产权质押，企业可提供的订单融资不在其中',
    });

    // A large firm misses the size condition: not eligible, the reason names it.
    const bigNeed = (
      await bigFirm.client.ok(CREATE_NEED, {
        input: {
          amountCny: '2000000',
          purpose: '扩建冷库',
          termMonths: 12,
          guaranteeTypes: ['ORDER_FINANCING'],
          scale: 'LARGE',
        },
      })
    ).createFinancingNeed.id;
    expect((await bigFirm.client.ok(FOR_NEED, { id: bigNeed })).financingMatchesForNeed.totalCount).toBe(0);
    const missed = (await bigFirm.client.ok(FOR_NEED, { id: bigNeed, all: true })).financingMatchesForNeed.edges.find(
      (e) => e.node.product.name === '黔农贷·订单融资',
    )!.node;
    expect(missed).toMatchObject({ eligible: false, score: 0 });
    // A loan on a need the product may not serve would count in the report all the same: refused.
    const unfit = await bank.client.fails(LOAN, { n: bigNeed, p: productId, s: 'ACCEPTED' });
    expect(unfit.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['needId'] });
    expect(missed.conditions.find((c) => c.code === 'SCALE')).toEqual({
      code: 'SCALE',
      met: false,
      detail: '产品面向微型、小型、中型企业，本企业为大型企业',
    });

    // The bank sees the need matched to its product; both sides were told once.
    const forProduct = (await bank.client.ok(FOR_PRODUCT, { id: productId })).financingMatchesForProduct;
    expect(forProduct.edges.map((e) => e.node.need.id)).toEqual([needId]);
    const bankKinds = (await bank.client.ok(NOTIFICATIONS)).notifications.edges.map((e) => e.node.kind);
    expect(bankKinds.filter((k) => k === 'FINANCING_NEED_MATCHED')).toHaveLength(1);
    const firmKinds = (await food.client.ok(NOTIFICATIONS)).notifications.edges.map((e) => e.node.kind);
    expect(firmKinds.filter((k) => k === 'FINANCING_PRODUCT_MATCHED')).toHaveLength(1);
    // Editing the product again does not tell them twice.
    await bank.client.ok(UPDATE_PRODUCT, { id: productId, input: { description: '凭已签约订单申请' } });
    expect(
      (await bank.client.ok(NOTIFICATIONS)).notifications.edges.filter((e) => e.node.kind === 'FINANCING_NEED_MATCHED'),
    ).toHaveLength(1);
  });

  it('shows signed deals to the bank only after the firm’s consent, never to another bank, and no more after withdrawal', async () => {
    const bankSees = async (client: GraphQLClient) => (await client.ok(NEED, { id: needId })).financingNeed.sharedDeals;
    expect(await bankSees(bank.client)).toEqual([]);
    // Another firm may not see the confidential need at all.
    expect((await buyer.client.fails(NEED, { id: needId })).extensions?.code).toBe('NOT_FOUND');
    // Only the firm's own confirmed sales may be shared, and only with a verified bank.
    const notBank = await food.client.fails(SHARE, {
      input: { needId, lenderEnterpriseId: buyer.enterpriseId, dealIds: [dealId] },
    });
    expect(notBank.extensions?.fields).toEqual(['lenderEnterpriseId']);
    expect(
      (await bank.client.fails(SHARE, { input: { needId, lenderEnterpriseId: bank.enterpriseId, dealIds: [dealId] } }))
        .extensions?.code,
    ).toBe('FORBIDDEN');

    const share = (
      await food.client.ok(SHARE, {
        input: { needId, lenderEnterpriseId: bank.enterpriseId, productId, dealIds: [dealId] },
      })
    ).shareDealsWithLender;
    expect(share).toMatchObject({ dealIds: [dealId], withdrawnAt: null, lender: { id: bank.enterpriseId } });
    const seen = await bankSees(bank.client);
    expect(seen).toEqual([
      { dealId, counterpartName: expect.stringContaining('贵州测试企业'), amountCny: '1800000.00', stage: 'SIGNED' },
    ]);
    const viaMatch = (await bank.client.ok(FOR_PRODUCT, { id: productId })).financingMatchesForProduct.edges[0].node
      .need;
    expect(viaMatch.sharedDeals.map((d) => d.dealId)).toEqual([dealId]);
    // Another bank sees the need (banks do) but not the deals.
    expect(await bankSees(otherBank.client)).toEqual([]);
    expect((await otherBank.client.fails(WITHDRAW, { id: share.id })).extensions?.code).toBe('NOT_FOUND');

    expect((await food.client.ok(WITHDRAW, { id: share.id })).withdrawDealShare.withdrawnAt).not.toBeNull();
    expect(await bankSees(bank.client)).toEqual([]);
  });

  it('records the loan forward only and counts it in the event report and report.xlsx', async () => {
    expect((await otherBank.client.fails(LOAN, { n: needId, p: productId, s: 'ACCEPTED' })).extensions?.code).toBe(
      'FORBIDDEN',
    );
    await bank.client.ok(LOAN, { n: needId, p: productId, s: 'ACCEPTED' });
    const noAmount = await bank.client.fails(LOAN, { n: needId, p: productId, s: 'DISBURSED' });
    expect(noAmount.extensions?.fields).toEqual(['amountCny']);
    await bank.client.ok(LOAN, { n: needId, p: productId, s: 'APPROVED' });
    // no more than the firm asked for (2,000,000) nor the product lends (3,000,000)
    const inflated = await bank.client.fails(LOAN, { n: needId, p: productId, s: 'DISBURSED', a: '99999999' });
    expect(inflated.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['amountCny'] });
    expect(inflated.message).toContain('2000000.00');
    expect(
      (await bank.client.ok(LOAN, { n: needId, p: productId, s: 'DISBURSED', a: '1500000' })).recordLoanOutcome,
    ).toEqual({
      loanStage: 'DISBURSED',
      loanAmountCny: '1500000.00',
    });
    const again = await bank.client.fails(LOAN, { n: needId, p: productId, s: 'REJECTED' });
    expect(again.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['stage'] });

    // A loan counts in the event's report only from a bank that was at the event too (an outside tester's
    // bank, never registered there, put a loan into a 2020 event's report).
    expect((await org.ok(REPORT, { e: eventId })).eventReport.loans).toMatchObject({ loans: 0, amountCny: '0.00' });
    const reg = (await bank.client.ok(REGISTER, { e: eventId })).registerForEvent.id;
    await org.ok(APPROVE, { id: reg });
    const loans = (await org.ok(REPORT, { e: eventId })).eventReport.loans;
    expect(loans).toMatchObject({
      needs: 1,
      needAmountCny: '2000000.00',
      matchedNeeds: 1,
      loans: 1,
      amountCny: '1500000.00',
    });
    expect(loans.bySector).toEqual([{ key: 'ECO_FOOD', name: '生态特色食品', loans: 1, amountCny: '1500000.00' }]);
    expect(loans.byRegion).toEqual([{ key: '520100', name: '贵州省贵阳市', loans: 1, amountCny: '1500000.00' }]);

    const res = await fetch(`${api.baseUrl}/events/${eventId}/report.xlsx`, {
      headers: { authorization: `Bearer ${org.token}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    const sheet = book.getWorksheet('政银企对接')!;
    const rows = sheet
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual(expect.arrayContaining([['已放款', 1, '1500000.00']]));
  });

  it('closes a product: it leaves the firm’s matches', async () => {
    await bank.client.ok(UPDATE_PRODUCT, { id: ipProductId, input: { status: 'CLOSED' } });
    const all = (await food.client.ok(FOR_NEED, { id: needId, all: true })).financingMatchesForNeed;
    expect(all.edges.map((e) => e.node.product.id)).not.toContain(ipProductId);
  });
});
