import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import type { PolicyRule } from './policy-rules';

/**
 * A policy (惠企政策) a verified government body publishes: its benefit, the deadline for
 * applications, the regions it covers and its eligibility rules, a typed list (policy-rules.ts)
 * the worker evaluates against every firm in those regions.
 */
@Entity('policy')
@Index('idx_policy_issuer', ['issuerEnterpriseId', 'createdAt', 'id'])
@Index('idx_policy_open', ['deadline', 'id'])
@Check('ck_policy_benefit_amount', `benefit_amount_cny IS NULL OR benefit_amount_cny >= 0`)
@Check('ck_policy_region_codes', `cardinality(region_codes) >= 1`)
export class PolicyEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_policy' })
  id: string;

  /** The government body (政府部门) that issued it. */
  @Column({ name: 'issuer_enterprise_id', type: 'uuid' })
  issuerEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issuer_enterprise_id', foreignKeyConstraintName: 'fk_policy_issuer' })
  issuer?: unknown;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** What an eligible firm receives, in the body's words. */
  @Column({ type: 'varchar', length: 2000 })
  benefit: string;

  @Column({ name: 'benefit_amount_cny', type: 'numeric', precision: 16, scale: 2, nullable: true })
  benefitAmountCny: string | null;

  /** Applications close at this time (申报截止). */
  @Column({ type: 'timestamptz', precision: 3 })
  deadline: Date;

  /** GB/T 2260 codes of the regions it covers (520000: all of Guizhou). */
  @Column({ name: 'region_codes', type: 'text', array: true })
  regionCodes: string[];

  @Column({ type: 'jsonb' })
  rules: PolicyRule[];

  /** The docking event it was announced at, if any. */
  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  @ManyToOne('DockingEventEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_policy_event' })
  event?: unknown;

  /** Firms that met every rule at the last evaluation. */
  @Column({ name: 'eligible_count', type: 'integer', default: 0 })
  eligibleCount: number;

  @Column({ name: 'evaluated_at', type: 'timestamptz', precision: 3, nullable: true })
  evaluatedAt: Date | null;

  /** When the body last asked for an evaluation now (reevaluatePolicy): at most one a minute is taken. */
  @Column({ name: 'reevaluation_requested_at', type: 'timestamptz', precision: 3, nullable: true })
  reevaluationRequestedAt: Date | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
