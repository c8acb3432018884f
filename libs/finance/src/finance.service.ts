import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

import { Access, Viewer } from '@duijie/accounts';
import {
  ApiError,
  BadInputError,
  decodeTimeIdCursor,
  encodeTimeIdCursor,
  ForbiddenError,
  isUuid,
  Page,
  pageSize,
  toPage,
} from '@duijie/common';
import { EnterpriseEntity, EnterprisesService, ParticipantType, VerificationStatus } from '@duijie/enterprises';
import { EventsService } from '@duijie/events';
import { NotificationEntity, NotificationProducer } from '@duijie/notifications';
import { ReferenceService, Sector, SECTOR_NAMES } from '@duijie/reference';

import { FinancingNeedInput, FinancingProductInput } from './finance.dto';
import { FinancingStatus } from './finance.enums';
import { FinanceRepository } from './finance.repository';
import { needPatch, productPatch } from './finance-rules';
import { financingFit, FitNames, NOTIFY_SCORE, worthKeeping, yuan } from './financing-fit';
import { FinancingNeedEntity } from './financing-need.entity';
import { FinancingProductEntity } from './financing-product.entity';

export const PRODUCT_NOT_FOUND = '金融产品不存在';
export const NEED_NOT_FOUND = '融资需求不存在';

/** A verified financial institution (金融机构, 已认证): the only party that publishes financing products. */
export function isLender(firm: EnterpriseEntity | null): boolean {
  return (
    !!firm &&
    firm.participantType === ParticipantType.FINANCIAL_INSTITUTION &&
    firm.verificationStatus === VerificationStatus.VERIFIED
  );
}

/**
 * 政银企对接: banks publish financing products, firms post financing needs, and every need is
 * matched against every open product when either is written (synchronously, in the write's
 * transaction: a few hundred products and needs per province are milliseconds of arithmetic, and
 * the writer sees its matches at once). Strong pairs notify the bank and the firm, once per pair.
 */
@Injectable()
export class FinanceService {
  constructor(
    private readonly repository: FinanceRepository,
    private readonly enterprises: EnterprisesService,
    private readonly events: EventsService,
    private readonly reference: ReferenceService,
    private readonly notifications: NotificationProducer,
  ) {}

  readonly names: FitNames = {
    sector: (s) => SECTOR_NAMES[s as Sector] ?? s,
    region: (r) => this.reference.regionNames(r).join('') || r,
  };

  /** The viewer's firm when it is a verified financial institution, else null. */
  async viewerLender(viewer: Viewer | null): Promise<EnterpriseEntity | null> {
    if (!viewer?.enterpriseId) return null;
    const firm = await this.enterprises.get(viewer.enterpriseId);
    return isLender(firm) ? firm : null;
  }

  // ── products ──
  async createProduct(viewer: Viewer, input: FinancingProductInput): Promise<FinancingProductEntity> {
    const lender = await this.viewerLender(viewer);
    if (!lender) throw new ForbiddenError('只有已认证的金融机构可以发布金融产品');
    const patch = productPatch(input, null, this.reference);
    return this.write(async (m) => {
      const product = await this.repository.insertProduct(m, { ...patch, lenderEnterpriseId: lender.id });
      return { result: product, notices: await this.matchProduct(m, product) };
    });
  }

  async updateProduct(viewer: Viewer, id: string, input: FinancingProductInput): Promise<FinancingProductEntity> {
    const found = isUuid(id) ? await this.repository.product(id) : null;
    if (!found) throw new ApiError('NOT_FOUND', PRODUCT_NOT_FOUND);
    if (!Access.mayActForEnterprise(viewer, found.lenderEnterpriseId))
      throw new ForbiddenError('只有发布该产品的金融机构可以修改它');
    const patch = productPatch(input, found, this.reference);
    return this.write(async (m) => {
      await this.repository.lockProduct(m, id);
      const product = await this.repository.updateProduct(m, id, patch);
      return { result: product, notices: await this.matchProduct(m, product) };
    });
  }

  async product(id: string): Promise<FinancingProductEntity | null> {
    return isUuid(id) ? this.repository.product(id) : null;
  }

  /** A product as the viewer may see it: open ones to anyone, closed ones to its bank and admins. */
  async visibleProduct(viewer: Viewer | null, id: string): Promise<FinancingProductEntity> {
    const p = await this.product(id);
    if (!p || (p.status !== FinancingStatus.OPEN && !Access.mayActForEnterprise(viewer, p.lenderEnterpriseId)))
      throw new ApiError('NOT_FOUND', PRODUCT_NOT_FOUND);
    return p;
  }

