import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

import { ConfigService } from '@duijie/config';

import { type Job, type QueueName, QUEUES } from './jobs';
import { OUTBOX_CHANNEL } from './outbox';
import { JobProducer } from './producer';
import { redisOptions } from './redis';

/** Rows claimed per transaction. */
const BATCH = 500;
/** A backstop for missed notifications (and for rows left while Redis was away). */
const POLL_MS = 1_000;
/** Publishing gives up after this long, so that a claimed batch is released while Redis is away. */
const PUBLISH_TIMEOUT_MS = 5_000;

interface OutboxRow {
  id: string;
  name: Job['name'];
  data: Job['data'];
}

/**
 * Publishes committed outbox rows to BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED inside
 * a transaction, published, then deleted in that same transaction: two relays never take one row,
 * a row committed late is simply claimed later, and a crash after publishing leaves the row to be
 * published again under the same job id, which BullMQ ignores. Woken by LISTEN/NOTIFY, with a
 * one-second poll behind it. It publishes through the JobProducer, so a row's queue, id and options
 * follow from its job's name exactly as for a job queued directly; its own connections fail fast.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly producer: JobProducer;
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private pending = false;
  private stopped = false;
  private lastError = '';

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: ConfigService,
  ) {
    // Producers fail fast while Redis is away; the rows simply wait in Postgres.
    const connection = { ...redisOptions(config.get('redisUrl'), 'command'), maxRetriesPerRequest: 1 };
    const prefix = `${config.get('redisPrefix')}:bull`;
    const queues = Object.fromEntries(
      Object.values(QUEUES).map((name) => [name, new Queue(name, { connection, prefix })]),
    ) as Record<QueueName, Queue>;
    for (const q of Object.values(queues)) q.on('error', () => undefined); // reported by publishBatch()
    this.producer = new JobProducer(queues);
    this.faultsLeft = config.get('outboxFaultAfterPublish');
  }

  /** Test-only (OUTBOX_FAULT_AFTER_PUBLISH): batches still to fail after publishing. */
  private faultsLeft: number;

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.timer = setInterval(() => this.kick(), POLL_MS);
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.draining?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    await this.producer.close();
  }

  /** Starts a drain, or asks the running one to go round again. */
  kick(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.pending = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.pending) {
        this.pending = false;
        this.kick();
      }
    });
  }

  /** Publishes until the outbox is empty or publishing fails. Resolves when done. */
  async drain(): Promise<void> {
    for (;;) {
      const published = await this.publishBatch();
      if (published < BATCH) return;
    }
  }

  private async publishBatch(): Promise<number> {
    const runner = this.db.createQueryRunner();
    try {
      await runner.connect();
      await runner.startTransaction();
      const rows = (await runner.query(
        `SELECT id, name, data FROM outbox ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
      )) as OutboxRow[];
      if (rows.length) {
        // In id order, one bulk per queue; a row whose job has no queue fails the batch (queueOf).
        await withTimeout(
          this.producer.add(rows.map((r) => ({ name: r.name, data: r.data }) as Job)),
          PUBLISH_TIMEOUT_MS,
        );
        if (this.faultsLeft > 0) {
          this.faultsLeft -= 1;
          throw new Error('fault point: relay stopped between publishing and marking sent');
        }
        await runner.query(`DELETE FROM outbox WHERE id = ANY($1::bigint[])`, [rows.map((r) => r.id)]);
      }
      await runner.commitTransaction();
      if (this.lastError) this.logger.log('outbox relay publishing again');
      this.lastError = '';
      return rows.length;
    } catch (err) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      const message = (err as Error).message;
      if (message !== this.lastError)
        this.logger.warn(`outbox relay: ${message}; rows stay in the outbox and are retried`);
      this.lastError = message;
      return 0;
    } finally {
      await runner.release();
    }
  }

  /** LISTEN on a dedicated connection; if it drops, the poll carries on and we listen again. */
  private async listen(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.config.get('databaseUrl'),
      application_name: 'duijie-outbox-relay',
    });
    client.on('notification', () => this.kick());
    let failed = false;
    const fail = (err: Error) => {
      if (failed) return;
      failed = true;
      this.logger.warn(`outbox listener: ${err.message}; polling until it listens again`);
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), 2_000).unref();
    };
    client.on('error', fail);
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.listener = client;
    } catch (err) {
      fail(err as Error);
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`publishing to Redis took over ${ms} ms`)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
