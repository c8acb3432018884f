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

export enum MeetingRequestStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  CANCELLED = 'CANCELLED',
}

/**
 * One firm asks another for a one-to-one meeting (洽谈) at an event. The pair is stored sorted in
 * `enterprise_low`/`enterprise_high` so the database keeps one live request per pair.
 */
@Entity('meeting_request')
@Index('uq_meeting_request_pair', ['eventId', 'enterpriseLow', 'enterpriseHigh'], {
  unique: true,
  where: `status <> 'CANCELLED'`,
})
@Index('idx_meeting_request_requester', ['eventId', 'requesterEnterpriseId'])
@Index('idx_meeting_request_invitee', ['eventId', 'inviteeEnterpriseId'])
@Check('ck_meeting_request_status', `status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED')`)
@Check(
  'ck_meeting_request_pair',
  `enterprise_low < enterprise_high AND requester_enterprise_id <> invitee_enterprise_id`,
)
export class MeetingRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne('DockingEventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_meeting_request_event' })
  event?: unknown;

  @Column({ name: 'requester_enterprise_id', type: 'uuid' })
  requesterEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requester_enterprise_id', foreignKeyConstraintName: 'fk_meeting_request_requester' })
  requester?: unknown;

  @Column({ name: 'invitee_enterprise_id', type: 'uuid' })
  inviteeEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invitee_enterprise_id', foreignKeyConstraintName: 'fk_meeting_request_invitee' })
  invitee?: unknown;

  @Column({ name: 'enterprise_low', type: 'uuid' })
  enterpriseLow: string;

  @Column({ name: 'enterprise_high', type: 'uuid' })
  enterpriseHigh: string;

  @Column({ name: 'match_suggestion_id', type: 'uuid', nullable: true })
  matchSuggestionId: string | null;

  @ManyToOne('MatchSuggestionEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'match_suggestion_id', foreignKeyConstraintName: 'fk_meeting_request_suggestion' })
  matchSuggestion?: unknown;

  /** Best match score between the two firms' listings when the request was made (weights the scheduler). */
  @Column({ name: 'match_score', type: 'real', nullable: true })
  matchScore: number | null;

  /** Both sides asked for this meeting. */
  @Column({ type: 'boolean', default: false })
  mutual: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  message: string | null;

  /** Tags the meeting table must carry, e.g. interpreter. */
  @Column({ name: 'table_tags', type: 'text', array: true, default: () => `'{}'` })
  tableTags: string[];

  @Column({ type: 'text', default: MeetingRequestStatus.PENDING })
  status: MeetingRequestStatus;

  @Column({ name: 'responded_at', type: 'timestamptz', precision: 3, nullable: true })
  respondedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
