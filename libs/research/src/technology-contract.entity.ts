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

import { CooperationMode, TechContractStatus } from './technology.enums';

/**
 * 技术合同 between a research body (the result's owner) and a firm (the need's owner). One side
 * proposes; it counts (in reports) only once the other side confirmed. The event is the need's.
 */
@Entity('technology_contract')
@Index('idx_technology_contract_event', ['eventId'])
@Index('idx_technology_contract_research', ['researchEnterpriseId'])
@Index('idx_technology_contract_firm', ['firmEnterpriseId'])
@Index('uq_technology_contract_proposed', ['resultId', 'needId'], { unique: true, where: `status = 'PROPOSED'` })
@Check('ck_technology_contract_status', `status IN ('PROPOSED', 'CONFIRMED', 'DECLINED')`)
@Check('ck_technology_contract_mode', `mode IN ('TRANSFER', 'LICENSE', 'JOINT_DEVELOPMENT', 'TECHNICAL_SERVICE')`)
@Check('ck_technology_contract_amount', `amount_cny >= 0`)
@Check('ck_technology_contract_parties', `research_enterprise_id <> firm_enterprise_id`)
export class TechnologyContractEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'result_id', type: 'uuid' })
  resultId: string;

  @ManyToOne('TechnologyResultEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'result_id', foreignKeyConstraintName: 'fk_technology_contract_result' })
  result?: unknown;

  @Column({ name: 'need_id', type: 'uuid' })
  needId: string;

  @ManyToOne('TechnologyNeedEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'need_id', foreignKeyConstraintName: 'fk_technology_contract_need' })
  need?: unknown;

  @Column({ name: 'research_enterprise_id', type: 'uuid' })
  researchEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'research_enterprise_id', foreignKeyConstraintName: 'fk_technology_contract_research' })
  research?: unknown;

  @Column({ name: 'firm_enterprise_id', type: 'uuid' })
  firmEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'firm_enterprise_id', foreignKeyConstraintName: 'fk_technology_contract_firm' })
  firm?: unknown;

  @Column({ name: 'proposed_by_enterprise_id', type: 'uuid' })
  proposedByEnterpriseId: string;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne('DockingEventEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_technology_contract_event' })
  event?: unknown;

  @Column({ name: 'amount_cny', type: 'numeric', precision: 16, scale: 2 })
  amountCny: string;

  @Column({ type: 'text' })
  mode: CooperationMode;

  /** YYYY-MM-DD */
  @Column({ name: 'signed_on', type: 'date' })
  signedOn: string;

  @Column({ type: 'text', default: TechContractStatus.PROPOSED })
  status: TechContractStatus;

  @Column({ name: 'answered_at', type: 'timestamptz', precision: 3, nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
