import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/** A meeting session of a docking event (e.g. 09:00–12:00), cut into slots of the event's length. */
@Entity('meeting_session')
@Index('idx_meeting_session_event', ['eventId', 'startsAt'])
@Check('ck_meeting_session_period', `ends_at > starts_at`)
@Exclusion('ex_meeting_session_overlap', `USING gist (event_id WITH =, tstzrange(starts_at, ends_at) WITH &&)`)
export class MeetingSessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne('DockingEventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_meeting_session_event' })
  event?: unknown;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
