import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/** 已申报 → 已受理 → 已兑现, or 未通过. */
export enum PolicyApplicationStatus {
  SUBMITTED = 'SUBMITTED',
  ACCEPTED = 'ACCEPTED',
  GRANTED = 'GRANTED',
  REJECTED = 'REJECTED',
}

export const APPLICATION_STATUS_NAMES: Record<PolicyApplicationStatus, string> = {
  SUBMITTED: '已申报',
  ACCEPTED: '已受理',
  GRANTED: '已兑现',
  REJECTED: '未通过',
};

/** A firm's application (申报) for a policy, reviewed by the issuing body; one per firm and policy. */
@Entity('policy_application')
@Unique('uq_policy_application_firm', ['policyId', 'enterpriseId'])
@Index('idx_policy_application_policy', ['policyId', 'createdAt', 'id'])
@Index('idx_policy_application_enterprise', ['enterpriseId'])
@Index('idx_policy_application_event', ['eventId'])
@Check('ck_policy_application_status', `status IN ('SUBMITTED', 'ACCEPTED', 'GRANTED', 'REJECTED')`)
export class PolicyApplicationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_policy_application' })
  id: string;

  @Column({ name: 'policy_id', type: 'uuid' })
  policyId: string;

  @ManyToOne('PolicyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'policy_id', foreignKeyConstraintName: 'fk_policy_application_policy' })
  policy?: unknown;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_policy_application_enterprise' })
  enterprise?: unknown;

  /** The docking event the firm applied at, if any (counted in its report). */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne('DockingEventEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_policy_application_event' })
  event?: unknown;

  @Column({ type: 'text', default: PolicyApplicationStatus.SUBMITTED })
  status: PolicyApplicationStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'review_note', type: 'varchar', length: 500, nullable: true })
  reviewNote: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt: Date | null;

  @Column({ name: 'applied_by_user_id', type: 'uuid', nullable: true })
  appliedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
