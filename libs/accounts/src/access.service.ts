import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { Access, type FirmTies } from './access';
import { AccessRepository } from './access.repository';
import { loaderOf, RequestContext, type Viewer } from './viewer';

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

  /** Whether the viewer may mark the firm verified (已认证): an admin, or an organiser of an event it registered for. */
  async mayVerifyEnterprise(viewer: Viewer, enterpriseId: string): Promise<boolean> {
    if (Access.mayVerifyEnterprise(viewer, NO_TIES)) return true;
    if (!Access.mayVerifyEnterprise(viewer, { organisesItsEvent: true })) return false;
    const ties = await this.repository.firmTies([enterpriseId], viewer.userId, viewer.enterpriseId);
    return Access.mayVerifyEnterprise(viewer, ties.get(enterpriseId) ?? NO_TIES);
  }
}
