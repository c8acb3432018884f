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

export enum MeetingRating {
  NO_SHOW = 'NO_SHOW',
  INSUFFICIENT_INTEREST = 'INSUFFICIENT_INTEREST',
  INFORMATIVE = 'INFORMATIVE',
  COOPERATION_POSSIBLE = 'COOPERATION_POSSIBLE',
}

/** One party's rating of a meeting it had (洽谈评价); the comment is for organisers. */
@Entity('meeting_rating')
@Index('uq_meeting_rating', ['meetingId', 'enterpriseId'], { unique: true })
@Check(
  'ck_meeting_rating_value',
  `rating IN ('NO_SHOW', 'INSUFFICIENT_INTEREST', 'INFORMATIVE', 'COOPERATION_POSSIBLE')`,
)
export class MeetingRatingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_rating_meeting' })
  meeting?: unknown;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_meeting_rating_enterprise' })
  enterprise?: unknown;

  @Column({ type: 'text' })
  rating: MeetingRating;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
