import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum CheckInMethod {
  /** The firm's check-in code (its agenda's QR code), typed by a door scanner. */
  CODE = 'CODE',
  /** Found by name or credit code among the event's approved registrants. */
  SEARCH = 'SEARCH',
}

/** A firm checked in at the door of a docking event (签到): once per event, by an organiser. */
@Entity('event_check_in')
@Index('uq_event_check_in', ['eventId', 'enterpriseId'], { unique: true })
@Index('uq_event_check_in_registration', ['registrationId'], { unique: true })
@Check('ck_event_check_in_method', `method IN ('CODE', 'SEARCH')`)
export class EventCheckInEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_event_check_in' })
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne('DockingEventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_event_check_in_event' })
  event?: unknown;

  @Column({ name: 'registration_id', type: 'uuid' })
  registrationId: string;

  @ManyToOne('RegistrationEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'registration_id', foreignKeyConstraintName: 'fk_event_check_in_registration' })
  registration?: unknown;

  @Column({ name: 'enterprise_id', type: 'uuid' })
  enterpriseId: string;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'enterprise_id', foreignKeyConstraintName: 'fk_event_check_in_enterprise' })
  enterprise?: unknown;

  @Column({ type: 'text' })
  method: CheckInMethod;

  @Column({ name: 'checked_in_by_user_id', type: 'uuid', nullable: true })
  checkedInByUserId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'checked_in_by_user_id', foreignKeyConstraintName: 'fk_event_check_in_user' })
  checkedInBy?: unknown;

  @Column({ name: 'checked_in_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  checkedInAt: Date;
}
