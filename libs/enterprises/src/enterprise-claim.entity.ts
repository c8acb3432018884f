import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum EnterpriseClaimStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/**
 * A user's claim on an unclaimed firm (认领企业), made by registering its credit code. The organiser
 * whose import brought the firm in, or an admin, approves it; the claimant then becomes its member.
 */
@Entity('enterprise_claim')
@Index('idx_enterprise_claim_claimant', ['claimantUserId'])
@Index('uq_enterprise_claim_pending', { synchronize: false }) // partial unique (status = 'PENDING'), in the migration
@Check('ck_enterprise_claim_status', `status IN ('PENDING', 'APPROVED', 'REJECTED')`)
export class EnterpriseClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @Column({ name: 'claimant_user_id', type: 'uuid' })
  claimantUserId: string;

  /** The firm's name as the claimant gave it, for the reviewer to compare. */
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 50, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'text', default: EnterpriseClaimStatus.PENDING })
  status: EnterpriseClaimStatus;

  @Column({ name: 'reviewed_by_user_id', type: 'uuid', nullable: true })
  reviewedByUserId: string | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', precision: 3, nullable: true })
  reviewedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
