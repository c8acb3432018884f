import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum AttendanceOutcome {
  /** 已举行 */
  HELD = 'HELD',
  /** 缺席: the absent parties are named. */
  NO_SHOW = 'NO_SHOW',
}

/**
 * One mark of whether a meeting took place: the organiser's (no `markedByEnterpriseId`, at most
 * one per meeting) or a party's (one per party). The view `meeting_attendance_outcome` resolves
 * a meeting's marks into its attendance (migration EventDay): the organiser's mark wins.
 */
@Entity('meeting_attendance')
@Index('uq_meeting_attendance_organiser', ['meetingId'], { unique: true, where: 'marked_by_enterprise_id IS NULL' })
@Index('uq_meeting_attendance_party', ['meetingId', 'markedByEnterpriseId'], {
  unique: true,
  where: 'marked_by_enterprise_id IS NOT NULL',
})
@Check('ck_meeting_attendance_outcome', `outcome IN ('HELD', 'NO_SHOW')`)
@Check('ck_meeting_attendance_absent', `(outcome = 'HELD') = (cardinality(absent_enterprise_ids) = 0)`)
export class MeetingAttendanceEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_meeting_attendance' })
  id: string;

  @Column({ name: 'meeting_id', type: 'uuid' })
  meetingId: string;

  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id', foreignKeyConstraintName: 'fk_meeting_attendance_meeting' })
  meeting?: unknown;

  @Column({ name: 'marked_by_enterprise_id', type: 'uuid', nullable: true })
  markedByEnterpriseId: string | null;

  @ManyToOne('EnterpriseEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'marked_by_enterprise_id', foreignKeyConstraintName: 'fk_meeting_attendance_enterprise' })
  markedByEnterprise?: unknown;

  @Column({ name: 'marked_by_user_id', type: 'uuid', nullable: true })
  markedByUserId: string | null;

  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'marked_by_user_id', foreignKeyConstraintName: 'fk_meeting_attendance_user' })
  markedBy?: unknown;

  @Column({ type: 'text' })
  outcome: AttendanceOutcome;

  @Column({ name: 'absent_enterprise_ids', type: 'uuid', array: true, default: () => `'{}'` })
  absentEnterpriseIds: string[];

  @Column({ name: 'marked_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  markedAt: Date;
}
