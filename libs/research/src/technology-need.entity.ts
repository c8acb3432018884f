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

import { TechMaturity } from './technology.enums';

/** 技术需求: a firm's problem it seeks a technology for, with the least maturity it can use. */
@Entity('technology_need')
@Index('idx_technology_need_enterprise', ['enterpriseId'])
@Index('idx_technology_need_event', ['eventId'])
@Check('ck_technology_need_maturity', `min_maturity IN ('LABORATORY', 'SMALL_PILOT', 'PILOT', 'INDUSTRIALISED')`)
@Check('ck_technology_need_budget', `budget_cny IS NULL OR budget_cny >= 0`)
export class TechnologyNeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_technology_need_enterprise' })
  enterprise?: unknown;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  /** 需要解决的问题 */
  @Column({ type: 'varchar', length: 2000 })
  problem: string;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode: string;

  /** null: not stated */
  @Column({ name: 'budget_cny', type: 'numeric', precision: 16, scale: 2, nullable: true })
  budgetCny: string | null;

  /** YYYY-MM-DD (China time): the need is matched until then. */
  @Column({ type: 'date' })
  deadline: string;

  @Column({ name: 'min_maturity', type: 'text' })
  minMaturity: TechMaturity;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne('DockingEventEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_technology_need_event' })
  event?: unknown;

  @Column({ type: 'boolean', default: true })
  open: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
