import type { EntityManager } from 'typeorm';

import { Tokenizer } from '@duijie/matching';
import { CHAIN_DATA } from '@duijie/reference';
import {
  CooperationMode,
  IpKind,
  scoreTechnologyPair,
  TECH_MATCH_THRESHOLD,
  TechContractStatus,
  TechMaturity,
  TechnologyContractEntity,
  TechnologyMatchEntity,
  TechnologyNeedEntity,
  TechnologyResultEntity,
} from '@duijie/research';

import { addDays } from './demo-data';
import { ZHENG_CHAN_XUE_JIN_EVENT } from './demo-data';

/** 贵州农业科技大学's technology results (技术成果) at the 政产学金 event. */
export const DEMO_TECH_RESULTS = [
  {
    title: '刺梨汁低温浓缩技术',
    description: '低温真空浓缩刺梨原汁，维生素C保留率90%以上，浓缩倍数4–6倍，适用于刺梨原汁与刺梨饮料生产企业',
    categoryCodes: ['1523'],
    maturity: TechMaturity.PILOT,
    ipRights: [{ kind: IpKind.INVENTION_PATENT, number: 'ZL201910456789.2' }],
    cooperationModes: [CooperationMode.TRANSFER, CooperationMode.LICENSE],
    priceCny: '800000.00',
  },
  {
    title: '辣椒酱无菌灌装工艺',
    description: '油辣椒、辣椒酱的无菌冷灌装与巴氏杀菌工艺包，解决胀袋、胀罐，货架期延长至18个月',
    categoryCodes: ['1469'],
    maturity: TechMaturity.INDUSTRIALISED,
    ipRights: [
      { kind: IpKind.INVENTION_PATENT, number: 'ZL202010234567.8' },
      { kind: IpKind.UTILITY_MODEL, number: 'ZL202020345678.1' },
    ],
    cooperationModes: [CooperationMode.LICENSE, CooperationMode.TECHNICAL_SERVICE],
    priceCny: null,
  },
  {
    title: '刺梨果渣多糖提取技术',
    description: '从刺梨果渣中低温提取刺梨多糖，用于保健食品原料，尚在实验室验证',
    categoryCodes: ['1523', '1492'],
    maturity: TechMaturity.LABORATORY,
    ipRights: [{ kind: IpKind.INVENTION_PATENT, number: 'ZL202110567890.3' }],
    cooperationModes: [CooperationMode.JOINT_DEVELOPMENT],
    priceCny: null,
  },
];

/** A food firm's technology need (技术需求) posted at the event, by demo firm key. */
export const DEMO_TECH_NEEDS = [
  {
    firm: 'cili2',
    title: '刺梨原汁浓缩后维生素C损失大',
    problem: '现有高温浓缩工艺使刺梨原汁维生素C损失过半，寻求低温浓缩技术，要求已完成中试',
    categoryCode: '1523',
    budgetCny: '1000000.00',
    minMaturity: TechMaturity.PILOT,
  },
  {
    firm: 'sauce1',
    title: '辣椒酱灌装后胀袋',
    problem: '油辣椒、辣椒酱灌装后常温存放易胀袋胀罐，求无菌灌装或杀菌工艺',
    categoryCode: '1469',
    budgetCny: null,
    minMaturity: TechMaturity.PILOT,
  },
];

/** The one technology contract both sides confirmed at the event. */
export const DEMO_TECH_CONTRACT = {
  result: '刺梨汁低温浓缩技术',
  need: '刺梨原汁浓缩后维生素C损失大',
  amountCny: '800000.00',
  mode: CooperationMode.TRANSFER,
  signedOn: '2020-10-15',
};

/**
 * 产学研对接 of the demo: the university's results, two food firms' needs at the 政产学金 event
 * (open for 180 days from today), their matches scored as the API scores them (already notified),
 * and one technology contract both sides confirmed. Nothing is written twice.
 */
export async function seedDemoResearch(
  tx: EntityManager,
  firmIds: ReadonlyMap<string, string>,
  today: string,
): Promise<{ results: number; needs: number; contracts: number }> {
  const univ = firmIds.get('gz-agri-univ');
  if (!univ) return { results: 0, needs: 0, contracts: 0 };
  if (await tx.getRepository(TechnologyResultEntity).existsBy({ enterpriseId: univ }))
    return { results: 0, needs: 0, contracts: 0 };
  const event: { id: string }[] = await tx.query(`SELECT id FROM docking_event WHERE title = $1 LIMIT 1`, [
    ZHENG_CHAN_XUE_JIN_EVENT,
  ]);
  const eventId = event[0]?.id ?? null;

  const results: TechnologyResultEntity[] = [];
  for (const r of DEMO_TECH_RESULTS)
    results.push(await tx.getRepository(TechnologyResultEntity).save({ ...r, enterpriseId: univ, open: true }));
  const needs: TechnologyNeedEntity[] = [];
  for (const n of DEMO_TECH_NEEDS) {
    const enterpriseId = firmIds.get(n.firm);
    if (!enterpriseId) continue;
    const { firm: _firm, ...row } = n;
    needs.push(
      await tx
        .getRepository(TechnologyNeedEntity)
        .save({ ...row, enterpriseId, eventId, deadline: addDays(today, 180), open: true }),
    );
  }

  const names = new Map(CHAIN_DATA.categories.map((c) => [c.code, c.name]));
  const chain = {
    categoryName: (code: string) => names.get(code) ?? code,
    related: (a: string, b: string) =>
      CHAIN_DATA.edges.some((e) => (e.from === a && e.to === b) || (e.from === b && e.to === a)),
  };
  const tokenizer = new Tokenizer();
  const matches: Partial<TechnologyMatchEntity>[] = [];
  for (const need of needs)
    for (const result of results) {
      const scored = scoreTechnologyPair(tokenizer, chain, result, need);
      if (scored && scored.score >= TECH_MATCH_THRESHOLD)
        matches.push({ needId: need.id, resultId: result.id, ...scored, notifiedAt: new Date() });
    }
  if (matches.length) await tx.getRepository(TechnologyMatchEntity).save(matches);

  const result = results.find((r) => r.title === DEMO_TECH_CONTRACT.result)!;
  const need = needs.find((n) => n.title === DEMO_TECH_CONTRACT.need);
  if (!need) return { results: results.length, needs: needs.length, contracts: 0 };
  await tx.getRepository(TechnologyContractEntity).insert({
    resultId: result.id,
    needId: need.id,
    researchEnterpriseId: univ,
    firmEnterpriseId: need.enterpriseId,
    proposedByEnterpriseId: univ,
    eventId,
    amountCny: DEMO_TECH_CONTRACT.amountCny,
    mode: DEMO_TECH_CONTRACT.mode,
    signedOn: DEMO_TECH_CONTRACT.signedOn,
    status: TechContractStatus.CONFIRMED,
    answeredAt: new Date(),
  });
  return { results: results.length, needs: needs.length, contracts: 1 };
}
