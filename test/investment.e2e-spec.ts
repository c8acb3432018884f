import ExcelJS from 'exceljs';

import { graphql } from './generated';
import { adminClient, approveAt, createEvent, organiser } from './support/events';
import { createListing, creditCode, enterpriseMember } from './support/factories';
import { useStack } from './support/stack';

// 产业招商: a 遵义市 gap (demand for 果菜汁 with no local supplier) becomes leads from other regions, a
// government body's project runs its pipeline to 落地 with the amount in the event report, and a
// candidate firm learns nothing until the body contacts it.
const LEADS = graphql(
  `query InvestmentLeads($region: String!, $sector: Sector, $first: Int, $after: String) { investmentLeads(regionCode: $region, sector: $sector, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { firm { id } category { code } region { code } score reasons pipelineEntry { id stage } } } } }`,
);
const CREATE_PROJECT = graphql(
  `mutation InvestmentCreateProject($input: InvestmentProjectInput!) { createInvestmentProject(input: $input) { id title stage plannedInvestmentCny region { code } categories { code } owner { id } } }`,
);
const UPDATE_PROJECT = graphql(
  `mutation InvestmentUpdateProject($id: ID!, $input: InvestmentProjectInput!) { updateInvestmentProject(id: $id, input: $input) { id title stage } }`,
);
const CANDIDATES = graphql(
  `query InvestmentCandidates($id: ID!) { investmentProjectCandidates(projectId: $id, first: 20) { totalCount edges { node { firm { id } category { code } score reasons } } } }`,
);
const ADD = graphql(
  `mutation InvestmentAdd($input: AddToInvestmentPipelineInput!) { addToInvestmentPipeline(input: $input) { id stage contactedAt note candidate { id } project { id } } }`,
);
const MOVE = graphql(
  `mutation InvestmentMove($input: MoveInvestmentPipelineInput!) { moveInvestmentPipelineEntry(input: $input) { id stage signedAmountCny signedOn landedAmountCny landedOn contactedAt history { fromStage toStage reason } } }`,
);
const CONTACTS = graphql(
  `query InvestmentMyContacts { myInvestmentContacts(first: 20) { totalCount edges { node { id stage note owner { id } history { reason } } } } }`,
);
const ENTRY = graphql(`query InvestmentEntry($id: ID!) { investmentPipelineEntry(id: $id) { id stage } }`);
const PIPELINE = graphql(
  `query InvestmentPipeline($stage: InvestmentPipelineStage) { investmentPipeline(stage: $stage, first: 50) { totalCount edges { node { id stage candidate { id } } } } }`,
);
const NOTIFICATIONS = graphql(
  `query InvestmentNotifications { notifications(first: 50) { edges { node { kind title body } } } }`,
);
const REPORT = graphql(
  `query InvestmentEventReport($e: ID!) { eventReport(eventId: $e) { investment { total { signed signedAmountCny landed landedAmountCny } bySector { key landed landedAmountCny } byCategory { key name landed landedAmountCny } byRegion { key landed landedAmountCny } } } }`,
);
const SUMMARY = graphql(
  `query InvestmentSummary($region: String!, $sector: Sector) { investmentSummary(regionCode: $region, sector: $sector) { total { signed landed landedAmountCny } } }`,
);
const PANORAMA = graphql(
  `query InvestmentPanorama($region: String!) { chainPanorama(regionCode: $region, sector: ECO_FOOD) { nodes { category { code } coverage } investment { categoryCode projects openLeads } } }`,
);
const DRAWER = graphql(
  `query InvestmentDrawer($code: String!, $region: String!) { chainNodeMembers(categoryCode: $code, regionCode: $region) { investmentProjects { id title } investmentLeads(first: 10) { totalCount edges { node { firm { id } } } } } }`,
);
const VERIFY = graphql(
  `mutation InvestmentVerify($id: ID!, $type: ParticipantType) { verifyEnterprise(id: $id, participantType: $type) { id participantType verificationStatus } }`,
);

