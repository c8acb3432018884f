import { Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

import { MeetingEntity } from './meeting.entity';

/** Each party of a meeting at its time: no firm is in two meetings at once, in any event. */
@Entity('meeting_party')
@Index('idx_meeting_party_meeting', ['meetingId'])
@Exclusion('ex_meeting_party_busy', `USING gist (enterprise_id WITH =, tstzrange(starts_at, ends_at) WITH &&)`)
export class MeetingPartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => MeetingEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_party_meeting' })
  meeting?: unknown;

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
