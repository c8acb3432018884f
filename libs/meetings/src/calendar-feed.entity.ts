import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * A user's calendar subscription key (日历订阅): a calendar app polls the agenda with it instead of
 * a bearer token. One per user; making a new one or revoking it stops the old link at once.
 */
@Entity('calendar_feed')
@Index('uq_calendar_feed_key', ['keyId'], { unique: true })
export class CalendarFeedEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'PK_calendar_feed' })
  userId: string;

  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_calendar_feed_user' })
  user?: unknown;

  @Column({ name: 'key_id', type: 'uuid' })
  keyId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
