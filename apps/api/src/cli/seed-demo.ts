import 'reflect-metadata';

import { createHash } from 'node:crypto';

import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';

import { hashPassword } from '@duijie/accounts';
import { Role } from '@duijie/accounts';
import { UserEntity } from '@duijie/accounts';
import { todayInChina } from '@duijie/common';
import { loadConfig } from '@duijie/config';
import { runTransaction, typeOrmOptions, WORKER_SESSION } from '@duijie/database';
import { EnterpriseEntity } from '@duijie/enterprises';
import { checkUscc, ParticipantType, USCC_CHARSET, usccCheckChar, VerificationStatus } from '@duijie/enterprises';
import { DockingEventEntity } from '@duijie/events';
import { checkEventDraft, normaliseEvent } from '@duijie/events';
import type { ListingKind } from '@duijie/listings';
import { ListingEntity } from '@duijie/listings';
import { ListingStatus, MatchingStatus } from '@duijie/listings';
import { checkListingDraft, normaliseDraft } from '@duijie/listings';
import { recordJobs } from '@duijie/queue';
import { CERTIFICATION_CODES, CHAIN_DATA, UNIT_CODES } from '@duijie/reference';
import { RegionTable } from '@duijie/reference';

import {
  addDays,
  DEMO_ENTERPRISES,
  DEMO_EVENTS,
  DEMO_ORGANISER,
  DEMO_PASSWORD,
  demoEmail,
  type DemoEnterprise,
  upcomingEventOn,
} from './demo-data';
import { seedDemoFinance } from './seed-demo-finance';
import { seedDemoInvestment } from './seed-demo-investment';
import { matchDemoListings } from './seed-demo-matches';
import { type DemoFirm, seedDemoMeetings } from './seed-demo-meetings';
import { seedDemoPolicies } from './seed-demo-policies';
import { seedDemoResearch } from './seed-demo-research';
import { seedDemoRoundTables } from './seed-demo-round-tables';

export { DEMO_ORGANISER, DEMO_PASSWORD, demoEmail } from './demo-data';

/** A stable, valid credit code per demo firm, so seeding twice finds the same enterprise. */
export function demoCreditCode(
  key: string,
  regionCode: string,
  participantType?: DemoEnterprise['participantType'],
): string {
  const digest = createHash('sha256').update(key).digest();
  let org = '';
  for (let i = 0; i < 9; i++) org += USCC_CHARSET[digest[i] % USCC_CHARSET.length];
  // Registering department and entity type: 11 机关, 12 事业单位 (a university), 91 企业 (a bank too).
  const kind = participantType === 'GOVERNMENT' ? '11' : participantType === 'RESEARCH_INSTITUTE' ? '12' : '91';
  const first17 = `${kind}${regionCode}${org}`;
  return first17 + usccCheckChar(first17);
}

/**
 * Loads the demo idempotently: what exists is left as it is, what is missing is added. Firms,
 * listings and events first; then the listings are matched (the worker's engine, in process);
 * then sessions, registrations and meeting requests that name their match suggestions.
 */
