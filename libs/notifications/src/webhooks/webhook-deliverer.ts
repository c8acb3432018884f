import { Injectable } from '@nestjs/common';
import { ConfigService } from '@duijie/config';
import { NotificationProducer } from '../notification-producer';
import { refuseWebhookUrl } from './address-check';
import { signWebhook } from './signing';
import { WebhooksRepository } from './webhooks.repository';

/** How long an endpoint has to answer. */
export const DELIVERY_TIMEOUT_MS = 5_000;

export type DeliveryOutcome = 'delivered' | 'skipped' | 'failed';

/** Thrown for an attempt that failed and will be retried (BullMQ's backoff decides when). */
export class DeliveryAttemptFailed extends Error {}

/** POSTs one notification to one endpoint per Standard Webhooks; the delivery row keeps the log. */
@Injectable()
export class WebhookDeliverer {
  private readonly allowPrivate: boolean;

  constructor(
    private readonly repository: WebhooksRepository,
    private readonly producer: NotificationProducer,
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
      data: { id: notification.id, kind: notification.kind, title: notification.title, body: notification.body, data: notification.data },
    });
    let statusCode: number | null = null;
    let error: string;
    // Checked at each attempt too: a name may resolve elsewhere than when the endpoint was made.
    const refused = await refuseWebhookUrl(endpoint.url, this.allowPrivate);
    if (refused) {
      error = refused;
    } else {
      try {
        const res = await fetch(endpoint.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'Duijie-Webhooks/1', ...signWebhook(endpoint.secret, `msg_${delivery.id}`, Math.floor(Date.now() / 1000), body) },
          body,
          redirect: 'manual',
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        });
        statusCode = res.status;
        await res.arrayBuffer().catch(() => undefined);
        if (res.ok) {
          await this.repository.succeeded(delivery, res.status);
          return 'delivered';
        }
        error = `HTTP ${res.status}`;
      } catch (err) {
        error = (err as Error).name === 'TimeoutError' ? `${DELIVERY_TIMEOUT_MS} ms 内无应答` : (err as Error).message;
      }
    }
    const disabled = await this.repository.attemptFailed(delivery, statusCode, error, finalAttempt);
    if (disabled) {
      await this.producer.notify({
        enterpriseId: endpoint.enterpriseId,
        kind: 'WEBHOOK_DISABLED',
        key: `WEBHOOK_DISABLED:${endpoint.id}:${delivery.id}`,
        title: 'Webhook 端点已停用',
        body: `向 ${endpoint.url} 的推送连续失败，已停用该端点；请检查后重新创建。最后一次错误：${error}`,
        data: { webhookId: endpoint.id },
      });
    }
    if (finalAttempt) return 'failed';
    throw new DeliveryAttemptFailed(error);
  }
}
