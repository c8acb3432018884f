import { Injectable } from '@nestjs/common';

import { ConfigService } from '@duijie/config';

import { NotificationProducer } from '../notification-producer';
import { resolveWebhookTarget } from './address-check';
import { DeliverySlots } from './delivery-slots';
import { signWebhook } from './signing';
import { postWebhook, WebhookTimeout, withinMs } from './webhook-request';
import { WebhooksRepository } from './webhooks.repository';

/** How long an attempt may take in all: look-up, connecting, sending and the answer's status line. */
export const DELIVERY_TIMEOUT_MS = 5_000;
/** A delivery slot ends by itself this long after it was taken (its worker may have died). */
const SLOT_LEASE_MS = DELIVERY_TIMEOUT_MS + 10_000;
/** A delivery whose enterprise has every slot taken tries again after 1–2 times this. */
const SLOT_WAIT_MS = 1_000;
/**
 * Recorded for every failure below HTTP: unresolvable, refused address, connection refused or
 * reset, unreachable, TLS. One wording, so the log cannot tell an open port from a closed one.
 */
export const UNREACHABLE = '无法送达端点（主机无法解析、地址不允许或连接失败）';

export type DeliveryOutcome = 'delivered' | 'skipped' | 'failed';

/** Thrown for an attempt that failed and will be retried (BullMQ's backoff decides when). */
export class DeliveryAttemptFailed extends Error {}

/** The receiver asked to be called again later (429 with Retry-After): not before `delayMs`. */
export class RetryLater extends DeliveryAttemptFailed {
  constructor(
    message: string,
    readonly delayMs: number,
  ) {
    super(message);
  }
}

/** Retry-After as seconds or an HTTP date, capped at an hour; null when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  const seconds = Number(header.trim());
  const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
  if (!Number.isFinite(ms)) return null;
  return Math.min(Math.max(ms, 0), 3600_000);
}

/** Deliveries a receiver may postpone with Retry-After before the delivery counts as failed. */
const MAX_RECORDED_ATTEMPTS = 12;

/** POSTs one notification to one endpoint per Standard Webhooks; the delivery row keeps the log. */
@Injectable()
export class WebhookDeliverer {
  private readonly allowPrivate: boolean;

  constructor(
    private readonly repository: WebhooksRepository,
    private readonly producer: NotificationProducer,
    private readonly slots: DeliverySlots,
    config: ConfigService,
  ) {
    this.allowPrivate = config.get('webhookAllowPrivate');
  }

  async deliver(deliveryId: string, finalAttempt: boolean): Promise<DeliveryOutcome> {
    const work = await this.repository.work(deliveryId);
    if (!work || work.delivery.status !== 'PENDING') return 'skipped';
    const { delivery, endpoint, notification } = work;
    if (endpoint.disabledAt) {
      await this.repository.giveUp(delivery, '端点已停用');
      return 'skipped';
    }
    const body = JSON.stringify({
      type: notification.kind,
      timestamp: notification.createdAt.toISOString(),
      data: {
        id: notification.id,
        kind: notification.kind,
        title: notification.title,
        body: notification.body,
        data: notification.data,
      },
    });
    // One enterprise's slow receivers hold at most its own slots; the rest wait their turn.
    if (!(await this.slots.acquire(endpoint.enterpriseId, delivery.id, SLOT_LEASE_MS)))
      throw new RetryLater('enterprise delivery slots busy', SLOT_WAIT_MS + Math.floor(Math.random() * SLOT_WAIT_MS));
    let statusCode: number | null = null;
    let error: string;
    try {
      // Resolved and checked at each attempt, then connected to exactly the address checked; the
      // look-up counts against the attempt's time limit as well.
      const started = Date.now();
      const checked = await withinMs(resolveWebhookTarget(endpoint.url, this.allowPrivate), DELIVERY_TIMEOUT_MS);
      if ('refused' in checked) {
        error = UNREACHABLE;
      } else {
        const headers = {
          'content-type': 'application/json',
          'user-agent': 'Duijie-Webhooks/1',
          ...signWebhook(endpoint.secret, `msg_${delivery.id}`, Math.floor(Date.now() / 1000), body),
        };
        const left = Math.max(1, DELIVERY_TIMEOUT_MS - (Date.now() - started));
        const res = await postWebhook(checked.target, headers, body, left);
        statusCode = res.status;
        if (res.status >= 200 && res.status < 300) {
          await this.repository.succeeded(delivery, res.status);
          return 'delivered';
        }
        if (res.status === 410) {
          // Gone: the receiver says this endpoint will never take deliveries again.
          if (await this.repository.gone(delivery)) await this.notifyDisabled(endpoint, 'HTTP 410 Gone');
          return 'failed';
        }
        const retryAfter = res.headers['retry-after'];
        const later =
          res.status === 429 || res.status === 503
            ? retryAfterMs(typeof retryAfter === 'string' ? retryAfter : null)
            : null;
        if (later !== null && !finalAttempt && delivery.attempts + 1 < MAX_RECORDED_ATTEMPTS) {
          await this.repository.attemptFailed(
            delivery,
            res.status,
            `HTTP ${res.status}, Retry-After ${Math.round(later / 1000)} s`,
            false,
          );
          throw new RetryLater(`HTTP ${res.status}`, later);
        }
        error = res.status >= 300 && res.status < 400 ? `HTTP ${res.status}（不跟随重定向）` : `HTTP ${res.status}`;
      }
    } catch (err) {
      if (err instanceof RetryLater) throw err;
      // Refused, reset, unreachable, TLS or a non-HTTP answer all read alike: the log is no port scanner.
      error = err instanceof WebhookTimeout ? `${DELIVERY_TIMEOUT_MS} ms 内无应答` : UNREACHABLE;
    } finally {
      await this.slots.release(endpoint.enterpriseId, delivery.id);
    }
    const disabled = await this.repository.attemptFailed(delivery, statusCode, error, finalAttempt);
    if (disabled) await this.notifyDisabled(endpoint, error);
    if (finalAttempt) return 'failed';
    throw new DeliveryAttemptFailed(error);
  }

  private async notifyDisabled(
    endpoint: { id: string; enterpriseId: string; url: string },
    error: string,
  ): Promise<void> {
    await this.producer.notify({
      enterpriseId: endpoint.enterpriseId,
      kind: 'WEBHOOK_DISABLED',
      key: `WEBHOOK_DISABLED:${endpoint.id}`,
      title: 'Webhook 端点已停用',
      body: `向 ${endpoint.url} 的推送已停用该端点；请检查后重新创建。最后一次错误：${error}`,
      data: { webhookId: endpoint.id },
    });
  }
}
