import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A table of an event taken for a time, by a one-to-one meeting (written by a trigger on `meeting`,
 * whatever writes the meeting) or by a round table: no table serves both at once.
 */
@Entity('meeting_table_claim')
@Index('uq_meeting_table_claim_meeting', ['meetingId'], { unique: true, where: 'meeting_id IS NOT NULL' })
@Index('idx_meeting_table_claim_round_table', ['roundTableId'])
@Check('ck_meeting_table_claim_owner', `num_nonnulls(meeting_id, round_table_id) = 1`)
@Exclusion(
  'ex_meeting_table_claim',
  `USING gist (event_id WITH =, table_label WITH =, tstzrange(starts_at, ends_at) WITH &&)`,
)
export class MeetingTableClaimEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @Column({ name: 'table_label', type: 'varchar', length: 40 })
  tableLabel: string;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_table_claim_meeting' })
  meeting?: unknown;

  @Column({ name: 'round_table_id', type: 'uuid', nullable: true })
  roundTableId: string | null;

  @ManyToOne('RoundTableEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_table_id', foreignKeyConstraintName: 'fk_meeting_table_claim_round_table' })
  roundTable?: unknown;
}
