import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { DealStage } from './deal.entity';

/** A deal both firms agreed is signed (or fulfilled), as another lib may show it. */
export interface ConfirmedSale {
  id: string;
  eventId: string | null;
  /** The buying firm (the firm's customer). */
  counterpartEnterpriseId: string;
  stage: DealStage;
  amountCny: string | null;
  /** When the agreed stage was last changed. */
  agreedAt: Date;
}

/**
 * A firm's confirmed sales (已签约 / 已履约, both firms agreed): what 订单融资 shows a bank behind a
 * financing need, with the firm's consent (libs/finance decides who sees them).
 */
@Injectable()
export class SignedDealsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The firm's confirmed sales, newest first; only `ids` when given (others and unknown ids are left out). */
  async confirmedSalesOf(enterpriseId: string, ids: string[] | null, limit: number): Promise<ConfirmedSale[]> {
    return this.db.query(
      `SELECT id, event_id AS "eventId", buyer_enterprise_id AS "counterpartEnterpriseId", agreed_stage AS stage,
              agreed_amount_cny AS "amountCny", updated_at AS "agreedAt"
         FROM deal
        WHERE supplier_enterprise_id = $1 AND agreed_stage IN ($2, $3) AND report_review IS DISTINCT FROM 'EXCLUDED'
          AND ($4::uuid[] IS NULL OR id = ANY($4::uuid[]))
        ORDER BY updated_at DESC, id DESC
        LIMIT $5`,
      [enterpriseId, DealStage.SIGNED, DealStage.FULFILLED, ids, limit],
    );
  }
}
