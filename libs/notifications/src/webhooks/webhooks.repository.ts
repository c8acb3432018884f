import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { fastQuery, runTransaction } from '@duijie/database';
import { recordJobs } from '@duijie/queue';

import { NotificationEntity } from '../notification.entity';
import { WebhookDeliveryEntity, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/** Final failures in a row after which an endpoint is switched off. */
export const DISABLE_AFTER_FAILURES = 5;

export interface DeliveryWork {
  delivery: WebhookDeliveryEntity;
  endpoint: WebhookEndpointEntity;
  notification: NotificationEntity;
}

@Injectable()
export class WebhooksRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * A new endpoint, unless the firm has `max` already (null then). Creations for one firm take turns
   * (a transaction-scoped advisory lock on the firm), so that requests sent together cannot all pass
   * the count before any is written.
   */
  async create(
    enterpriseId: string,
    url: string,
    kinds: string[],
    secret: string,
    max: number,
  ): Promise<WebhookEndpointEntity | null> {
    return runTransaction(this.db, async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('webhook-endpoints:' || $1))`, [enterpriseId]);
      const repo = m.getRepository(WebhookEndpointEntity);
      if ((await repo.countBy({ enterpriseId })) >= max) return null;
      return repo.save(repo.create({ enterpriseId, url, kinds, secret }));
    });
  }

  list(enterpriseId: string): Promise<WebhookEndpointEntity[]> {
    return this.db.getRepository(WebhookEndpointEntity).find({ where: { enterpriseId }, order: { createdAt: 'ASC' } });
  }

  findEndpoint(id: string): Promise<WebhookEndpointEntity | null> {
    return this.db.getRepository(WebhookEndpointEntity).findOneBy({ id });
  }

  async delete(id: string): Promise<void> {
    await this.db.getRepository(WebhookEndpointEntity).delete({ id });
  }

  /** Newest first, keyset on (created_at, id). */
  deliveries(endpointId: string, limit: number, after?: { at: string; id: string }): Promise<WebhookDeliveryEntity[]> {
    const params: unknown[] = [endpointId, limit + 1];
    const keyset = after ? 'AND (created_at, id) < ($3::timestamptz, $4::uuid)' : '';
    if (after) params.push(after.at, after.id);
    return fastQuery(
      this.db,
      `SELECT id, endpoint_id AS "endpointId", notification_id AS "notificationId", status, attempts,
              last_status_code AS "lastStatusCode", last_error AS "lastError", created_at AS "createdAt", delivered_at AS "deliveredAt"
         FROM webhook_delivery WHERE endpoint_id = $1 ${keyset} ORDER BY created_at DESC, id DESC LIMIT $2`,
      params,
    );
  }

  async countDeliveries(endpointId: string): Promise<number> {
    const rows = await fastQuery<{ n: number }>(
      this.db,
      `SELECT count(*)::int AS n FROM webhook_delivery WHERE endpoint_id = $1`,
      [endpointId],
    );
    return rows[0].n;
  }

  /** In the notifications' transaction: one delivery per notification and enabled endpoint of its firm wanting its kind, and their jobs (outbox). */
  async recordDeliveries(m: EntityManager, ns: readonly NotificationEntity[]): Promise<void> {
    if (!ns.length) return;
    const rows: { id: string }[] = await m.query(
      `INSERT INTO webhook_delivery (endpoint_id, notification_id)
       SELECT e.id, n.id FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS n(enterprise_id, id, kind)
         JOIN webhook_endpoint e ON e.enterprise_id = n.enterprise_id AND e.disabled_at IS NULL AND n.kind = ANY(e.kinds)
       ON CONFLICT ON CONSTRAINT uq_webhook_delivery DO NOTHING RETURNING id`,
      [ns.map((n) => n.enterpriseId), ns.map((n) => n.id), ns.map((n) => n.kind)],
    );
    await recordJobs(
      m,
      rows.map((r) => ({ name: 'webhook.deliver' as const, data: { deliveryId: r.id } })),
    );
  }

  async work(deliveryId: string): Promise<DeliveryWork | null> {
    const delivery = await this.db.getRepository(WebhookDeliveryEntity).findOneBy({ id: deliveryId });
    if (!delivery) return null;
    const endpoint = await this.findEndpoint(delivery.endpointId);
    const notification = await this.db.getRepository(NotificationEntity).findOneBy({ id: delivery.notificationId });
    return endpoint && notification ? { delivery, endpoint, notification } : null;
  }

  async succeeded(d: WebhookDeliveryEntity, statusCode: number): Promise<void> {
    await runTransaction(this.db, async (m) => {
      await m.query(
        `UPDATE webhook_delivery SET status = 'SUCCEEDED', attempts = attempts + 1, last_status_code = $2, last_error = NULL, delivered_at = now() WHERE id = $1`,
        [d.id, statusCode],
      );
      await m.query(`UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = $1`, [d.endpointId]);
    });
  }

  /** Records a failed attempt; on the last one the delivery fails and the endpoint may be switched off (answers true then). */
  async attemptFailed(
    d: WebhookDeliveryEntity,
    statusCode: number | null,
    error: string,
    final: boolean,
  ): Promise<boolean> {
    return runTransaction(this.db, async (m) => {
      await m.query(
        `UPDATE webhook_delivery SET attempts = attempts + 1, last_status_code = $2, last_error = $3, status = $4 WHERE id = $1`,
        [d.id, statusCode, error.slice(0, 500), final ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING],
      );
      if (!final) return false;
      // Counted first, then switched off in a second statement: both steps in one CTE would not see each other's row.
      const [{ failures }]: { failures: number }[] = await m.query(
        `WITH bumped AS (UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1 WHERE id = $1 RETURNING consecutive_failures)
         SELECT consecutive_failures AS failures FROM bumped`,
        [d.endpointId],
      );
      return failures >= DISABLE_AFTER_FAILURES && this.disable(m, d.endpointId);
    });
  }

  /** Switches the endpoint off; true when this call did it (it was on). */
  private async disable(m: EntityManager, endpointId: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `WITH off AS (UPDATE webhook_endpoint SET disabled_at = now() WHERE id = $1 AND disabled_at IS NULL RETURNING id) SELECT id FROM off`,
      [endpointId],
    );
    return rows.length > 0;
  }

  /** The receiver answered 410 Gone: this delivery fails and the endpoint is switched off at once. */
  async gone(d: WebhookDeliveryEntity): Promise<boolean> {
    return runTransaction(this.db, async (m) => {
      await m.query(
        `UPDATE webhook_delivery SET attempts = attempts + 1, last_status_code = 410, last_error = 'HTTP 410 Gone', status = 'FAILED' WHERE id = $1`,
        [d.id],
      );
      return this.disable(m, d.endpointId);
    });
  }

  async giveUp(d: WebhookDeliveryEntity, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE webhook_delivery SET status = 'FAILED', last_error = $2 WHERE id = $1 AND status = 'PENDING'`,
      [d.id, reason],
    );
  }
}
