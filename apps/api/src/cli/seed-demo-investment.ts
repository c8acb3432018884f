import type { EntityManager } from 'typeorm';

import { ZHENG_CHAN_XUE_JIN_EVENT } from './demo-data';
import type { DemoFirm } from './seed-demo-meetings';

/** The demo's 招商项目 (posted by gz-food-office at the 政产学金 event). */
export const DEMO_PROJECT_TITLE = '遵义市刺梨深加工项目';

const STAGES = ['IDENTIFIED', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LANDED'] as const;

/**
 * 产业招商 in the demo: the province's food-industry office posts 遵义市刺梨深加工项目 (拟招商, 2 亿元)
 * and follows two candidates — a lead for 遵义's missing 水果加工 (龙里刺梨果脯, 洽谈中) and the
 * project's candidate 贵州刺梨原汁饮品 (已落地, 6000 万元), each firm told when it was contacted.
 * Skipped when the project exists (the seed runs again without duplicating).
 */
export async function seedDemoInvestment(tx: EntityManager, firms: readonly DemoFirm[]): Promise<{ projects: number }> {
  const id = (key: string) => firms.find((f) => f.key === key)?.id;
  const office = id('gz-food-office');
  const lead = id('cili3');
  const candidate = id('cili2');
  if (!office || !lead || !candidate) return { projects: 0 };
  const exists: unknown[] = await tx.query(
    `SELECT 1 FROM investment_project WHERE owner_enterprise_id = $1 AND title = $2`,
    [office, DEMO_PROJECT_TITLE],
  );
  if (exists.length) return { projects: 0 };
  const [event]: { id: string }[] = await tx.query(`SELECT id FROM docking_event WHERE title = $1`, [
    ZHENG_CHAN_XUE_JIN_EVENT,
  ]);
  const [project]: { id: string }[] = await tx.query(
    `INSERT INTO investment_project (owner_enterprise_id, title, description, region_code, category_codes, stage,
       planned_investment_cny, contact_name, contact_phone, event_id)
     VALUES ($1, $2, $3, '520300', ARRAY['1523', '1373'], 'SEEKING_INVESTORS', 200000000, '招商处 王科长', '0851-86888888', $4)
     RETURNING id`,
    [
      office,
      DEMO_PROJECT_TITLE,
      '依托遵义市刺梨种植基地，建设刺梨原汁、刺梨饮料与果脯深加工生产线，配套冷链仓储与检测中心，补齐遵义刺梨加工环节。',
      event?.id ?? null,
    ],
  );
  const entry = async (
    candidateId: string,
    stage: (typeof STAGES)[number],
    categoryCode: string,
    projectId: string | null,
    amounts: { signed?: string; signedOn?: string; landed?: string; landedOn?: string },
  ) => {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO investment_pipeline_entry (owner_enterprise_id, candidate_enterprise_id, project_id, region_code,
         category_code, stage, signed_amount_cny, signed_on, landed_amount_cny, landed_on, contacted_at, event_id)
       VALUES ($1, $2, $3, '520300', $4, $5, $6, $7, $8, $9, now(), $10) RETURNING id`,
      [
        office,
        candidateId,
        projectId,
        categoryCode,
        stage,
        amounts.signed ?? null,
        amounts.signedOn ?? null,
        amounts.landed ?? null,
        amounts.landedOn ?? null,
        event?.id ?? null,
      ],
    );
    const path = STAGES.slice(0, STAGES.indexOf(stage) + 1);
    await tx.query(
      `INSERT INTO investment_stage_change (entry_id, from_stage, to_stage)
       SELECT $1, f, t FROM unnest($2::text[], $3::text[]) AS x(f, t)`,
      [row.id, [null, ...path.slice(0, -1)], path],
    );
    await tx.query(
      `INSERT INTO notification (enterprise_id, kind, key, title, body, data)
       VALUES ($1, 'INVESTMENT_CONTACTED', $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [
        candidateId,
        `investment-${row.id}-contacted`,
        '贵州省生态特色食品产业发展办公室就投资合作与贵企业接洽',
        `贵州省生态特色食品产业发展办公室希望与贵企业洽谈${projectId ? `招商项目「${DEMO_PROJECT_TITLE}」` : '遵义市水果和坚果加工方面的投资合作'}（贵州省遵义市）。`,
        JSON.stringify({ pipelineEntryId: row.id, projectId, regionCode: '520300', categoryCode }),
      ],
    );
  };
  await entry(lead, 'NEGOTIATING', '1373', null, {});
  await entry(candidate, 'LANDED', '1523', project.id, {
    signed: '80000000.00',
    signedOn: '2020-09-18',
    landed: '60000000.00',
    landedOn: '2020-12-20',
  });
  return { projects: 1 };
}