  /** A bank's products (all of them for its members and admins), or every open product. */
  async products(
    viewer: Viewer | null,
    lenderId: string | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<FinancingProductEntity>> {
    if (lenderId !== null && !isUuid(lenderId))
      throw new BadInputError([{ field: 'lenderEnterpriseId', message: 'lenderEnterpriseId（金融机构）无效' }]);
    const own = lenderId !== null && Access.mayActForEnterprise(viewer, lenderId);
    const limit = pageSize(first);
    const { rows, count } = this.repository.productsPage(
      { lenderId, openOnly: !own },
      limit,
      after ? decodeTimeIdCursor(after) : null,
    );
    return toPage(
      await rows,
      limit,
      count,
      (p) => encodeTimeIdCursor(p.createdAt, p.id),
      (p) => p,
      !!after,
    );
  }

  // ── needs ──
  async createNeed(viewer: Viewer, input: FinancingNeedInput): Promise<FinancingNeedEntity> {
    const firm = viewer.enterpriseId ? await this.enterprises.get(viewer.enterpriseId) : null;
    if (!firm) throw new ForbiddenError('请先登记或加入企业，再发布融资需求');
    const patch = needPatch(input, null);
    const scale = patch.scale ?? firm.scale;
    if (!scale)
      throw new BadInputError([
        { field: 'scale', message: 'scale（企业规模）必填：企业资料未登记规模时，请在融资需求中填写' },
      ]);
    await this.checkEvent(input.eventId, firm.id);
    return this.write(async (m) => {
      const need = await this.repository.insertNeed(m, {
        ...patch,
        scale,
        eventId: input.eventId ?? null,
        enterpriseId: firm.id,
        sector: firm.sector,
        regionCode: firm.regionCode,
      });
      return { result: need, notices: await this.matchNeed(m, need) };
    });
  }

  async updateNeed(viewer: Viewer, id: string, input: FinancingNeedInput): Promise<FinancingNeedEntity> {
    const found = isUuid(id) ? await this.repository.need(id) : null;
    if (!found || !(await this.maySeeNeed(viewer, found))) throw new ApiError('NOT_FOUND', NEED_NOT_FOUND);
    if (!Access.mayActForEnterprise(viewer, found.enterpriseId))
      throw new ForbiddenError('只有发布该融资需求的企业可以修改它');
    const patch = needPatch(input, found);
    if (input.eventId !== undefined) {
      await this.checkEvent(input.eventId, found.enterpriseId);
      patch.eventId = input.eventId ?? null;
    }
    return this.write(async (m) => {
      await this.repository.lockNeed(m, id);
      const need = await this.repository.updateNeed(m, id, patch);
      return { result: need, notices: await this.matchNeed(m, need) };
    });
  }

  async maySeeNeed(viewer: Viewer | null, need: FinancingNeedEntity): Promise<boolean> {
    if (!viewer) return false;
    if (Access.mayActForEnterprise(viewer, need.enterpriseId) || !need.confidential)
      return Access.maySeeFinancingNeed(viewer, need, false);
    return Access.maySeeFinancingNeed(viewer, need, !!(await this.viewerLender(viewer)));
  }

  async visibleNeed(viewer: Viewer | null, id: string): Promise<FinancingNeedEntity> {
    const need = isUuid(id) ? await this.repository.need(id) : null;
    if (!need || !(await this.maySeeNeed(viewer, need))) throw new ApiError('NOT_FOUND', NEED_NOT_FOUND);
    return need;
  }

  async myNeeds(viewer: Viewer, first?: number | null, after?: string | null): Promise<Page<FinancingNeedEntity>> {
    if (!viewer.enterpriseId) throw new ForbiddenError('请先登记或加入企业');
    const limit = pageSize(first);
    const { rows, count } = this.repository.needsPage(
      viewer.enterpriseId,
      limit,
      after ? decodeTimeIdCursor(after) : null,
    );
    return toPage(
      await rows,
      limit,
      count,
      (n) => encodeTimeIdCursor(n.createdAt, n.id),
      (n) => n,
      !!after,
    );
  }

  /** An event a need names counts it in its report: the firm's registration there must have been approved. */
  private async checkEvent(eventId: string | null | undefined, enterpriseId: string): Promise<void> {
    if (!eventId) return;
    if (!isUuid(eventId) || !(await this.events.get(eventId)))
      throw new BadInputError([{ field: 'eventId', message: 'eventId（对接活动）不存在' }]);
    if (!(await this.repository.approvedAt([enterpriseId], eventId)))
      throw new BadInputError([{ field: 'eventId', message: 'eventId（对接活动）须为贵企业报名已通过的活动' }]);
  }

  // ── matching ──
  private async matchNeed(m: EntityManager, need: FinancingNeedEntity): Promise<(NotificationEntity | null)[]> {
    const products = need.status === FinancingStatus.OPEN ? await this.repository.openProducts(m) : [];
    return this.keep(m, { needId: need.id }, need, products);
  }

  private async matchProduct(
    m: EntityManager,
    product: FinancingProductEntity,
  ): Promise<(NotificationEntity | null)[]> {
    const needs = product.status === FinancingStatus.OPEN ? await this.repository.openNeeds(m) : [];
    const notices: (NotificationEntity | null)[] = [];
    const pairs = needs
      .filter((n) => n.enterpriseId !== product.lenderEnterpriseId)
      .map((need) => ({ need, fit: financingFit(product, need, this.names) }))
      .filter((p) => worthKeeping(p.fit));
    await this.repository.replaceMatches(
      m,
      { productId: product.id },
      pairs.map((p) => ({
        needId: p.need.id,
        productId: product.id,
        lenderEnterpriseId: product.lenderEnterpriseId,
        fit: p.fit,
      })),
    );
    for (const p of pairs)
      if (p.fit.eligible && p.fit.score >= NOTIFY_SCORE)
        notices.push(...(await this.tell(m, p.need, product, p.fit.score)));
    return notices;
  }

  private async keep(
    m: EntityManager,
    side: { needId: string },
    need: FinancingNeedEntity,
    products: FinancingProductEntity[],
  ): Promise<(NotificationEntity | null)[]> {
    const pairs = products
      .filter((p) => p.lenderEnterpriseId !== need.enterpriseId)
      .map((product) => ({ product, fit: financingFit(product, need, this.names) }))
      .filter((p) => worthKeeping(p.fit));
    await this.repository.replaceMatches(
      m,
      side,
      pairs.map((p) => ({
        needId: need.id,
        productId: p.product.id,
        lenderEnterpriseId: p.product.lenderEnterpriseId,
        fit: p.fit,
      })),
    );
    const notices: (NotificationEntity | null)[] = [];
    for (const p of pairs)
      if (p.fit.eligible && p.fit.score >= NOTIFY_SCORE)
        notices.push(...(await this.tell(m, need, p.product, p.fit.score)));
    return notices;
  }

  /** Tells the bank of the need and the firm of the product; the keys make it once per pair. */
  private async tell(m: EntityManager, need: FinancingNeedEntity, product: FinancingProductEntity, score: number) {
    const firm = await this.enterprises.get(need.enterpriseId);
    const pct = `${Math.round(score * 100)}%`;
    const data = {
      financingNeedId: need.id,
      financingProductId: product.id,
      ...(need.eventId ? { eventId: need.eventId } : {}),
    };
    return [
      await this.notifications.record(m, {
        enterpriseId: product.lenderEnterpriseId,
        kind: 'FINANCING_NEED_MATCHED',
        key: `financing-need-matched-${need.id}-${product.id}`,
        title: `新的融资需求匹配「${product.name}」`,
        body: `${firm?.name ?? '一家企业'}需要融资${yuan(need.amountCny)}（${need.termMonths}个月，${need.purpose}），与「${product.name}」匹配度${pct}。`,
        data,
      }),
      await this.notifications.record(m, {
        enterpriseId: need.enterpriseId,
        kind: 'FINANCING_PRODUCT_MATCHED',
        key: `financing-product-matched-${need.id}-${product.id}`,
        title: `金融产品「${product.name}」适合您的融资需求`,
        body: `您${yuan(need.amountCny)}的融资需求与「${product.name}」匹配度${pct}，可查看匹配理由并联系金融机构。`,
        data,
      }),
    ];
  }

  private async write<T>(
    work: (m: EntityManager) => Promise<{ result: T; notices: (NotificationEntity | null)[] }>,
  ): Promise<T> {
    const { result, notices } = await this.repository.transaction(work);
    for (const n of notices) await this.notifications.publish(n);
    return result;
  }
}
