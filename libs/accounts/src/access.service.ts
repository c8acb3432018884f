import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { Access, type FirmTies } from './access';
import { AccessRepository } from './access.repository';
import { loaderOf, RequestContext } from './viewer';

const NO_TIES: FirmTies = { organisesItsEvent: false, business: false };

/** The access policy with the facts it needs, loaded once per request and batched. */
@Injectable()
export class AccessService {
  constructor(private readonly repository: AccessRepository) {}

  /** Whether the request's viewer may see the firm's contact details (联系人、联系电话). */
  async maySeeContactDetails(ctx: RequestContext, enterpriseId: string): Promise<boolean> {
    const viewer = ctx.viewer;
    if (!viewer) return false;
    if (Access.maySeeContactDetails(viewer, enterpriseId, NO_TIES)) return true;
    const ties = loaderOf(
      ctx,
      'access.firmTies',
      () =>
        new DataLoader<string, FirmTies>(async (ids) => {
          const found = await this.repository.firmTies(ids, viewer.userId, viewer.enterpriseId);
          return ids.map((id) => found.get(id) ?? NO_TIES);
        }),
    );
    return Access.maySeeContactDetails(viewer, enterpriseId, await ties.load(enterpriseId));
  }
}
