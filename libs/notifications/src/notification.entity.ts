import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds';

export { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds';

/**
 * An in-app notification for an enterprise (all its members see it). `key` is the stable id of
 * what caused it: writing the same key twice keeps one row, so a retried job notifies once.
 */
@Entity('notification')
@Index('uq_notification_key', ['key'], { unique: true })
@Index('idx_notification_inbox', ['enterpriseId', 'createdAt', 'id'])
@Index('idx_notification_unread', { synchronize: false }) // partial (read_at IS NULL), in the migration
// The migrations keep the database's list equal to this one.
@Check('ck_notification_kind', `kind IN (${NOTIFICATION_KINDS.map((k) => `'${k}'`).join(', ')})`)
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_notification_enterprise' })
  enterprise?: unknown;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb', nullable: true })
  data: Record<string, unknown> | null;

  @Column({ name: 'read_at', type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
