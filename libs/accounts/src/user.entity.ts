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

import { Role } from './role.enum';

@Entity('app_user')
@Index('uq_app_user_email', { synchronize: false })
@Index('idx_app_user_enterprise', ['enterpriseId'])
@Check('ck_app_user_role', `role IN ('MEMBER', 'ORGANISER', 'ADMIN')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored as given; unique case-insensitively (index on lower(email)). */
  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'text' })
  displayName: string;

  @Column({ type: 'text', default: Role.MEMBER })
  role: Role;

  /** The enterprise the user acts for (one at a time). */
  @Column({ name: 'enterprise_id', type: 'uuid', nullable: true })
  enterpriseId: string | null;

  @ManyToOne('EnterpriseEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_app_user_enterprise' })
  enterprise?: unknown;

  /** Notification kinds this user also wants by e-mail (when the platform has SMTP_URL). */
  @Column({ name: 'email_notification_kinds', type: 'text', array: true, default: () => `'{}'` })
  emailNotificationKinds: string[];

  /** In every token; bumped when the password or the role changes, which revokes the tokens issued before. */
  @Column({ name: 'token_version', type: 'integer', default: 0 })
  tokenVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
