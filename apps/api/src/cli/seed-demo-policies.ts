import type { DataSource } from 'typeorm';

import { runTransaction } from '@duijie/database';
import { firmProfilesInRegions } from '@duijie/enterprises';
import { participationOfFirms } from '@duijie/meetings';
import { signedDealsOfFirms } from '@duijie/outcomes';
import { evaluatePolicy, type PolicyRule, PolicyRuleKind } from '@duijie/policies';
import { recordJobs } from '@duijie/queue';
import { Sector } from '@duijie/reference';

import { addDays, demoEmail } from './demo-data';

/** The demo government body's policy (产销对接奖补): 生态特色食品 firms in Guizhou with a signed deal. */
export const DEMO_POLICY = {
  issuerKey: 'gz-food-office',
  title: '生态特色食品产销对接奖补',
  benefit:
    '对在省级产销对接活动中签约、合同经双方确认的生态特色食品企业，按已签约合同金额的 2% 给予奖补，单户最高 20 万元',
  benefitAmountCny: '200000.00',
  regionCodes: ['520000'],
  rules: [
    { kind: PolicyRuleKind.SECTOR, sectors: [Sector.ECO_FOOD] },
    { kind: PolicyRuleKind.SIGNED_DEALS, minDeals: 1, minAmountCny: null },
  ] as PolicyRule[],
};

/**
 * Publishes the demo policy once (when the demo's government body exists) at the 生态特色食品 event,
 * queues its evaluation (the worker tells the eligible firms), and has the first eligible firm
 * registered at that event apply for it (已申报, for the body to review). Answers how many policies it added.
 */
export async function seedDemoPolicies(db: DataSource, today: string): Promise<number> {
  return runTransaction(db, async (tx) => {
    const [issuer]: { id: string }[] = await tx.query(
      `SELECT enterprise_id AS id FROM app_user WHERE lower(email) = lower($1) AND enterprise_id IS NOT NULL`,
      [demoEmail(DEMO_POLICY.issuerKey)],
    );
    if (!issuer) return 0;
    const exists: unknown[] = await tx.query(`SELECT 1 FROM policy WHERE issuer_enterprise_id = $1 AND title = $2`, [
      issuer.id,
      DEMO_POLICY.title,
    ]);
    if (exists.length) return 0;
    const [event]: { id: string }[] = await tx.query(
      `SELECT id FROM docking_event WHERE title LIKE '%生态特色食品%' ORDER BY (title LIKE '%政产学金%') DESC, starts_at LIMIT 1`,
    );
    const [policy]: { id: string }[] = await tx.query(
      `INSERT INTO policy (issuer_enterprise_id, title, benefit, benefit_amount_cny, deadline, region_codes, rules, event_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        issuer.id,
        DEMO_POLICY.title,
        DEMO_POLICY.benefit,
        DEMO_POLICY.benefitAmountCny,
        new Date(`${addDays(today, 180)}T23:59:59+08:00`),
        DEMO_POLICY.regionCodes,
        JSON.stringify(DEMO_POLICY.rules),
        event?.id ?? null,
      ],
    );
    await recordJobs(tx, [{ name: 'policy.evaluate', data: { policyId: policy.id } }]);

    // The applicant: an eligible firm, by preference one approved at the event.
    const firms = await firmProfilesInRegions(tx, ['52'], issuer.id, null, 10_000);
    const deals = await signedDealsOfFirms(
      tx,
      firms.map((f) => f.id),
    );
    const names = { region: (c: string) => c, certification: (c: string) => c, event: (e: string) => e };
    const eligible = firms.filter(
      (f) =>
        f.participantType === 'ENTERPRISE' &&
        evaluatePolicy(
          DEMO_POLICY,
          {
            enterpriseId: f.id,
            sector: f.sector,
            regionCode: f.regionCode,
            scale: f.scale,
            verified: f.verified,
            certifications: [],
            events: [],
            signedDeals: deals.get(f.id)?.count ?? 0,
            signedAmountCny: deals.get(f.id)?.amountCny ?? 0,
          },
          names,
        ).eligible,
    );
    const registered = await participationOfFirms(
      tx,
      eligible.map((f) => f.id),
    );
    const atEvent = eligible.find((f) => registered.get(f.id)?.some((e) => e.eventId === event?.id));
    const applicant = atEvent ?? eligible[0];
    if (applicant)
      await tx.query(
        `INSERT INTO policy_application (policy_id, enterprise_id, event_id, note) VALUES ($1, $2, $3, $4)`,
        [policy.id, applicant.id, atEvent ? event.id : null, '已在产销对接活动中签约，申请奖补'],
      );
    return 1;
  });
}
