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
import { EventAccess } from '@duijie/events';
import { NotificationEntity, NotificationProducer } from '@duijie/notifications';

import { TechnologyNeedInput, TechnologyResultInput } from './research.dto';
import { NewNeed, NewResult, ResearchRepository } from './research.repository';
import { TechnologyMatcher } from './technology-matcher';
import { TechnologyNeedEntity } from './technology-need.entity';
import { TechnologyResultEntity } from './technology-result.entity';
import { validateNeed, validateResult } from './technology-rules';

type Notices = (NotificationEntity | null)[];

/**
 * 产学研对接: verified research bodies publish technology results, firms post technology needs;
 * every write re-matches its side against the other (in the same transaction, both sides of a new
 * pair notified once). Technology contracts are in TechnologyContractsService.
 */
@Injectable()
export class ResearchService {
  constructor(
    private readonly repository: ResearchRepository,
    private readonly enterprises: EnterprisesRepository,
    private readonly access: EventAccess,
    private readonly matcher: TechnologyMatcher,
    private readonly notifications: NotificationProducer,
  ) {}

  async createResult(viewer: Viewer, input: TechnologyResultInput): Promise<TechnologyResultEntity> {
    const enterpriseId = await this.publisher(viewer);
    const row = validateResult(input, this.matcher.chain);
    return this.write(
      (m) => this.repository.insertResult(m, { ...row, enterpriseId }),
      (m, r) => this.matcher.matchResult(m, r),
    );
  }

  async updateResult(viewer: Viewer, id: string, input: TechnologyResultInput): Promise<TechnologyResultEntity> {
    const found = await this.visibleResult(id);
    if (!Access.mayActForEnterprise(viewer, found.enterpriseId))
      throw new ApiError('FORBIDDEN', '只有发布该技术成果的单位可以修改');
    await this.publisher(viewer, found.enterpriseId);
    const row: Partial<NewResult> = validateResult(input, this.matcher.chain);
    return this.write(
      (m) => this.repository.updateResult(m, found.id, row),
      (m, r) => this.matcher.matchResult(m, r),
    );
  }

  async createNeed(viewer: Viewer, input: TechnologyNeedInput): Promise<TechnologyNeedEntity> {
    if (!viewer.enterpriseId) throw new ApiError('FORBIDDEN', '请先登记企业（registerEnterprise）再发布技术需求');
    const enterpriseId = viewer.enterpriseId;
    const row = await this.needRow(input, enterpriseId);
    return this.write(
      (m) => this.repository.insertNeed(m, { ...row, enterpriseId }),
      (m, n) => this.matcher.matchNeed(m, n),
    );
  }

  async updateNeed(viewer: Viewer, id: string, input: TechnologyNeedInput): Promise<TechnologyNeedEntity> {
    const found = await this.visibleNeed(id);
    if (!Access.mayActForEnterprise(viewer, found.enterpriseId))
      throw new ApiError('FORBIDDEN', '只有发布该技术需求的企业可以修改');
    const row = await this.needRow(input, found.enterpriseId, found);
    return this.write(
      (m) => this.repository.updateNeed(m, found.id, row),
      (m, n) => this.matcher.matchNeed(m, n),
    );
  }

