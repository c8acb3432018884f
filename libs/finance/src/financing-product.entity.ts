import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import type { EnterpriseScale } from '@duijie/enterprises';

import { FinancingStatus, GuaranteeType } from './finance.enums';

/** 金融产品: a financial institution's loan offer, with the firms it serves and the terms it gives. */
@Entity('financing_product')
@Index('idx_financing_product_lender', ['lenderEnterpriseId', 'createdAt', 'id'])
@Index('idx_financing_product_open', ['status', 'createdAt', 'id'])
@Check('ck_financing_product_status', `status IN ('OPEN', 'CLOSED')`)
@Check('ck_financing_product_amounts', `min_amount_cny > 0 AND min_amount_cny <= max_amount_cny`)
@Check('ck_financing_product_terms', `min_term_months >= 1 AND min_term_months <= max_term_months`)
@Check(
  'ck_financing_product_rates',
  `min_annual_rate >= 0 AND min_annual_rate <= max_annual_rate AND max_annual_rate <= 36`,
)
export class FinancingProductEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The bank (a FINANCIAL_INSTITUTION participant). */
  @Column({ name: 'lender_enterprise_id', type: 'uuid' })
  lenderEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lender_enterprise_id', foreignKeyConstraintName: 'fk_financing_product_lender' })
  lender?: unknown;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'min_amount_cny', type: 'numeric', precision: 16, scale: 2 })
  minAmountCny: string;

  @Column({ name: 'max_amount_cny', type: 'numeric', precision: 16, scale: 2 })
  maxAmountCny: string;

  /** 年化利率 (%), e.g. 3.45. */
  @Column({ name: 'min_annual_rate', type: 'numeric', precision: 5, scale: 2 })
  minAnnualRate: string;

  @Column({ name: 'max_annual_rate', type: 'numeric', precision: 5, scale: 2 })
  maxAnnualRate: string;

  @Column({ name: 'min_term_months', type: 'int' })
  minTermMonths: number;

  @Column({ name: 'max_term_months', type: 'int' })
  maxTermMonths: number;

  @Column({ name: 'guarantee_types', type: 'text', array: true })
  guaranteeTypes: GuaranteeType[];

  /** Empty: every sector. */
  @Column({ type: 'text', array: true, default: () => `'{}'` })
  sectors: string[];

  /** GB/T 2260 codes, matched by prefix; empty: everywhere. */
  @Column({ name: 'region_codes', type: 'text', array: true, default: () => `'{}'` })
  regionCodes: string[];

  /** Empty: every size. */
  @Column({ name: 'scales', type: 'text', array: true, default: () => `'{}'` })
  scales: EnterpriseScale[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'text', default: FinancingStatus.OPEN })
  status: FinancingStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
