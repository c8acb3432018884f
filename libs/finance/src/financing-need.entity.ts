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

/**
 * 融资需求: a firm asks for a loan. Its sector and region are the firm's when it posted (the
 * matching and the event report read them here); confidential needs are for banks only.
 */
@Entity('financing_need')
@Index('idx_financing_need_firm', ['enterpriseId', 'createdAt', 'id'])
@Index('idx_financing_need_event', ['eventId'])
@Check('ck_financing_need_status', `status IN ('OPEN', 'CLOSED')`)
@Check('ck_financing_need_amount', `amount_cny > 0`)
@Check('ck_financing_need_term', `term_months >= 1`)
export class FinancingNeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_financing_need_enterprise' })
  enterprise?: unknown;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne('DockingEventEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_financing_need_event' })
  event?: unknown;

  @Column({ name: 'amount_cny', type: 'numeric', precision: 16, scale: 2 })
  amountCny: string;

  @Column({ type: 'varchar', length: 500 })
  purpose: string;

  @Column({ name: 'term_months', type: 'int' })
  termMonths: number;

  @Column({ name: 'guarantee_types', type: 'text', array: true })
  guaranteeTypes: GuaranteeType[];

  @Column({ name: 'scale', type: 'text' })
  scale: EnterpriseScale;

  @Column({ type: 'text' })
  sector: string;

  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  /** 仅金融机构可见 (the default); false: any signed-in user. */
  @Column({ type: 'boolean', default: true })
  confidential: boolean;

  @Column({ type: 'text', default: FinancingStatus.OPEN })
  status: FinancingStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
