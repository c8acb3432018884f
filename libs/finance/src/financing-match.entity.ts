import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';

import { LoanStage } from './finance.enums';
import type { FinancingCondition } from './financing-fit';

/**
 * A need against a product (政银企匹配): eligible or not, its score and every condition met or
 * missing; and the bank's record of the loan (受理 → 审批 → 已放款, or 未通过).
 */
@Entity('financing_match')
@Index('idx_financing_match_product', ['productId', 'score'])
@Index('idx_financing_match_lender', ['lenderEnterpriseId'])
@Check(
  'ck_financing_match_loan_stage',
  `loan_stage IS NULL OR loan_stage IN ('ACCEPTED', 'APPROVED', 'DISBURSED', 'REJECTED')`,
)
@Check('ck_financing_match_loan_amount', `loan_amount_cny IS NULL OR loan_amount_cny > 0`)
export class FinancingMatchEntity {
  @PrimaryColumn({ name: 'need_id', type: 'uuid' })
  needId: string;

  @ManyToOne('FinancingNeedEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_financing_match_need' })
  need?: unknown;

  @PrimaryColumn({ name: 'product_id', type: 'uuid' })
  productId: string;

  @ManyToOne('FinancingProductEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_financing_match_product' })
  product?: unknown;

  /** The product's bank, kept here for its list of matched needs. */
  @Column({ name: 'lender_enterprise_id', type: 'uuid' })
  lenderEnterpriseId: string;

  @Column({ type: 'boolean' })
  eligible: boolean;

  @Column({ type: 'numeric', precision: 5, scale: 4 })
  score: string;

  @Column({ type: 'jsonb' })
  conditions: FinancingCondition[];

  @Column({ name: 'loan_stage', type: 'text', nullable: true })
  loanStage: LoanStage | null;

  @Column({ name: 'loan_amount_cny', type: 'numeric', precision: 16, scale: 2, nullable: true })
  loanAmountCny: string | null;

  @Column({ name: 'loan_updated_at', type: 'timestamptz', precision: 3, nullable: true })
  loanUpdatedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
