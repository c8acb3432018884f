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

import { EnterpriseScale, ParticipantType } from './participant-type';

/** 已认证 / 未认证: whether an admin or an event's organiser has seen the firm's business licence. */
export enum VerificationStatus {
  UNVERIFIED = 'UNVERIFIED',
  VERIFIED = 'VERIFIED',
}

/**
 * An enterprise (企业) identified by its 统一社会信用代码. A firm an organiser's import brought in is
 * unclaimed (`claimed` false, no members) until a user's claim on it (认领企业) is approved.
 */
@Entity('enterprise')
@Unique('uq_enterprise_credit_code', ['creditCode'])
@Index('idx_enterprise_categories', { synchronize: false }) // GIN, created in the migration
@Check('ck_enterprise_credit_code', `credit_code ~ '^[0-9A-HJ-NPQRTUWXY]{18}$'`)
@Check('ck_enterprise_region_code', `region_code ~ '^[0-9]{6}$'`)
@Check('ck_enterprise_verification_status', `verification_status IN ('UNVERIFIED', 'VERIFIED')`)
@Check(
  'ck_enterprise_participant_type',
  `participant_type IN ('ENTERPRISE', 'GOVERNMENT', 'FINANCIAL_INSTITUTION', 'RESEARCH_INSTITUTE', 'ASSOCIATION')`,
)
@Check('ck_enterprise_scale', `scale IS NULL OR scale IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE')`)
@Index('idx_enterprise_name_key', { synchronize: false }) // on the generated column name_key, in the migration
@Index('idx_enterprise_participant_type', { synchronize: false }) // partial (types other than ENTERPRISE), in the migration
export class EnterpriseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'credit_code', type: 'char', length: 18 })
  creditCode: string;

  @Column({ name: 'region_code', type: 'char', length: 6 })
  regionCode: string;

  @Column({ type: 'text' })
  sector: string;

  /** 参与方类型: declared at registration (or proposed from the credit code); an admin's verification confirms it. */
  @Column({ name: 'participant_type', type: 'text', default: ParticipantType.ENTERPRISE })
  participantType: ParticipantType;

  /** 企业规模 as the firm declares it (financing products and policies are often for one size). */
  @Column({ type: 'text', nullable: true })
  scale: EnterpriseScale | null;

  /** Chain categories the firm works in. */
  @Column({ name: 'category_codes', type: 'text', array: true, default: () => `'{}'` })
  categoryCodes: string[];

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 50, nullable: true })
  contactName: string | null;

  @Column({ name: 'contact_phone', type: 'varchar', length: 30, nullable: true })
  contactPhone: string | null;

  @Column({ name: 'owner_user_id', type: 'uuid', nullable: true })
  ownerUserId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_user_id', foreignKeyConstraintName: 'fk_enterprise_owner' })
  owner?: unknown;

  /** False for a firm an import created and nobody has claimed yet. */
  @Column({ type: 'boolean', default: true })
  claimed: boolean;

  /** The organiser whose import created the firm (reviews claims on it with the admins). */
  @Column({ name: 'imported_by_user_id', type: 'uuid', nullable: true })
  importedByUserId: string | null;

  @Column({ name: 'verification_status', type: 'text', default: VerificationStatus.UNVERIFIED })
  verificationStatus: VerificationStatus;

  @Column({ name: 'verified_at', type: 'timestamptz', precision: 3, nullable: true })
  verifiedAt: Date | null;

  @Column({ name: 'verified_by_user_id', type: 'uuid', nullable: true })
  verifiedByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
