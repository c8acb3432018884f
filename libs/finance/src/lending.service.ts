import { Injectable } from '@nestjs/common';

import { Access, Viewer } from '@duijie/accounts';
import {
  ApiError,
  badCursor,
  decodeCursor,
  encodeCursor,
  FieldErrors,
  ForbiddenError,
  isUuid,
  Page,
  pageSize,
  toPage,
} from '@duijie/common';
import { EnterprisesService } from '@duijie/enterprises';
import { ConfirmedSale, SignedDealsRepository } from '@duijie/outcomes';

import { FinancingDealShareEntity } from './deal-share.entity';
import { MAX_SHARED_DEALS, ShareDealsWithLenderInput } from './finance.dto';
import { GuaranteeType, LoanStage } from './finance.enums';
import { FinanceRepository } from './finance.repository';
import { FinanceService, isLender, NEED_NOT_FOUND, PRODUCT_NOT_FOUND } from './finance.service';
import { FinancingMatchEntity } from './financing-match.entity';
import { FinancingNeedEntity } from './financing-need.entity';

const STAGE_ORDER: Record<LoanStage, number> = { ACCEPTED: 1, APPROVED: 2, DISBURSED: 3, REJECTED: 3 };

/**
 * What happens after a match: the firm's and the bank's lists of matches, the firm's consent to
 * show signed deals to one bank (订单融资), and the bank's record of the loan.
 */
@Injectable()
export class LendingService {
  constructor(
    private readonly repository: FinanceRepository,
    private readonly finance: FinanceService,
    private readonly enterprises: EnterprisesService,
    private readonly deals: SignedDealsRepository,
  ) {}

  /** The products matched to a need: its firm's members and admins. */
  async matchesForNeed(
    viewer: Viewer,
    needId: string,
    includeIneligible: boolean,
    first?: number | null,
    after?: string | null,
  ) {
    const need = await this.finance.visibleNeed(viewer, needId);
    if (!Access.mayActForEnterprise(viewer, need.enterpriseId))
      throw new ForbiddenError('只有发布该融资需求的企业可以查看匹配的金融产品');
    return this.page({ needId: need.id }, includeIneligible, first, after);
  }

  /** The needs matched to a product: its bank's members and admins. */
  async matchesForProduct(
    viewer: Viewer,
    productId: string,
    includeIneligible: boolean,
    first?: number | null,
    after?: string | null,
  ) {
    const product = await this.finance.product(productId);
    if (!product) throw new ApiError('NOT_FOUND', PRODUCT_NOT_FOUND);
    if (!Access.mayActForEnterprise(viewer, product.lenderEnterpriseId))
      throw new ForbiddenError('只有发布该产品的金融机构可以查看匹配的融资需求');
    return this.page({ productId: product.id }, includeIneligible, first, after);
  }

  private async page(
    side: { needId: string } | { productId: string },
    includeIneligible: boolean,
    first?: number | null,
    after?: string | null,
  ): Promise<Page<FinancingMatchEntity>> {
    const limit = pageSize(first);
    let key = null;
    if (after) {
      const [score, id] = decodeCursor(after, ['number', 'string']) as [number, string];
      if (!isUuid(id)) throw badCursor();
      key = { score, id };
    }
    const { rows, count } = this.repository.matchesPage(side, includeIneligible, limit, key);
    const other = (m: FinancingMatchEntity) => ('needId' in side ? m.productId : m.needId);
    return toPage(
      await rows,
      limit,
      count,
      (m) => encodeCursor([Number(m.score), other(m)]),
      (m) => m,
      !!after,
    );
  }

  // ── 订单融资: consent ──
  async shareDeals(viewer: Viewer, input: ShareDealsWithLenderInput): Promise<FinancingDealShareEntity> {
    const need = await this.ownNeed(viewer, input.needId);
    const errors = new FieldErrors();
    if (!need.guaranteeTypes.includes(GuaranteeType.ORDER_FINANCING))
      errors.add('needId', 'needId（融资需求）的担保方式不含订单融资，不能以订单作为支持');
    const lender = isUuid(input.lenderEnterpriseId) ? await this.enterprises.get(input.lenderEnterpriseId) : null;
    if (!isLender(lender))
      errors.add('lenderEnterpriseId', 'lenderEnterpriseId（金融机构）不存在或不是已认证的金融机构');
    if (input.productId) {
      const product = isUuid(input.productId) ? await this.finance.product(input.productId) : null;
      if (!product || product.lenderEnterpriseId !== input.lenderEnterpriseId)
        errors.add('productId', 'productId（金融产品）不是该金融机构的产品');
    }
    const ids = [...new Set(input.dealIds)];
    if (ids.length === 0 || ids.length > MAX_SHARED_DEALS)
      errors.add('dealIds', `dealIds（订单）须选择 1 到 ${MAX_SHARED_DEALS} 份已签约的合同`);
    else if (
      !ids.every(isUuid) ||
      (await this.deals.confirmedSalesOf(need.enterpriseId, ids, ids.length)).length !== ids.length
    )
      errors.add('dealIds', 'dealIds（订单）须为本企业作为供方、双方已确认签约或履约的合作成果');
    errors.throwIfAny();
    return this.repository.transaction((m) =>
      this.repository.upsertShare(m, {
        needId: need.id,
        lenderEnterpriseId: lender!.id,
        productId: input.productId ?? null,
        dealIds: ids,
        grantedByUserId: viewer.userId,
      }),
    );
  }

