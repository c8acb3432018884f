import { Injectable } from '@nestjs/common';

import { Viewer } from '@duijie/accounts';
import {
  ApiError,
  BadInputError,
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  FieldErrors,
  isUuid,
  Page,
  pageSize,
  toPage,
} from '@duijie/common';
import { ConfigService } from '@duijie/config';

import { NOTIFICATION_KINDS } from '../notification.entity';
import { refuseWebhookUrl } from './address-check';
import { newWebhookSecret } from './signing';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { CreateWebhookInput } from './webhooks.dto';
import { WebhooksRepository } from './webhooks.repository';

const DELIVERABLE = NOTIFICATION_KINDS.filter((k) => k !== 'WEBHOOK_DISABLED') as readonly string[];
export const MAX_WEBHOOKS = 10;

/** An enterprise's endpoints: only its members see or change them. */
@Injectable()
export class WebhooksService {
  private readonly allowPrivate: boolean;

  constructor(
    private readonly repository: WebhooksRepository,
    config: ConfigService,
  ) {
    this.allowPrivate = config.get('webhookAllowPrivate');
  }

  async create(
    viewer: Viewer,
    input: CreateWebhookInput,
  ): Promise<{ endpoint: WebhookEndpointEntity; secret: string }> {
    const enterpriseId = this.enterpriseOf(viewer);
    const errors = new FieldErrors();
    const refused = await refuseWebhookUrl(input.url.trim(), this.allowPrivate);
    if (refused) errors.add('url', refused);
    const kinds = [...new Set(input.kinds.map((k) => k.trim()))];
    const unknown = kinds.filter((k) => !DELIVERABLE.includes(k));
    if (!kinds.length) errors.add('kinds', 'kinds（通知类型）至少选择一种');
    if (unknown.length)
      errors.add('kinds', `kinds（通知类型）“${unknown.join('、')}”无效，可选：${DELIVERABLE.join('、')}`);
    errors.throwIfAny();
    const secret = newWebhookSecret();
    const endpoint = await this.repository.create(enterpriseId, input.url.trim(), kinds, secret, MAX_WEBHOOKS);
    if (!endpoint) throw new BadInputError([{ field: 'url', message: `每个企业最多 ${MAX_WEBHOOKS} 个 Webhook 端点` }]);
    return { endpoint, secret };
  }

  list(viewer: Viewer): Promise<WebhookEndpointEntity[]> {
    return viewer.enterpriseId ? this.repository.list(viewer.enterpriseId) : Promise.resolve([]);
  }

  async delete(viewer: Viewer, id: string): Promise<boolean> {
    await this.owned(viewer, id);
    await this.repository.delete(id);
    return true;
  }

  async deliveries(
    viewer: Viewer,
    id: string,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<WebhookDeliveryEntity>> {
    const endpoint = await this.owned(viewer, id);
    const limit = pageSize(first);
    const key = after ? decodeTimeIdCursor(after) : undefined;
    const rows = await this.repository.deliveries(endpoint.id, limit, key);
    return toPage(
      rows,
      limit,
      () => this.repository.countDeliveries(endpoint.id),
      (r) => encodeTimeIdCursor(r.createdAt, r.id),
      (r) => r,
      !!key,
    );
  }

  private async owned(viewer: Viewer, id: string): Promise<WebhookEndpointEntity> {
    const endpoint = isUuid(id) ? await this.repository.findEndpoint(id) : null;
    if (!endpoint || endpoint.enterpriseId !== viewer.enterpriseId)
      throw new ApiError('NOT_FOUND', 'Webhook 端点不存在');
    return endpoint;
  }

  private enterpriseOf(viewer: Viewer): string {
    if (!viewer.enterpriseId) throw new ApiError('FORBIDDEN', '请先登记企业（registerEnterprise），再创建 Webhook');
    return viewer.enterpriseId;
  }
}
