import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

import { QueueName } from './jobs';

/**
 * A job recorded in the same transaction as the write that causes it. The worker's relay
 * publishes it to BullMQ after commit and deletes the row; a deterministic job id makes a
 * second publication of the same row harmless.
 */
@Entity('outbox')
export class OutboxEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Column({ type: 'text' })
  queue: QueueName;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'job_id', type: 'text' })
  jobId: string;

  @Column({ type: 'jsonb' })
  data: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