  async withdrawShare(viewer: Viewer, id: string): Promise<FinancingDealShareEntity> {
    const share = isUuid(id) ? await this.repository.share(id) : null;
    const need = share ? await this.repository.need(share.needId) : null;
    if (!share || !need || !Access.isMemberOf(viewer, need.enterpriseId))
      throw new ApiError('NOT_FOUND', '订单授权不存在');
    return this.repository.transaction((m) => this.repository.withdrawShare(m, share.id));
  }

  /** The consents of a need, to its firm's members only. */
  async sharesOf(viewer: Viewer | null, need: FinancingNeedEntity): Promise<FinancingDealShareEntity[]> {
    if (!Access.isMemberOf(viewer, need.enterpriseId)) return [];
    return this.repository.sharesOf(need.id, MAX_SHARED_DEALS);
  }

  /** The deals behind a need that the viewer may see: the firm all it shares now, a bank those shared with it. */
  async sharedDeals(viewer: Viewer | null, need: FinancingNeedEntity): Promise<ConfirmedSale[]> {
    let ids: string[];
    if (Access.isMemberOf(viewer, need.enterpriseId)) ids = await this.repository.activeDealIds(need.id);
    else {
      const share = viewer?.enterpriseId ? await this.repository.activeShare(need.id, viewer.enterpriseId) : null;
      if (!Access.maySeeSharedDeals(viewer, need, share)) return [];
      ids = share!.dealIds;
    }
    return ids.length === 0 ? [] : this.deals.confirmedSalesOf(need.enterpriseId, ids, MAX_SHARED_DEALS);
  }

  /** The firm's confirmed sales it may put behind a need. */
  async myConfirmedSales(viewer: Viewer): Promise<ConfirmedSale[]> {
    if (!viewer.enterpriseId) throw new ForbiddenError('请先登记或加入企业');
    return this.deals.confirmedSalesOf(viewer.enterpriseId, null, MAX_SHARED_DEALS);
  }

  private async ownNeed(viewer: Viewer, needId: string): Promise<FinancingNeedEntity> {
    const need = isUuid(needId) ? await this.repository.need(needId) : null;
    if (!need || !(await this.finance.maySeeNeed(viewer, need))) throw new ApiError('NOT_FOUND', NEED_NOT_FOUND);
    if (!Access.isMemberOf(viewer, need.enterpriseId))
      throw new ForbiddenError('只有发布该融资需求的企业可以授权金融机构查看订单');
    return need;
  }

  // ── the loan ──
  /** 受理 → 审批 → 已放款 (with the amount), or 未通过: by the product's bank; never backwards. */
  async recordLoan(
    viewer: Viewer,
    needId: string,
    productId: string,
    stage: LoanStage,
    amountCny: string | null | undefined,
  ): Promise<FinancingMatchEntity> {
    const product = isUuid(productId) ? await this.finance.product(productId) : null;
    if (!product) throw new ApiError('NOT_FOUND', PRODUCT_NOT_FOUND);
    if (!Access.isMemberOf(viewer, product.lenderEnterpriseId))
      throw new ForbiddenError('只有发布该产品的金融机构可以登记放款结果');
    return this.repository.transaction(async (m) => {
      const match = isUuid(needId) ? await this.repository.lockMatch(m, needId, product.id) : null;
      if (!match) throw new ApiError('NOT_FOUND', '该融资需求未与此产品匹配');
      const errors = new FieldErrors();
      // a loan counts in the event's report: only on a need the product may serve, within what was asked
      if (!match.eligible)
        errors.add('needId', 'needId（融资需求）不符合该产品的申请条件（行业、地区或企业规模），不能登记放款结果');
      const current = match.loanStage;
      if (current === LoanStage.DISBURSED || current === LoanStage.REJECTED)
        errors.add(
          'stage',
          `stage（进度）已登记为「${current === LoanStage.DISBURSED ? '已放款' : '未通过'}」，不能再更改`,
        );
      else if (current && STAGE_ORDER[stage] <= STAGE_ORDER[current])
        errors.add('stage', 'stage（进度）只能向前：受理 → 审批 → 已放款，或未通过');
      if (stage === LoanStage.DISBURSED && !amountCny) errors.add('amountCny', 'amountCny（放款金额）放款时必填');
      if (stage === LoanStage.DISBURSED && amountCny && Number(amountCny) <= 0)
        errors.add('amountCny', 'amountCny（放款金额）须大于 0');
      if (stage !== LoanStage.DISBURSED && amountCny) errors.add('amountCny', 'amountCny（放款金额）仅在已放款时填写');
      if (stage === LoanStage.DISBURSED && amountCny && Number(amountCny) > 0) {
        const need = (await this.repository.need(match.needId))!;
        const ceiling = Math.min(Number(need.amountCny), Number(product.maxAmountCny));
        if (Number(amountCny) > ceiling)
          errors.add(
            'amountCny',
            `amountCny（放款金额）不能超过融资需求金额与该产品最高额度中较小者（${ceiling.toFixed(2)} 元）`,
          );
      }
      errors.throwIfAny();
      return this.repository.recordLoan(
        m,
        match.needId,
        product.id,
        stage,
        stage === LoanStage.DISBURSED ? amountCny! : null,
      );
    });
  }
}
