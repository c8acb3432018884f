import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A firm that met a policy's rules at some evaluation. The row is written once, with the
 * notification (符合条件) in the same transaction, so re-evaluation never notifies it again;
 * `eligible` follows the latest evaluation.
 */
@Entity('policy_eligible_firm')
@Index('idx_policy_eligible_firm_enterprise', ['enterpriseId'])
export class PolicyEligibleFirmEntity {
  @PrimaryColumn({ name: 'policy_id', type: 'uuid', primaryKeyConstraintName: 'pk_policy_eligible_firm' })
  policyId: string;

  @ManyToOne('PolicyEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'policy_id', foreignKeyConstraintName: 'fk_policy_eligible_firm_policy' })
  policy?: unknown;

  @PrimaryColumn({ name: 'enterprise_id', type: 'uuid', primaryKeyConstraintName: 'pk_policy_eligible_firm' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_policy_eligible_firm_enterprise' })
  enterprise?: unknown;

  @Column({ type: 'boolean', default: true })
  eligible: boolean;

  @Column({ name: 'first_eligible_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  firstEligibleAt: Date;

  @Column({ name: 'notified_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  notifiedAt: Date;
}
