import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

export enum ImportStatus {
  /** Uploaded with dryRun: checked, nothing written, waiting for commitListingImport. */
  PREVIEW = 'PREVIEW',
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/** PROPOSED: the row names a claimed firm, so it became a listing proposal the firm answers. */
export type RowOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED' | 'PROPOSED' | 'ERROR';

/** One row's result: for errors, the column (its header) and a Chinese message. */
export interface RowReport {
  row: number;
  /** The sheet of a workbook with one sheet per kind (row numbers repeat across sheets). */
  sheet?: string;
  outcome: RowOutcome;
  listingId?: string;
  /** The listing proposal a row naming a claimed firm became (or found unchanged). */
  proposalId?: string;
  errors?: { column: string; message: string }[];
}

/** A spreadsheet of supply/demand lists imported into an event, with its per-row report. */
@Entity('listing_import')
@Index('idx_listing_import_event', ['eventId', 'createdAt'])
@Check('ck_listing_import_status', `status IN ('PREVIEW', 'QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
export class ListingImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne('DockingEventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'fk_listing_import_event' })
  event?: unknown;

  @Column({ type: 'varchar', length: 255 })
  filename: string;

  @Column({ type: 'text', default: ImportStatus.QUEUED })
  status: ImportStatus;

  /** The parsed rows (header → cell text), kept until the import has run. */
  @Column({ type: 'jsonb', nullable: true })
  rows: Record<string, string>[] | null;

  @Column({ type: 'integer', default: 0 })
  total: number;

  @Column({ type: 'integer', default: 0 })
  processed: number;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  report: RowReport[];

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ name: 'created_by_user_id', type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', precision: 3, nullable: true })
  finishedAt: Date | null;
}
