import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { loaderOf, RequestContext } from '@duijie/accounts';

import { EnterpriseEntity } from './enterprise.entity';
import { EnterprisesRepository } from './enterprises.repository';

/** Batches enterprise look-ups of one request into one query. */
@Injectable()
export class EnterpriseLoader {
  constructor(private readonly enterprises: EnterprisesRepository) {}

  of(ctx: RequestContext): DataLoader<string, EnterpriseEntity | null> {
    return loaderOf(
      ctx,
      'enterprise',
      () =>
        new DataLoader<string, EnterpriseEntity | null>(async (ids) => {
          const rows = await this.enterprises.findByIds(ids);
          const byId = new Map(rows.map((r) => [r.id, r]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }
}