const JUICE = '1523'; // 果菜汁及果菜汁饮料制造

describe('产业招商: leads, projects and the pipeline (e2e)', () => {
  // Isolated: leads read every firm outside the region, so no other file's firms may join them.
  const { api } = useStack({ isolated: true });
  type Firm = Awaited<ReturnType<typeof enterpriseMember>>;
  let gov: Firm, otherGov: Firm, unverifiedGov: Firm, local: Firm, near: Firm, far: Firm;
  let eventId: string;
  let org: Awaited<ReturnType<typeof organiser>>;

  beforeAll(async () => {
    const admin = await adminClient(api);
    const body = (name: string, region: string) =>
      enterpriseMember(api, {
        name,
        creditCode: creditCode(region, '11'),
        regionCode: region,
        sector: 'ECO_FOOD',
        categoryCodes: [],
        participantType: 'GOVERNMENT',
      });
    gov = await body(`遵义市投资促进局${Date.now()}`, '520300');
    otherGov = await body(`毕节市投资促进局${Date.now()}`, '520500');
    unverifiedGov = await body(`安顺市投资促进局${Date.now()}`, '520400');
    for (const g of [gov, otherGov]) await admin.ok(VERIFY, { id: g.enterpriseId, type: 'GOVERNMENT' });

    local = await enterpriseMember(api, { regionCode: '520302', sector: 'ECO_FOOD', categoryCodes: ['1373'] });
    near = await enterpriseMember(api, { regionCode: '520102', sector: 'ECO_FOOD', categoryCodes: [JUICE] });
    far = await enterpriseMember(api, { regionCode: '530102', sector: 'ECO_FOOD', categoryCodes: [JUICE] });
    await admin.ok(VERIFY, { id: near.enterpriseId, type: 'ENTERPRISE' });
    await createListing(local.client, {
      kind: 'DEMAND',
      categoryCode: JUICE,
      title: '求购刺梨原汁',
      description: '用于刺梨饮料生产，全年稳定采购',
      quantity: 200,
      unit: '吨',
      certifications: [],
    });
    await createListing(near.client, {
      kind: 'SUPPLY',
      categoryCode: JUICE,
      title: '供应刺梨原汁',
      description: '鲜果压榨，冷链配送',
      quantity: 50,
      unit: '吨',
      certifications: ['ISO22000'],
    });
    org = await organiser(api);
    eventId = await createEvent(org);
    await approveAt(org, gov.client, eventId);
  });

  it('turns a gap in 遵义市 into leads from other regions, ranked and explained in Chinese', async () => {
    const leads = (await gov.client.ok(LEADS, { region: '520300', sector: 'ECO_FOOD' })).investmentLeads;
    const firms = leads.edges.map((e) => e.node.firm.id);
    expect(firms).toEqual(expect.arrayContaining([near.enterpriseId, far.enterpriseId]));
    expect(firms).not.toContain(local.enterpriseId); // 遵义's own firms are no leads
    expect(firms).not.toContain(gov.enterpriseId);
    const [first, second] = leads.edges.map((e) => e.node).filter((n) => n.category.code === JUICE);
    expect(first.firm.id).toBe(near.enterpriseId); // supplies now, certified, verified, same province
    expect(first.score).toBeGreaterThan(second.score);
    expect(first.region.code).toBe('520300');
    expect(first.reasons[0]).toBe('遵义市缺果菜汁及果菜汁饮料制造：本地有 1 条在架需求，没有本地供应（缺链）');
    expect(first.reasons).toEqual(
      expect.arrayContaining([
        '在架供应果菜汁及果菜汁饮料制造 1 条，合计 50吨',
        '持有认证：食品安全管理体系认证',
        expect.stringMatching(/^位于贵州省贵阳市.*同省其他地区.*平台无坐标数据/),
        '已认证企业（营业执照已核验）',
      ]),
    );
    expect(second.reasons).toEqual(
      expect.arrayContaining(['经营范围含果菜汁及果菜汁饮料制造（暂无在架供应）', expect.stringMatching(/省外/)]),
    );
    // paged: the cursor carries the ranking
    const one = (await gov.client.ok(LEADS, { region: '520300', sector: 'ECO_FOOD', first: 1 })).investmentLeads;
    expect(one.pageInfo.hasNextPage).toBe(true);
    const next = (
      await gov.client.ok(LEADS, { region: '520300', sector: 'ECO_FOOD', first: 1, after: one.pageInfo.endCursor })
    ).investmentLeads;
    expect(next.edges[0].node.firm.id).toBe(leads.edges[1].node.firm.id);
    // the panorama's gap node counts them (for a government body) and its drawer lists them
    const panorama = (await gov.client.ok(PANORAMA, { region: '520300' })).chainPanorama;
    expect(panorama.nodes.find((n) => n.category.code === JUICE)?.coverage).toBe('GAP');
    expect(panorama.investment.find((n) => n.categoryCode === JUICE)?.openLeads).toBe(2);
    const asFirm = (await local.client.ok(PANORAMA, { region: '520300' })).chainPanorama;
    expect(asFirm.investment.find((n) => n.categoryCode === JUICE)?.openLeads).toBeNull();
    const drawer = (await gov.client.ok(DRAWER, { code: JUICE, region: '520300' })).chainNodeMembers;
    expect(drawer.investmentLeads?.totalCount).toBe(2);
    expect(
      (await near.client.ok(DRAWER, { code: JUICE, region: '520300' })).chainNodeMembers.investmentLeads,
    ).toBeNull();
  });

  it('tells a lead firm nothing until the body contacts it, then shows it only its own entry', async () => {
    const entry = (
      await gov.client.ok(ADD, {
        input: {
          candidateEnterpriseId: far.enterpriseId,
          regionCode: '520300',
          categoryCode: JUICE,
          note: '内部备注：产能待核实',
        },
      })
    ).addToInvestmentPipeline;
    expect(entry).toMatchObject({ stage: 'IDENTIFIED', contactedAt: null });
    // the same lead twice is refused, the first entry kept
    expect(
      (
        await gov.client.fails(ADD, {
          input: { candidateEnterpriseId: far.enterpriseId, regionCode: '520300', categoryCode: JUICE },
        })
      ).extensions?.code,
    ).toBe('CONFLICT');

    // before CONTACTED: no entry, no notification, no leads, no trace
    expect((await far.client.ok(CONTACTS)).myInvestmentContacts.totalCount).toBe(0);
    expect((await far.client.fails(ENTRY, { id: entry.id })).extensions?.code).toBe('NOT_FOUND');
    expect((await far.client.fails(LEADS, { region: '520300' })).extensions?.code).toBe('FORBIDDEN');
    expect((await far.client.fails(PIPELINE, {})).extensions?.code).toBe('FORBIDDEN');
    const kinds = async () => (await far.client.ok(NOTIFICATIONS)).notifications.edges.map((e) => e.node.kind);
    expect(await kinds()).not.toContain('INVESTMENT_CONTACTED');
    // the lead shows the body's entry
    const lead = (await gov.client.ok(LEADS, { region: '520300', sector: 'ECO_FOOD' })).investmentLeads.edges.find(
      (e) => e.node.firm.id === far.enterpriseId,
    );
    expect(lead?.node.pipelineEntry).toEqual({ id: entry.id, stage: 'IDENTIFIED' });

    const contacted = (await gov.client.ok(MOVE, { input: { id: entry.id, stage: 'CONTACTED' } }))
      .moveInvestmentPipelineEntry;
    expect(contacted.contactedAt).not.toBeNull();
    expect(await kinds()).toContain('INVESTMENT_CONTACTED');
    const notice = (await far.client.ok(NOTIFICATIONS)).notifications.edges.find(
      (e) => e.node.kind === 'INVESTMENT_CONTACTED',
    )!.node;
    expect(notice.title).toContain('遵义市投资促进局');
    const mine = (await far.client.ok(CONTACTS)).myInvestmentContacts;
    expect(mine.totalCount).toBe(1);
    expect(mine.edges[0].node).toMatchObject({
      id: entry.id,
      stage: 'CONTACTED',
      note: null,
      owner: { id: gov.enterpriseId },
    });
    expect((await far.client.ok(ENTRY, { id: entry.id })).investmentPipelineEntry.stage).toBe('CONTACTED');
    // another firm never sees it
    expect((await near.client.fails(ENTRY, { id: entry.id })).extensions?.code).toBe('NOT_FOUND');
    // moving on to NEGOTIATING and back needs a reason; a second CONTACTED notifies no more
    await gov.client.ok(MOVE, { input: { id: entry.id, stage: 'VISITED' } });
    const back = await gov.client.fails(MOVE, { input: { id: entry.id, stage: 'CONTACTED' } });
    expect(back.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['reason'] });
    await gov.client.ok(MOVE, { input: { id: entry.id, stage: 'CONTACTED', reason: '考察后需再次沟通' } });
    expect((await kinds()).filter((k) => k === 'INVESTMENT_CONTACTED')).toHaveLength(1);
  });

  it("runs a project's candidate to 落地 and counts the landed amount in the event report", async () => {
    const input = {
      title: '遵义市刺梨深加工项目',
      description: '建设刺梨原汁、刺梨饮料生产线，配套冷链仓储',
      regionCode: '520300',
      categoryCodes: [JUICE],
      stage: 'SEEKING_INVESTORS' as const,
      plannedInvestmentCny: '200000000',
      contactName: '王科长',
      contactPhone: '0851-28888888',
      eventId,
    };
    // a body not approved at the event may not name it: its figures would count in the event's report
    const outsider = await otherGov.client.fails(CREATE_PROJECT, { input });
    expect(outsider.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['eventId'] });
    const project = (await gov.client.ok(CREATE_PROJECT, { input })).createInvestmentProject;
    expect(project).toMatchObject({
      stage: 'SEEKING_INVESTORS',
      plannedInvestmentCny: '200000000.00',
      owner: { id: gov.enterpriseId },
    });
    const bad = await gov.client.fails(CREATE_PROJECT, {
      input: { ...input, regionCode: '999999', categoryCodes: ['0000'] },
    });
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(bad.extensions?.fields).toEqual(expect.arrayContaining(['regionCode', 'categoryCodes']));
    expect(
      (await gov.client.ok(UPDATE_PROJECT, { id: project.id, input: { ...input, stage: 'PLANNED' } }))
        .updateInvestmentProject.stage,
    ).toBe('PLANNED');

    const candidates = (await gov.client.ok(CANDIDATES, { id: project.id })).investmentProjectCandidates;
    expect(candidates.edges.map((e) => e.node.firm.id)).toEqual(
      expect.arrayContaining([near.enterpriseId, far.enterpriseId]),
    );
    expect(candidates.edges[0].node.reasons[0]).toContain('招商项目「遵义市刺梨深加工项目」');

    // Nor a body that was not at the event through a candidate that was (an outside tester's find).
    await approveAt(org, far.client, eventId);
    const viaCandidate = await otherGov.client.fails(ADD, {
      input: { candidateEnterpriseId: far.enterpriseId, regionCode: '520300', categoryCode: JUICE, eventId },
    });
    expect(viaCandidate.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['eventId'] });
    const entry = (
      await gov.client.ok(ADD, { input: { candidateEnterpriseId: near.enterpriseId, projectId: project.id, eventId } })
    ).addToInvestmentPipeline;
    expect(entry.project?.id).toBe(project.id);
    const move = (stage: string, extra: Record<string, unknown> = {}) =>
      gov.client.ok(MOVE, { input: { id: entry.id, stage: stage as 'CONTACTED', ...extra } });
    const skip = await gov.client.fails(MOVE, { input: { id: entry.id, stage: 'VISITED' } });
    expect(skip.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['stage'] });
    await move('CONTACTED');
    await move('VISITED');
    await move('NEGOTIATING');
    const noAmount = await gov.client.fails(MOVE, { input: { id: entry.id, stage: 'SIGNED' } });
    expect(noAmount.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['signedAmountCny'] });
    await move('SIGNED', { signedAmountCny: '150000000', signedOn: '2030-09-15' });
    const notLanded = await gov.client.fails(MOVE, { input: { id: entry.id, stage: 'LANDED' } });
    expect(notLanded.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['landedAmountCny'] });
    // another body may not move it
    expect(
      (await otherGov.client.fails(MOVE, { input: { id: entry.id, stage: 'LANDED', landedAmountCny: '1' } })).extensions
        ?.code,
    ).toBe('FORBIDDEN');
    const landed = (await move('LANDED', { landedAmountCny: '120000000.50', landedOn: '2030-12-01' }))
      .moveInvestmentPipelineEntry;
    expect(landed).toMatchObject({
      stage: 'LANDED',
      signedAmountCny: '150000000.00',
      signedOn: '2030-09-15',
      landedAmountCny: '120000000.50',
      landedOn: '2030-12-01',
    });
    expect(landed.history.map((h) => h.toStage)).toEqual([
      'IDENTIFIED',
      'CONTACTED',
      'VISITED',
      'NEGOTIATING',
      'SIGNED',
      'LANDED',
    ]);

    const report = (await org.ok(REPORT, { e: eventId })).eventReport.investment;
    expect(report.total).toEqual({
      signed: 1,
      signedAmountCny: '150000000.00',
      landed: 1,
      landedAmountCny: '120000000.50',
    });
    expect(report.bySector).toEqual([{ key: 'ECO_FOOD', landed: 1, landedAmountCny: '120000000.50' }]);
    expect(report.byCategory).toEqual([
      { key: JUICE, name: '果菜汁及果菜汁饮料制造', landed: 1, landedAmountCny: '120000000.50' },
    ]);
    expect(report.byRegion).toEqual([{ key: '520300', landed: 1, landedAmountCny: '120000000.50' }]);
    const summary = (await gov.client.ok(SUMMARY, { region: '520000', sector: 'ECO_FOOD' })).investmentSummary;
    expect(summary.total).toEqual({ signed: 1, landed: 1, landedAmountCny: '120000000.50' });

    const res = await fetch(`${api.baseUrl}/events/${eventId}/report.xlsx`, {
      headers: { authorization: `Bearer ${org.token}` },
    });
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as any);
    const sheet = book.getWorksheet('招商')!;
    const rows = sheet
      .getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toContainEqual(['合计', '合计', 1, '150000000.00', 1, '120000000.50']);

    // the panorama shows the project on its node and in the drawer, to anyone signed in
    const panorama = (await local.client.ok(PANORAMA, { region: '520300' })).chainPanorama;
    expect(panorama.investment.find((n) => n.categoryCode === JUICE)?.projects).toBe(1);
    const drawer = (await local.client.ok(DRAWER, { code: JUICE, region: '520300' })).chainNodeMembers;
    expect(drawer.investmentProjects.map((p) => p.title)).toEqual(['遵义市刺梨深加工项目']);
  });

  it('lets only a verified government body run investment', async () => {
    const input = {
      title: '测试项目',
      description: '测试',
      regionCode: '520400',
      categoryCodes: [JUICE],
      stage: 'PLANNED' as const,
    };
    for (const who of [unverifiedGov, local])
      expect((await who.client.fails(CREATE_PROJECT, { input })).extensions?.code).toBe('FORBIDDEN');
    expect((await unverifiedGov.client.fails(LEADS, { region: '520400' })).extensions?.code).toBe('FORBIDDEN');
  });
});
