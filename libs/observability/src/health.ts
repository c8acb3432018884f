import {
  Controller,
  DynamicModule,
  Get,
  Inject,
  Injectable,
  Module,
  OnModuleDestroy,
  Optional,
  Res,
  Type,
} from '@nestjs/common';
import { Response } from 'express';
import { Client } from 'pg';

import { ConfigService } from '@duijie/config';
import { RedisService } from '@duijie/queue';

export interface HealthReport {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  redis: 'up' | 'down';
  /** The worker's queues: jobs waiting and how long the oldest has waited. */
  queues?: Record<string, { waiting: number; oldestWaitingSeconds: number | null }>;
  /** Queues whose oldest waiting job has waited too long (nothing is taking jobs). */
  stuck?: string[];
  checkedAt: string;
}

/** An app-specific part of the health report (the worker's queues). */
export interface HealthProbe {
  probe(): Promise<Pick<HealthReport, 'queues' | 'stuck'>>;
}
export const HEALTH_PROBE = Symbol('HEALTH_PROBE');

async function within<T>(ms: number, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** How long one health report answers every caller: a flood of /health costs one check per second. */
export const HEALTH_CACHE_MS = 1_000;

@Injectable()
export class HealthService implements OnModuleDestroy {
  /** The last report (or the check under way) and when it was started. */
  private cached: { at: number; report: Promise<HealthReport> } | null = null;
  /** One connection of its own, kept open between checks; dropped and opened again after an error. */
  private client: Promise<Client> | null = null;
  private closed = false;

  constructor(
    private readonly config: ConfigService,
    private readonly redis: RedisService,
    @Optional() @Inject(HEALTH_PROBE) private readonly extra?: HealthProbe,
  ) {}

  /**
   * A connection of its own, not one from the pool: with every pooled connection busy (say, behind
   * a held lock) the database is still up, and health must say so quickly. It is opened once and
   * reused (a new one per call let a flood of /health open a Postgres connection per request).
   */
  private async pingDatabase(): Promise<void> {
    if (!this.client) this.client = this.connect();
    const current = this.client;
    try {
      await within(
        1_000,
        current.then((c) => c.query('SELECT 1')),
      );
    } catch (err) {
      // Failed or hung: never queue the next check behind it on the same connection.
      if (this.client === current) this.client = null;
      void current.then((c) => c.end()).catch(() => undefined);
      throw err;
    }
  }

  private async connect(): Promise<Client> {
    const client = new Client({
      connectionString: this.config.get('databaseUrl'),
      connectionTimeoutMillis: 1_000,
      application_name: 'duijie-health',
    });
    // A restarted or killed server: the next query fails, and the check after it connects again.
    client.on('error', () => undefined);
    await client.connect();
    if (this.closed) await client.end();
    return client;
  }

  async onModuleDestroy(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.client = null;
    await client?.then((c) => c.end()).catch(() => undefined);
  }

  /** The report of the last `HEALTH_CACHE_MS`, or a new check (shared by every caller meanwhile). */
  check(): Promise<HealthReport> {
    const now = Date.now();
    if (!this.cached || now - this.cached.at >= HEALTH_CACHE_MS) {
      this.cached = { at: now, report: this.fresh() };
    }
    return this.cached.report;
  }

  /** Postgres and Redis, each given a second to answer. */
  private async fresh(): Promise<HealthReport> {
    const [database, redis] = await Promise.all([
      within(1_000, this.pingDatabase()).then(
        () => 'up' as const,
        () => 'down' as const,
      ),
      within(1_000, this.redis.ping()).then(
        (ok) => (ok ? ('up' as const) : ('down' as const)),
        () => 'down' as const,
      ),
    ]);
    const queues =
      this.extra && redis === 'up'
        ? await within(1_000, this.extra.probe()).catch(() => ({ stuck: ['(queues did not answer)'] }))
        : {};
    return {
      status: database === 'up' && redis === 'up' && !queues.stuck?.length ? 'ok' : 'degraded',
      database,
      redis,
      ...queues,
      checkedAt: new Date().toISOString(),
    };
  }
}

@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get('health')
  async get(@Res({ passthrough: true }) res: Response): Promise<HealthReport> {
    const report = await this.health.check();
    res.status(report.status === 'ok' ? 200 : 503);
    return report;
  }
}

@Module({ providers: [HealthService], controllers: [HealthController], exports: [HealthService] })
export class HealthModule {
  /** Health with an app-specific probe (its module brings what the probe needs). */
  static withProbe(probe: Type<HealthProbe>, imports: (DynamicModule | Type)[] = []): DynamicModule {
    return {
      module: HealthModule,
      imports,
      providers: [HealthService, { provide: HEALTH_PROBE, useClass: probe }],
      controllers: [HealthController],
      exports: [HealthService],
    };
  }
}
