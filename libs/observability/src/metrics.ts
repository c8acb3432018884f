import { createHash, timingSafeEqual } from 'node:crypto';

import { Controller, Get, Header, Headers, Injectable, Module, NestMiddleware, Res } from '@nestjs/common';
import { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

import { ConfigService } from '@duijie/config';

const MAX_OPERATION_NAMES = 200;

/** The process' Prometheus registry and the instruments the API records into. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP requests by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'graphql_operation_duration_seconds',
    help: 'GraphQL operations by name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'graphql_errors_total',
    help: 'GraphQL errors by code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  /** Requests refused at once because the process was working on as many as it takes (MAX_INFLIGHT_REQUESTS). */
  readonly requestsShed = new Counter({
    name: 'http_requests_shed_total',
    help: 'HTTP requests answered 503 because the process was at its limit of requests in flight',
    registers: [this.registry],
  });
  /** Requests being worked on, read when scraped (see `watchInflight`). */
  private readonly inflight: Gauge = new Gauge({
    name: 'http_requests_in_flight',
    help: 'HTTP requests the process is working on',
    registers: [this.registry],
    collect: (): void => this.inflight.set(this.inflightNow()),
  });
  private inflightNow: () => number = () => 0;
  private readonly operationNames = new Set<string>();

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /** Where `http_requests_in_flight` is read from (the API's admission limit). */
  watchInflight(read: () => number): void {
    this.inflightNow = read;
  }

  /** Operation names are client-chosen: keep the label set bounded. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)) return 'invalid';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }
}

/** Paths that are not controller routes but are still worth their own label. */
const FIXED_ROUTES = new Set(['/graphql', '/health', '/metrics']);

/**
 * The route a request matched, as registered (`/imports/:id`, `/events/:id/agenda.ics`), never the
 * raw path: a label set a client cannot grow by asking for new paths. Anything Express did not
 * route to a controller is `/graphql` (Apollo's middleware) or `unmatched` (console files, 404s).
 */
export function routeLabel(req: Pick<Request, 'baseUrl' | 'originalUrl'> & { route?: { path?: unknown } }): string {
  const registered = req.route?.path;
  // A wildcard is a middleware's catch-all (or the console's fallback), not a route of the API.
  if (typeof registered === 'string' && !registered.includes('*')) return `${req.baseUrl ?? ''}${registered}`;
  const path = req.originalUrl.split('?')[0];
  return FIXED_ROUTES.has(path) ? path : 'unmatched';
}

@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.metrics.httpDuration.startTimer();
    res.on('finish', () => {
      end({ method: methodLabel(req.method), route: routeLabel(req), status: String(res.statusCode) });
    });
    next();
  }
}

/** Methods are client-chosen too (`FOO / HTTP/1.1` reaches the middleware). */
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const methodLabel = (method: string) => (METHODS.has(method) ? method : 'other');

/**
 * `/metrics` for Prometheus. With `METRICS_TOKEN` set it answers only `Authorization: Bearer <token>`
 * (401 otherwise). Without it, outside production anyone who can reach the port may read it; in
 * production it is not served (404) until a token is set: request counts by route, heap and queue
 * figures are not for the public port (an outside tester's find).
 */
@Controller()
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    private readonly config: ConfigService,
  ) {}

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async render(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    const token = this.config.get('metricsToken');
    if (!token && this.config.isProduction) {
      res.status(404);
      return 'metrics: set METRICS_TOKEN to serve /metrics in production\n';
    }
    if (token && !sameSecret(authorization ?? '', `Bearer ${token}`)) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"');
      return 'metrics: Authorization: Bearer <METRICS_TOKEN> required\n';
    }
    return this.metrics.registry.metrics();
  }
}

/** Constant-time comparison (hashes first, so lengths leak nothing either). */
function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

@Module({
  providers: [MetricsService, HttpMetricsMiddleware],
  controllers: [MetricsController],
  exports: [MetricsService],
})
export class MetricsModule {}
