import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Access, Viewer } from '@duijie/accounts';
import {
  ApiError,
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  FieldErrors,
  isUuid,
  Page,
  pageSize,
  todayInChina,
  toPage,
} from '@duijie/common';
import { EnterprisesRepository } from '@duijie/enterprises';
import { NotificationEntity, NotificationProducer } from '@duijie/notifications';

import { ProposeTechnologyContractInput } from './research.dto';
import { ResearchRepository } from './research.repository';
import { COOPERATION_MODE_NAMES, TechContractStatus } from './technology.enums';
import { TechnologyContractEntity } from './technology-contract.entity';
import { technologyContractAnswered, technologyContractProposed } from './technology-notices';

const NOT_FOUND = '技术合同不存在';

/**
 * 技术合同: the research body (owner of the result) or the firm (owner of the need) proposes;
 * the other side confirms (确认) or declines (不予确认). Only confirmed contracts count in reports,
 * under the need's docking event when the research body was approved there too (an outside tester's
 * university, never at a 2020 event, booked ¥99,999,999,999,999 into its report); otherwise under none.
 */
@Injectable()
export class TechnologyContractsService {
  constructor(
    private readonly repository: ResearchRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly notifications: NotificationProducer,
  ) {}

  async propose(viewer: Viewer, input: ProposeTechnologyContractInput): Promise<TechnologyContractEntity> {
    const errors = new FieldErrors();
    const result = isUuid(input.resultId) ? await this.repository.result(input.resultId) : null;
    const need = isUuid(input.needId) ? await this.repository.need(input.needId) : null;
    if (!result) errors.add('resultId', 'resultId（技术成果）不存在');
    if (!need) errors.add('needId', 'needId（技术需求）不存在');
    errors.throwIfAny();
    const side = Access.isMemberOf(viewer, result!.enterpriseId)
      ? result!.enterpriseId
      : Access.isMemberOf(viewer, need!.enterpriseId)
        ? need!.enterpriseId
        : null;
    if (!side) throw new ApiError('FORBIDDEN', '只有成果所属单位或需求所属企业可以登记技术合同');
    if (result!.enterpriseId === need!.enterpriseId) errors.add('needId', '技术成果与技术需求属于同一单位');
    if (!result!.cooperationModes.includes(input.mode))
      errors.add(
        'mode',
        `mode（合作方式）须是该成果提供的方式之一：${result!.cooperationModes.map((m) => COOPERATION_MODE_NAMES[m]).join('、')}`,
      );
    const today = todayInChina();
    if (input.signedOn > today) errors.add('signedOn', `signedOn（签订日期）不能晚于今天（${today}）`);
    errors.throwIfAny();
    if (await this.repository.pendingContractExists(result!.id, need!.id))
      throw new ApiError('CONFLICT', '该成果与需求已有一份待确认的技术合同', { fields: ['needId'] });
    const byName = await this.nameOf(side);
    const eventId =
      need!.eventId && (await this.repository.approvedAt([result!.enterpriseId], need!.eventId)) ? need!.eventId : null;
    return this.write(async (m) => {
      const c = await this.repository.insertContract(m, {
        resultId: result!.id,
        needId: need!.id,
        researchEnterpriseId: result!.enterpriseId,
        firmEnterpriseId: need!.enterpriseId,
        proposedByEnterpriseId: side,
        eventId,
        amountCny: input.amountCny,
        mode: input.mode,
        signedOn: input.signedOn,
        status: TechContractStatus.PROPOSED,
        answeredAt: null,
      });
      const to = side === c.researchEnterpriseId ? c.firmEnterpriseId : c.researchEnterpriseId;
      return { contract: c, notices: [await this.notifications.record(m, technologyContractProposed(c, to, byName))] };
    });
  }

  confirm(viewer: Viewer, id: string): Promise<TechnologyContractEntity> {
    return this.answer(viewer, id, true);
  }

  decline(viewer: Viewer, id: string): Promise<TechnologyContractEntity> {
    return this.answer(viewer, id, false);
  }

  async mine(viewer: Viewer, first?: number | null, after?: string | null): Promise<Page<TechnologyContractEntity>> {
    const limit = pageSize(first);
    const key = after ? decodeTimeIdCursor(after) : undefined;
    const firm = viewer.enterpriseId;
    if (!firm)
      return toPage(
        [],
        limit,
        0,
        () => '',
        (c: TechnologyContractEntity) => c,
        !!key,
      );
    const rows = await this.repository.contractsOf(firm, limit, key);
    return toPage(
      rows,
      limit,
      () => this.repository.contractsCount(firm),
      (c) => encodeTimeIdCursor(c.createdAt, c.id),
      (c) => c,
      !!key,
    );
  }

  /** The contract if the viewer is one of its sides (or an admin), else NOT_FOUND. */
  async visible(viewer: Viewer, id: string): Promise<TechnologyContractEntity> {
    const c = isUuid(id) ? await this.repository.contract(id) : null;
    if (!c || !Access.maySeeTechnologyContract(viewer, c)) throw new ApiError('NOT_FOUND', NOT_FOUND);
    return c;
  }

  /** The side that must answer: the one that did not propose. */
  static awaiting(c: TechnologyContractEntity): string | null {
    if (c.status !== TechContractStatus.PROPOSED) return null;
    return c.proposedByEnterpriseId === c.researchEnterpriseId ? c.firmEnterpriseId : c.researchEnterpriseId;
  }

  private async answer(viewer: Viewer, id: string, confirmed: boolean): Promise<TechnologyContractEntity> {
    const found = await this.visible(viewer, id);
    const awaiting = TechnologyContractsService.awaiting(found);
    if (found.status !== TechContractStatus.PROPOSED)
      new FieldErrors().add('id', '该技术合同已确认或已不予确认，不能再次答复').throwIfAny();
    if (!Access.isMemberOf(viewer, awaiting)) throw new ApiError('FORBIDDEN', '技术合同须由另一方确认或不予确认');
    const byName = await this.nameOf(awaiting!);
    return this.write(async (m) => {
      const locked = (await this.repository.contract(found.id, m, true))!;
      if (locked.status !== TechContractStatus.PROPOSED)
        new FieldErrors().add('id', '该技术合同已确认或已不予确认，不能再次答复').throwIfAny();
      const c = await this.repository.answerContract(
        m,
        locked.id,
        confirmed ? TechContractStatus.CONFIRMED : TechContractStatus.DECLINED,
      );
      const notice = await this.notifications.record(
        m,
        technologyContractAnswered(c, c.proposedByEnterpriseId, byName, confirmed),
      );
      return { contract: c, notices: [notice] };
    });
  }

  private async nameOf(enterpriseId: string): Promise<string> {
    return (await this.enterprises.findById(enterpriseId))?.name ?? '对方';
  }

  private async write(
    work: (m: EntityManager) => Promise<{ contract: TechnologyContractEntity; notices: (NotificationEntity | null)[] }>,
  ): Promise<TechnologyContractEntity> {
    const { contract, notices } = await this.repository.transaction(work);
    for (const n of notices) await this.notifications.publish(n);
    return contract;
  }
}
