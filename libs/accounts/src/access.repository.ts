import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import type { FirmTies } from './access';

/**
 * The ties the access policy weighs between a caller and other firms. Read-only SQL over the
 * registrations, meeting requests and matches by table name, so that every lib can ask without
 * importing the libs that own them.
 */
@Injectable()
export class AccessRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** For each firm: does `userId` organise an event it registered for; has `enterpriseId` business with it. */
  async firmTies(ids: readonly string[], userId: string, enterpriseId: string | null): Promise<Map<string, FirmTies>> {
    const rows: ({ id: string } & FirmTies)[] = await this.db.query(
      `SELECT f.id,
              EXISTS (SELECT 1 FROM event_registration r JOIN docking_event ev ON ev.id = r.event_id
                       WHERE r.enterprise_id = f.id AND ev.organiser_user_id = $2::uuid) AS "organisesItsEvent",
              ($3::uuid IS NOT NULL AND (
                EXISTS (SELECT 1 FROM meeting_request q
                         WHERE q.enterprise_low = least($3::uuid, f.id) AND q.enterprise_high = greatest($3::uuid, f.id)
                           AND q.status = 'ACCEPTED')
                OR EXISTS (SELECT 1 FROM match_suggestion s
                            WHERE s.supply_decision = 'ACCEPT' AND s.demand_decision = 'ACCEPT'
                              AND ((s.supply_enterprise_id = $3::uuid AND s.demand_enterprise_id = f.id)
                                OR (s.demand_enterprise_id = $3::uuid AND s.supply_enterprise_id = f.id))))) AS business
         FROM unnest($1::uuid[]) AS f(id)`,
      [ids, userId, enterpriseId],
    );
    return new Map(rows.map((r) => [r.id, { organisesItsEvent: r.organisesItsEvent, business: r.business }]));
  }
}