  async results(
    viewer: Viewer,
    mine: boolean,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<TechnologyResultEntity>> {
    const limit = pageSize(first);
    const key = after ? decodeTimeIdCursor(after) : undefined;
    if (mine && !viewer.enterpriseId) return emptyPage(limit, !!key);
    const filter = mine ? { enterpriseId: viewer.enterpriseId! } : {};
    const rows = await this.repository.results(filter, limit, key);
    return toPage(
      rows,
      limit,
      () => this.repository.resultsCount(filter),
      (r) => encodeTimeIdCursor(r.createdAt, r.id),
      (r) => r,
      !!key,
    );
  }

  async needs(
    viewer: Viewer,
    mine: boolean,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<TechnologyNeedEntity>> {
    const limit = pageSize(first);
    const key = after ? decodeTimeIdCursor(after) : undefined;
    if (mine && !viewer.enterpriseId) return emptyPage(limit, !!key);
    const filter = mine ? { enterpriseId: viewer.enterpriseId! } : {};
    const rows = await this.repository.needs(filter, limit, key);
    return toPage(
      rows,
      limit,
      () => this.repository.needsCount(filter),
      (n) => encodeTimeIdCursor(n.createdAt, n.id),
      (n) => n,
      !!key,
    );
  }

  /** Results are public to signed-in users; a closed one only to its owner and admins. */
  async result(viewer: Viewer, id: string): Promise<TechnologyResultEntity> {
    const r = await this.visibleResult(id);
    if (!r.open && !Access.mayActForEnterprise(viewer, r.enterpriseId))
      throw new ApiError('NOT_FOUND', '技术成果不存在');
    return r;
  }

  async need(viewer: Viewer, id: string): Promise<TechnologyNeedEntity> {
    const n = await this.visibleNeed(id);
    if (!n.open && !Access.mayActForEnterprise(viewer, n.enterpriseId))
      throw new ApiError('NOT_FOUND', '技术需求不存在');
    return n;
  }

  /** A need's matched results: for the need's firm and admins. */
  async needMatches(viewer: Viewer, needId: string, limit: number) {
    const need = await this.visibleNeed(needId);
    if (!Access.mayActForEnterprise(viewer, need.enterpriseId))
      throw new ApiError('FORBIDDEN', '只有发布该技术需求的企业可以查看其匹配的成果');
    return this.repository.matchesOfNeed(need.id, limit);
  }

  /** A result's matched needs: for the result's research body and admins. */
  async resultMatches(viewer: Viewer, resultId: string, limit: number) {
    const result = await this.visibleResult(resultId);
    if (!Access.mayActForEnterprise(viewer, result.enterpriseId))
      throw new ApiError('FORBIDDEN', '只有发布该技术成果的单位可以查看其匹配的需求');
    return this.repository.matchesOfResult(result.id, limit);
  }

  async visibleResult(id: string): Promise<TechnologyResultEntity> {
    const r = isUuid(id) ? await this.repository.result(id) : null;
    if (!r) throw new ApiError('NOT_FOUND', '技术成果不存在');
    return r;
  }

  async visibleNeed(id: string): Promise<TechnologyNeedEntity> {
    const n = isUuid(id) ? await this.repository.need(id) : null;
    if (!n) throw new ApiError('NOT_FOUND', '技术需求不存在');
    return n;
  }

  /**
   * The research body the viewer publishes for: a member of a verified RESEARCH_INSTITUTE
   * (the access policy); FORBIDDEN in Chinese otherwise.
   */
  private async publisher(viewer: Viewer, enterpriseId = viewer.enterpriseId): Promise<string> {
    const firm = enterpriseId ? await this.enterprises.findById(enterpriseId) : null;
    if (!firm || !Access.mayPublishTechnologyResults(viewer, firm))
      throw new ApiError('FORBIDDEN', '只有已认证的高校/科研院所可以发布技术成果');
    return firm.id;
  }

  private async needRow(
    input: TechnologyNeedInput,
    enterpriseId: string,
    before?: TechnologyNeedEntity,
  ): Promise<Omit<NewNeed, 'enterpriseId'>> {
    const errors = new FieldErrors();
    const row = validateNeed(input, this.matcher.chain, errors, before ? null : todayInChina());
    if (input.eventId) {
      const event = isUuid(input.eventId) ? await this.access.event(input.eventId).catch(() => null) : null;
      if (!event) errors.add('eventId', 'eventId（对接活动）不存在');
      // a need that names an event counts in its report: only a firm approved there may name it
      else if (!(await this.repository.approvedAt([enterpriseId], event.id)))
        errors.add('eventId', 'eventId（对接活动）须为贵单位报名已通过的活动');
    }
    errors.throwIfAny();
    return row!;
  }

  private async write<T>(
    save: (m: EntityManager) => Promise<T>,
    match: (m: EntityManager, row: T) => Promise<Notices>,
  ): Promise<T> {
    const { row, notices } = await this.repository.transaction(async (m) => {
      const saved = await save(m);
      return { row: saved, notices: await match(m, saved) };
    });
    for (const n of notices) await this.notifications.publish(n);
    return row;
  }
}

function emptyPage<T>(limit: number, hasPrevious: boolean): Page<T> {
  return toPage<T, T>(
    [],
    limit,
    0,
    () => '',
    (x) => x,
    hasPrevious,
  );
}
