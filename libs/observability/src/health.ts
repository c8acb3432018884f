import { Controller, DynamicModule, Get, Inject, Injectable, Module, Optional, Res, Type } from '@nestjs/common';
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

@Injectable()
export class HealthService {
  constructor(
    private readonly config: ConfigService,
    private readonly redis: RedisService,
    @Optional() @Inject(HEALTH_PROBE) private readonly extra?: HealthProbe,
  ) {}

  /**
   * A connection of its own, not one from the pool: with every pooled connection busy (say, behind
   * a held lock) the database is still up, and health must say so quickly.
   */
  private async pingDatabase(): Promise<void> {
    const client = new Client({
      connectionString: this.config.get('databaseUrl'),
      connectionTimeoutMillis: 1_000,
      application_name: 'duijie-health',
    });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /** Postgres and Redis, each given a second to answer. */
  async check(): Promise<HealthReport> {
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
  static withProbe(probe: Type<HealthProbe>, imports: DynamicModule[] = []): DynamicModule {
    return {
      module: HealthModule,
      imports,
      providers: [HealthService, { provide: HEALTH_PROBE, useClass: probe }],
      controllers: [HealthController],
      exports: [HealthService],
    };
  }
}
