import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { MeetingEntity } from './meeting.entity';

/**
 * A firm's time claim: a party of a one-to-one meeting, or the host or a seated firm of a round
 * table (圆桌). No firm is in two of them at once, in any event.
 */
@Entity('meeting_party')
@Index('idx_meeting_party_meeting', ['meetingId'])
@Index('uq_meeting_party_round_table', ['roundTableId', 'enterpriseId'], {
  unique: true,
  where: 'round_table_id IS NOT NULL',
})
@Check('ck_meeting_party_owner', `num_nonnulls(meeting_id, round_table_id) = 1`)
@Exclusion('ex_meeting_party_busy', `USING gist (enterprise_id WITH =, tstzrange(starts_at, ends_at) WITH &&)`)
export class MeetingPartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_party_meeting' })
  meeting?: unknown;

  @Column({ name: 'round_table_id', type: 'uuid', nullable: true })
  roundTableId: string | null;

  @ManyToOne('RoundTableEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'round_table_id', foreignKeyConstraintName: 'fk_meeting_party_round_table' })
  roundTable?: unknown;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_meeting_party_enterprise' })
  enterprise?: unknown;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;
}
