import { Injectable } from '@nestjs/common';

import { Access, AccessService, Viewer } from '@duijie/accounts';
import { ApiError, decodeTimeIdCursor, encodeTimeIdCursor, isUuid, Page, pageSize, toPage } from '@duijie/common';
import { NotificationProducer } from '@duijie/notifications';

import { ClaimScope, ClaimsRepository } from './claims.repository';
import { EnterpriseEntity } from './enterprise.entity';
import { EnterpriseClaimEntity, EnterpriseClaimStatus } from './enterprise-claim.entity';
import { EnterpriseErrorCode, EnterpriseException } from './enterprises.exception';
import { creditCodeVouchesFor, PARTICIPANT_TYPE_LABELS, ParticipantType } from './participant-type';

const CLAIM_NOT_FOUND = '认领申请不存在';

/**
 * 认领企业 and 已认证: a user asks to claim a firm an organiser's import created; the organiser who
 * imported it or an admin decides; the claimant then acts for the firm. Admins, and organisers of
 * an event the firm registered for, verify firms (e.g. after seeing the business licence).
 */
@Injectable()
export class ClaimsService {
  constructor(
    private readonly repository: ClaimsRepository,
    private readonly access: AccessService,
    private readonly notifications: NotificationProducer,
  ) {}

  async myClaims(viewer: Viewer, first?: number | null, after?: string | null): Promise<Page<EnterpriseClaimEntity>> {
    return this.page({ claimantUserId: viewer.userId }, null, first, after);
  }

  /** The claims the viewer reviews (all for admins, those on firms it imported for organisers). */
  async claimsToReview(
    viewer: Viewer,
    status: EnterpriseClaimStatus | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<EnterpriseClaimEntity>> {
    const scope = Access.enterpriseClaimScope(viewer);
    if (!scope)
      throw new EnterpriseException(
        EnterpriseErrorCode.NOT_A_REVIEWER,
        '只有导入该企业的主办方或管理员可以审核认领申请',
      );
    return this.page(scope, status, first, after);
  }

  async review(viewer: Viewer, id: string, approve: boolean): Promise<EnterpriseClaimEntity> {
    const found = isUuid(id) ? await this.repository.findClaim(id) : null;
    if (!found) throw new ApiError('NOT_FOUND', CLAIM_NOT_FOUND);
    const notice = await this.repository.transaction(async (m) => {
      const firm = (await this.repository.lockEnterprise(m, found.enterpriseId))!;
      if (!Access.mayReviewEnterpriseClaim(viewer, firm)) throw new ApiError('NOT_FOUND', CLAIM_NOT_FOUND);
      const claim = (await this.repository.lockClaim(m, found.id))!;
      if (claim.status !== EnterpriseClaimStatus.PENDING)
        throw new EnterpriseException(EnterpriseErrorCode.CLAIM_ANSWERED, '该认领申请已审核，不能再次审核');
      if (!approve) {
        await this.repository.reject(m, claim.id, viewer.userId);
        return null;
      }
      if (firm.claimed)
        throw new EnterpriseException(EnterpriseErrorCode.ALREADY_CLAIMED, '该企业已被认领，不能再批准其他认领申请');
      if (!(await this.repository.approve(m, claim, viewer.userId)))
        throw new EnterpriseException(
          EnterpriseErrorCode.ALREADY_IN_ENTERPRISE,
          '申请人的账号已属于另一家企业，不能再认领本企业',
        );
      return this.notifications.record(m, {
        enterpriseId: firm.id,
        kind: 'ENTERPRISE_CLAIM_APPROVED',
        key: `enterprise-claim-${claim.id}-approved`,
        title: `认领企业申请已通过：${firm.name}`,
        body: `您对「${firm.name}」的认领申请已通过审核，现在可以维护企业信息、供需信息并参加对接活动。`,
        data: { enterpriseId: firm.id, claimId: claim.id },
      });
    });
    await this.notifications.publish(notice);
    return (await this.repository.findClaim(found.id))!;
  }

  /** 已认证: by an admin, or an organiser of an event the firm registered for. */
  /**
   * 已认证, confirming the declared participant type. A different type is an admin's word only: an
   * organiser who saw a firm's licence must not make it a government body that publishes policies.
   */
  async verify(viewer: Viewer, id: string, participantType: ParticipantType | null = null): Promise<void> {
    const firm = isUuid(id) ? await this.repository.findById(id) : null;
    if (!firm) throw new EnterpriseException(EnterpriseErrorCode.NOT_FOUND, '企业不存在');
    if (!(await this.access.mayVerifyEnterprise(viewer, firm.id)))
      throw new EnterpriseException(
        EnterpriseErrorCode.NOT_A_VERIFIER,
        '只有管理员或该企业报名活动的主办方可以认证企业',
      );
    const changesType = participantType != null && participantType !== firm.participantType;
    if (changesType && !Access.isAdmin(viewer))
      throw new EnterpriseException(EnterpriseErrorCode.NOT_A_VERIFIER, '只有管理员可以更改参与方类型', {
        fields: ['participantType'],
      });
    // what the organiser confirms must rest on more than the firm's word: a firm with an enterprise's
    // code that declares itself a bank or a government office waits for an admin
    const type = changesType ? participantType : firm.participantType;
    if (!Access.isAdmin(viewer) && !creditCodeVouchesFor(type, firm.creditCode))
      throw new EnterpriseException(
        EnterpriseErrorCode.NOT_A_VERIFIER,
        `该企业申报的参与方类型为「${PARTICIPANT_TYPE_LABELS[type]}」，其统一社会信用代码不能证明这一类型，须由管理员核验后认证`,
        { fields: ['participantType'] },
      );
    await this.repository.verify(firm.id, viewer.userId, changesType ? participantType : null);
  }

  needingReview(ids: readonly string[]): Promise<Set<string>> {
    return this.repository.needingReview(ids);
  }

  async toReview(viewer: Viewer, first?: number | null, after?: string | null): Promise<Page<EnterpriseEntity>> {
    if (!Access.mayReviewEnterprises(viewer))
      throw new EnterpriseException(EnterpriseErrorCode.NOT_A_REVIEWER, '只有管理员可以查看待复核的企业');
    const limit = pageSize(first);
    const key = after ? decodeTimeIdCursor(after) : undefined;
    return toPage(
      await this.repository.toReview(limit, key),
      limit,
      () => this.repository.toReviewCount(),
      (e) => encodeTimeIdCursor(e.createdAt, e.id),
      (e) => e,
      !!key,
    );
  }

  private async page(
    where: ClaimScope,
    status: EnterpriseClaimStatus | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<EnterpriseClaimEntity>> {
    const limit = pageSize(first);
    const key = after ? decodeTimeIdCursor(after) : undefined;
    const rows = await this.repository.claims(where, status, limit, key);
    return toPage(
      rows,
      limit,
      () => this.repository.countClaims(where, status),
      (c) => encodeTimeIdCursor(c.createdAt, c.id),
      (c) => c,
      !!key,
    );
  }
}
