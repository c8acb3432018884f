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

/** Seats a round table may offer: a table of a docking event seats a handful of firms, not a hall. */
export const ROUND_TABLE_LIMITS = {
  minCapacity: 1,
  maxCapacity: 30,
  maxTopic: 120,
  maxDescription: 1000,
  /** Round tables `myRoundTables` lists at most (a firm's in one event, by time). */
  maxPerFirm: 50,
} as const;

/**
 * 圆桌对接: a host (a bank, a university, a government body or any approved registrant) holds a
 * table of the event for one or more consecutive slots, with up to `capacity` firms seated. The
 * table and the host's time, and each seated firm's time, are claimed in the same rows as
 * one-to-one meetings (`meeting_table_claim`, `meeting_party`), so the database refuses any overlap.
 */
@Entity('round_table')
@Index('idx_round_table_event', ['eventId', 'startsAt'])
@Check('ck_round_table_period', `ends_at > starts_at`)
@Check('ck_round_table_capacity', `capacity BETWEEN 1 AND 30`)
export class RoundTableEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne('DockingEventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_round_table_event' })
  event?: unknown;

  @Column({ name: 'host_enterprise_id', type: 'uuid' })
  hostEnterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'host_enterprise_id', foreignKeyConstraintName: 'fk_round_table_host' })
  host?: unknown;

  @Column({ type: 'varchar', length: 120 })
  topic: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'table_label', type: 'varchar', length: 40 })
  tableLabel: string;

  @Column({ name: 'starts_at', type: 'timestamptz', precision: 3 })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz', precision: 3 })
  endsAt: Date;

  @Column({ type: 'int' })
  capacity: number;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}
