import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** Every kind of notification, and the data each carries (see NotificationProducer). */
export const NOTIFICATION_KINDS = [
  'MATCH_SUGGESTED',
  'MEETING_REQUESTED',
  'MEETING_ACCEPTED',
  'MEETING_DECLINED',
  'MEETING_SCHEDULED',
  'MEETING_MOVED',
  'MEETING_CANCELLED',
  'EVENT_REGISTRATION_APPROVED',
  'EVENT_REGISTRATION_REJECTED',
  /** A deal (or a change to it) awaits the firm's confirmation. */
  'DEAL_CONFIRMATION_REQUESTED',
  'DEAL_CONFIRMED',
  'DEAL_DECLINED',
  /** An organiser's import proposed listings to the firm (待确认的供需信息); it accepts or rejects each. */
  'LISTING_PROPOSED',
  /** The firm's claim (认领企业) was approved; the claimant is now its member. */
  'ENTERPRISE_CLAIM_APPROVED',
  /** A government body contacted the firm about investing (招商接洽): its pipeline entry reached CONTACTED. */
  'INVESTMENT_CONTACTED',
  /** In-app only: an endpoint was switched off after repeated failures. */
  'WEBHOOK_DISABLED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * An in-app notification for an enterprise (all its members see it). `key` is the stable id of
 * what caused it: writing the same key twice keeps one row, so a retried job notifies once.
 */
@Entity('notification')
@Index('uq_notification_key', ['key'], { unique: true })
@Index('idx_notification_inbox', ['enterpriseId', 'createdAt', 'id'])
@Index('idx_notification_unread', { synchronize: false }) // partial (read_at IS NULL), in the migration
@Check(
  'ck_notification_kind',
  `kind IN ('MATCH_SUGGESTED', 'MEETING_REQUESTED', 'MEETING_ACCEPTED', 'MEETING_DECLINED', 'MEETING_SCHEDULED', 'MEETING_MOVED', 'MEETING_CANCELLED', 'EVENT_REGISTRATION_APPROVED', 'EVENT_REGISTRATION_REJECTED', 'DEAL_CONFIRMATION_REQUESTED', 'DEAL_CONFIRMED', 'DEAL_DECLINED', 'LISTING_PROPOSED', 'ENTERPRISE_CLAIM_APPROVED', 'INVESTMENT_CONTACTED', 'WEBHOOK_DISABLED')`,
)
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