export async function seedDemo(
  db: DataSource,
): Promise<{ enterprises: number; listings: number; events: number; requests: number; policies: number }> {
  const regions = new RegionTable();
  const categories = new Set(CHAIN_DATA.categories.map((c) => c.code));
  const ref = {
    hasCategory: (c: string) => categories.has(c),
    hasRegion: (c: string) => regions.has(c),
    units: UNIT_CODES,
    certifications: CERTIFICATION_CODES,
  };
  const today = todayInChina();
  const validUntil = addDays(today, 365);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const counts = { enterprises: 0, listings: 0, events: 0, requests: 0, policies: 0 };
  const firms: DemoFirm[] = [];

  const organiserId = await runTransaction(db, async (tx) => {
    const users = tx.getRepository(UserEntity);
    const upsertUser = async (email: string, displayName: string, role: Role): Promise<UserEntity> => {
      await tx.query(
        `INSERT INTO app_user (email, password_hash, display_name, role) VALUES ($1, $2, $3, $4) ON CONFLICT (lower(email)) DO NOTHING`,
        [email, passwordHash, displayName, role],
      );
      return (await users.createQueryBuilder('u').where('lower(u.email) = lower(:email)', { email }).getOne())!;
    };
    const organiser = await upsertUser(DEMO_ORGANISER, '省工信厅 产销对接活动组', Role.ORGANISER);

    for (const e of DEMO_ENTERPRISES) {
      const creditCode = demoCreditCode(e.key, e.regionCode, e.participantType);
      if (!checkUscc(creditCode).ok || !regions.has(e.regionCode))
        throw new Error(`demo enterprise ${e.key} is invalid`);
      const owner = await upsertUser(demoEmail(e.key), `${e.name} 联系人`, Role.MEMBER);
      let firm = await tx.getRepository(EnterpriseEntity).findOneBy({ creditCode });
      if (!firm) {
        firm = await tx.getRepository(EnterpriseEntity).save(
          tx.getRepository(EnterpriseEntity).create({
            name: e.name,
            creditCode,
            regionCode: e.regionCode,
            sector: e.sector,
            categoryCodes: e.categoryCodes,
            description: e.description,
            contactName: '业务部',
            contactPhone: '0851-8' + String(100_0000 + counts.enterprises * 7919).slice(-7),
            ownerUserId: owner.id,
            participantType: (e.participantType as ParticipantType | undefined) ?? ParticipantType.ENTERPRISE,
            // The province's own partners, their papers seen when the event was set up.
            ...(e.participantType
              ? {
                  verificationStatus: VerificationStatus.VERIFIED,
                  verifiedAt: new Date(),
                  verifiedByUserId: organiser.id,
                }
              : {}),
          }),
        );
        counts.enterprises += 1;
      }
      if (!owner.enterpriseId) await users.update({ id: owner.id }, { enterpriseId: firm.id });
      firms.push({
        key: e.key,
        id: firm.id,
        sector: firm.sector,
        categoryCodes: firm.categoryCodes,
        demandCategoryCodes: e.listings.filter((l) => l.kind === 'DEMAND').map((l) => l.categoryCode),
        events: e.events,
      });

      for (const l of e.listings) {
        const exists = await tx.getRepository(ListingEntity).existsBy({ enterpriseId: firm.id, title: l.title });
        if (exists) continue;
        const draft = normaliseDraft({
          kind: l.kind as ListingKind,
          title: l.title,
          description: l.description,
          categoryCode: l.categoryCode,
          quantity: l.quantity ?? null,
          unit: l.unit ?? null,
          priceMin: l.priceMin ?? null,
          priceMax: l.priceMax ?? null,
          regionCode: e.regionCode,
          certifications: l.certifications ?? [],
          validUntil,
          confidential: l.confidential ?? false,
        });
        checkListingDraft(draft, ref, today).throwIfAny();
        const inserted = await tx.getRepository(ListingEntity).insert({
          ...draft,
          enterpriseId: firm.id,
          status: ListingStatus.OPEN,
          matchingStatus: MatchingStatus.PENDING,
        });
        // Matched by the worker like any listing posted through the API.
        const id = inserted.identifiers[0].id as string;
        await recordJobs(tx, [{ name: 'match.listing', data: { listingId: id, version: 1 } }]);
        counts.listings += 1;
      }
    }

    // The 2020 events closed registration three days before; the upcoming one is open now.
    const events = [
      ...DEMO_EVENTS.map((ev) => ({ ...ev, registrationClosesAt: new Date(Date.parse(ev.startsAt) - 3 * 86400_000) })),
      (({ registrationClosesAt, ...upcoming }) => ({
        ...upcoming,
        registrationClosesAt: new Date(registrationClosesAt),
      }))(upcomingEventOn(today)),
    ];
    for (const ev of events) {
      if (await tx.getRepository(DockingEventEntity).existsBy({ title: ev.title })) continue;
      const draft = normaliseEvent({
        ...ev,
        startsAt: new Date(ev.startsAt),
        endsAt: new Date(ev.endsAt),
        maxRequestsPerFirm: 30,
      });
      checkEventDraft(draft, (c) => categories.has(c)).throwIfAny();
      await tx.getRepository(DockingEventEntity).insert({ ...draft, organiserUserId: organiser.id });
      counts.events += 1;
    }
    await seedDemoInvestment(tx, firms);
    return organiser.id;
  });

  await runTransaction(db, (tx) => seedDemoResearch(tx, new Map(firms.map((f) => [f.key, f.id])), today));

  const unseeded: unknown[] = await db.query(
    `SELECT 1 FROM docking_event e WHERE e.organiser_user_id = $1
        AND NOT EXISTS (SELECT 1 FROM meeting_session s WHERE s.event_id = e.id) LIMIT 1`,
    [organiserId],
  );
  if (!unseeded.length) {
    counts.policies = await seedDemoPolicies(db, today);
    return counts;
  }
  const open: { id: string }[] = await db.query(
    `SELECT id FROM listing WHERE enterprise_id = ANY($1::uuid[]) AND status = 'OPEN' ORDER BY created_at, id`,
    [firms.map((f) => f.id)],
  );
  const announcements = await matchDemoListings(
    db,
    open.map((l) => l.id),
  );
  await runTransaction(db, async (tx) => {
    await recordJobs(tx, announcements);
    counts.requests = (await seedDemoMeetings(tx, organiserId, firms)).requests;
    await seedDemoRoundTables(tx, organiserId, firms);
  });
  // After the 2020 events' deals: the demo policy's applicant is one of their signing firms.
  counts.policies = await seedDemoPolicies(db, today);
  // 政银企: the bank's products and a food firm's order-financing need, backed by its signed deals.
  const bank = firms.find((f) => f.key === 'qianyin-bank');
  if (bank) await runTransaction(db, (tx) => seedDemoFinance(tx, bank.id));
  return counts;
}

/**
 * The demo has published passwords and an ORGANISER account: never in production. The refusal is
 * the command's, so no deployment script can seed a production database by mistake.
 */
export function refuseDemoIn(nodeEnv: string): void {
  if (nodeEnv === 'production')
    throw new Error(
      'seed:demo refuses to run with NODE_ENV=production: the demo accounts have published passwords (an ORGANISER among them)',
    );
}

async function main(): Promise<void> {
  const config = loadConfig();
  refuseDemoIn(config.nodeEnv);
  // The in-process matcher logs like the worker's; here only its warnings matter.
  Logger.overrideLogger(['error', 'warn']);
  const db = new DataSource(typeOrmOptions(config.databaseUrl, 'duijie-seed', 10, WORKER_SESSION));
  await db.initialize();
  try {
    const added = await seedDemo(db);
    process.stdout.write(
      `demo data: added ${added.enterprises} enterprises, ${added.listings} listings, ${added.events} docking events, ${added.requests} meeting requests ` +
        `(of ${DEMO_ENTERPRISES.length}, ${DEMO_ENTERPRISES.reduce((n, e) => n + e.listings.length, 0)}, ${DEMO_EVENTS.length + 1})\n`,
    );
  } finally {
    await db.destroy();
  }
}

if (require.main === module) {
  main().catch((err) => {
    process.stderr.write(
      `seed:demo failed: ${(err as Error).message.startsWith('seed:demo') ? (err as Error).message : ((err as Error).stack ?? err)}\n`,
    );
    process.exit(1);
  });
}
