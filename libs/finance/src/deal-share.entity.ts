import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 订单融资授权: a firm lets one bank see chosen signed deals behind one financing need. Only that
 * bank's members see them, and only until the firm withdraws (withdrawnAt).
 */
@Entity('financing_deal_share')
@Index('idx_financing_deal_share_need', ['needId', 'lenderEnterpriseId'])
@Index('uq_financing_deal_share_active', { synchronize: false }) // partial unique (withdrawn_at IS NULL), in the migration
export class FinancingDealShareEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  @ManyToOne('FinancingNeedEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_financing_deal_share_need' })
  need?: unknown;

  @Column({ name: 'lender_enterprise_id', type: 'uuid' })
  lenderEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lender_enterprise_id', foreignKeyConstraintName: 'fk_financing_deal_share_lender' })
  lender?: unknown;

  /** The product the firm applies for, when it names one. */
  @Column({ name: 'product_id', type: 'uuid', nullable: true })
  productId: string | null;

  @ManyToOne('FinancingProductEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_financing_deal_share_product' })
  product?: unknown;

  @Column({ name: 'deal_ids', type: 'uuid', array: true })
  dealIds: string[];

  @Column({ name: 'granted_by_user_id', type: 'uuid', nullable: true })
  grantedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', precision: 3, nullable: true })
  withdrawnAt: Date | null;
}
